#pragma once

#include "models/PagedSource.h"

#include "baton/storage/SqliteInitiativeCatalog.h"

namespace baton::ui {

/// The initiative list for one filter: title, status, current lead, started, due.
class InitiativeSource final : public PagedSource {
public:
    InitiativeSource(storage::Database& db, domain::InitiativeFilter filter, domain::Date today);
    int columnCount() const override { return 5; }
    QString header(int column) const override;
    std::int64_t count() override;
    domain::ListPage<ListRow> fetch(const std::optional<domain::ListCursor>& after, std::size_t limit) override;
    std::optional<domain::ListCursor> skip(const std::optional<domain::ListCursor>& after, std::int64_t rows) override;
    std::function<std::int64_t()> backgroundCount() const override;
    Reopen reopen() const override;

private:
    std::string m_path;
    storage::SqliteInitiativeCatalog m_catalog;
    domain::InitiativeFilter m_filter;
    domain::Date m_today;
};

} // namespace baton::ui
