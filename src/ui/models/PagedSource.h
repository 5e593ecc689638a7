#pragma once

#include "baton/domain/ListPage.h"

#include <QString>
#include <QVariant>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace baton::storage {
class Database;
} // namespace baton::storage

namespace baton::ui {

/// One row as a list shows it: the record id and one value per column.
struct ListRow {
    QString id;
    std::vector<QVariant> cells;
    QVariant foreground; ///< e.g. a colour for overdue rows; invalid for the default
};

/// Where a PagedTableModel gets its rows: a filtered, ordered list read page by page.
class PagedSource {
public:
    virtual ~PagedSource() = default;
    virtual int columnCount() const = 0;
    virtual QString header(int column) const = 0;
    virtual std::int64_t count() = 0;
    virtual domain::ListPage<ListRow> fetch(const std::optional<domain::ListCursor>& after, std::size_t limit) = 0;
    virtual std::optional<domain::ListCursor> skip(const std::optional<domain::ListCursor>& after,
                                                   std::int64_t rows) = 0;
    /// A count that can run on another thread with its own connection, for lists too long
    /// to count while the user waits; empty when count() is cheap.
    virtual std::function<std::int64_t()> backgroundCount() const { return {}; }
    /// Makes this list again, same filter and order, on another connection.
    using Reopen = std::function<std::unique_ptr<PagedSource>(storage::Database& db)>;
    /// A Reopen for reading the list on another thread (CSV export): it holds plain values
    /// only, never this source, its connection or the session.
    virtual Reopen reopen() const = 0;
    /// Whether the list can be ordered by this column (in both directions).
    virtual bool canSortBy(int column) const
    {
        Q_UNUSED(column)
        return false;
    }
    /// Orders the rows; only called for columns canSortBy accepts.
    virtual void sortBy(int column, Qt::SortOrder order)
    {
        Q_UNUSED(column)
        Q_UNUSED(order)
    }
    /// True for a source that reads all its rows when it is made (InMemorySource): reading it
    /// again shows those rows, so a list that must show an edit makes a new one.
    virtual bool holdsItsRows() const { return false; }
};

} // namespace baton::ui
