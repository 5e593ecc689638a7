#include "support/ImportFixture.h"

#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/TeamChecker.h"
#include "baton/storage/TeamQueries.h"

using namespace baton;
using baton::test::ImportFixture;
using namespace baton::test::ids;

TEST_CASE_METHOD(ImportFixture, "A valid file imports every record and reports what it added", "[exchange][import]")
{
    const auto report = importDoc();
    REQUIRE(report.errors.empty());
    CHECK(report.applied);
    CHECK(report.counts.at("members").added == 3);
    CHECK(report.counts.at("decisions").added == 2);
    CHECK(report.counts.at("commitments").added == 2);
    CHECK(report.counts.at("contributions").added == 2);
    const auto counts = storage::TeamQueries(db()).counts();
    CHECK(counts[5].second == 3); // lead stints
    CHECK(storage::checkTeam(*file).errors.empty());
}

TEST_CASE_METHOD(ImportFixture, "A fresh team file takes the team name from the import", "[exchange][import]")
{
    REQUIRE(importDoc().applied);
    CHECK(file->team().name == "Northwind Product Studio");
    CHECK(file->team().description == "Checkout and growth");
}

TEST_CASE_METHOD(ImportFixture, "Importing the same file twice keeps everything unchanged", "[exchange][import]")
{
    REQUIRE(importDoc().applied);
    const auto again = importDoc();
    REQUIRE(again.applied);
    CHECK(again.counts.at("members").added == 0);
    CHECK(again.counts.at("members").unchanged == 3);
    CHECK(again.counts.at("decisions").unchanged == 2);
    CHECK(db().queryInt("SELECT count(*) FROM decisions") == 2);
}

TEST_CASE_METHOD(ImportFixture, "A newer record replaces the stored one, an older one does not", "[exchange][import]")
{
    REQUIRE(importDoc().applied);
    doc["decisions"][1]["title"] = "Report churn weekly";
    doc["decisions"][1]["updated_at"] = "2026-03-05T00:00:00Z";
    doc["decisions"][0]["title"] = "Stale title";
    doc["decisions"][0]["updated_at"] = "2026-01-01T00:00:00Z";
    const auto report = importDoc();
    REQUIRE(report.applied);
    CHECK(report.counts.at("decisions").updated == 1);
    CHECK(report.counts.at("decisions").unchanged == 1);
    storage::DecisionRepository repo(db());
    CHECK(repo.find(domain::DecisionId(kDec2))->title == "Report churn weekly");
    CHECK(repo.find(domain::DecisionId(kDec1))->title == "Report churn quarterly");
}

TEST_CASE_METHOD(ImportFixture, "A record with the same updated_at is kept as it is", "[exchange][import]")
{
    REQUIRE(importDoc().applied);
    doc["members"][0]["name"] = "Someone Else";
    const auto report = importDoc();
    CHECK(report.counts.at("members").unchanged == 3);
    CHECK(storage::MemberRepository(db()).find(domain::MemberId(kAna))->name == "Ana Silva");
}

TEST_CASE_METHOD(ImportFixture, "References may point at records already in the team file", "[exchange][import]")
{
    REQUIRE(importDoc().applied);
    nlohmann::json later = baton::test::validDocument();
    for (const char* kind : {"members", "expertise_areas", "expertise", "endorsements", "initiatives", "contributions"})
        later[kind] = nlohmann::json::array();
    later["decisions"].erase(0); // keeps kDec2, which supersedes kDec1 stored earlier
    later["commitments"] = nlohmann::json::array();
    later["decisions"][0]["updated_at"] = "2026-04-01T00:00:00Z";
    const auto report = importText(later.dump());
    REQUIRE(report.errors.empty());
    CHECK(report.counts.at("decisions").updated == 1);
}

TEST_CASE_METHOD(ImportFixture, "Unknown keys are reported as warnings and the import still applies",
                 "[exchange][import]")
{
    doc["members"][0]["nickname"] = "Ace";
    doc["decisions"][1]["participants"][0]["mood"] = "happy";
    doc["x-tool"] = {{"a", 1}};
    const auto report = importDoc();
    REQUIRE(report.applied);
    REQUIRE(report.warnings.size() == 3);
    std::vector<std::string> where;
    for (const auto& w : report.warnings)
        where.push_back(w.where);
    CHECK(std::find(where.begin(), where.end(), "/members/0/nickname") != where.end());
    CHECK(std::find(where.begin(), where.end(), "/decisions/1/participants/0/mood") != where.end());
    CHECK(std::find(where.begin(), where.end(), "/x-tool") != where.end());
}

