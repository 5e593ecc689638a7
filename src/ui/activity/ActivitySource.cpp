#include "activity/ActivitySource.h"

#include "common/HistoryHtml.h"
#include "core/TeamSession.h"
#include "core/Text.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace baton::ui {
using namespace baton::domain;

namespace {
std::optional<std::int64_t> seqOf(const std::optional<ListCursor>& cursor)
{
    return cursor ? std::optional<std::int64_t>(cursor->rowKey) : std::nullopt;
}
} // namespace

ActivitySource::ActivitySource(storage::Database& db, storage::ChangeFilter filter,
                               std::function<QString(const std::string&)> nameOf)
    : m_path(db.path())
    , m_log(db)
    , m_filter(std::move(filter))
    , m_nameOf(std::move(nameOf))
{
}

ActivitySource::ActivitySource(TeamSession& session, storage::ChangeFilter filter)
    : ActivitySource(session.db(), std::move(filter),
                     [&session](const std::string& id) { return session.memberName(MemberId(id)); })
{
    m_session = &session;
}

QString ActivitySource::header(int column) const
{
    static const char* const kHeaders[] = {
        QT_TRANSLATE_NOOP("ActivitySource", "Record"), QT_TRANSLATE_NOOP("ActivitySource", "Kind"),
        QT_TRANSLATE_NOOP("ActivitySource", "What"), QT_TRANSLATE_NOOP("ActivitySource", "Who"),
        QT_TRANSLATE_NOOP("ActivitySource", "When")};
    return QCoreApplication::translate("ActivitySource", kHeaders[std::clamp(column, 0, 4)]);
}

std::int64_t ActivitySource::count()
{
    return m_log.count(m_filter);
}

ListPage<ListRow> ActivitySource::fetch(const std::optional<ListCursor>& after, std::size_t limit)
{
    ListPage<ListRow> out;
    auto entries = m_log.page(m_filter, seqOf(after), limit + 1);
    if (entries.size() > limit) {
        entries.resize(limit);
        out.next = ListCursor{{}, entries.back().seq};
    }
    const QLocale locale;
    for (const auto& e : entries) {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(e.at.millis(), Qt::UTC).toLocalTime();
        QString what = toQ(e.operation);
        if (e.undoes)
            what += QStringLiteral(" #%1").arg(*e.undoes);
        ListRow row{QString::number(e.seq),
                    {html::recordLabel(e), toQ(std::string(toString(e.kind))), what,
                     e.author ? m_nameOf(*e.author) : QString(), locale.toString(when, QLocale::ShortFormat)},
                    {}};
        out.rows.push_back(std::move(row));
    }
    return out;
}

std::optional<ListCursor> ActivitySource::skip(const std::optional<ListCursor>& after, std::int64_t rows)
{
    const auto seq = m_log.skip(m_filter, seqOf(after), rows);
    return seq ? std::optional<ListCursor>(ListCursor{{}, *seq}) : std::nullopt;
}

std::function<std::int64_t()> ActivitySource::backgroundCount() const
{
    return [path = m_path, filter = m_filter] {
        storage::Database db(path, storage::Database::Mode::ReadOnly);
        db.exec("PRAGMA busy_timeout = 5000");
        return storage::HistoryLog(db).count(filter);
    };
}

PagedSource::Reopen ActivitySource::reopen() const
{
    return [filter = m_filter, nameOf = m_session ? m_session->memberNames()
                                                  : m_nameOf](storage::Database& db) -> std::unique_ptr<PagedSource> {
        return std::make_unique<ActivitySource>(db, filter, nameOf);
    };
}

} // namespace baton::ui
