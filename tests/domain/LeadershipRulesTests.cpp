#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/LeadershipRules.h"

using namespace baton::domain;
using baton::test::day;
using baton::test::member;
using baton::test::stint;

TEST_CASE("Consecutive lead stints do not overlap", "[domain][leadership]")
{
    const std::vector<LeadStint> stints{stint("a", "2026-01-01", "2026-01-31"), stint("b", "2026-02-01")};
    CHECK_FALSE(findOverlappingLeads(stints));
    CHECK(validateStints(stints).ok());
}

TEST_CASE("Two leads on the same day are refused, naming both stints", "[domain][leadership]")
{
    const std::vector<LeadStint> stints{stint("a", "2026-01-01", "2026-02-01"), stint("b", "2026-02-01")};
    const auto clash = findOverlappingLeads(stints);
    REQUIRE(clash);
    CHECK(clash->first == 0);
    CHECK(clash->second == 1);
    const auto result = validateStints(stints);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.find("2026-01-01") != std::string::npos);
    CHECK(result.error().message.find("2026-02-01") != std::string::npos);
}

TEST_CASE("An open lead stint overlaps every later lead stint", "[domain][leadership]")
{
    const std::vector<LeadStint> stints{stint("b", "2026-05-01"), stint("a", "2026-01-01")};
    CHECK(findOverlappingLeads(stints));
}

TEST_CASE("Co-leads may overlap the lead and each other", "[domain][leadership]")
{
    const std::vector<LeadStint> stints{stint("a", "2026-01-01"), stint("b", "2026-01-01", nullptr, StintRole::CoLead),
                                        stint("c", "2026-01-05", nullptr, StintRole::CoLead)};
    CHECK(validateStints(stints).ok());
}

TEST_CASE("A stint that ends before it starts is refused", "[domain][leadership]")
{
    const auto result = validateStints({stint("a", "2026-02-01", "2026-01-01")});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidValue);
}

TEST_CASE("Passing the lead ends the current stint the day before and starts the next", "[domain][leadership]")
{
    Initiative i;
    i.leadership = {stint("a", "2026-01-01")};
    REQUIRE(passLead(i, member("b", "Bea"), day("2026-03-10"), "Bea knows the data model").ok());
    REQUIRE(i.leadership.size() == 2);
    CHECK(i.leadership[0].to == day("2026-03-09"));
    CHECK(i.leadership[1].member.str() == "b");
    CHECK(i.leadership[1].from == day("2026-03-10"));
    CHECK_FALSE(i.leadership[1].to);
    CHECK(i.leadership[1].reason == "Bea knows the data model");
    CHECK(i.leadOn(day("2026-03-09"))->member.str() == "a");
    CHECK(i.leadOn(day("2026-03-10"))->member.str() == "b");
}

TEST_CASE("Passing the lead needs a reason", "[domain][leadership]")
{
    Initiative i;
    i.leadership = {stint("a", "2026-01-01")};
    const auto result = passLead(i, member("b", "Bea"), day("2026-03-10"), "  ");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.find("reason") != std::string::npos);
    CHECK(i.leadership.size() == 1);
}

TEST_CASE("A member who has left cannot take the lead", "[domain][leadership]")
{
    Initiative i;
    i.leadership = {stint("a", "2026-01-01")};
    const auto result = passLead(i, member("b", "Bea", "2026-02-01"), day("2026-03-10"), "handover");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::RuleViolation);
    CHECK(result.error().message.find("Bea left the team on 2026-02-01") != std::string::npos);
    CHECK(i.leadership.size() == 1);
}

TEST_CASE("The current lead cannot pass the lead to themself", "[domain][leadership]")
{
    Initiative i;
    i.leadership = {stint("a", "2026-01-01")};
    CHECK_FALSE(passLead(i, member("a", "Ann"), day("2026-03-10"), "again").ok());
}

TEST_CASE("A handoff on the day the lead started is refused", "[domain][leadership]")
{
    Initiative i;
    i.leadership = {stint("a", "2026-03-10")};
    CHECK_FALSE(passLead(i, member("b", "Bea"), day("2026-03-10"), "too soon").ok());
}

TEST_CASE("Taking the lead of an initiative with no current lead just starts a stint", "[domain][leadership]")
{
    Initiative i;
    i.leadership = {stint("a", "2026-01-01", "2026-01-31")};
    REQUIRE(passLead(i, member("b", "Bea"), day("2026-03-10"), "nobody was leading").ok());
    CHECK(i.leadership[0].to == day("2026-01-31"));
    CHECK(i.leadOn(day("2026-02-15")) == nullptr);
}

TEST_CASE("Starting a co-lead stint for a member who has left is refused", "[domain][leadership]")
{
    Initiative i;
    CHECK_FALSE(startStint(i, member("c", "Cy", "2026-01-01"), StintRole::CoLead, day("2026-01-02"), "help").ok());
    CHECK(startStint(i, member("d", "Di"), StintRole::CoLead, day("2026-01-02"), "help").ok());
}

TEST_CASE("Lead days count both ends and stop at today for open stints", "[domain][leadership]")
{
    CHECK(stint("a", "2026-01-01", "2026-01-31").daysUntil(day("2026-12-31")) == 31);
    CHECK(stint("a", "2026-01-01").daysUntil(day("2026-01-10")) == 10);
    CHECK(stint("a", "2026-02-01").daysUntil(day("2026-01-10")) == 0);
}
