#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

// CharterRuleKind (decision_rule, conflict_step, accountability_practice) and DecisionFallback
// (accountable_decides, majority_vote, extend_once, escalate_to_team) live in Enums.h with the
// other exchange enumerations, so Decision.h can name a fallback without the charter.

/// One rule of the team charter: how the team agreed to decide, to climb a conflict, or to keep
/// itself accountable. Only a decision rule uses areas, method, deadline and fallback.
struct CharterRule {
    CharterRuleId id;
    CharterRuleKind kind = CharterRuleKind::DecisionRule;
    std::string title;
    std::string text;
    int position = 1;                         ///< order within its kind; for a conflict step, its rung (from 1)
    std::vector<AreaId> areas;                ///< decision rule: the areas it covers, empty for every area
    std::optional<DecisionMethod> method;     ///< decision rule: the default method
    std::optional<int> decideWithinDays;      ///< decision rule: decide_by = proposed_on + this, >= 1
    std::optional<DecisionFallback> fallback; ///< decision rule: what happens when decide_by passes
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history
};

} // namespace baton::domain
