#pragma once

#include "models/PagedSource.h"

namespace baton::ui {

/// A source whose rows are few enough to prepare at once (people, expertise areas);
/// the cursor is simply a row number.
class InMemorySource : public PagedSource {
public:
    std::int64_t count() override { return static_cast<std::int64_t>(m_rows.size()); }
    domain::ListPage<ListRow> fetch(const std::optional<domain::ListCursor>& after, std::size_t limit) override;
    std::optional<domain::ListCursor> skip(const std::optional<domain::ListCursor>& after, std::int64_t rows) override;
    bool canSortBy(int column) const override { return column >= 0 && column < columnCount(); }
    void sortBy(int column, Qt::SortOrder order) override;
    /// The rows already read, as sorted, and the headers: nothing more is read.
    Reopen reopen() const override;
    bool holdsItsRows() const override { return true; }

protected:
    std::vector<ListRow> m_rows;
};

} // namespace baton::ui
