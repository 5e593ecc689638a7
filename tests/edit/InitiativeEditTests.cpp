#include "edit/EditFixture.h"

using namespace baton;
using namespace baton::domain;
using baton::edit::Edit;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;
using baton::test::stint;

namespace {
const std::string kNumbers = "01930000-0000-7000-8000-0000000000c1";
const std::string kCopy = "01930000-0000-7000-8000-0000000000c2";
const std::string kHelp = "01930000-0000-7000-8000-0000000000c3";

/// An initiative in the file, and a log of every write SQLite makes to its lead_stints rows.
struct Initiatives : EditFixture {
    Initiatives()
    {
        requireOk(service.initiatives.addInitiative(initiative()));
        // A temporary trigger sees each row the repository touches, whatever the statement.
        db().exec("CREATE TEMP TABLE stint_writes (what TEXT NOT NULL)");
        db().exec("CREATE TEMP TRIGGER stint_inserted AFTER INSERT ON main.lead_stints BEGIN "
                  "INSERT INTO stint_writes VALUES ('insert ' || new.position); END");
        db().exec("CREATE TEMP TRIGGER stint_updated AFTER UPDATE ON main.lead_stints BEGIN "
                  "INSERT INTO stint_writes VALUES ('update ' || old.position); END");
        db().exec("CREATE TEMP TRIGGER stint_deleted AFTER DELETE ON main.lead_stints BEGIN "
                  "INSERT INTO stint_writes VALUES ('delete ' || old.position); END");
    }
    std::vector<std::string> stintWrites()
    {
        std::vector<std::string> out;
        storage::Statement s = db().prepare("SELECT what FROM stint_writes ORDER BY rowid");
        while (s.step())
            out.push_back(s.columnText(0));
        return out;
    }
    /// The initiative's lead_stints rows as stored: position|member|role|from|to|reason.
    std::vector<std::string> stintRows()
    {
        std::vector<std::string> out;
        storage::Statement s = db().prepare("SELECT position, member, role, from_on, coalesce(to_on, '-'), reason "
                                            "FROM lead_stints WHERE initiative = ? ORDER BY position");
        s.bind(1, kInit);
        while (s.step()) {
            std::string row;
            for (int c = 0; c < 6; ++c)
                row += (c ? "|" : "") + s.columnText(c);
            out.push_back(row);
        }
        return out;
    }
    Edit passLead(const std::string& to, const char* on, std::string reason = "closest to the problem")
    {
        return service.initiatives.passLead(InitiativeId(kInit), MemberId(to), day(on), std::move(reason));
    }
};
} // namespace

TEST_CASE_METHOD(EditFixture, "Adding an initiative writes it with its first lead stint", "[edit][initiatives]")
{
    const auto count = historyCount();
    const auto written = expectWrote(service.initiatives.addInitiative(initiative()), count, "add-initiative",
                                     {{RecordKind::Initiative, kInit, std::nullopt}});
    CHECK(written[0].after.find("\"leadership\":[{\"from\":\"2026-01-01\"") != std::string::npos);
    const auto saved = stored<Initiative>(kInit);
    REQUIRE(saved.leadership.size() == 1);
    CHECK(saved.leadership[0].member == MemberId(kAna));
}

TEST_CASE_METHOD(Initiatives, "Editing an initiative changes its fields and never its leadership",
                 "[edit][initiatives]")
{
    const auto count = historyCount();
    const auto before = canon(RecordKind::Initiative, kInit);
    Initiative i = initiative();
    i.title = "Churn and retention dashboard";
    i.dueOn = day("2027-03-31");
    i.leadership = {stint(kBo, "2025-01-01")}; // ignored: handoffs have their own intents
    expectWrote(service.initiatives.editInitiative(i), count, "edit-initiative",
                {{RecordKind::Initiative, kInit, before}});
    const auto after = stored<Initiative>(kInit);
    CHECK(after.title == "Churn and retention dashboard");
    CHECK(after.dueOn == day("2027-03-31"));
    REQUIRE(after.leadership.size() == 1);
    CHECK(after.leadership[0].member == MemberId(kAna));
}

