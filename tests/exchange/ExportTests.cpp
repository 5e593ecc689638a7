#include "support/ImportFixture.h"

#include "baton/exchange/TeamExporter.h"
#include "baton/storage/HistoryLog.h"

#include <filesystem>
#include <sstream>

using namespace baton;
using baton::test::ImportFixture;
using baton::test::readFile;

namespace {
nlohmann::json exportToJson(storage::TeamFile& file, const domain::Clock& clock)
{
    std::ostringstream out;
    exchange::TeamExporter(file, clock).write(out);
    auto j = nlohmann::json::parse(out.str());
    j.erase("exported_at");
    j.erase("history_head"); // each file's own history: informative, not a record
    return j;
}
} // namespace

TEST_CASE_METHOD(ImportFixture, "Export then import into an empty team file gives the same records, field for field",
                 "[exchange][export]")
{
    REQUIRE(importDoc().applied);
    const nlohmann::json first = exportToJson(*file, clock);

    baton::test::TempDir other;
    auto empty = storage::TeamFile::create(other.file("copy.baton"), "placeholder", clock);
    REQUIRE(empty.ok());
    std::ostringstream text;
    exchange::TeamExporter(*file, clock).write(text);
    const auto report = exchange::TeamImporter(*empty.value()).importText(text.str());
    REQUIRE(report.errors.empty());
    CHECK(exportToJson(*empty.value(), clock) == first);
}

TEST_CASE_METHOD(ImportFixture, "The export carries the head of the team file's history", "[exchange][export][history]")
{
    REQUIRE(importDoc().applied);
    std::ostringstream out;
    exchange::TeamExporter(*file, clock).write(out);
    const auto j = nlohmann::json::parse(out.str());
    REQUIRE(j.contains("history_head"));
    CHECK(j["history_head"] == storage::HistoryLog(file->db()).head());
    CHECK(j["history_head"].get<std::string>().size() == 64);
}

TEST_CASE_METHOD(ImportFixture, "The export holds what was imported, with the spec's field names", "[exchange][export]")
{
    REQUIRE(importDoc().applied);
    const nlohmann::json out = exportToJson(*file, clock);
    CHECK(out["format"] == "baton-team");
    CHECK(out["version"] == 1);
    CHECK(out["team"]["name"] == "Northwind Product Studio");
    REQUIRE(out["decisions"].size() == 2);
    const auto& d = out["decisions"][1];
    for (const char* key : {"id", "title", "context", "options", "outcome", "rationale", "method", "status",
                            "initiative", "areas", "proposed_on", "decide_by", "decided_on", "review_on", "accountable",
                            "supersedes", "participants", "updated_at"})
        CHECK(d.contains(key));
    CHECK(d["supersedes"] == baton::test::ids::kDec1);
    CHECK(out["initiatives"][0]["leadership"][2]["role"] == "co-lead");
    CHECK(out["endorsements"][0]["on"] == "2026-01-20");
    CHECK(out["members"][0]["updated_at"] == "2026-03-01T09:30:00Z");
}

TEST_CASE_METHOD(ImportFixture, "An empty team exports empty arrays that import again", "[exchange][export]")
{
    const nlohmann::json out = exportToJson(*file, clock);
    CHECK(out["members"].empty());
    CHECK(out["decisions"].empty());
    CHECK(importText(out.dump()).applied);
}

TEST_CASE_METHOD(ImportFixture, "Exporting to a file replaces it whole and leaves no temporary file",
                 "[exchange][export]")
{
    REQUIRE(importDoc().applied);
    const std::string out = dir.file("team.json");
    baton::test::writeFile(out, "old contents");
    REQUIRE(exchange::TeamExporter(*file, clock).exportFile(out).ok());
    CHECK(nlohmann::json::parse(readFile(out))["members"].size() == 3);
    CHECK_FALSE(std::filesystem::exists(out + ".partial"));
}

TEST_CASE_METHOD(ImportFixture, "Exporting into a missing folder fails with a message and writes nothing",
                 "[exchange][export]")
{
    const auto result = exchange::TeamExporter(*file, clock).exportFile(dir.file("missing/team.json"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.find("missing/team.json") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("missing")));
}

TEST_CASE_METHOD(ImportFixture, "The sample team imports cleanly and round-trips", "[exchange][sample]")
{
    const auto report = exchange::TeamImporter(*file).importFile(BATON_SAMPLE_TEAM);
    INFO((report.errors.empty() ? std::string() : report.errors[0].toString()));
    REQUIRE(report.applied);
    CHECK(report.warnings.empty());
    CHECK(report.counts.at("members").added >= 18);
    CHECK(report.counts.at("decisions").added >= 300);
    CHECK(report.counts.at("commitments").added >= 400);
    CHECK(report.counts.at("initiatives").added >= 30);

    const nlohmann::json first = exportToJson(*file, clock);
    baton::test::TempDir other;
    auto empty = storage::TeamFile::create(other.file("copy.baton"), "placeholder", clock);
    REQUIRE(empty.ok());
    REQUIRE(exchange::TeamImporter(*empty.value()).importText(first.dump()).applied);
    CHECK(exportToJson(*empty.value(), clock) == first);
}
