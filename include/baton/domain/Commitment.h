#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// A promise one member is accountable for, perhaps helped by supporters.
struct Commitment {
    CommitmentId id;
    std::string description;
    MemberId owner;
    std::vector<MemberId> supporters;
    std::optional<DecisionId> decision;
    std::optional<InitiativeId> initiative;
    std::optional<Date> dueOn;
    CommitmentStatus status = CommitmentStatus::Open;
    std::optional<Date> closedOn;
    std::string outcome;
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history

    /// Open and past its due date on `asOf` (due that very day is not yet overdue).
    bool isOverdueOn(Date asOf) const { return status == CommitmentStatus::Open && dueOn && *dueOn < asOf; }
};

} // namespace baton::domain
