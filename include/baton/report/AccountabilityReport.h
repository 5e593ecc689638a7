#pragma once

#include "baton/report/TrustView.h"

#include "baton/domain/Commitment.h"
#include "baton/domain/Decision.h"
#include "baton/domain/Initiative.h"
#include "baton/domain/Member.h"
#include "baton/report/LeadershipReport.h"

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace baton::report {

/// One owner's commitments as of the report date.
struct OwnerAccountability {
    domain::MemberId id;
    std::string name;
    bool hasLeft = false;
    int open = 0;
    int overdue = 0; ///< open and due before the as-of date (also counted in open)
    int done = 0;
    int missed = 0;
    int dropped = 0;
    /// Done on or before the due date, out of those done or missed; empty when none were.
    std::optional<double> onTimeRate;
};

/// Decisions one member is accountable for.
struct AccountableDecisions {
    domain::MemberId id;
    std::string name;
    int decided = 0;  ///< decided, superseded or reversed: taken, whatever happened later
    int proposed = 0; ///< named accountable while still proposed
};

/// Two open commitments that look like the same work with different owners.
struct LikelyDuplicate {
    domain::CommitmentId first;
    domain::CommitmentId second;
    std::string firstDescription;
    std::string secondDescription;
    double similarity = 0;
};

/// How many gaps of each kind there are.
struct GapCounts {
    std::size_t decidedWithoutAccountable = 0;
    std::size_t initiativesWithoutLead = 0;
    std::size_t decisionsPastDeadline = 0;
    std::size_t overdueCommitments = 0;
    std::size_t openOwnedByLeavers = 0;
    std::size_t likelyDuplicates = 0;
    std::size_t total() const
    {
        return decidedWithoutAccountable + initiativesWithoutLead + decisionsPastDeadline + overdueCommitments +
               openOwnedByLeavers + likelyDuplicates;
    }
};

/// Where accountability has gaps; every list should be empty in a healthy team. A report read
/// for the screen holds only the first few of each list (report::ReadLimits); `counts` always
/// holds how many there are.
struct AccountabilityGaps {
    std::vector<domain::DecisionId> decidedWithoutAccountable; ///< should never exist
    std::vector<domain::InitiativeId> initiativesWithoutLead;  ///< active, nobody leading on the as-of date
    std::vector<domain::DecisionId> decisionsPastDeadline;     ///< still proposed after decide_by
    std::vector<domain::CommitmentId> overdueCommitments;
    std::vector<domain::CommitmentId> openOwnedByLeavers; ///< open, owner has left
    std::vector<LikelyDuplicate> likelyDuplicates;
    GapCounts counts;
};

struct AccountabilityReport {
    domain::Date asOf;
    std::vector<OwnerAccountability> owners;          ///< by name
    std::vector<AccountableDecisions> decisionOwners; ///< by name
    AccountabilityGaps gaps;
    /// Titles and descriptions of the records in the gap lists, by id, when the report was
    /// read from a team file; otherwise empty (the document then asks ReportContext::nameOf).
    std::unordered_map<std::string, std::string> labels;
    /// The twelve months up to the as-of date: how widely being accountable for the decisions
    /// decided each month was shared (MonthlySpread::accountable; `lead` is left empty).
    /// Read by readAccountabilityReport only.
    std::vector<MonthlySpread> months;
    /// Open conflicts and shared-responsibility reviews. Read by readAccountabilityReport only.
    std::optional<TrustView> trust;
};

/// Builds the accountability review as of a date. A commitment closed after that date
/// counts as open then; one closed on or before it counts as closed.
AccountabilityReport buildAccountabilityReport(const std::vector<domain::Member>& members,
                                               const std::vector<domain::Initiative>& initiatives,
                                               const std::vector<domain::Decision>& decisions,
                                               const std::vector<domain::Commitment>& commitments, domain::Date asOf);

/// 0..1: how alike two descriptions are after folding case, punctuation and hyphens.
double descriptionSimilarity(const std::string& a, const std::string& b);

} // namespace baton::report
