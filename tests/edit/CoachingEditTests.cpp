// Development goals, the suggested rank of a new lead, and a contribution's work dates, through
// the edit service: rules, history, and what reaches the file.
#include "edit/EditFixture.h"

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;

namespace {
const std::string kGoal = "01930000-0000-7000-8000-0000000000c1";

DevelopmentGoal goal(int target = 3)
{
    DevelopmentGoal g;
    g.id = GoalId(kGoal);
    g.member = MemberId(kBo);
    g.area = AreaId(kAnalytics);
    g.targetLevel = target;
    g.mentor = MemberId(kAna);
    g.reviewOn = day("2027-02-01");
    g.note = "Build the churn model together";
    return g;
}

void setLevel(EditFixture& f, const std::string& member, const std::string& area, int level)
{
    Expertise e;
    e.member = MemberId(member);
    e.area = AreaId(area);
    e.level = level;
    EditFixture::requireOk(f.service.people.setLevel(e));
}
} // namespace

TEST_CASE_METHOD(EditFixture, "A development goal is saved with its mentor and dates and written to history",
                 "[edit][coaching]")
{
    const auto count = historyCount();
    expectWrote(service.goals.addGoal(goal()), count, "add-goal", {{RecordKind::Goal, kGoal, std::nullopt}});
    const auto g = stored<DevelopmentGoal>(kGoal);
    CHECK(g.targetLevel == 3);
    CHECK(g.mentor == MemberId(kAna));
    CHECK(g.startedOn == clock.today()); // set to today when not given
    CHECK(g.reviewOn == day("2027-02-01"));
    CHECK(g.status == GoalStatus::Active);
    CHECK(db().queryText("SELECT note FROM development_goals") == "Build the churn model together");
}

TEST_CASE_METHOD(EditFixture, "A new goal must aim above the member's level now", "[edit][coaching]")
{
    setLevel(*this, kBo, kAnalytics, 3);
    expectRefused([&] { return service.goals.addGoal(goal(3)); }, "above the member's level now (3)");
    requireOk(service.goals.addGoal(goal(4)));
}

TEST_CASE_METHOD(EditFixture, "A member cannot mentor themself, and a review cannot come before the start",
                 "[edit][coaching]")
{
    auto self = goal();
    self.mentor = MemberId(kBo);
    expectRefused([&] { return service.goals.addGoal(self); }, "cannot mentor themself");
    auto early = goal();
    early.startedOn = day("2026-12-01");
    early.reviewOn = day("2026-11-01");
    expectRefused([&] { return service.goals.addGoal(early); }, "review date is before");
    auto ghost = goal();
    ghost.mentor = MemberId(kMissing);
    expectRefused([&] { return service.goals.addGoal(ghost); }, "mentor");
}

TEST_CASE_METHOD(EditFixture, "Reviewing a goal changes its status but never its member or area", "[edit][coaching]")
{
    requireOk(service.goals.addGoal(goal()));
    auto g = stored<DevelopmentGoal>(kGoal);
    const auto before = canon(RecordKind::Goal, kGoal);
    g.status = GoalStatus::Achieved;
    g.member = MemberId(kDee); // ignored: a goal stays with its member
    g.area = AreaId(kData);
    expectWrote(service.goals.editGoal(g), historyCount(), "edit-goal", {{RecordKind::Goal, kGoal, before}});
    const auto after = stored<DevelopmentGoal>(kGoal);
    CHECK(after.status == GoalStatus::Achieved);
    CHECK(after.member == MemberId(kBo));
    CHECK(after.area == AreaId(kAnalytics));
}

TEST_CASE_METHOD(EditFixture, "A retracted mentor or area cannot be retracted while a goal names them",
                 "[edit][coaching]")
{
    requireOk(service.goals.addGoal(goal()));
    expectRefused([&] { return service.retract(RecordKind::Member, kAna); }, "development goal");
    expectRefused([&] { return service.retract(RecordKind::Area, kAnalytics); }, "development goal");
}

TEST_CASE_METHOD(EditFixture, "Passing the lead records the new lead's place in the suggestion", "[edit][coaching]")
{
    requireOk(service.initiatives.addInitiative(initiative()));
    requireOk(service.initiatives.passLead(InitiativeId(kInit), MemberId(kBo), day("2026-11-01"), "closest now", 2));
    auto i = stored<Initiative>(kInit);
    REQUIRE(i.leadership.size() == 2);
    CHECK(i.leadership[0].suggestedRank == std::nullopt);
    CHECK(i.leadership[1].suggestedRank == 2);
    CHECK(db().queryInt("SELECT suggested_rank FROM lead_stints WHERE position = 1") == 2);
    // In the history too, so the rank travels by export and the team server.
    CHECK(storage::HistoryLog(db()).latestOf(kInit)->after.find("\"suggested_rank\":2") != std::string::npos);
    requireOk(service.initiatives.addCoLead(InitiativeId(kInit), MemberId(kDee), day("2026-11-02"), "", 1));
    CHECK(stored<Initiative>(kInit).leadership.back().suggestedRank == 1);
    expectRefused(
        [&] { return service.initiatives.passLead(InitiativeId(kInit), MemberId(kAna), day("2026-11-05"), "x", 0); },
        "starts at 1");
}

TEST_CASE_METHOD(EditFixture, "A stint without a suggestion keeps the history bytes it had before ranks existed",
                 "[edit][coaching]")
{
    requireOk(service.initiatives.addInitiative(initiative()));
    const auto after = storage::HistoryLog(db()).latestOf(kInit)->after;
    CHECK(after.find("suggested_rank") == std::string::npos);
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "Work under way gets a start date and finished work a finish date", "[edit][coaching]")
{
    requireOk(service.initiatives.addInitiative(initiative()));
    auto c = contribution("01930000-0000-7000-8000-0000000000e7", "Numbers");
    requireOk(service.initiatives.addContribution(c));
    auto stored1 = stored<Contribution>(c.id.str());
    CHECK_FALSE(stored1.startedOn); // planned work has not started
    stored1.status = ContributionStatus::InProgress;
    requireOk(service.initiatives.editContribution(stored1));
    CHECK(stored<Contribution>(c.id.str()).startedOn == clock.today());
    auto done = stored<Contribution>(c.id.str());
    done.status = ContributionStatus::Done;
    requireOk(service.initiatives.editContribution(done));
    CHECK(stored<Contribution>(c.id.str()).doneOn == clock.today());
    auto wrong = stored<Contribution>(c.id.str());
    wrong.startedOn = day("2026-12-10");
    wrong.doneOn = day("2026-12-01");
    expectRefused([&] { return service.initiatives.editContribution(wrong); }, "cannot be done");
}
