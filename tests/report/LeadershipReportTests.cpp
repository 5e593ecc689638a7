// Figures checked against hand-computed expectations on a small fixed team.
#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/report/LeadershipReport.h"

using namespace baton::domain;
using namespace baton::report;
using baton::test::day;
using baton::test::member;
using baton::test::stint;

namespace {

Initiative initiative(const std::string& id, const std::string& title, InitiativeStatus status,
                      std::vector<LeadStint> stints, std::vector<std::string> areas = {})
{
    Initiative i;
    i.id = InitiativeId(id);
    i.title = title;
    i.status = status;
    i.leadership = std::move(stints);
    for (auto& a : areas)
        i.areas.emplace_back(a);
    return i;
}

/// A, B, C, D (left 2026-03-31), E (joined 2026-06-01); Alpha, Beta and Gamma as in the comments.
struct Team {
    std::vector<Member> members;
    std::vector<Initiative> initiatives;
    Team()
    {
        members = {member("a", "Ana"), member("b", "Bo"), member("c", "Cy"), member("d", "Di", "2026-03-31"),
                   member("e", "Ed")};
        members[4].joinedOn = day("2026-06-01");
        // Alpha (completed, area x): Ana leads Jan (31 days), Bo leads Feb-Mar (59), Cy co-leads.
        initiatives.push_back(initiative("i1", "Alpha", InitiativeStatus::Completed,
                                         {stint("a", "2026-01-01", "2026-01-31"), stint("b", "2026-02-01", "2026-03-31"),
                                          stint("c", "2026-01-15", "2026-02-15", StintRole::CoLead)},
                                         {"x"}));
        // Beta (active, area y): Ana leads from Feb 1, still leading.
        initiatives.push_back(initiative("i2", "Beta", InitiativeStatus::Active, {stint("a", "2026-02-01")}, {"y"}));
        // Gamma (missed): Di leads Jan-Mar (90), hands to Bo for April (30).
        initiatives.push_back(initiative("i3", "Gamma", InitiativeStatus::Missed,
                                         {stint("d", "2026-01-01", "2026-03-31"), stint("b", "2026-04-01", "2026-04-30")}));
    }
    LeadershipReport run(const char* from = "2026-01-01", const char* to = "2026-06-30", const char* today = "2026-06-30")
    {
        LeadershipQuery q;
        if (from)
            q.from = day(from);
        if (to)
            q.to = day(to);
        q.today = day(today);
        return buildLeadershipReport(members, initiatives, q);
    }
    LeadershipReport run(LeadershipQuery q) { return buildLeadershipReport(members, initiatives, q); }
};

const MemberLeadership* find(const LeadershipReport& r, const std::string& name)
{
    for (const auto& m : r.members)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace

TEST_CASE_METHOD(Team, "Lead days add up each member's lead stints inside the period", "[report][leadership]")
{
    const auto r = run();
    CHECK(find(r, "Ana")->leadDays == 181); // Alpha 31 + Beta Feb 1 to Jun 30 (150)
    CHECK(find(r, "Bo")->leadDays == 89);   // Alpha 59 + Gamma 30
    CHECK(find(r, "Di")->leadDays == 90);
    CHECK(find(r, "Cy")->leadDays == 0);    // co-lead days are not lead days
}

TEST_CASE_METHOD(Team, "Initiatives led and co-led are counted once each", "[report][leadership]")
{
    const auto r = run();
    CHECK(find(r, "Ana")->initiativesLed == 2);
    CHECK(find(r, "Bo")->initiativesLed == 2);
    CHECK(find(r, "Cy")->initiativesLed == 0);
    CHECK(find(r, "Cy")->initiativesCoLed == 1);
}

TEST_CASE_METHOD(Team, "Handoffs in and out are counted per member", "[report][leadership]")
{
    const auto r = run();
    CHECK(find(r, "Ana")->handoffsOut == 1);
    CHECK(find(r, "Ana")->handoffsIn == 0);
    CHECK(find(r, "Bo")->handoffsIn == 2);
    CHECK(find(r, "Bo")->handoffsOut == 0);
    CHECK(find(r, "Di")->handoffsOut == 1);
}

TEST_CASE_METHOD(Team, "Outcomes count the initiatives each member led", "[report][leadership]")
{
    const auto r = run();
    CHECK(find(r, "Ana")->completed == 1);
    CHECK(find(r, "Ana")->missed == 0);
    CHECK(find(r, "Bo")->completed == 1);
    CHECK(find(r, "Bo")->missed == 1);
    CHECK(find(r, "Di")->missed == 1);
}

TEST_CASE_METHOD(Team, "Members who never led are listed", "[report][leadership]")
{
    CHECK(run().neverLed == std::vector<std::string>{"Ed"});
}

TEST_CASE_METHOD(Team, "The share of active members who led counts co-leads", "[report][leadership]")
{
    const auto r = run();
    CHECK(r.spread.activeMembers == 5);
    CHECK(r.spread.membersWhoLed == 4);
    CHECK(r.spread.shareWhoLed == Approx(0.8));
}

TEST_CASE_METHOD(Team, "The top three's share of lead-days", "[report][leadership]")
{
    CHECK(run().spread.topThreeShare == Approx(1.0));
    CHECK(run("2026-02-01", "2026-02-28").spread.topThreeShare == Approx(1.0));
}

TEST_CASE_METHOD(Team, "The Gini coefficient of lead-days across active members", "[report][leadership]")
{
    // Sorted lead-days 0, 0, 89, 90, 181: 2*(3*89 + 4*90 + 5*181)/(5*360) - 6/5.
    CHECK(run().spread.gini == Approx(0.50222).epsilon(1e-4));
}

TEST_CASE("The Gini coefficient is 0 for equal shares and 0.75 when one of four holds everything", "[report][leadership]")
{
    CHECK(giniCoefficient({10, 10, 10, 10}) == Approx(0.0));
    CHECK(giniCoefficient({0, 0, 0, 100}) == Approx(0.75));
    CHECK(giniCoefficient({}) == Approx(0.0));
    CHECK(giniCoefficient({0, 0}) == Approx(0.0));
}

TEST_CASE_METHOD(Team, "Stints are clipped to the period", "[report][leadership]")
{
    const auto r = run("2026-02-01", "2026-02-28");
    CHECK(find(r, "Ana")->leadDays == 28); // Beta only
    CHECK(find(r, "Bo")->leadDays == 28);  // Alpha only
    CHECK(find(r, "Di")->leadDays == 28);
    CHECK(find(r, "Ana")->handoffsOut == 1); // Alpha passed to Bo on Feb 1, inside the period
}

TEST_CASE_METHOD(Team, "A handoff outside the period is not counted", "[report][leadership]")
{
    const auto r = run("2026-02-02", "2026-02-28");
    CHECK(find(r, "Ana")->handoffsOut == 0);
    CHECK(find(r, "Bo")->handoffsIn == 0);
}

TEST_CASE_METHOD(Team, "A member who left before the period is neither active nor listed", "[report][leadership]")
{
    const auto r = run("2026-05-01", "2026-06-30");
    CHECK(find(r, "Di") == nullptr);
    CHECK(r.spread.activeMembers == 4);
}

TEST_CASE_METHOD(Team, "A member who joins after the period is not active in it", "[report][leadership]")
{
    const auto r = run("2026-01-01", "2026-01-31");
    CHECK(find(r, "Ed") == nullptr);
    CHECK(std::find(r.neverLed.begin(), r.neverLed.end(), "Ed") == r.neverLed.end());
}

TEST_CASE_METHOD(Team, "A member who left during the period still counts as active", "[report][leadership]")
{
    const auto r = run("2026-03-01", "2026-04-30");
    REQUIRE(find(r, "Di") != nullptr);
    CHECK(find(r, "Di")->active);
    CHECK(find(r, "Di")->leadDays == 31); // March
}

TEST_CASE_METHOD(Team, "An area filter keeps only initiatives needing that expertise", "[report][leadership]")
{
    LeadershipQuery q;
    q.from = day("2026-01-01");
    q.to = day("2026-06-30");
    q.today = day("2026-06-30");
    q.area = AreaId("x");
    const auto r = run(q);
    CHECK(find(r, "Ana")->leadDays == 31);
    CHECK(find(r, "Bo")->leadDays == 59);
    REQUIRE(r.initiatives.size() == 1);
    CHECK(r.initiatives[0].title == "Alpha");
}

TEST_CASE_METHOD(Team, "A status filter keeps only initiatives with that status", "[report][leadership]")
{
    LeadershipQuery q;
    q.from = day("2026-01-01");
    q.to = day("2026-06-30");
    q.today = day("2026-06-30");
    q.status = InitiativeStatus::Missed;
    const auto r = run(q);
    CHECK(find(r, "Di")->leadDays == 90);
    CHECK(find(r, "Bo")->leadDays == 30);
    CHECK(find(r, "Ana")->leadDays == 0);
}

TEST_CASE_METHOD(Team, "An open stint counts up to today when the period runs to today", "[report][leadership]")
{
    const auto r = run("2026-01-01", nullptr, "2026-03-01");
    CHECK(r.to == day("2026-03-01"));
    CHECK(find(r, "Ana")->leadDays == 31 + 29); // Alpha January, Beta Feb 1 to Mar 1
}

TEST_CASE_METHOD(Team, "Without a start date the period begins with the first stint", "[report][leadership]")
{
    CHECK(run(nullptr, "2026-06-30").from == day("2026-01-01"));
}

TEST_CASE_METHOD(Team, "Timelines hold the clipped stints, by initiative title", "[report][leadership]")
{
    const auto r = run("2026-02-01", "2026-02-28");
    REQUIRE(r.initiatives.size() == 3);
    CHECK(r.initiatives[0].title == "Alpha");
    REQUIRE(r.initiatives[0].stints.size() == 2); // Bo's lead and Cy's co-lead meet February
    CHECK(r.initiatives[0].stints[0].from == day("2026-02-01"));
    CHECK(r.initiatives[0].stints[1].to == day("2026-02-15"));
    CHECK(r.initiatives[1].stints[0].to == day("2026-02-28")); // Beta's running stint, clipped to the period
    CHECK(run().initiatives[1].stints[0].to == std::nullopt);  // shown open when the period reaches today
}

TEST_CASE_METHOD(Team, "Members are listed with the most lead-days first", "[report][leadership]")
{
    const auto r = run();
    REQUIRE(r.members.size() == 5);
    CHECK(r.members[0].name == "Ana");
    CHECK(r.members[1].name == "Di");
    CHECK(r.members[2].name == "Bo");
}

TEST_CASE("Passing the lead back to the same member is not a handoff", "[report][leadership]")
{
    const std::vector<Member> members{member("a", "Ana")};
    const std::vector<Initiative> initiatives{initiative(
        "i", "Solo", InitiativeStatus::Active, {stint("a", "2026-01-01", "2026-01-31"), stint("a", "2026-02-01")})};
    LeadershipQuery q;
    q.today = day("2026-03-01");
    const auto r = buildLeadershipReport(members, initiatives, q);
    CHECK(r.members.at(0).handoffsIn == 0);
    CHECK(r.members.at(0).handoffsOut == 0);
    CHECK(r.spread.gini == Approx(0.0));
    CHECK(r.spread.shareWhoLed == Approx(1.0));
}

TEST_CASE("A team where nobody led has no spread to speak of", "[report][leadership]")
{
    const std::vector<Member> members{member("a", "Ana"), member("b", "Bo")};
    LeadershipQuery q;
    q.today = day("2026-03-01");
    const auto r = buildLeadershipReport(members, {}, q);
    CHECK(r.spread.activeMembers == 2);
    CHECK(r.spread.membersWhoLed == 0);
    CHECK(r.spread.topThreeShare == Approx(0.0));
    CHECK(r.neverLed == std::vector<std::string>{"Ana", "Bo"});
}

TEST_CASE_METHOD(Team, "A member who left on the first day of the period is not active in it", "[report][leadership]")
{
    const auto r = run("2026-03-31", "2026-04-30");
    CHECK(find(r, "Di") != nullptr); // listed for the lead day itself
    CHECK_FALSE(find(r, "Di")->active);
}