TEST_CASE_METHOD(ImportFixture, "Absent optional fields and null mean the same", "[exchange][import]")
{
    doc["decisions"][1]["review_on"] = nullptr;
    doc["decisions"][1].erase("decide_by");
    doc.erase("endorsements");
    doc.erase("contributions");
    REQUIRE(importDoc().applied);
    const auto d = storage::DecisionRepository(db()).find(domain::DecisionId(kDec2));
    CHECK_FALSE(d->reviewOn);
    CHECK_FALSE(d->decideBy);
}

TEST_CASE_METHOD(ImportFixture, "Imported history that breaks a workflow rule is kept and warned about by check",
                 "[exchange][import]")
{
    // Cy left on 2026-02-28; give Cy a new lead stint afterwards and an open commitment.
    doc["initiatives"][0]["leadership"][1]["to"] = "2026-03-31";
    doc["initiatives"][0]["leadership"].push_back(
        {{"member", kCy}, {"role", "lead"}, {"from", "2026-04-01"}, {"to", nullptr}, {"reason", "came back to help"}});
    doc["commitments"][1]["owner"] = kCy;
    doc["decisions"][1]["participants"][1]["stance"] = "objection";
    const auto report = importDoc();
    REQUIRE(report.applied);
    const auto result = storage::checkTeam(*file);
    CHECK(result.errors.empty());
    CHECK(result.warnings.size() == 3);
}

TEST_CASE_METHOD(ImportFixture, "A byte order mark at the start is accepted", "[exchange][import]")
{
    CHECK(importText("\xEF\xBB\xBF" + doc.dump()).applied);
}

TEST_CASE_METHOD(ImportFixture, "Text in any script survives the import", "[exchange][import]")
{
    doc["members"][0]["name"] = "Zoë Łukasiewicz 日本 🎉";
    REQUIRE(importDoc().applied);
    CHECK(storage::MemberRepository(db()).find(domain::MemberId(kAna))->name == "Zoë Łukasiewicz 日本 🎉");
}

TEST_CASE_METHOD(ImportFixture, "Cancelling an import through progress leaves the file unchanged", "[exchange][import]")
{
    for (int i = 0; i < 3000; ++i) {
        auto extra = doc["commitments"][1];
        char id[40];
        std::snprintf(id, sizeof id, "01900000-0000-7000-8000-%012d", 9000 + i);
        extra["id"] = id;
        doc["commitments"].push_back(extra);
    }
    baton::exchange::ImportOptions options;
    std::size_t calls = 0;
    options.progress = [&](std::size_t done, std::size_t total) {
        ++calls;
        CHECK(done <= total);
        return done < 2000;
    };
    const auto report = importText(doc.dump(), options);
    CHECK_FALSE(report.applied);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors[0].what.find("cancelled") != std::string::npos);
    CHECK(calls == 2);
    CHECK(db().queryInt("SELECT count(*) FROM commitments") == 0);
    CHECK(db().queryInt("SELECT count(*) FROM members") == 0);
}

TEST_CASE_METHOD(ImportFixture, "A read-only team file refuses an import", "[exchange][import]")
{
    close();
    auto ro = storage::TeamFile::open(path, storage::OpenMode::ReadOnly);
    REQUIRE(ro.ok());
    const auto report = exchange::TeamImporter(*ro.value()).importText(doc.dump());
    CHECK_FALSE(report.applied);
    CHECK(report.errors.at(0).what.find("read-only") != std::string::npos);
}

TEST_CASE_METHOD(ImportFixture, "A missing import file is named in the error", "[exchange][import]")
{
    const auto report = exchange::TeamImporter(*file).importFile(dir.file("nope.json"));
    CHECK_FALSE(report.applied);
    CHECK(report.errors.at(0).what.find("nope.json") != std::string::npos);
}

TEST_CASE_METHOD(ImportFixture, "History the edit rules would refuse is imported and warned about",
                 "[exchange][import]")
{
    doc["members"][2]["left_on"] = "2020-01-01";      // before joining
    doc["decisions"][1]["decided_on"] = "2026-01-01"; // before it was proposed
    REQUIRE(importDoc().applied);
    const auto result = storage::checkTeam(*file);
    CHECK(result.errors.empty());
    std::string all;
    for (const auto& w : result.warnings)
        all += w + "\n";
    CHECK(all.find("before joining") != std::string::npos);
    CHECK(all.find("before it was proposed") != std::string::npos);
}

