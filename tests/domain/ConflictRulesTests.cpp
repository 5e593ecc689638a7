#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/ConflictRules.h"

using namespace baton::domain;
using baton::test::day;

namespace {
CharterRule rung(int position, const std::string& title)
{
    CharterRule r;
    r.id = CharterRuleId("rung-" + std::to_string(position));
    r.kind = CharterRuleKind::ConflictStep;
    r.title = title;
    r.position = position;
    return r;
}

/// Talk directly, a facilitated conversation, a team decision.
std::vector<CharterRule> ladder()
{
    return {rung(1, "Talk directly"), rung(2, "Facilitated conversation"), rung(3, "Team decision")};
}

Conflict raised()
{
    Conflict c;
    c.id = ConflictId("c1");
    c.title = "Release timing";
    c.parties = {MemberId("ana"), MemberId("bo")};
    c.raisedOn = day("2026-04-01");
    return c;
}
} // namespace

TEST_CASE("A conflict with a title and two parties has no problems", "[domain][conflict]")
{
    CHECK(conflictFieldProblems(raised()).empty());
}

TEST_CASE("A conflict needs two or more distinct parties", "[domain][conflict]")
{
    Conflict c = raised();
    c.parties = {MemberId("ana"), MemberId("ana")};
    CHECK(conflictFieldProblems(c) == std::vector<std::string>{"a conflict needs two or more distinct parties"});
    c.parties = {MemberId("ana")};
    CHECK(conflictFieldProblems(c).size() == 1);
    c.parties = {MemberId("ana"), MemberId("bo"), MemberId("cy")};
    CHECK(conflictFieldProblems(c).empty());
    c.title = "";
    CHECK(conflictFieldProblems(c) == std::vector<std::string>{"a conflict needs a title"});
}

TEST_CASE("Conflict steps are in date order with rungs from 1", "[domain][conflict]")
{
    Conflict c = raised();
    c.steps = {{1, day("2026-04-05"), "talked"}, {2, day("2026-04-03"), "met with Cy"}, {0, day("2026-04-09"), ""}};
    const auto problems = conflictFieldProblems(c);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "step 2 (2026-04-03) is dated before step 1 (2026-04-05)");
    CHECK(problems[1] == "step 3 is on rung 0; rungs start at 1");
}

TEST_CASE("A conflict climbs the ladder one rung at a time", "[domain][conflict]")
{
    Conflict c = raised();
    const auto charter = ladder();
    CHECK(c.currentRung() == 0);
    REQUIRE(climb(c, charter, day("2026-04-02"), "Ana and Bo talked over coffee").ok());
    CHECK(c.currentRung() == 1);
    REQUIRE(climb(c, charter, day("2026-04-10"), "Cy facilitated").ok());
    REQUIRE(climb(c, charter, day("2026-04-10"), "Taken to the team").ok()); // the same day is fine
    REQUIRE(c.steps.size() == 3);
    CHECK(c.steps[1] == ConflictStep{2, day("2026-04-10"), "Cy facilitated"});
    CHECK(c.currentRung() == 3);
    CHECK(conflictFieldProblems(c).empty());
}

TEST_CASE("A conflict cannot climb past the ladder's top rung", "[domain][conflict]")
{
    Conflict c = raised();
    c.steps = {{1, day("2026-04-02"), "a"}, {2, day("2026-04-03"), "b"}, {3, day("2026-04-04"), "c"}};
    const auto result = climb(c, ladder(), day("2026-04-05"), "again");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::RuleViolation);
    CHECK(result.error().message ==
          "the conflict stands on the top rung (3, Team decision) of the ladder; resolve or withdraw it");
    CHECK(c.steps.size() == 3);
}

TEST_CASE("A climb is refused without a rung, a note, an open conflict or a date in order", "[domain][conflict]")
{
    Conflict c = raised();
    auto result = climb(c, {}, day("2026-04-02"), "talked");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "the charter has no conflict ladder yet; agree its rungs first");

    // a ladder with a gap: 1, then 3
    result = climb(c, {rung(1, "Talk"), rung(3, "Team")}, day("2026-04-02"), "talked");
    REQUIRE(result.ok());
    result = climb(c, {rung(1, "Talk"), rung(3, "Team")}, day("2026-04-03"), "skip");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "the charter's ladder has no rung 2; climb one rung at a time");

    result = climb(c, ladder(), day("2026-04-01"), "before the last step");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "the date 2026-04-01 is before its last step (2026-04-02)");

    Conflict fresh = raised();
    result = climb(fresh, ladder(), day("2026-03-31"), "early");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "the date 2026-03-31 is before the day the conflict was raised (2026-04-01)");

    result = climb(fresh, ladder(), day("2026-04-02"), "   ");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "say what happened on this step");

    fresh.status = ConflictStatus::Resolved;
    result = climb(fresh, ladder(), day("2026-04-02"), "talked");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "the conflict is already resolved");
}

TEST_CASE("Resolving a conflict records how, when and the decision that settled it", "[domain][conflict]")
{
    Conflict c = raised();
    REQUIRE(climb(c, ladder(), day("2026-04-02"), "talked").ok());
    REQUIRE(resolve(c, day("2026-04-06"), "Release on Tuesdays", DecisionId("d7")).ok());
    CHECK(c.status == ConflictStatus::Resolved);
    CHECK(c.resolvedOn == day("2026-04-06"));
    CHECK(c.resolution == "Release on Tuesdays");
    CHECK(c.decision == DecisionId("d7"));

    const auto again = resolve(c, day("2026-04-07"), "twice", std::nullopt);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message == "the conflict is already resolved");

    Conflict blank = raised();
    const auto result = resolve(blank, day("2026-04-06"), "", std::nullopt);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "say how the conflict was resolved");
}

TEST_CASE("Withdrawing a conflict keeps the reason", "[domain][conflict]")
{
    Conflict c = raised();
    REQUIRE(withdraw(c, day("2026-04-03"), "we misunderstood each other").ok());
    CHECK(c.status == ConflictStatus::Withdrawn);
    CHECK(c.resolvedOn == day("2026-04-03"));
    CHECK(c.resolution == "Withdrawn: we misunderstood each other");
    CHECK_FALSE(withdraw(c, day("2026-04-04"), "again").ok());
    Conflict other = raised();
    CHECK(withdraw(other, day("2026-04-03"), "").error().message == "say why the conflict is withdrawn");
}

TEST_CASE("Days on a rung count from the last step, or from the day it was raised", "[domain][conflict]")
{
    Conflict c = raised();
    // raised 2026-04-01, no step yet: to 2026-04-11 is 10 days
    CHECK(daysOnRung(c, day("2026-04-11")) == 10);
    REQUIRE(climb(c, ladder(), day("2026-04-05"), "talked").ok());
    // on rung 1 since 2026-04-05: to 2026-05-02 is 26 days of April (5 -> 31) + 1 into May = 27
    CHECK(daysOnRung(c, day("2026-05-02")) == 27);
    CHECK(daysOnRung(c, day("2026-04-05")) == 0);
    CHECK(daysOnRung(c, day("2026-04-01")) == 0); // a today before the step counts 0, never negative
    REQUIRE(resolve(c, day("2026-04-20"), "agreed", std::nullopt).ok());
    CHECK_FALSE(daysOnRung(c, day("2026-05-02")));
    Conflict undated = raised();
    undated.raisedOn.reset();
    CHECK_FALSE(daysOnRung(undated, day("2026-05-02")));
}
