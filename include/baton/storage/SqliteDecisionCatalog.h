#pragma once

#include "baton/domain/DecisionCatalog.h"
#include "baton/storage/Database.h"

namespace baton::storage {

/// The decision list straight from SQLite: keyset pages over (listed_on, rid) and FTS5 search.
class SqliteDecisionCatalog final : public domain::DecisionCatalog {
public:
    explicit SqliteDecisionCatalog(Database& db)
        : m_db(db)
    {
    }
    domain::DecisionPage page(const domain::DecisionFilter& filter, const std::optional<domain::DecisionCursor>& after,
                              std::size_t limit) override;
    std::int64_t count(const domain::DecisionFilter& filter) override;
    std::optional<domain::DecisionCursor> skip(const domain::DecisionFilter& filter,
                                               const std::optional<domain::DecisionCursor>& after,
                                               std::int64_t rows) override;

private:
    Database& m_db;
};

} // namespace baton::storage
