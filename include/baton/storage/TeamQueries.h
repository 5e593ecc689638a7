#pragma once

#include "baton/domain/Date.h"
#include "baton/storage/Database.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace baton::storage {

/// One row of "who led which initiative".
struct LeadershipRow {
    std::string memberName;
    std::string initiativeTitle;
    std::string role;
    std::string from;
    std::string to; ///< empty while current
    std::int64_t days = 0;
};

/// Read-only questions about a whole team file: counts, leadership, integrity.
class TeamQueries {
public:
    explicit TeamQueries(Database& db)
        : m_db(db)
    {
    }

    /// (kind, count) for every record kind, in exchange-format order.
    std::vector<std::pair<std::string, std::int64_t>> counts();
    /// Every stint, by member then start date; `today` closes current stints for day counts.
    std::vector<LeadershipRow> whoLedWhat(domain::Date today);
    /// SQLite's integrity_check and foreign_key_check; empty when the file is sound.
    std::vector<std::string> integrityProblems();

private:
    Database& m_db;
};

} // namespace baton::storage
