#include "decisions/DecisionSource.h"

#include "core/EnumText.h"
#include "core/Text.h"

#include <QColor>
#include <QCoreApplication>

namespace baton::ui {
using namespace baton::domain;

DecisionSource::DecisionSource(storage::Database& db, DecisionFilter filter, Date today)
    : m_path(db.path())
    , m_catalog(db)
    , m_filter(std::move(filter))
    , m_today(today)
{
}

QString DecisionSource::header(int column) const
{
    switch (column) {
    case 0:
        return QCoreApplication::translate("DecisionSource", "Decision");
    case 1:
        return QCoreApplication::translate("DecisionSource", "Status");
    case 2:
        return QCoreApplication::translate("DecisionSource", "Method");
    case 3:
        return QCoreApplication::translate("DecisionSource", "Accountable");
    case 4:
        return QCoreApplication::translate("DecisionSource", "Date");
    default:
        return QCoreApplication::translate("DecisionSource", "Decide by");
    }
}

void DecisionSource::sortBy(int, Qt::SortOrder order)
{
    m_filter.oldestFirst = order == Qt::AscendingOrder;
}

std::int64_t DecisionSource::count()
{
    return m_catalog.count(m_filter);
}

ListPage<ListRow> DecisionSource::fetch(const std::optional<ListCursor>& after, std::size_t limit)
{
    const DecisionPage page = m_catalog.page(m_filter, after, limit);
    ListPage<ListRow> out;
    out.next = page.next;
    out.rows.reserve(page.rows.size());
    for (const auto& d : page.rows) {
        ListRow row{toQ(d.id.str()),
                    {toQ(d.title), displayName(d.status), displayName(d.method), toQ(d.accountableName),
                     displayDate(d.listedOn), displayDate(d.decideBy)},
                    {}};
        if (d.status == DecisionStatus::Proposed && d.decideBy && *d.decideBy < m_today)
            row.foreground = QColor(0xc0, 0x39, 0x2b); // past its deadline
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::optional<ListCursor> DecisionSource::skip(const std::optional<ListCursor>& after, std::int64_t rows)
{
    return m_catalog.skip(m_filter, after, rows);
}

std::function<std::int64_t()> DecisionSource::backgroundCount() const
{
    return [path = m_path, filter = m_filter, today = m_today] {
        storage::Database db(path, storage::Database::Mode::ReadOnly);
        db.exec("PRAGMA busy_timeout = 5000");
        return storage::SqliteDecisionCatalog(db).count(filter);
    };
}

PagedSource::Reopen DecisionSource::reopen() const
{
    return [filter = m_filter, today = m_today](storage::Database& db) -> std::unique_ptr<PagedSource> {
        return std::make_unique<DecisionSource>(db, filter, today);
    };
}

} // namespace baton::ui
