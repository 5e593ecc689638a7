#include "commitments/CommitmentSource.h"

#include "core/EnumText.h"
#include "core/Text.h"

#include <QColor>
#include <QCoreApplication>

namespace baton::ui {
using namespace baton::domain;

CommitmentSource::CommitmentSource(storage::Database& db, CommitmentFilter filter, Date today)
    : m_path(db.path())
    , m_catalog(db)
    , m_filter(std::move(filter))
    , m_today(today)
{
}

QString CommitmentSource::header(int column) const
{
    switch (column) {
    case 0:
        return QCoreApplication::translate("CommitmentSource", "Commitment");
    case 1:
        return QCoreApplication::translate("CommitmentSource", "Owner");
    case 2:
        return QCoreApplication::translate("CommitmentSource", "Status");
    case 3:
        return QCoreApplication::translate("CommitmentSource", "Due");
    default:
        return QCoreApplication::translate("CommitmentSource", "Closed");
    }
}

std::int64_t CommitmentSource::count()
{
    return m_catalog.count(m_filter);
}

ListPage<ListRow> CommitmentSource::fetch(const std::optional<ListCursor>& after, std::size_t limit)
{
    const auto page = m_catalog.page(m_filter, after, limit);
    ListPage<ListRow> out;
    out.next = page.next;
    for (const auto& c : page.rows) {
        ListRow row{toQ(c.id.str()),
                    {toQ(c.description), toQ(c.ownerName), displayName(c.status), displayDate(c.dueOn),
                     displayDate(c.closedOn)},
                    {}};
        if (c.status == CommitmentStatus::Open && c.dueOn && *c.dueOn < m_today)
            row.foreground = QColor(0xc0, 0x39, 0x2b);
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::optional<ListCursor> CommitmentSource::skip(const std::optional<ListCursor>& after, std::int64_t rows)
{
    return m_catalog.skip(m_filter, after, rows);
}

std::function<std::int64_t()> CommitmentSource::backgroundCount() const
{
    return [path = m_path, filter = m_filter, today = m_today] {
        storage::Database db(path, storage::Database::Mode::ReadOnly);
        db.exec("PRAGMA busy_timeout = 5000");
        return storage::SqliteCommitmentCatalog(db).count(filter);
    };
}

PagedSource::Reopen CommitmentSource::reopen() const
{
    return [filter = m_filter, today = m_today](storage::Database& db) -> std::unique_ptr<PagedSource> {
        return std::make_unique<CommitmentSource>(db, filter, today);
    };
}

} // namespace baton::ui
