#pragma once

#include "models/PagedSource.h"

#include "baton/domain/DecisionCatalog.h"
#include "baton/storage/SqliteDecisionCatalog.h"

namespace baton::ui {

/// The decision list for one filter: title, status, method, accountable, date, decide by.
class DecisionSource final : public PagedSource {
public:
    DecisionSource(storage::Database& db, domain::DecisionFilter filter, domain::Date today);
    int columnCount() const override { return 6; }
    QString header(int column) const override;
    std::int64_t count() override;
    domain::ListPage<ListRow> fetch(const std::optional<domain::ListCursor>& after, std::size_t limit) override;
    std::optional<domain::ListCursor> skip(const std::optional<domain::ListCursor>& after, std::int64_t rows) override;
    std::function<std::int64_t()> backgroundCount() const override;
    Reopen reopen() const override;
    /// The date column sorts both ways through the index; the others would need a full sort.
    bool canSortBy(int column) const override { return column == 4; }
    void sortBy(int column, Qt::SortOrder order) override;

private:
    std::string m_path;
    storage::SqliteDecisionCatalog m_catalog;
    domain::DecisionFilter m_filter;
    domain::Date m_today;
};

} // namespace baton::ui
