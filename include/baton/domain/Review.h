#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// A shared-responsibility review of a missed commitment or initiative, or a decision that went
/// wrong. By design it names factors, never a person to blame: there is no field for one.
struct Review {
    ReviewId id;
    ReviewSubjectKind subjectKind = ReviewSubjectKind::Commitment;
    std::string subject; ///< the id of the reviewed record, of the kind in subjectKind
    std::optional<Date> heldOn;
    std::vector<MemberId> participants;
    std::string whatHappened;
    std::vector<std::string> contributingFactors; ///< factors, not people
    std::string whatWeChange;
    std::vector<CommitmentId> followUps; ///< commitments the review created
    Timestamp updatedAt;
    bool retracted = false; ///< entered by mistake: hidden from lists and reports, kept in history
};

/// Field-level checks shared by editors and the importer: the subject is named, and no
/// contributing factor is blank.
std::vector<std::string> reviewProblems(const Review& review);

} // namespace baton::domain
