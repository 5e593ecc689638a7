#pragma once

#include "baton/domain/Decision.h"
#include "baton/domain/Member.h"
#include "baton/domain/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// What applying a decision's fallback needs besides the decision itself.
struct FallbackInputs {
    /// accountable_decides: who decides; must not have left by the day the fallback is applied.
    const Member* accountable = nullptr;
    std::string outcome;   ///< accountable_decides: what was decided (required)
    std::string rationale; ///< accountable_decides: why; a note naming the fallback when empty
    /// escalate_to_team: the members active today; each becomes a consulted participant.
    std::vector<MemberId> team;
    /// The days of the live charter rule the decision names, if any: the new deadline for
    /// extend_once, majority_vote and escalate_to_team. Without it, the days the decision had
    /// from proposed_on to decide_by (at least 1).
    std::optional<int> ruleDays;
};

/// The days a fallback gives a decision that needs a new deadline (see FallbackInputs::ruleDays).
int fallbackDays(const Decision& decision, std::optional<int> ruleDays);

/// "Fallback due: the accountable member decides after hearing advice" (fallbackText, due).
std::string fallbackDueText(DecisionFallback fallback);

/// What applying the fallback will do, in words, for the dialog that asks before applying it.
std::string fallbackEffect(DecisionFallback fallback);

/// Applies a due fallback (fallbackDue) on `today`; the decision is unchanged when refused.
/// - accountable_decides: the method becomes advice (the accountable member decides after
///   hearing advice, so a standing objection is advice, not a veto) and the decision is decided
///   on `today` by `inputs.accountable` with the outcome given.
/// - extend_once: decide_by moves on by fallbackDays (to tomorrow at the earliest), once: the fallback becomes
///   accountable_decides, so a second miss ends with the accountable member deciding.
/// - majority_vote: the method becomes majority vote, decide_by `today` + fallbackDays, and the
///   fallback is cleared (a vote always ends in a decision).
/// - escalate_to_team: the method becomes consensus, every active member not yet taking part is
///   consulted, decide_by `today` + fallbackDays, and the fallback becomes majority_vote.
Result<void> applyFallback(Decision& decision, const FallbackInputs& inputs, Date today);

} // namespace baton::domain
