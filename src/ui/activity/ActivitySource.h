#pragma once

#include "models/PagedSource.h"

#include "baton/storage/HistoryLog.h"

#include <functional>

namespace baton::ui {

class TeamSession;

/// The team's changes for one filter, newest first, read a page at a time.
class ActivitySource final : public PagedSource {
public:
    /// Names the Who column through the session, as it stands when each page is read.
    ActivitySource(TeamSession& session, storage::ChangeFilter filter);
    /// `nameOf` turns a member id into a name for the Who column.
    ActivitySource(storage::Database& db, storage::ChangeFilter filter,
                   std::function<QString(const std::string&)> nameOf);
    int columnCount() const override { return 5; }
    QString header(int column) const override;
    std::int64_t count() override;
    domain::ListPage<ListRow> fetch(const std::optional<domain::ListCursor>& after, std::size_t limit) override;
    std::optional<domain::ListCursor> skip(const std::optional<domain::ListCursor>& after, std::int64_t rows) override;
    std::function<std::int64_t()> backgroundCount() const override;
    /// Takes a copy of the names along (TeamSession::memberNames): the session stays on its thread.
    Reopen reopen() const override;

private:
    std::string m_path;
    storage::HistoryLog m_log;
    storage::ChangeFilter m_filter;
    std::function<QString(const std::string&)> m_nameOf;
    TeamSession* m_session = nullptr;
};

} // namespace baton::ui
