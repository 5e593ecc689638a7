// What each charter fallback does when a proposal's deadline passes (domain::applyFallback).
#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/CharterRules.h"
#include "baton/domain/FallbackRules.h"

using namespace baton::domain;
using baton::test::day;
using baton::test::member;

namespace {

/// Proposed 2026-03-01 with 14 days: decide_by 2026-03-15, due from 2026-03-16.
Decision stalled(DecisionFallback fallback)
{
    Decision d;
    d.id = DecisionId("d1");
    d.title = "Move the stand-up";
    d.method = DecisionMethod::Consent;
    d.proposedOn = day("2026-03-01");
    d.decideBy = day("2026-03-15");
    d.fallback = fallback;
    d.participants.push_back({MemberId("m-ana"), ParticipantRole::Proposer, Stance::Support, {}, {}, std::nullopt});
    d.participants.push_back({MemberId("m-bo"), ParticipantRole::Consulted, Stance::Objection, {}, {}, std::nullopt});
    return d;
}

} // namespace

TEST_CASE("A fallback is refused before the deadline has passed, and the decision stays as it was",
          "[domain][fallback]")
{
    Decision d = stalled(DecisionFallback::MajorityVote);
    const Decision before = d;
    const auto onDeadline = applyFallback(d, {}, day("2026-03-15"));
    REQUIRE_FALSE(onDeadline);
    CHECK(onDeadline.error().message ==
          "the fallback of \"Move the stand-up\" is not due: it applies after the deadline (2026-03-15) has passed");
    CHECK(d.method == before.method);
    CHECK(d.decideBy == before.decideBy);
    CHECK(applyFallback(d, {}, day("2026-03-16")));
}

