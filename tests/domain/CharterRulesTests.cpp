#include "support/Builders.h"
#include "support/Catch.h"

#include "baton/domain/CharterRules.h"

using namespace baton::domain;
using baton::test::day;

namespace {
CharterRule decisionRule(const std::string& id, std::vector<AreaId> areas, int position = 1, int days = 14)
{
    CharterRule r;
    r.id = CharterRuleId(id);
    r.kind = CharterRuleKind::DecisionRule;
    r.title = "Rule " + id;
    r.position = position;
    r.areas = std::move(areas);
    r.method = DecisionMethod::Advice;
    r.decideWithinDays = days;
    r.fallback = DecisionFallback::AccountableDecides;
    return r;
}

Decision proposal()
{
    Decision d;
    d.id = DecisionId("d1");
    d.title = "Move the stand-up";
    d.method = DecisionMethod::Consensus;
    d.proposedOn = day("2026-03-01");
    return d;
}

const AreaId kData("a-data");
const AreaId kOps("a-ops");
const AreaId kDesign("a-design");
} // namespace

TEST_CASE("The new enumerations use the exchange spellings", "[domain][charter]")
{
    CHECK(toString(CharterRuleKind::AccountabilityPractice) == "accountability_practice");
    CHECK(parseEnum<CharterRuleKind>("conflict_step") == CharterRuleKind::ConflictStep);
    CHECK(toString(DecisionFallback::AccountableDecides) == "accountable_decides");
    CHECK(toString(DecisionFallback::EscalateToTeam) == "escalate_to_team");
    CHECK(parseEnum<DecisionFallback>("extend_once") == DecisionFallback::ExtendOnce);
    CHECK(parseEnum<DecisionFallback>("majority_vote") == DecisionFallback::MajorityVote);
    CHECK(toString(ConflictStatus::Withdrawn) == "withdrawn");
    CHECK(toString(VoiceStatus::ActedOn) == "acted_on");
    CHECK(toString(VoiceKind::Question) == "question");
    CHECK(toString(ReviewSubjectKind::Initiative) == "initiative");
    CHECK_FALSE(parseEnum<DecisionFallback>("accountable-decides"));
    CHECK(allowedValues<ConflictStatus>() == "\"open\", \"resolved\" or \"withdrawn\"");
}

TEST_CASE("A complete decision rule has no problems", "[domain][charter]")
{
    CHECK(charterRuleProblems(decisionRule("r1", {kData})).empty());
}

TEST_CASE("A decision rule needs a title, a method, a deadline of a day or more and a fallback", "[domain][charter]")
{
    CharterRule r;
    r.kind = CharterRuleKind::DecisionRule;
    r.title = "  ";
    const auto problems = charterRuleProblems(r);
    REQUIRE(problems.size() == 4);
    CHECK(problems[0] == "a charter rule needs a title");
    CHECK(problems[1] == "a decision rule needs a decision method");
    CHECK(problems[2] == "a decision rule needs a deadline in days");
    CHECK(problems[3] == "a decision rule needs a fallback for when its deadline passes");

    CharterRule zero = decisionRule("r2", {}, 1, 0);
    CHECK(charterRuleProblems(zero) ==
          std::vector<std::string>{"a decision rule's deadline is 1 day or more; this one is 0"});
}

TEST_CASE("A conflict step's rung starts at 1, and other kinds need no method", "[domain][charter]")
{
    CharterRule step;
    step.kind = CharterRuleKind::ConflictStep;
    step.title = "Talk directly";
    step.position = 0;
    CHECK(charterRuleProblems(step) == std::vector<std::string>{"a conflict step's rung starts at 1; this one is 0"});
    step.position = 1;
    CHECK(charterRuleProblems(step).empty());

    CharterRule practice;
    practice.kind = CharterRuleKind::AccountabilityPractice;
    practice.title = "Commitments are reviewed every Friday";
    practice.position = 0; // an order only: any integer
    CHECK(charterRuleProblems(practice).empty());
}

TEST_CASE("The rule covering most of the decision's areas wins", "[domain][charter]")
{
    const std::vector<CharterRule> rules{decisionRule("general", {}, 1), decisionRule("data", {kData}, 2),
                                         decisionRule("data-ops", {kData, kOps}, 3)};
    // data covers 1 of {data, ops}, data-ops covers 2, general 0 (but matches)
    const CharterRule* r = matchingDecisionRule(rules, {kData, kOps});
    REQUIRE(r);
    CHECK(r->id == CharterRuleId("data-ops"));
    // only data named: data and data-ops both cover 1; data has the lower position (2 < 3)
    r = matchingDecisionRule(rules, {kData});
    REQUIRE(r);
    CHECK(r->id == CharterRuleId("data"));
}

TEST_CASE("A rule for every area applies only when no specific rule matches", "[domain][charter]")
{
    const std::vector<CharterRule> rules{decisionRule("data", {kData}, 1), decisionRule("general", {}, 5)};
    CHECK(matchingDecisionRule(rules, {kDesign})->id == CharterRuleId("general"));
    CHECK(matchingDecisionRule(rules, {})->id == CharterRuleId("general"));
    // a repeated area counts once; data still beats general
    CHECK(matchingDecisionRule(rules, {kData, kData, kDesign})->id == CharterRuleId("data"));
}

