// Applying a stalled proposal's fallback and recording advice through the edit service: one
// history entry named for the operation, the domain's rules, and undo.
#include "edit/EditFixture.h"

using namespace baton;
using namespace baton::domain;
using namespace baton::test::edits;
using baton::test::day;
using baton::test::EditFixture;

namespace {
const std::string kRule = "01930000-0000-7000-8000-0000000000e1";

/// Proposed 2026-11-01 with 14 days: decide_by 2026-11-15, so due on the fixture's 2026-11-26.
Decision stalled(DecisionFallback fallback)
{
    Decision d = EditFixture::decision();
    d.decideBy = baton::test::day("2026-11-15");
    d.fallback = fallback;
    return d;
}
} // namespace

TEST_CASE_METHOD(EditFixture, "Applying accountable_decides decides the proposal in one apply-fallback entry",
                 "[edit][fallback]")
{
    requireOk(service.decisions.propose(stalled(DecisionFallback::AccountableDecides)));
    const auto count = historyCount();
    const auto done =
        requireOk(service.decisions.applyFallback(DecisionId(kDec), MemberId(kBo), "Monthly it is", "No one objected"));
    CHECK(historyCount() == count + 1);
    CHECK(history().back().operation == "apply-fallback");
    const auto d = stored<Decision>(kDec);
    CHECK(d.status == DecisionStatus::Decided);
    CHECK(d.accountable == MemberId(kBo));
    CHECK(d.method == DecisionMethod::Advice);
    CHECK(d.decidedOn == day("2026-11-26"));
    requireOk(service.undo(done));
    CHECK(stored<Decision>(kDec).status == DecisionStatus::Proposed);
    expectVerified();
}

TEST_CASE_METHOD(EditFixture,
                 "extend_once takes the rule's days and cannot be applied a second time until the new "
                 "deadline passes",
                 "[edit][fallback]")
{
    CharterRule rule;
    rule.id = CharterRuleId(kRule);
    rule.kind = CharterRuleKind::DecisionRule;
    rule.title = "Extend once";
    rule.method = DecisionMethod::Consent;
    rule.decideWithinDays = 21;
    rule.fallback = DecisionFallback::ExtendOnce;
    requireOk(service.charter.addRule(rule));
    auto d = stalled(DecisionFallback::ExtendOnce);
    d.charterRule = CharterRuleId(kRule);
    requireOk(service.decisions.propose(d));
    requireOk(service.decisions.applyFallback(DecisionId(kDec)));
    const auto after = stored<Decision>(kDec);
    CHECK(after.decideBy == day("2026-12-06")); // 2026-11-15 + 21
    CHECK(after.fallback == DecisionFallback::AccountableDecides);
    expectRefused([&] { return service.decisions.applyFallback(DecisionId(kDec)); }, "not due");
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "escalate_to_team consults every member still in the team", "[edit][fallback]")
{
    requireOk(service.decisions.propose(stalled(DecisionFallback::EscalateToTeam)));
    requireOk(service.decisions.applyFallback(DecisionId(kDec)));
    const auto d = stored<Decision>(kDec);
    CHECK(d.method == DecisionMethod::Consensus);
    CHECK(d.fallback == DecisionFallback::MajorityVote);
    std::vector<std::string> who;
    for (const auto& p : d.participants)
        who.push_back(p.member.str());
    CHECK(who == std::vector<std::string>{kAna, kBo, kDee}); // Cy left on 2026-06-30
    expectVerified();
}

TEST_CASE_METHOD(EditFixture, "A fallback is refused for a proposal without one, or before its deadline",
                 "[edit][fallback]")
{
    requireOk(service.decisions.propose(decision()));
    expectRefused([&] { return service.decisions.applyFallback(DecisionId(kDec)); }, "has no fallback");
    auto early = stalled(DecisionFallback::MajorityVote);
    early.id = DecisionId(kMissing);
    early.decideBy = day("2026-11-30");
    requireOk(service.decisions.propose(early));
    expectRefused([&] { return service.decisions.applyFallback(DecisionId(kMissing)); }, "not due");
}

TEST_CASE_METHOD(EditFixture, "Advice and whether it was followed are kept with the advisor, in history",
                 "[edit][advice]")
{
    requireOk(service.decisions.propose(decision()));
    requireOk(service.decisions.recordAdvice(DecisionId(kDec), MemberId(kBo), "Ask finance first", std::nullopt));
    CHECK(history().back().operation == "record-advice");
    auto d = stored<Decision>(kDec);
    REQUIRE(d.participants.size() == 2);
    CHECK(d.participants[1].role == ParticipantRole::Advisor);
    CHECK(d.participants[1].advice == "Ask finance first");
    CHECK_FALSE(d.participants[1].followed);
    requireOk(service.decisions.recordAdvice(DecisionId(kDec), MemberId(kBo), "Ask finance first", true));
    d = stored<Decision>(kDec);
    CHECK(d.participants[1].followed == true);
    CHECK(storage::HistoryLog(db()).latestOf(kDec)->after.find("\"followed\":true") != std::string::npos);
    expectRefused([&] { return service.decisions.recordAdvice(DecisionId(kDec), MemberId(kMissing), "x", false); },
                  "advisor");
    expectVerified();
}
