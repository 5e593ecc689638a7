#include "baton/domain/CharterRules.h"

#include "baton/domain/TextRules.h"

#include <algorithm>
#include <cstddef>
#include <unordered_set>

namespace baton::domain {
namespace {

/// How a rule fits some areas: -1 no match; 0 a rule for every area; otherwise the areas covered.
int fit(const CharterRule& rule, const std::unordered_set<AreaId>& wanted)
{
    if (rule.areas.empty())
        return 0;
    std::unordered_set<AreaId> covered;
    for (const auto& area : rule.areas) {
        if (wanted.count(area))
            covered.insert(area);
    }
    return covered.empty() ? -1 : static_cast<int>(covered.size());
}

} // namespace

std::vector<std::string> charterRuleProblems(const CharterRule& rule)
{
    std::vector<std::string> problems;
    if (isBlank(rule.title))
        problems.emplace_back("a charter rule needs a title");
    else if (codePointCount(rule.title) > kMaxNameLength)
        problems.emplace_back("the title is longer than 200 characters");
    if (rule.kind == CharterRuleKind::ConflictStep && rule.position < 1)
        problems.emplace_back("a conflict step's rung starts at 1; this one is " + std::to_string(rule.position));
    if (rule.kind == CharterRuleKind::DecisionRule) {
        if (!rule.method)
            problems.emplace_back("a decision rule needs a decision method");
        if (!rule.decideWithinDays)
            problems.emplace_back("a decision rule needs a deadline in days");
        else if (*rule.decideWithinDays < 1)
            problems.emplace_back("a decision rule's deadline is 1 day or more; this one is " +
                                  std::to_string(*rule.decideWithinDays));
        if (!rule.fallback)
            problems.emplace_back("a decision rule needs a fallback for when its deadline passes");
    }
    return problems;
}

const CharterRule* matchingDecisionRule(const std::vector<CharterRule>& rules, const std::vector<AreaId>& decisionAreas)
{
    const std::unordered_set<AreaId> wanted(decisionAreas.begin(), decisionAreas.end());
    const CharterRule* best = nullptr;
    int bestFit = -1;
    for (const auto& rule : rules) {
        if (rule.retracted || rule.kind != CharterRuleKind::DecisionRule)
            continue;
        const int f = fit(rule, wanted);
        if (f < 0)
            continue;
        const bool better = !best || f > bestFit ||
                            (f == bestFit && (rule.position < best->position ||
                                              (rule.position == best->position && rule.id < best->id)));
        if (better) {
            best = &rule;
            bestFit = f;
        }
    }
    return best;
}

Result<void> applyRule(Decision& decision, const CharterRule& rule, Date proposedOn)
{
    if (decision.status != DecisionStatus::Proposed)
        return makeError(ErrorCode::RuleViolation, "a charter rule sets the defaults of a proposal; this decision is " +
                                                       std::string(toString(decision.status)));
    if (rule.retracted)
        return makeError(ErrorCode::RuleViolation, "the rule \"" + rule.title + "\" was retracted");
    if (rule.kind != CharterRuleKind::DecisionRule)
        return makeError(ErrorCode::InvalidValue,
                         "\"" + rule.title + "\" is a " + std::string(toString(rule.kind)) + ", not a decision rule");
    const auto problems = charterRuleProblems(rule);
    if (!problems.empty())
        return makeError(ErrorCode::InvalidValue, "the rule \"" + rule.title + "\" is incomplete: " + problems.front());
    decision.method = *rule.method;
    decision.decideBy = proposedOn.addDays(*rule.decideWithinDays);
    decision.fallback = rule.fallback;
    decision.charterRule = rule.id;
    return {};
}

std::string fallbackText(DecisionFallback fallback)
{
    switch (fallback) {
    case DecisionFallback::AccountableDecides:
        return "Fallback: the accountable member decides after hearing advice";
    case DecisionFallback::MajorityVote:
        return "Fallback: the team decides by majority vote";
    case DecisionFallback::ExtendOnce:
        return "Fallback: the deadline is extended once";
    case DecisionFallback::EscalateToTeam:
        return "Fallback: the decision goes to the whole team";
    }
    return "Fallback: none agreed";
}

bool fallbackDue(const Decision& decision, Date today)
{
    return decision.status == DecisionStatus::Proposed && decision.fallback && decision.decideBy &&
           *decision.decideBy < today;
}

std::vector<const CharterRule*> conflictLadder(const std::vector<CharterRule>& rules)
{
    std::vector<const CharterRule*> ladder;
    for (const auto& rule : rules) {
        if (!rule.retracted && rule.kind == CharterRuleKind::ConflictStep)
            ladder.push_back(&rule);
    }
    std::sort(ladder.begin(), ladder.end(), [](const CharterRule* a, const CharterRule* b) {
        return a->position != b->position ? a->position < b->position : a->id < b->id;
    });
    return ladder;
}

} // namespace baton::domain