TEST_CASE("Retracted rules and other kinds never match, and no rule gives nullptr", "[domain][charter]")
{
    std::vector<CharterRule> rules{decisionRule("data", {kData}, 1)};
    rules[0].retracted = true;
    CharterRule step;
    step.kind = CharterRuleKind::ConflictStep;
    step.title = "Talk directly";
    rules.push_back(step);
    CHECK(matchingDecisionRule(rules, {kData}) == nullptr);
    CHECK(matchingDecisionRule({decisionRule("ops", {kOps})}, {kData}) == nullptr);
}

TEST_CASE("Equal fits and positions go to the lower id", "[domain][charter]")
{
    const std::vector<CharterRule> rules{decisionRule("r-b", {kData}, 2), decisionRule("r-a", {kData}, 2)};
    CHECK(matchingDecisionRule(rules, {kData})->id == CharterRuleId("r-a"));
}

TEST_CASE("Applying a rule sets method, deadline, fallback and the link", "[domain][charter]")
{
    Decision d = proposal();
    CharterRule r = decisionRule("r1", {kData}, 1, 10);
    r.method = DecisionMethod::Consent;
    r.fallback = DecisionFallback::MajorityVote;
    REQUIRE(applyRule(d, r, day("2026-03-25")).ok());
    CHECK(d.method == DecisionMethod::Consent);
    // 2026-03-25 + 10 days: 6 days to the end of March (31), then 4 into April
    CHECK(d.decideBy == day("2026-04-04"));
    CHECK(d.fallback == DecisionFallback::MajorityVote);
    CHECK(d.charterRule == CharterRuleId("r1"));
    CHECK(d.proposedOn == day("2026-03-01")); // left as it was
}

TEST_CASE("A deadline across February counts the leap day", "[domain][charter]")
{
    Decision d = proposal();
    // 2028 is a leap year: 2028-02-20 + 14 = 9 days to 02-29, 5 more = 2028-03-05
    REQUIRE(applyRule(d, decisionRule("r1", {}, 1, 14), day("2028-02-20")).ok());
    CHECK(d.decideBy == day("2028-03-05"));
}

TEST_CASE("A rule is applied only to a proposal, and only a complete decision rule", "[domain][charter]")
{
    Decision decided = proposal();
    decided.status = DecisionStatus::Decided;
    auto result = applyRule(decided, decisionRule("r1", {}), day("2026-03-01"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "a charter rule sets the defaults of a proposal; this decision is decided");

    Decision d = proposal();
    CharterRule incomplete = decisionRule("r2", {});
    incomplete.fallback.reset();
    result = applyRule(d, incomplete, day("2026-03-01"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message ==
          "the rule \"Rule r2\" is incomplete: a decision rule needs a fallback for when its deadline passes");
    CHECK(d.method == DecisionMethod::Consensus);
    CHECK_FALSE(d.decideBy);
    CHECK_FALSE(d.charterRule);

    CharterRule step;
    step.kind = CharterRuleKind::ConflictStep;
    step.title = "Talk directly";
    result = applyRule(d, step, day("2026-03-01"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "\"Talk directly\" is a conflict_step, not a decision rule");
}

TEST_CASE("Each fallback reads as a sentence", "[domain][charter]")
{
    CHECK(fallbackText(DecisionFallback::AccountableDecides) ==
          "Fallback: the accountable member decides after hearing advice");
    CHECK(fallbackText(DecisionFallback::MajorityVote) == "Fallback: the team decides by majority vote");
    CHECK(fallbackText(DecisionFallback::ExtendOnce) == "Fallback: the deadline is extended once");
    CHECK(fallbackText(DecisionFallback::EscalateToTeam) == "Fallback: the decision goes to the whole team");
}

TEST_CASE("The fallback is due the day after decide_by, for a proposal only", "[domain][charter]")
{
    Decision d = proposal();
    d.decideBy = day("2026-03-15");
    d.fallback = DecisionFallback::AccountableDecides;
    CHECK_FALSE(fallbackDue(d, day("2026-03-15")));
    CHECK(fallbackDue(d, day("2026-03-16")));
    d.status = DecisionStatus::Decided;
    CHECK_FALSE(fallbackDue(d, day("2026-03-16")));
    Decision none = proposal();
    none.decideBy = day("2026-03-15");
    CHECK_FALSE(fallbackDue(none, day("2026-04-01")));
}

TEST_CASE("The conflict ladder lists the live conflict steps by rung", "[domain][charter]")
{
    std::vector<CharterRule> rules(4);
    rules[0].id = CharterRuleId("c3");
    rules[0].kind = CharterRuleKind::ConflictStep;
    rules[0].position = 3;
    rules[1].id = CharterRuleId("c1");
    rules[1].kind = CharterRuleKind::ConflictStep;
    rules[1].position = 1;
    rules[2] = decisionRule("d", {});
    rules[3].id = CharterRuleId("c2");
    rules[3].kind = CharterRuleKind::ConflictStep;
    rules[3].position = 2;
    rules[3].retracted = true;
    const auto ladder = conflictLadder(rules);
    REQUIRE(ladder.size() == 2);
    CHECK(ladder[0]->id == CharterRuleId("c1"));
    CHECK(ladder[1]->id == CharterRuleId("c3"));
}