TEST_CASE_METHOD(Initiatives, "A title edit does not rewrite the lead_stints rows", "[edit][initiatives][stints]")
{
    requireOk(passLead(kBo, "2026-06-01"));
    const auto rows = stintRows();
    REQUIRE(rows.size() == 2);
    db().exec("DELETE FROM stint_writes");
    Initiative i = stored<Initiative>(kInit);
    i.title = "A new title";
    requireOk(service.initiatives.editInitiative(i));
    CHECK(stintWrites().empty());
    CHECK(stintRows() == rows);
    CHECK(stored<Initiative>(kInit).title == "A new title");
}

TEST_CASE_METHOD(Initiatives, "A handoff closes the running stint and appends one row, leaving the rest in place",
                 "[edit][initiatives][stints]")
{
    const auto count = historyCount();
    const auto before = canon(RecordKind::Initiative, kInit);
    REQUIRE(stintRows() == std::vector<std::string>{"0|" + kAna + "|lead|2026-01-01|-|knows the data model"});
    expectWrote(passLead(kBo, "2026-06-01"), count, "pass-lead", {{RecordKind::Initiative, kInit, before}});
    CHECK(stintWrites() == std::vector<std::string>{"update 0", "insert 1"});
    CHECK(stintRows() == std::vector<std::string>{"0|" + kAna + "|lead|2026-01-01|2026-05-31|knows the data model",
                                                  "1|" + kBo + "|lead|2026-06-01|-|closest to the problem"});

    db().exec("DELETE FROM stint_writes");
    requireOk(passLead(kDee, "2026-09-01", "Dee runs the rollout"));
    CHECK(stintWrites() == std::vector<std::string>{"update 1", "insert 2"});
    const auto rows = stintRows();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == "0|" + kAna + "|lead|2026-01-01|2026-05-31|knows the data model");
    CHECK(rows[1] == "1|" + kBo + "|lead|2026-06-01|2026-08-31|closest to the problem");
    CHECK(rows[2] == "2|" + kDee + "|lead|2026-09-01|-|Dee runs the rollout");
}

TEST_CASE_METHOD(Initiatives, "A co-lead stint starts and ends with one entry each", "[edit][initiatives]")
{
    const auto count = historyCount();
    auto before = canon(RecordKind::Initiative, kInit);
    expectWrote(service.initiatives.addCoLead(InitiativeId(kInit), MemberId(kBo), day("2026-03-01"), "owns the copy"),
                count, "add-co-lead", {{RecordKind::Initiative, kInit, before}});
    CHECK(stintWrites() == std::vector<std::string>{"insert 1"});
    before = canon(RecordKind::Initiative, kInit);
    expectWrote(service.initiatives.endCoLead(InitiativeId(kInit), MemberId(kBo), day("2026-10-31")), count + 1,
                "end-co-lead", {{RecordKind::Initiative, kInit, before}});
    CHECK(stintRows().back() == "1|" + kBo + "|co-lead|2026-03-01|2026-10-31|owns the copy");
}

TEST_CASE_METHOD(Initiatives, "Contributions are added and edited with their dependencies", "[edit][initiatives]")
{
    const auto count = historyCount();
    expectWrote(service.initiatives.addContribution(contribution(kNumbers, "Churn numbers")), count, "add-contribution",
                {{RecordKind::Contribution, kNumbers, std::nullopt}});
    expectWrote(service.initiatives.addContribution(contribution(kCopy, "Dashboard copy", {kNumbers})), count + 1,
                "add-contribution", {{RecordKind::Contribution, kCopy, std::nullopt}});
    Contribution copy = stored<Contribution>(kCopy);
    copy.status = ContributionStatus::InProgress;
    copy.dependsOn.clear();
    const auto before = canon(RecordKind::Contribution, kCopy);
    const auto written = expectWrote(service.initiatives.editContribution(copy), count + 2, "edit-contribution",
                                     {{RecordKind::Contribution, kCopy, before}});
    CHECK(written[0].after.find("\"depends_on\":[]") != std::string::npos);
    CHECK(written[0].before->find("\"depends_on\":[\"" + kNumbers + "\"]") != std::string::npos);
}

