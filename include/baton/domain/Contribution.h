#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// A piece of work one member contributes to an initiative; may depend on others.
struct Contribution {
    ContributionId id;
    InitiativeId initiative;
    MemberId member;
    std::string description;
    ContributionStatus status = ContributionStatus::Planned;
    std::vector<ContributionId> dependsOn;
    std::optional<Date> startedOn; ///< the first day of work on it
    std::optional<Date> doneOn;    ///< the day it was finished
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history
};

} // namespace baton::domain
