// Lead suggestions, the expertise map, the coaching view and the leadership trends, read by SQL
// from a real team file built through the edit service. Every expected figure is worked out by
// hand in the comment beside it. Today is 2026-11-26 (the fixture's clock); the load window is
// 2026-08-29 .. 2026-11-26.
//
// The team: Ana (Analytics 4, endorsed twice there), Bo (Data 2, Analytics 1 and wants to learn
// it), Dee (Data 5), Eve (Analytics 3, never led), Cy (Analytics 5, left on 2026-06-30).
// Analytics sits inside Data. "Churn dashboard" (Data) was led by Ana from 2026-10-01 and passed
// to Dee on 2026-11-01 (Dee was suggested first); "Churn model" (Analytics) is led by Ana from
// 2026-11-10. A decision was decided on 2026-11-20 with Ana accountable.
#include "edit/EditFixture.h"

#include "baton/report/ExpertiseQueries.h"
#include "baton/report/ReportQueries.h"

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;
using Catch::Detail::Approx;

namespace {
const std::string kEve = "01930000-0000-7000-8000-000000000005";
const std::string kModel = "01930000-0000-7000-8000-0000000000b2";
const std::string kGoalBo = "01930000-0000-7000-8000-0000000000c1";
const std::string kGoalEve = "01930000-0000-7000-8000-0000000000c2";

struct Team : EditFixture {
    Team()
    {
        addMember(kEve, "Eve Adams", std::nullopt);
        level(kAna, kAnalytics, 4);
        level(kBo, kData, 2);
        level(kBo, kAnalytics, 1, true);
        level(kDee, kData, 5);
        level(kEve, kAnalytics, 3);
        level(kCy, kAnalytics, 5);
        endorse("01930000-0000-7000-8000-0000000000e1", kBo, kAna, kAnalytics);
        endorse("01930000-0000-7000-8000-0000000000e2", kDee, kAna, kAnalytics);

        Initiative churn = initiative();
        churn.areas = {AreaId(kData)};
        churn.startedOn = day("2026-10-01");
        churn.leadership = {baton::test::stint(kAna, "2026-10-01")};
        requireOk(service.initiatives.addInitiative(churn));
        requireOk(service.initiatives.passLead(InitiativeId(kInit), MemberId(kDee), day("2026-11-01"), "closest", 1));

        Initiative model = initiative(kModel);
        model.title = "Churn model";
        model.startedOn = day("2026-11-10");
        model.leadership = {baton::test::stint(kAna, "2026-11-10")};
        requireOk(service.initiatives.addInitiative(model));
        decidedDecision(); // decided 2026-11-20, Ana accountable
    }
    void level(const std::string& member, const std::string& area, int value, bool learn = false)
    {
        Expertise e;
        e.member = MemberId(member);
        e.area = AreaId(area);
        e.level = value;
        e.wantsToLearn = learn;
        requireOk(service.people.setLevel(e));
    }
    void endorse(const std::string& id, const std::string& by, const std::string& who, const std::string& area)
    {
        Endorsement e;
        e.id = EndorsementId(id);
        e.endorser = MemberId(by);
        e.member = MemberId(who);
        e.area = AreaId(area);
        requireOk(service.people.endorse(e));
    }
    void goal(const std::string& id, const std::string& member, int target, const char* review)
    {
        DevelopmentGoal g;
        g.id = GoalId(id);
        g.member = MemberId(member);
        g.area = AreaId(kAnalytics);
        g.targetLevel = target;
        g.mentor = MemberId(kAna);
        g.startedOn = day("2026-09-01");
        g.reviewOn = day(review);
        requireOk(service.goals.addGoal(g));
    }
    const CandidateFacts& facts(const std::vector<CandidateFacts>& all, const std::string& id)
    {
        for (const auto& f : all)
            if (f.member.id.str() == id)
                return f;
        FAIL("no facts for " << id);
        return all.front();
    }
};
} // namespace

TEST_CASE_METHOD(Team, "Lead load is read from the stints of the last 90 days", "[report][queries][suggestion]")
{
    const auto all = report::readLeadCandidates(db(), clock.today());
    REQUIRE(all.size() == 4); // Cy has left
    const auto& ana = facts(all, kAna);
    CHECK(ana.leadDaysLast90 == 48);    // 2026-10-01..10-31 = 31, 2026-11-10..11-26 = 17
    CHECK(ana.openInitiativesLed == 1); // the churn model (she handed the dashboard on)
    CHECK(ana.handoffsAwayLast90 == 1); // the dashboard went to Dee on 2026-11-01
    CHECK(ana.endorsements.at(AreaId(kAnalytics)) == 2);
    const auto& dee = facts(all, kDee);
    CHECK(dee.leadDaysLast90 == 26); // 2026-11-01..11-26
    CHECK(dee.openInitiativesLed == 1);
    CHECK(dee.handoffsAwayLast90 == 0);
    CHECK(facts(all, kBo).leadDaysLast90 == 0);
}

