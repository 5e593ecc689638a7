#pragma once

#include "models/PagedSource.h"

#include "baton/storage/SqliteCommitmentCatalog.h"

namespace baton::ui {

/// The commitment list for one filter: description, owner, status, due, closed.
class CommitmentSource final : public PagedSource {
public:
    CommitmentSource(storage::Database& db, domain::CommitmentFilter filter, domain::Date today);
    int columnCount() const override { return 5; }
    QString header(int column) const override;
    std::int64_t count() override;
    domain::ListPage<ListRow> fetch(const std::optional<domain::ListCursor>& after, std::size_t limit) override;
    std::optional<domain::ListCursor> skip(const std::optional<domain::ListCursor>& after, std::int64_t rows) override;
    std::function<std::int64_t()> backgroundCount() const override;
    Reopen reopen() const override;

private:
    std::string m_path;
    storage::SqliteCommitmentCatalog m_catalog;
    domain::CommitmentFilter m_filter;
    domain::Date m_today;
};

} // namespace baton::ui
