#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"
#include "baton/domain/ListPage.h"

#include <cstddef>

namespace baton::domain {

/// One line of the commitment list.
struct CommitmentSummary {
    CommitmentId id;
    std::string description;
    std::string ownerName;
    CommitmentStatus status = CommitmentStatus::Open;
    std::optional<Date> dueOn;
    std::optional<Date> closedOn;
    std::int64_t rowKey = 0;
};

/// What the commitment list shows; empty fields mean "all".
struct CommitmentFilter {
    std::string text; ///< part of the description
    std::optional<CommitmentStatus> status;
    std::optional<MemberId> owner;
    std::optional<DecisionId> decision;
    std::optional<InitiativeId> initiative;
    std::optional<Date> overdueOn; ///< only open commitments due before this day
};

/// Port: commitments page by page, soonest due first (undated last).
class CommitmentCatalog {
public:
    virtual ~CommitmentCatalog() = default;
    virtual ListPage<CommitmentSummary> page(const CommitmentFilter& filter, const std::optional<ListCursor>& after,
                                             std::size_t limit) = 0;
    virtual std::int64_t count(const CommitmentFilter& filter) = 0;
    /// The cursor `rows` rows on from `after`, scanning only the sort index.
    virtual std::optional<ListCursor> skip(const CommitmentFilter& filter, const std::optional<ListCursor>& after,
                                           std::int64_t rows) = 0;
};

} // namespace baton::domain
