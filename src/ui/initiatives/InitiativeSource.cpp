#include "initiatives/InitiativeSource.h"

#include "core/EnumText.h"
#include "core/Text.h"

#include <QColor>
#include <QCoreApplication>

namespace baton::ui {
using namespace baton::domain;

InitiativeSource::InitiativeSource(storage::Database& db, InitiativeFilter filter, Date today)
    : m_path(db.path())
    , m_catalog(db)
    , m_filter(std::move(filter))
    , m_today(today)
{
}

QString InitiativeSource::header(int column) const
{
    switch (column) {
    case 0:
        return QCoreApplication::translate("InitiativeSource", "Initiative");
    case 1:
        return QCoreApplication::translate("InitiativeSource", "Status");
    case 2:
        return QCoreApplication::translate("InitiativeSource", "Current lead");
    case 3:
        return QCoreApplication::translate("InitiativeSource", "Started");
    default:
        return QCoreApplication::translate("InitiativeSource", "Due");
    }
}

std::int64_t InitiativeSource::count()
{
    return m_catalog.count(m_filter, m_today);
}

ListPage<ListRow> InitiativeSource::fetch(const std::optional<ListCursor>& after, std::size_t limit)
{
    const auto page = m_catalog.page(m_filter, m_today, after, limit);
    ListPage<ListRow> out;
    out.next = page.next;
    for (const auto& i : page.rows) {
        const bool unled = i.currentLead.empty() && i.status == InitiativeStatus::Active;
        ListRow row{toQ(i.id.str()),
                    {toQ(i.title), displayName(i.status),
                     unled ? QCoreApplication::translate("InitiativeSource", "(nobody)") : toQ(i.currentLead),
                     displayDate(i.startedOn), displayDate(i.dueOn)},
                    {}};
        if (unled)
            row.foreground = QColor(0xc0, 0x39, 0x2b);
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::optional<ListCursor> InitiativeSource::skip(const std::optional<ListCursor>& after, std::int64_t rows)
{
    return m_catalog.skip(m_filter, m_today, after, rows);
}

std::function<std::int64_t()> InitiativeSource::backgroundCount() const
{
    return [path = m_path, filter = m_filter, today = m_today] {
        storage::Database db(path, storage::Database::Mode::ReadOnly);
        db.exec("PRAGMA busy_timeout = 5000");
        return storage::SqliteInitiativeCatalog(db).count(filter, today);
    };
}

PagedSource::Reopen InitiativeSource::reopen() const
{
    return [filter = m_filter, today = m_today](storage::Database& db) -> std::unique_ptr<PagedSource> {
        return std::make_unique<InitiativeSource>(db, filter, today);
    };
}

} // namespace baton::ui
