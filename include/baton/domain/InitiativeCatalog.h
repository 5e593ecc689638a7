#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"
#include "baton/domain/ListPage.h"

#include <cstddef>

namespace baton::domain {

/// One line of the initiative list.
struct InitiativeSummary {
    InitiativeId id;
    std::string title;
    InitiativeStatus status = InitiativeStatus::Proposed;
    std::optional<Date> startedOn;
    std::optional<Date> dueOn;
    std::string currentLead; ///< empty when nobody leads today
    std::int64_t rowKey = 0;
};

/// What the initiative list shows; empty fields mean "all".
struct InitiativeFilter {
    std::string text; ///< part of the title
    std::optional<InitiativeStatus> status;
    std::optional<MemberId> ledBy; ///< led or co-led at any time
    std::optional<AreaId> area;
    bool withoutCurrentLead = false;
};

/// Port: initiatives page by page, ordered by title.
class InitiativeCatalog {
public:
    virtual ~InitiativeCatalog() = default;
    virtual ListPage<InitiativeSummary> page(const InitiativeFilter& filter, Date today,
                                             const std::optional<ListCursor>& after, std::size_t limit) = 0;
    virtual std::int64_t count(const InitiativeFilter& filter, Date today) = 0;
    /// The cursor `rows` rows on from `after`, scanning only the sort index.
    virtual std::optional<ListCursor> skip(const InitiativeFilter& filter, Date today,
                                           const std::optional<ListCursor>& after, std::int64_t rows) = 0;
};

} // namespace baton::domain
