#include "baton/domain/Decision.h"

#include <algorithm>

namespace baton::domain {

bool Decision::needsAccountable() const
{
    return status != DecisionStatus::Proposed && status != DecisionStatus::Withdrawn;
}

bool Decision::hasStandingObjection() const
{
    return std::any_of(participants.begin(), participants.end(),
                       [](const Participant& p) { return p.stance == Stance::Objection; });
}

} // namespace baton::domain
