#pragma once

#include "baton/domain/InitiativeCatalog.h"
#include "baton/storage/Database.h"

namespace baton::storage {

/// Initiatives by title, keyset-paged over (title, rid).
class SqliteInitiativeCatalog final : public domain::InitiativeCatalog {
public:
    explicit SqliteInitiativeCatalog(Database& db)
        : m_db(db)
    {
    }
    domain::ListPage<domain::InitiativeSummary> page(const domain::InitiativeFilter& filter, domain::Date today,
                                                     const std::optional<domain::ListCursor>& after,
                                                     std::size_t limit) override;
    std::int64_t count(const domain::InitiativeFilter& filter, domain::Date today) override;
    std::optional<domain::ListCursor> skip(const domain::InitiativeFilter& filter, domain::Date today,
                                           const std::optional<domain::ListCursor>& after, std::int64_t rows) override;

private:
    Database& m_db;
};

} // namespace baton::storage
