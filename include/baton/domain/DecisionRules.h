#pragma once

#include "baton/domain/Decision.h"
#include "baton/domain/Member.h"
#include "baton/domain/Result.h"

#include <string>
#include <vector>

namespace baton::domain {

/// Field-level checks shared by editors and the importer: title present and not too long,
/// dates in order (decided_on not before proposed_on), accountable present when required.
std::vector<std::string> decisionFieldProblems(const Decision& decision);

/// Marks a proposed decision decided on `on` with `accountable` answerable for it.
/// Refuses: no accountable member, one who has left, a consent decision over a standing
/// objection, and a decision that is not proposed.
Result<void> decide(Decision& decision, const Member* accountable, Date on);

/// `next` replaces `old`: old becomes superseded and next records what it supersedes.
Result<void> supersede(Decision& old, Decision& next);

/// Turns a decided decision back: status reversed, the reason kept in the rationale.
Result<void> reverse(Decision& decision, const std::string& reason);

/// Withdraws a proposal that will not be decided; the reason is kept in the rationale.
Result<void> withdraw(Decision& decision, const std::string& reason);

/// Records or changes where a member stands; adds them as consulted when new.
void recordStance(Decision& decision, const MemberId& member, Stance stance, std::string comment);

} // namespace baton::domain
