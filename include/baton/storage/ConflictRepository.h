#pragma once

#include "baton/domain/Conflict.h"
#include "baton/storage/Database.h"
#include "baton/storage/Retracted.h"

#include <optional>
#include <vector>

namespace baton::storage {

/// Reads and writes conflicts, with their parties and the steps up the charter's ladder.
class ConflictRepository {
public:
    explicit ConflictRepository(Database& db)
        : m_db(db)
    {
    }

    void upsert(const domain::Conflict& conflict);
    std::optional<domain::Conflict> find(const domain::ConflictId& id);
    /// Every conflict, in the order they were first stored (as exported); a team has a handful a
    /// year, never millions.
    std::vector<domain::Conflict> all(Retracted retracted = Retracted::Hidden);
    /// The open conflicts, in the order they were first stored.
    std::vector<domain::Conflict> open();

private:
    /// Every conflict `s` (a prepared kSelect statement) reads.
    std::vector<domain::Conflict> read(Statement s);

    Database& m_db;
    std::optional<Statement> m_upsert, m_find;
};

} // namespace baton::storage
