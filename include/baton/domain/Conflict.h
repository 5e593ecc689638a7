#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// One step up the charter's conflict ladder: the rung reached, when, and what happened.
struct ConflictStep {
    int rung = 1; ///< >= 1: the position of a conflict_step charter rule
    Date on;
    std::string note;
    friend bool operator==(const ConflictStep&, const ConflictStep&) = default;
};

/// A conflict between two or more members, climbing the charter's ladder until it is resolved
/// or withdrawn.
struct Conflict {
    ConflictId id;
    std::string title;
    std::string description;
    std::vector<MemberId> parties; ///< two or more distinct members
    std::optional<Date> raisedOn;
    ConflictStatus status = ConflictStatus::Open;
    std::vector<ConflictStep> steps; ///< in date order; the last one is where the conflict stands
    std::string resolution;
    std::optional<Date> resolvedOn;     ///< when it was resolved or withdrawn
    std::optional<DecisionId> decision; ///< the decision that settled it
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history

    /// The rung of the last step, or 0 before the first step.
    int currentRung() const { return steps.empty() ? 0 : steps.back().rung; }
};

} // namespace baton::domain