TEST_CASE_METHOD(Team, "Suggestions from the file rank by expertise and load, with one stretch pick",
                 "[report][queries][suggestion]")
{
    const auto ranked = report::suggestLeads(db(), {AreaId(kData)}, clock.today());
    REQUIRE(ranked.size() == 4);
    // Dee: 10*5 - 5*26/90 - 4*1 = 44.56; Ana: 10*4 (through Analytics) + 2*2 - 5*48/90 - 4 - 3 = 34.33;
    // Eve: 10*3 = 30; Bo: 10*2 = 20.
    CHECK(ranked[0].name == "Dee Park");
    CHECK(ranked[0].score == Approx(44.5556).epsilon(1e-4));
    CHECK(ranked[1].name == "Ana Silva");
    CHECK(ranked[1].score == Approx(34.3333).epsilon(1e-4));
    CHECK(ranked[2].name == "Eve Adams");
    CHECK(ranked[3].name == "Bo Chen");
    CHECK(ranked[3].stretch); // wants to learn Analytics, under Data, and is not in the top three
    CHECK(ranked[1].reasonText().find("Expert in Data (through Analytics, endorsed by 2)") != std::string::npos);
    CHECK(ranked[1].reasonText().find("handed on 1 lead in the last 90 days") != std::string::npos);
    for (const auto& s : ranked)
        CHECK(s.member != MemberId(kCy)); // left: never suggested
}

TEST_CASE_METHOD(Team, "The bus factor counts sub-area levels for the parent and only active members",
                 "[report][queries][expertise-map]")
{
    const auto map = report::readExpertiseMap(db(), clock.today());
    REQUIRE(map.busFactors.size() == 2);
    CHECK(map.busFactors[0].name == "Data");             // a parent before its children
    CHECK(map.busFactors[0].membersAtLevel3OrMore == 3); // Dee 5, Ana 4 and Eve 3 through Analytics
    CHECK_FALSE(map.busFactors[0].atRisk);
    CHECK(map.busFactors[1].name == "Analytics");
    CHECK(map.busFactors[1].membersAtLevel3OrMore == 2); // Ana 4, Eve 3; Cy (5) has left
    CHECK(map.depth == std::vector<int>{0, 1});
    CHECK(map.members.size() == 4);
    CHECK(map.endorsements.at({kAna, kAnalytics}) == 2);
    REQUIRE(map.pairs.size() == 1); // Ana (4) could teach Bo, who wants to learn Analytics
    CHECK(map.pairs[0].mentor == MemberId(kAna));
    CHECK(map.pairs[0].learner == MemberId(kBo));
}

TEST_CASE_METHOD(Team, "An area held by one active member is flagged", "[report][queries][expertise-map]")
{
    level(kEve, kAnalytics, 2);
    const auto map = report::readExpertiseMap(db(), clock.today());
    CHECK(map.busFactors[1].membersAtLevel3OrMore == 1); // only Ana now
    CHECK(map.busFactors[1].atRisk);
}

TEST_CASE_METHOD(Team, "Coaching lists goals due, first-time leads and untapped expertise",
                 "[report][queries][coaching]")
{
    goal(kGoalBo, kBo, 3, "2026-11-20");   // review date passed
    goal(kGoalEve, kEve, 4, "2027-01-10"); // not yet
    const auto view = report::readCoaching(db(), clock.today());
    REQUIRE(view.goals.size() == 2);
    CHECK(view.goals[0].member == "Bo Chen"); // earliest review first
    CHECK(view.goals[0].levelNow == 1);
    CHECK(view.goals[0].mentor == "Ana Silva");
    REQUIRE(view.dueForReview.size() == 1);
    CHECK(view.dueForReview[0].goal.id == GoalId(kGoalBo));
    // First lead stints ever, in the last 180 days: Dee (2026-11-01) and Ana (2026-10-01).
    REQUIRE(view.firstLeads.size() == 2);
    CHECK(view.firstLeads[0].name == "Dee Park");
    CHECK(view.firstLeads[1].name == "Ana Silva");
    CHECK(view.firstLeads[1].from == day("2026-10-01"));
    // Never led: Bo (Data 2: no fit) and Eve (Analytics 3: fits both open initiatives).
    REQUIRE(view.neverLed.size() == 1);
    CHECK(view.neverLed[0].name == "Eve Adams");
    REQUIRE(view.neverLed[0].fits.size() == 2);
    CHECK(view.neverLed[0].fits[0] == "Proficient in Data for “Churn dashboard”"); // by title
    CHECK(view.neverLed[0].fits[1] == "Proficient in Analytics for “Churn model”");
}

