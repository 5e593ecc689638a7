#pragma once

#include "baton/domain/CommitmentCatalog.h"
#include "baton/storage/Database.h"

namespace baton::storage {

/// Commitments by due date, keyset-paged over (due key, rid).
class SqliteCommitmentCatalog final : public domain::CommitmentCatalog {
public:
    explicit SqliteCommitmentCatalog(Database& db)
        : m_db(db)
    {
    }
    domain::ListPage<domain::CommitmentSummary> page(const domain::CommitmentFilter& filter,
                                                     const std::optional<domain::ListCursor>& after,
                                                     std::size_t limit) override;
    std::int64_t count(const domain::CommitmentFilter& filter) override;
    std::optional<domain::ListCursor> skip(const domain::CommitmentFilter& filter,
                                           const std::optional<domain::ListCursor>& after, std::int64_t rows) override;

private:
    Database& m_db;
};

} // namespace baton::storage