TEST_CASE_METHOD(ImportFixture, "Two members may swap emails in one import", "[exchange][import]")
{
    REQUIRE(importDoc().applied);
    doc["members"][0]["email"] = "bo@northwind.example";
    doc["members"][1]["email"] = "ana@northwind.example";
    doc["members"][0]["updated_at"] = "2026-04-01T00:00:00Z";
    doc["members"][1]["updated_at"] = "2026-04-01T00:00:00Z";
    const auto report = importDoc();
    INFO((report.errors.empty() ? std::string() : report.errors[0].toString()));
    REQUIRE(report.applied);
    CHECK(storage::MemberRepository(db()).find(domain::MemberId(kAna))->email == "bo@northwind.example");
}

TEST_CASE_METHOD(ImportFixture, "A stale copy in the file cannot smuggle in a dependency loop", "[exchange][import]")
{
    REQUIRE(importDoc().applied); // copy depends on numbers
    // The file's numbers is older than the stored one, so it will not be written; its new
    // dependency on copy must not be checked as if it were, and it must not hide a loop.
    doc["contributions"][0]["depends_on"] = nlohmann::json::array({kCopy});
    doc["contributions"][0]["updated_at"] = "2025-01-01T00:00:00Z";
    const auto report = importDoc();
    REQUIRE(report.applied);
    CHECK(report.counts.at("contributions").unchanged == 2);
    CHECK(storage::checkTeam(*file).errors.empty());
}

TEST_CASE_METHOD(ImportFixture, "A newer copy that would close a dependency loop is refused", "[exchange][import]")
{
    REQUIRE(importDoc().applied);
    doc["contributions"][0]["depends_on"] = nlohmann::json::array({kCopy});
    doc["contributions"][0]["updated_at"] = "2026-05-01T00:00:00Z";
    expectRefused("/contributions/0/depends_on", "loop");
}

TEST_CASE_METHOD(ImportFixture, "Long decision titles are accepted, the 200 limit is for names", "[exchange][import]")
{
    doc["decisions"][0]["title"] = std::string(500, 't');
    CHECK(importDoc().applied);
}

TEST_CASE_METHOD(ImportFixture, "A change a fraction of a millisecond newer still wins", "[exchange][import]")
{
    doc["decisions"][1]["updated_at"] = "2026-03-01T09:30:00.123Z";
    REQUIRE(importDoc().applied);
    doc["decisions"][1]["updated_at"] = "2026-03-01T09:30:00.1231Z";
    doc["decisions"][1]["title"] = "Newer by 100 microseconds";
    const auto report = importDoc();
    CHECK(report.counts.at("decisions").updated == 1);
}

TEST_CASE_METHOD(ImportFixture, "An import into a team file with records keeps the team name", "[exchange][import]")
{
    REQUIRE(importDoc().applied);
    doc["team"]["name"] = "Someone else's team";
    for (auto& m : doc["members"])
        m["updated_at"] = "2027-01-01T00:00:00Z";
    REQUIRE(importDoc().applied);
    CHECK(file->team().name == "Northwind Product Studio");
}

TEST_CASE_METHOD(ImportFixture, "An email swap within the same second as the stored records is applied",
                 "[exchange][import]")
{
    REQUIRE(importDoc().applied); // stored at 2026-03-01T09:30:00Z
    doc["members"][0]["email"] = "bo@northwind.example";
    doc["members"][1]["email"] = "ana@northwind.example";
    // Half a second newer, which as text sorts before "2026-03-01T09:30:00Z".
    doc["members"][0]["updated_at"] = "2026-03-01T09:30:00.500Z";
    doc["members"][1]["updated_at"] = "2026-03-01T09:30:00.500Z";
    const auto report = importDoc();
    INFO((report.errors.empty() ? std::string() : report.errors[0].toString()));
    REQUIRE(report.applied);
    CHECK(report.counts.at("members").updated == 2);
    storage::MemberRepository members(db());
    CHECK(members.find(domain::MemberId(kAna))->email == "bo@northwind.example");
    CHECK(members.find(domain::MemberId(kBo))->email == "ana@northwind.example");
}
