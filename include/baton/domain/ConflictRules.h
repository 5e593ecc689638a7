#pragma once

#include "baton/domain/Charter.h"
#include "baton/domain/Conflict.h"
#include "baton/domain/Result.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// Field-level checks shared by editors and the importer: a title (at most 200 characters), two
/// or more distinct parties, every rung 1 or more, steps in date order.
std::vector<std::string> conflictFieldProblems(const Conflict& conflict);

/// Takes an open conflict one rung up the charter's ladder (see conflictLadder): the next rung is
/// the current one + 1 (rung 1 for the first step) and must be on the ladder. Refuses a conflict
/// that is not open, a step dated before the last step or the day it was raised, a blank note, a
/// charter without that rung, and a climb past the ladder's top rung.
Result<void> climb(Conflict& conflict, const std::vector<CharterRule>& charter, Date on, std::string note);

/// Resolves an open conflict on `on`, saying how, perhaps by the decision that settled it.
/// Refuses a conflict that is not open, a blank resolution and a date before its last step or
/// the day it was raised.
Result<void> resolve(Conflict& conflict, Date on, std::string resolution, std::optional<DecisionId> decision);

/// Withdraws an open conflict on `on`; the reason is kept as "Withdrawn: ..." in the resolution.
Result<void> withdraw(Conflict& conflict, Date on, const std::string& reason);

/// How many days an open conflict has stood on its current rung by `today`: since its last step,
/// or since it was raised before the first step (0 when that is after `today`). std::nullopt when
/// it is not open or has no date to count from.
std::optional<int> daysOnRung(const Conflict& conflict, Date today);

} // namespace baton::domain