TEST_CASE_METHOD(Team, "A member's goals read newest first with their names", "[report][queries][coaching]")
{
    goal(kGoalBo, kBo, 3, "2026-11-20");
    const auto goals = report::readMemberGoals(db(), MemberId(kBo));
    REQUIRE(goals.size() == 1);
    CHECK(goals[0].area == "Analytics");
    CHECK(goals[0].goal.targetLevel == 3);
    CHECK(report::readMemberGoals(db(), MemberId(kDee)).empty());
}

TEST_CASE_METHOD(Team, "Monthly spread of lead-days and accountability is worked out per active member",
                 "[report][queries][trends]")
{
    report::LeadershipQuery q;
    q.today = clock.today();
    q.from = day("2026-10-01");
    q.to = day("2026-11-26");
    const auto r = report::readLeadershipReport(db(), q);
    REQUIRE(r.months.size() == 2);
    // October: Ana 31 lead-days; Bo, Dee, Eve none (Cy has left): 4 people, 1 with any.
    const auto& oct = r.months[0];
    CHECK(oct.month.label() == "2026-10");
    CHECK(oct.lead.people == 4);
    CHECK(oct.lead.shareWithAny == Approx(0.25));
    CHECK(oct.lead.topThreeShare == Approx(1.0));
    CHECK(oct.lead.gini == Approx(0.75)); // one of four holds all: (n-1)/n
    CHECK(oct.lead.evenness == Approx(0.0));
    CHECK(oct.decisions == 0);
    // November: Ana 17 (11-10..26), Dee 26 (11-01..26): {0, 0, 17, 26}, total 43, mean 10.75.
    const auto& nov = r.months[1];
    CHECK(nov.lead.shareWithAny == Approx(0.5));
    // Gini: sum over ordered pairs |xi - xj| = 2 * (17 + 17 + 26 + 26 + 9) = 190; 190 / (2 * 16 * 10.75).
    CHECK(nov.lead.gini == Approx(190.0 / 344.0));
    // Shannon: H = -(17/43 ln 17/43 + 26/43 ln 26/43) = 0.671081; J = H / ln 4 = 0.484082.
    REQUIRE(nov.lead.evenness);
    CHECK(*nov.lead.evenness == Approx(0.484082).epsilon(1e-5));
    // One decision decided in November, Ana accountable: {1, 0, 0, 0}.
    CHECK(nov.decisions == 1);
    CHECK(nov.accountable.shareWithAny == Approx(0.25));
    CHECK(nov.accountable.gini == Approx(0.75));
    // Handoffs starting in the period: Dee's (suggested first).
    CHECK(r.suggestions.handoffs == 1);
    CHECK(r.suggestions.suggested == 1);
    CHECK(r.suggestions.topThree == 1);
}

TEST_CASE_METHOD(Team, "Participation counts each member's part in the period's decisions by role",
                 "[report][queries][trends]")
{
    report::LeadershipQuery q;
    q.today = clock.today();
    q.from = day("2026-10-01");
    q.to = day("2026-11-26");
    const auto r = report::readLeadershipReport(db(), q);
    const auto total = db().queryInt("SELECT count(*) FROM decision_participants");
    int sum = 0;
    for (const auto& p : r.participation)
        sum += p.total;
    CHECK(sum == total);
    REQUIRE_FALSE(r.participation.empty());
    CHECK(r.participation[0].name == "Ana Silva"); // the proposer, and the only one taking part
    CHECK(r.participation[0].byRole[static_cast<std::size_t>(ParticipantRole::Proposer)] == 1);
    // A period before the decision holds no participation.
    q.to = day("2026-10-31");
    CHECK(report::readLeadershipReport(db(), q).participation.empty());
}

TEST_CASE_METHOD(Team, "The accountability report follows accountability month by month for a year",
                 "[report][queries][trends]")
{
    const auto r = report::readAccountabilityReport(db(), clock.today());
    REQUIRE(r.months.size() == 12); // December 2025 .. November 2026
    CHECK(r.months.front().month.label() == "2025-12");
    CHECK(r.months.back().month.label() == "2026-11");
    // November: one decision, Ana accountable; Ana, Bo, Dee and Eve active (Cy left in June).
    CHECK(r.months.back().decisions == 1);
    CHECK(r.months.back().accountable.people == 4);
    CHECK(r.months.back().accountable.shareWithAny == Approx(0.25));
    // June: Cy was still a member (left on the 30th), nobody accountable for anything.
    CHECK(r.months[6].month.label() == "2026-06");
    CHECK(r.months[6].accountable.people == 5);
    CHECK(r.months[6].accountable.withAny == 0);
}
