#pragma once

#include "baton/domain/Commitment.h"
#include "baton/domain/Member.h"
#include "baton/domain/Result.h"

#include <string>

namespace baton::domain {

/// Checks a new commitment: a description, exactly one owner who has not left by `today`,
/// and the owner not repeated among the supporters.
Result<void> validateNewCommitment(const Commitment& commitment, const Member& owner, Date today);

/// Closes an open commitment as done, missed or dropped on `on`, with an outcome note.
Result<void> closeCommitment(Commitment& commitment, CommitmentStatus status, Date on, std::string outcome);

} // namespace baton::domain
