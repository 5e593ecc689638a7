#pragma once

#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"
#include "baton/domain/Result.h"

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace baton::domain {

/// Indexes of two `lead` stints that cover a common day, if any (co-leads may overlap).
std::optional<std::pair<std::size_t, std::size_t>> findOverlappingLeads(const std::vector<LeadStint>& stints);

/// Checks the stints on their own: `to` not before `from`, no two leads on one day.
Result<void> validateStints(const std::vector<LeadStint>& stints);

/// Hands the lead to `next` on `on`: the current lead stint ends the day before and a new
/// lead stint starts on `on` with `reason`. Refuses a member who has left, an empty reason,
/// and a handoff to the member who already leads.
Result<void> passLead(Initiative& initiative, const Member& next, Date on, std::string reason);

/// Starts a (co-)lead stint for `member`; refuses members who have left and overlapping leads.
Result<void> startStint(Initiative& initiative, const Member& member, StintRole role, Date from, std::string reason);

} // namespace baton::domain
