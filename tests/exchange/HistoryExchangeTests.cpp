// History across workstations: imports write history, undo travels, retraction travels.
#include "support/ImportFixture.h"

#include "baton/edit/EditService.h"
#include "baton/exchange/TeamExporter.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/SqliteDecisionCatalog.h"

#include <sstream>

using namespace baton;
using baton::test::ImportFixture;

namespace {

std::string exportText(storage::TeamFile& file, const domain::Clock& clock)
{
    std::ostringstream out;
    exchange::TeamExporter(file, clock).write(out);
    return out.str();
}

/// A second workstation's team file, kept in step by export and import.
struct TwoFiles : ImportFixture {
    baton::test::TempDir otherDir;
    std::unique_ptr<storage::TeamFile> other;
    TwoFiles()
    {
        REQUIRE(importDoc().applied);
        auto created = storage::TeamFile::create(otherDir.file("other.baton"), "placeholder", clock);
        REQUIRE(created.ok());
        other = std::move(created.value());
        sync();
    }
    void sync()
    {
        const auto report = exchange::TeamImporter(*other).importText(exportText(*file, clock));
        REQUIRE(report.errors.empty());
    }
    domain::Decision decisionIn(storage::TeamFile& f, const std::string& id)
    {
        return *storage::DecisionRepository(f.db()).find(domain::DecisionId(id));
    }
};

const std::string kDecision = "01900000-0000-7000-8000-0000000000d2";

} // namespace

TEST_CASE_METHOD(ImportFixture, "An import writes one history entry per record it adds, and the file verifies",
                 "[exchange][history]")
{
    const auto report = importDoc();
    REQUIRE(report.applied);
    std::int64_t records = 0;
    for (const auto& [kind, counts] : report.counts)
        records += counts.added;
    CHECK(storage::HistoryLog(db()).count() == records);
    CHECK(db().queryInt("SELECT count(*) FROM changes WHERE operation <> 'import'") == 0);
    const auto verified = storage::verifyHistory(db());
    INFO(verified.problem);
    CHECK(verified.ok);
}

TEST_CASE_METHOD(ImportFixture, "Re-importing an unchanged file writes no history", "[exchange][history]")
{
    REQUIRE(importDoc().applied);
    const auto before = storage::HistoryLog(db()).count();
    REQUIRE(importDoc().applied);
    CHECK(storage::HistoryLog(db()).count() == before);
}

TEST_CASE_METHOD(ImportFixture, "An updating import records the record before and after", "[exchange][history]")
{
    REQUIRE(importDoc().applied);
    doc["decisions"][1]["title"] = "Report churn every month";
    doc["decisions"][1]["updated_at"] = "2026-03-02T09:30:00Z";
    REQUIRE(importDoc().applied);
    const auto latest = storage::HistoryLog(db()).latestOf(kDecision);
    REQUIRE(latest);
    CHECK(latest->operation == "import");
    REQUIRE(latest->before);
    CHECK(latest->before->find("Report churn monthly") != std::string::npos);
    CHECK(latest->after.find("Report churn every month") != std::string::npos);
    CHECK(storage::verifyHistory(db()).ok);
}

TEST_CASE_METHOD(TwoFiles, "An undo made on one file reaches a second file through export and import",
                 "[exchange][history]")
{
    edit::EditService edits(*file, clock); // the clock stands still: the undo must still be newer
    const std::string original = decisionIn(*file, kDecision).title;
    auto changed = decisionIn(*file, kDecision);
    changed.title = "Report churn weekly";
    const auto done = edits.decisions.editDecision(changed);
    REQUIRE(done.ok());
    sync();
    CHECK(decisionIn(*other, kDecision).title == "Report churn weekly");

    REQUIRE(edits.undo(done.value()).ok());
    CHECK(decisionIn(*file, kDecision).title == original);
    sync();
    CHECK(decisionIn(*other, kDecision).title == original);
    CHECK(decisionIn(*other, kDecision).updatedAt == decisionIn(*file, kDecision).updatedAt);
    CHECK(storage::verifyHistory(other->db()).ok);
}

TEST_CASE_METHOD(TwoFiles, "A retraction travels to another file and hides the record there too", "[exchange][history]")
{
    edit::EditService edits(*file, clock);
    const std::string superseded = "01900000-0000-7000-8000-0000000000d1";
    // The superseding decision refers to it; retract that one first, then the old one.
    REQUIRE(edits.retract(domain::RecordKind::Decision, kDecision).ok() == false); // commitments still refer to it
    domain::DecisionFilter all;
    const auto before = storage::SqliteDecisionCatalog(other->db()).count(all);
    domain::Decision fresh;
    fresh.id = domain::DecisionId(edits.newId());
    fresh.title = "Entered by mistake";
    REQUIRE(edits.decisions.propose(fresh).ok());
    sync();
    CHECK(storage::SqliteDecisionCatalog(other->db()).count(all) == before + 1);
    REQUIRE(edits.retract(domain::RecordKind::Decision, fresh.id.str()).ok());
    sync();
    CHECK(storage::SqliteDecisionCatalog(other->db()).count(all) == before);
    CHECK(decisionIn(*other, fresh.id.str()).retracted);
    CHECK(decisionIn(*other, superseded).title == "Report churn quarterly");
}

TEST_CASE_METHOD(ImportFixture, "An exported retracted record carries retracted true, and others carry nothing",
                 "[exchange][history]")
{
    REQUIRE(importDoc().applied);
    edit::EditService edits(*file, clock);
    domain::Decision fresh;
    fresh.id = domain::DecisionId(edits.newId());
    fresh.title = "Entered by mistake";
    REQUIRE(edits.decisions.propose(fresh).ok());
    REQUIRE(edits.retract(domain::RecordKind::Decision, fresh.id.str()).ok());
    const auto j = nlohmann::json::parse(exportText(*file, clock));
    int retracted = 0;
    for (const auto& d : j["decisions"]) {
        if (d.contains("retracted")) {
            ++retracted;
            CHECK(d["id"] == fresh.id.str());
            CHECK(d["retracted"] == true);
        }
    }
    CHECK(retracted == 1);
    CHECK_FALSE(j["members"][0].contains("retracted"));
}

TEST_CASE_METHOD(ImportFixture, "Two members swap emails within one second, and their history stays whole",
                 "[exchange][history]")
{
    REQUIRE(importDoc().applied); // stored at 2026-03-01T09:30:00Z
    doc["members"][0]["email"] = "bo@northwind.example";
    doc["members"][1]["email"] = "ana@northwind.example";
    doc["members"][0]["updated_at"] = "2026-03-01T09:30:00.500Z"; // as text this sorts before ...00Z
    doc["members"][1]["updated_at"] = "2026-03-01T09:30:00.500Z";
    const auto report = importDoc();
    INFO((report.errors.empty() ? std::string() : report.errors[0].toString()));
    REQUIRE(report.applied);
    CHECK(report.counts.at("members").updated == 2);
    CHECK(db().queryText("SELECT email FROM members WHERE name = 'Ana Silva'") == "bo@northwind.example");
    const auto verified = storage::verifyHistory(db());
    INFO(verified.problem);
    CHECK(verified.ok);
}
