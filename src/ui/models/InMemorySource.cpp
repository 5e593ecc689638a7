#include "models/InMemorySource.h"

#include <algorithm>

namespace baton::ui {

namespace {

/// A copy of an in-memory list's headers and rows, to read on another thread.
class RowsSnapshot final : public InMemorySource {
public:
    RowsSnapshot(std::vector<QString> headers, std::vector<ListRow> rows)
        : m_headers(std::move(headers))
    {
        m_rows = std::move(rows);
    }
    int columnCount() const override { return static_cast<int>(m_headers.size()); }
    QString header(int column) const override { return m_headers.at(static_cast<std::size_t>(column)); }

private:
    std::vector<QString> m_headers;
};

} // namespace

PagedSource::Reopen InMemorySource::reopen() const
{
    std::vector<QString> headers;
    for (int c = 0; c < columnCount(); ++c)
        headers.push_back(header(c));
    return [headers = std::move(headers), rows = m_rows](storage::Database&) -> std::unique_ptr<PagedSource> {
        return std::make_unique<RowsSnapshot>(headers, rows);
    };
}

void InMemorySource::sortBy(int column, Qt::SortOrder order)
{
    const auto c = static_cast<std::size_t>(column);
    std::stable_sort(m_rows.begin(), m_rows.end(), [c, order](const ListRow& a, const ListRow& b) {
        const QVariant& x = a.cells[c];
        const QVariant& y = b.cells[c];
        const bool numbers = x.typeId() == QMetaType::Int && y.typeId() == QMetaType::Int;
        const int cmp = numbers ? (x.toInt() < y.toInt()   ? -1
                                   : x.toInt() > y.toInt() ? 1
                                                           : 0)
                                : x.toString().localeAwareCompare(y.toString());
        return order == Qt::AscendingOrder ? cmp < 0 : cmp > 0;
    });
}

domain::ListPage<ListRow> InMemorySource::fetch(const std::optional<domain::ListCursor>& after, std::size_t limit)
{
    const auto start = static_cast<std::size_t>(after ? after->rowKey : 0);
    domain::ListPage<ListRow> page;
    for (std::size_t i = start; i < m_rows.size() && page.rows.size() < limit; ++i)
        page.rows.push_back(m_rows[i]);
    if (start + page.rows.size() < m_rows.size())
        page.next = domain::ListCursor{{}, static_cast<std::int64_t>(start + page.rows.size())};
    return page;
}

std::optional<domain::ListCursor> InMemorySource::skip(const std::optional<domain::ListCursor>& after,
                                                       std::int64_t rows)
{
    const std::int64_t at = (after ? after->rowKey : 0) + rows;
    if (at >= static_cast<std::int64_t>(m_rows.size()))
        return std::nullopt;
    return domain::ListCursor{{}, at};
}

} // namespace baton::ui
