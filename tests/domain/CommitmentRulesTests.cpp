#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/CommitmentRules.h"

using namespace baton::domain;
using baton::test::day;
using baton::test::member;

namespace {
Commitment draft(const Member& owner)
{
    Commitment c;
    c.id = CommitmentId("c1");
    c.description = "Send the survey numbers to the copywriter";
    c.owner = owner.id;
    c.dueOn = day("2026-03-10");
    return c;
}
} // namespace

TEST_CASE("A commitment with one owner and a description is accepted", "[domain][commitment]")
{
    const Member ana = member("m1", "Ana");
    CHECK(validateNewCommitment(draft(ana), ana, day("2026-03-01")).ok());
}

TEST_CASE("A member who has left cannot take on a new commitment", "[domain][commitment]")
{
    const Member gone = member("m2", "Bo", "2026-02-01");
    const auto result = validateNewCommitment(draft(gone), gone, day("2026-03-01"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::RuleViolation);
}

TEST_CASE("The owner cannot also be listed as a supporter", "[domain][commitment]")
{
    const Member ana = member("m1", "Ana");
    Commitment c = draft(ana);
    c.supporters.push_back(ana.id);
    CHECK_FALSE(validateNewCommitment(c, ana, day("2026-03-01")).ok());
}

TEST_CASE("A commitment without a description is refused", "[domain][commitment]")
{
    const Member ana = member("m1", "Ana");
    Commitment c = draft(ana);
    c.description.clear();
    CHECK_FALSE(validateNewCommitment(c, ana, day("2026-03-01")).ok());
}

TEST_CASE("Marking a commitment done records the day and the outcome", "[domain][commitment]")
{
    const Member ana = member("m1", "Ana");
    Commitment c = draft(ana);
    REQUIRE(closeCommitment(c, CommitmentStatus::Done, day("2026-03-09"), "sent").ok());
    CHECK(c.status == CommitmentStatus::Done);
    CHECK(c.closedOn == day("2026-03-09"));
    CHECK_FALSE(closeCommitment(c, CommitmentStatus::Missed, day("2026-03-10"), "x").ok());
}

TEST_CASE("A missed commitment needs an outcome note", "[domain][commitment]")
{
    const Member ana = member("m1", "Ana");
    Commitment c = draft(ana);
    CHECK_FALSE(closeCommitment(c, CommitmentStatus::Missed, day("2026-03-11"), "").ok());
    CHECK(closeCommitment(c, CommitmentStatus::Missed, day("2026-03-11"), "the survey closed late").ok());
}

TEST_CASE("A commitment is overdue only after its due day", "[domain][commitment]")
{
    const Member ana = member("m1", "Ana");
    Commitment c = draft(ana);
    CHECK_FALSE(c.isOverdueOn(day("2026-03-10")));
    CHECK(c.isOverdueOn(day("2026-03-11")));
    c.status = CommitmentStatus::Done;
    CHECK_FALSE(c.isOverdueOn(day("2026-03-11")));
}
