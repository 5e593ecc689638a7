#include "baton/domain/CommitmentRules.h"

#include "baton/domain/TextRules.h"

#include <algorithm>

namespace baton::domain {

Result<void> validateNewCommitment(const Commitment& commitment, const Member& owner, Date today)
{
    if (isBlank(commitment.description))
        return makeError(ErrorCode::InvalidValue, "a commitment needs a description");
    if (commitment.owner.empty() || commitment.owner != owner.id)
        return makeError(ErrorCode::InvalidValue, "a commitment needs exactly one accountable owner");
    if (owner.hasLeftBy(today))
        return makeError(ErrorCode::RuleViolation,
                         owner.name + " left the team on " + owner.leftOn->toString() + " and cannot take on a commitment");
    if (std::find(commitment.supporters.begin(), commitment.supporters.end(), owner.id) != commitment.supporters.end())
        return makeError(ErrorCode::InvalidValue, owner.name + " owns this commitment and cannot also be a supporter");
    return {};
}

Result<void> closeCommitment(Commitment& commitment, CommitmentStatus status, Date on, std::string outcome)
{
    if (commitment.status != CommitmentStatus::Open)
        return makeError(ErrorCode::RuleViolation, "this commitment is already "
                                                       + std::string(toString(commitment.status)));
    if (status == CommitmentStatus::Open)
        return makeError(ErrorCode::InvalidValue, "close a commitment as done, missed or dropped");
    if (status != CommitmentStatus::Done && isBlank(outcome))
        return makeError(ErrorCode::InvalidValue, "say what happened: a missed or dropped commitment needs an outcome note");
    commitment.status = status;
    commitment.closedOn = on;
    commitment.outcome = std::move(outcome);
    return {};
}

} // namespace baton::domain
