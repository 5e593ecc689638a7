#pragma once

#include "baton/domain/Charter.h"
#include "baton/domain/Decision.h"
#include "baton/domain/Result.h"

#include <string>
#include <vector>

namespace baton::domain {

/// Field-level checks shared by editors and the importer: a title (at most 200 characters); a
/// conflict step's rung is 1 or more; a decision rule names a method, a deadline of 1 day or
/// more and a fallback. Fields a kind does not use are not checked.
std::vector<std::string> charterRuleProblems(const CharterRule& rule);

/// The decision rule that applies to a decision in `decisionAreas` (a repeated area counts once),
/// or nullptr. A rule naming areas matches when it covers at least one of them, and the one
/// covering the most wins; a rule with no areas matches every decision but loses to any rule
/// that names a matching area. Ties go to the lower position, then the lower id. Retracted rules
/// and rules of other kinds never match.
const CharterRule* matchingDecisionRule(const std::vector<CharterRule>& rules,
                                        const std::vector<AreaId>& decisionAreas);

/// Sets a proposal's defaults from a decision rule: method, decide_by = `proposedOn` + the
/// rule's days, fallback and charter_rule. proposed_on itself is left as it is. Refuses a
/// decision that is not proposed, and a rule that is retracted, not a decision rule, or
/// incomplete (see charterRuleProblems); the decision is unchanged then.
Result<void> applyRule(Decision& decision, const CharterRule& rule, Date proposedOn);

/// The fallback in words, for the overview and the decision: "Fallback: the accountable member
/// decides after hearing advice".
std::string fallbackText(DecisionFallback fallback);

/// True when a proposed decision with a fallback has passed its decide_by (the day after it).
bool fallbackDue(const Decision& decision, Date today);

/// The charter's conflict ladder: its conflict steps that are not retracted, by rung (position),
/// then id.
std::vector<const CharterRule*> conflictLadder(const std::vector<CharterRule>& rules);
/// The ladder points into `rules`, which must outlive it.
std::vector<const CharterRule*> conflictLadder(std::vector<CharterRule>&& rules) = delete;

} // namespace baton::domain
