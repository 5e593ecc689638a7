#include "models/InMemorySource.h"

namespace baton::ui {

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

std::optional<domain::ListCursor> InMemorySource::skip(const std::optional<domain::ListCursor>& after, std::int64_t rows)
{
    const std::int64_t at = (after ? after->rowKey : 0) + rows;
    if (at >= static_cast<std::int64_t>(m_rows.size()))
        return std::nullopt;
    return domain::ListCursor{{}, at};
}

} // namespace baton::ui