TEST_CASE_METHOD(Initiatives, "The lead cannot pass to a member who has left", "[edit][initiatives][refused]")
{
    expectRefused([&] { return passLead(kCy, "2026-08-01"); }, "Cy Okafor left the team on 2026-06-30");
}

TEST_CASE_METHOD(Initiatives, "A handoff to the member who already leads is refused", "[edit][initiatives][refused]")
{
    expectRefused([&] { return passLead(kAna, "2026-08-01"); }, "Ana Silva already leads this initiative");
    expectRefused([&] { return passLead(kBo, "2026-08-01", " "); }, "a handoff needs a reason");
}

TEST_CASE_METHOD(Initiatives, "The same member cannot co-lead twice at once", "[edit][initiatives][refused]")
{
    requireOk(service.initiatives.addCoLead(InitiativeId(kInit), MemberId(kBo), day("2026-03-01"), "owns the copy"));
    expectRefused(
        [&] { return service.initiatives.addCoLead(InitiativeId(kInit), MemberId(kBo), day("2026-04-01"), "again"); },
        "Bo Chen already co-leads this initiative");
}

TEST_CASE_METHOD(Initiatives, "Ending a co-lead stint that does not exist is refused", "[edit][initiatives][refused]")
{
    expectRefused([&] { return service.initiatives.endCoLead(InitiativeId(kInit), MemberId(kDee), day("2026-10-31")); },
                  "Dee Park does not co-lead this initiative now");
    // Ana leads, she does not co-lead.
    expectRefused([&] { return service.initiatives.endCoLead(InitiativeId(kInit), MemberId(kAna), day("2026-10-31")); },
                  "does not co-lead");
}

TEST_CASE_METHOD(Initiatives, "A dependency loop is refused and named in the message", "[edit][initiatives][refused]")
{
    requireOk(service.initiatives.addContribution(contribution(kNumbers, "Churn numbers")));
    requireOk(service.initiatives.addContribution(contribution(kCopy, "Dashboard copy", {kNumbers})));
    requireOk(service.initiatives.addContribution(contribution(kHelp, "Help text", {kCopy})));
    Contribution numbers = stored<Contribution>(kNumbers);
    numbers.dependsOn = {ContributionId(kHelp)};
    expectRefused([&] { return service.initiatives.editContribution(numbers); },
                  "would make a loop: “Churn numbers” -> “Help text” -> “Dashboard copy” -> “Churn numbers”");
    numbers.dependsOn = {ContributionId(kNumbers)};
    expectRefused([&] { return service.initiatives.editContribution(numbers); },
                  "would make a loop: “Churn numbers” -> “Churn numbers”");
}

TEST_CASE_METHOD(EditFixture, "Initiative edits naming an unknown or a retracted record are refused",
                 "[edit][initiatives][refused]")
{
    Initiative i = initiative();
    i.areas = {AreaId(kMissing)};
    expectRefused([&] { return service.initiatives.addInitiative(i); },
                  "An area of the initiative: there is no area with id " + kMissing);
    i = initiative();
    i.leadership = {stint(kMissing, "2026-01-01")};
    expectRefused([&] { return service.initiatives.addInitiative(i); }, "there is no member with id " + kMissing);
    requireOk(service.initiatives.addInitiative(initiative()));
    requireOk(service.retract(RecordKind::Initiative, kInit));
    expectRefused([&] { return service.initiatives.addContribution(contribution(kNumbers, "Churn numbers")); },
                  "The initiative: initiative “Churn dashboard” was retracted");
    expectRefused(
        [&] { return service.initiatives.passLead(InitiativeId(kInit), MemberId(kBo), day("2026-06-01"), "x"); },
        "there is no initiative with id " + kInit);
}
