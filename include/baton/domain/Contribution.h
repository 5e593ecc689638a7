#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

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
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history
};

} // namespace baton::domain