TEST_CASE("A decision without a fallback, or no longer proposed, has none to apply", "[domain][fallback]")
{
    Decision none = stalled(DecisionFallback::MajorityVote);
    none.fallback.reset();
    CHECK_FALSE(applyFallback(none, {}, day("2026-04-01")));
    Decision decided = stalled(DecisionFallback::MajorityVote);
    decided.status = DecisionStatus::Decided;
    const auto refused = applyFallback(decided, {}, day("2026-04-01"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == "a fallback applies to a proposal; \"Move the stand-up\" is decided");
}

TEST_CASE("accountable_decides decides now, as an advice decision, over a standing objection", "[domain][fallback]")
{
    Decision d = stalled(DecisionFallback::AccountableDecides);
    const Member ana = member("m-ana", "Ana");
    FallbackInputs in;
    in.accountable = &ana;
    in.outcome = "Stand-up at 9:30";
    REQUIRE(applyFallback(d, in, day("2026-03-20")));
    CHECK(d.status == DecisionStatus::Decided);
    CHECK(d.method == DecisionMethod::Advice); // consent would have been blocked by Bo's objection
    CHECK(d.accountable == MemberId("m-ana"));
    CHECK(d.decidedOn == day("2026-03-20"));
    CHECK(d.outcome == "Stand-up at 9:30");
    CHECK(d.rationale == "Decided by the accountable member under the charter's fallback: the deadline 2026-03-15 "
                         "passed without a decision.");
}

TEST_CASE("accountable_decides needs someone to decide and an outcome", "[domain][fallback]")
{
    Decision d = stalled(DecisionFallback::AccountableDecides);
    FallbackInputs in;
    in.outcome = "Stand-up at 9:30";
    CHECK_FALSE(applyFallback(d, in, day("2026-03-20"))); // nobody named
    CHECK(d.status == DecisionStatus::Proposed);
    const Member gone = member("m-cy", "Cy", "2026-03-10");
    in.accountable = &gone;
    CHECK_FALSE(applyFallback(d, in, day("2026-03-20"))); // left the team
    const Member ana = member("m-ana", "Ana");
    in.accountable = &ana;
    in.outcome = " ";
    const auto noOutcome = applyFallback(d, in, day("2026-03-20"));
    REQUIRE_FALSE(noOutcome);
    CHECK(noOutcome.error().message == "write down what the accountable member decided (the outcome)");
}

TEST_CASE("extend_once moves the deadline by the rule's days once, then the accountable member decides",
          "[domain][fallback]")
{
    Decision d = stalled(DecisionFallback::ExtendOnce);
    FallbackInputs in;
    in.ruleDays = 10;
    // 2026-03-15 + 10 days = 2026-03-25, still after the day it is applied (2026-03-17).
    REQUIRE(applyFallback(d, in, day("2026-03-17")));
    CHECK(d.decideBy == day("2026-03-25"));
    CHECK(d.fallback == DecisionFallback::AccountableDecides);
    CHECK(d.status == DecisionStatus::Proposed);
    // Not due again until the new deadline has passed; then it is no longer an extension.
    CHECK_FALSE(fallbackDue(d, day("2026-03-25")));
    CHECK(fallbackDue(d, day("2026-03-26")));
}

TEST_CASE("extend_once never moves the deadline to a day already past, and without a rule uses the decision's own "
          "span",
          "[domain][fallback]")
{
    Decision d = stalled(DecisionFallback::ExtendOnce);
    // No live rule: the decision had 14 days (03-01 to 03-15); 03-15 + 14 = 03-29, before 04-10.
    REQUIRE(applyFallback(d, {}, day("2026-04-10")));
    CHECK(d.decideBy == day("2026-04-11"));
    CHECK(fallbackDays(stalled(DecisionFallback::ExtendOnce), std::nullopt) == 14);
    CHECK(fallbackDays(stalled(DecisionFallback::ExtendOnce), 3) == 3);
}

TEST_CASE("majority_vote switches the method, gives a new deadline and uses the fallback up", "[domain][fallback]")
{
    Decision d = stalled(DecisionFallback::MajorityVote);
    FallbackInputs in;
    in.ruleDays = 7;
    REQUIRE(applyFallback(d, in, day("2026-03-18")));
    CHECK(d.method == DecisionMethod::MajorityVote);
    CHECK(d.decideBy == day("2026-03-25"));
    CHECK_FALSE(d.fallback);
    CHECK(d.status == DecisionStatus::Proposed);
}

TEST_CASE("escalate_to_team consults everyone not taking part, by consensus, with majority vote behind it",
          "[domain][fallback]")
{
    Decision d = stalled(DecisionFallback::EscalateToTeam);
    FallbackInputs in;
    in.ruleDays = 5;
    in.team = {MemberId("m-ana"), MemberId("m-bo"), MemberId("m-cy"), MemberId("m-di")};
    REQUIRE(applyFallback(d, in, day("2026-03-16")));
    CHECK(d.method == DecisionMethod::Consensus);
    CHECK(d.decideBy == day("2026-03-21"));
    CHECK(d.fallback == DecisionFallback::MajorityVote);
    REQUIRE(d.participants.size() == 4);
    CHECK(d.participants[1].stance == Stance::Objection); // Bo keeps where he stood
    CHECK(d.participants[2].member == MemberId("m-cy"));
    CHECK(d.participants[2].role == ParticipantRole::Consulted);
    CHECK(d.participants[3].member == MemberId("m-di"));
}

TEST_CASE("Every fallback has words for what applying it does", "[domain][fallback]")
{
    for (auto f : {DecisionFallback::AccountableDecides, DecisionFallback::MajorityVote, DecisionFallback::ExtendOnce,
                   DecisionFallback::EscalateToTeam})
        CHECK_FALSE(fallbackEffect(f).empty());
    CHECK(fallbackDueText(DecisionFallback::AccountableDecides) ==
          "Fallback due: the accountable member decides after hearing advice");
    CHECK(fallbackEffect(DecisionFallback::ExtendOnce) ==
          "The deadline moves once. If the new deadline passes too, the accountable member decides.");
}
