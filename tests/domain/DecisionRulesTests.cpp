#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/DecisionRules.h"

using namespace baton::domain;
using baton::test::day;
using baton::test::member;

namespace {
Decision proposed(DecisionMethod method = DecisionMethod::Advice)
{
    Decision d;
    d.id = DecisionId("d1");
    d.title = "Adopt weekly demos";
    d.method = method;
    d.proposedOn = day("2026-03-01");
    return d;
}
} // namespace

TEST_CASE("Deciding names the accountable member and the date", "[domain][decision]")
{
    Decision d = proposed();
    const Member ana = member("m1", "Ana");
    REQUIRE(decide(d, &ana, day("2026-03-05")).ok());
    CHECK(d.status == DecisionStatus::Decided);
    CHECK(d.accountable == ana.id);
    CHECK(d.decidedOn == day("2026-03-05"));
}

TEST_CASE("A decision cannot be decided without an accountable member", "[domain][decision]")
{
    Decision d = proposed();
    const auto result = decide(d, nullptr, day("2026-03-05"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::RuleViolation);
    CHECK(result.error().message.find("accountable") != std::string::npos);
    CHECK(d.status == DecisionStatus::Proposed);
}

TEST_CASE("A member who has left cannot be made accountable", "[domain][decision]")
{
    Decision d = proposed();
    const Member gone = member("m2", "Bo", "2026-02-01");
    const auto result = decide(d, &gone, day("2026-03-05"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.find("Bo left the team") != std::string::npos);
}

TEST_CASE("A consent decision cannot be decided while an objection stands", "[domain][decision]")
{
    Decision d = proposed(DecisionMethod::Consent);
    d.participants.push_back(
        {MemberId("m3"), ParticipantRole::Consulted, Stance::Objection, "not safe yet", "", std::nullopt});
    const Member ana = member("m1", "Ana");
    const auto result = decide(d, &ana, day("2026-03-05"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.find("objection") != std::string::npos);
}

TEST_CASE("Once the objection is resolved the consent decision can be decided", "[domain][decision]")
{
    Decision d = proposed(DecisionMethod::Consent);
    d.participants.push_back(
        {MemberId("m3"), ParticipantRole::Consulted, Stance::Objection, "not safe yet", "", std::nullopt});
    recordStance(d, MemberId("m3"), Stance::Concern, "safe enough to try");
    const Member ana = member("m1", "Ana");
    CHECK(decide(d, &ana, day("2026-03-05")).ok());
}

TEST_CASE("An objection does not block a decision taken by advice", "[domain][decision]")
{
    Decision d = proposed(DecisionMethod::Advice);
    d.participants.push_back({MemberId("m3"), ParticipantRole::Advisor, Stance::Objection, "", "", std::nullopt});
    const Member ana = member("m1", "Ana");
    CHECK(decide(d, &ana, day("2026-03-05")).ok());
}

TEST_CASE("Only a proposed decision can be decided", "[domain][decision]")
{
    Decision d = proposed();
    d.status = DecisionStatus::Withdrawn;
    const Member ana = member("m1", "Ana");
    CHECK_FALSE(decide(d, &ana, day("2026-03-05")).ok());
}

TEST_CASE("A decision dated before its proposal is refused", "[domain][decision]")
{
    Decision d = proposed();
    const Member ana = member("m1", "Ana");
    CHECK_FALSE(decide(d, &ana, day("2026-02-01")).ok());
}

TEST_CASE("Recording a stance for someone new adds them as consulted", "[domain][decision]")
{
    Decision d = proposed();
    recordStance(d, MemberId("m9"), Stance::Support, "yes");
    REQUIRE(d.participants.size() == 1);
    CHECK(d.participants[0].role == ParticipantRole::Consulted);
    recordStance(d, MemberId("m9"), Stance::Abstain, "");
    CHECK(d.participants.size() == 1);
    CHECK(d.participants[0].stance == Stance::Abstain);
}

TEST_CASE("Superseding marks the old decision and links the new one", "[domain][decision]")
{
    Decision old = proposed();
    old.status = DecisionStatus::Decided;
    Decision next = proposed();
    next.id = DecisionId("d2");
    REQUIRE(supersede(old, next).ok());
    CHECK(old.status == DecisionStatus::Superseded);
    CHECK(next.supersedes == old.id);
}

TEST_CASE("A proposed decision cannot be superseded, nor can a decision supersede itself", "[domain][decision]")
{
    Decision old = proposed();
    Decision next = proposed();
    next.id = DecisionId("d2");
    CHECK_FALSE(supersede(old, next).ok());
    old.status = DecisionStatus::Decided;
    CHECK_FALSE(supersede(old, old).ok());
}

TEST_CASE("Reversing keeps the reason in the rationale", "[domain][decision]")
{
    Decision d = proposed();
    d.status = DecisionStatus::Decided;
    d.rationale = "Cheaper.";
    REQUIRE(reverse(d, "It was not cheaper").ok());
    CHECK(d.status == DecisionStatus::Reversed);
    CHECK(d.rationale.find("Reversed: It was not cheaper") != std::string::npos);
    CHECK(d.rationale.find("Cheaper.") == 0);
}

TEST_CASE("Field problems name a missing title and a missing accountable member", "[domain][decision]")
{
    Decision d = proposed();
    d.title = " ";
    d.status = DecisionStatus::Decided;
    const auto problems = decisionFieldProblems(d);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].find("title") != std::string::npos);
    CHECK(problems[1].find("accountable") != std::string::npos);
}

TEST_CASE("Proposed and withdrawn decisions need no accountable member", "[domain][decision]")
{
    Decision d = proposed();
    CHECK_FALSE(d.needsAccountable());
    d.status = DecisionStatus::Withdrawn;
    CHECK_FALSE(d.needsAccountable());
    d.status = DecisionStatus::Reversed;
    CHECK(d.needsAccountable());
}
