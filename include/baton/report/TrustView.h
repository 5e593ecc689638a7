#pragma once

#include "baton/domain/Conflict.h"
#include "baton/domain/Date.h"
#include "baton/domain/Review.h"

#include <optional>
#include <string>
#include <vector>

namespace baton::report {

/// A conflict as a facilitator reads it: who is in it, where it stands on the ladder and since when.
struct ConflictRow {
    domain::Conflict conflict;
    std::vector<std::string> parties; ///< names, in the conflict's order
    std::string rungTitle;            ///< the charter's title for its rung; empty before the first step
    std::optional<int> daysOnRung;    ///< open conflicts only
    std::string decisionTitle;        ///< the decision that settled it, if any
};

/// A shared-responsibility review with what it looked back on, in words.
struct ReviewRow {
    domain::Review review;
    std::string subject;                   ///< "commitment “Automate the export”"
    std::vector<std::string> participants; ///< names
    int followUpsOpen = 0;
};

/// Conflicts and reviews, for the Conflicts page and the accountability report.
struct TrustView {
    domain::Date asOf;
    std::vector<ConflictRow> open;   ///< longest on its rung first
    std::vector<ConflictRow> closed; ///< resolved or withdrawn, newest first
    std::vector<ReviewRow> reviews;  ///< newest held first
    int missedCommitments = 0;       ///< live commitments missed
    int missedCommitmentsReviewed = 0;
    int missedInitiatives = 0;
    int missedInitiativesReviewed = 0;
};

} // namespace baton::report
