#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"
#include "baton/domain/ListPage.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baton::domain {

/// One line of the decision list: enough to show a row without loading the whole record.
struct DecisionSummary {
    DecisionId id;
    std::string title;
    DecisionStatus status = DecisionStatus::Proposed;
    DecisionMethod method = DecisionMethod::Consent;
    std::optional<Date> listedOn; ///< decided_on, else proposed_on
    std::optional<Date> decideBy;
    std::string accountableName;
    std::int64_t rowKey = 0; ///< stable tie-breaker for keyset paging
};

/// What the decision list shows; every field narrows it, empty means "all".
struct DecisionFilter {
    std::string text; ///< full-text words; each matches as a prefix
    std::optional<DecisionStatus> status;
    std::optional<DecisionMethod> method;
    std::optional<MemberId> accountable;
    std::optional<InitiativeId> initiative;
    std::optional<AreaId> area;
    std::optional<Date> from; ///< listed on or after
    std::optional<Date> to;   ///< listed on or before
    std::optional<Date> pastDeadlineOn; ///< only proposed decisions whose decide_by is before this day
    bool oldestFirst = false;           ///< list order; newest first unless set
};

/// Where a page starts: just after the row with this listed date and row key.
using DecisionCursor = ListCursor;

/// A page of decisions and the cursor for the next one (empty at the end).
using DecisionPage = ListPage<DecisionSummary>;

/// Port: how the core asks for decisions page by page; storage implements it.
class DecisionCatalog {
public:
    virtual ~DecisionCatalog() = default;
    /// Newest first (by listed date, then insertion); with text, newest matching first.
    virtual DecisionPage page(const DecisionFilter& filter, const std::optional<DecisionCursor>& after,
                              std::size_t limit) = 0;
    virtual std::int64_t count(const DecisionFilter& filter) = 0;
    /// The cursor `rows` rows further on from `after` (from the start when empty), for lists
    /// that jump far ahead; scans only the sort index, never the rows themselves.
    virtual std::optional<DecisionCursor> skip(const DecisionFilter& filter, const std::optional<DecisionCursor>& after,
                                               std::int64_t rows) = 0;
};

/// Turns what a user types into an FTS5 query: each word quoted and matched as a prefix,
/// so punctuation and operators in user text are never interpreted.
std::string toFullTextQuery(const std::string& userText);

} // namespace baton::domain
