#include "baton/storage/AuthorStamp.h"

#include <array>

namespace baton::storage {
namespace {

struct TableSql {
    const char* stamp;
    const char* read;
};

// One fixed pair of statements per table: table names never come from input.
const TableSql& sqlFor(AuthoredTable table)
{
    static const std::array<TableSql, 6> kSql{{
        {"UPDATE members SET created_by = coalesce(created_by, ?1), updated_by = ?1 WHERE id = ?2",
         "SELECT coalesce(created_by, ''), coalesce(updated_by, '') FROM members WHERE id = ?"},
        {"UPDATE expertise_areas SET created_by = coalesce(created_by, ?1), updated_by = ?1 WHERE id = ?2",
         "SELECT coalesce(created_by, ''), coalesce(updated_by, '') FROM expertise_areas WHERE id = ?"},
        {"UPDATE initiatives SET created_by = coalesce(created_by, ?1), updated_by = ?1 WHERE id = ?2",
         "SELECT coalesce(created_by, ''), coalesce(updated_by, '') FROM initiatives WHERE id = ?"},
        {"UPDATE contributions SET created_by = coalesce(created_by, ?1), updated_by = ?1 WHERE id = ?2",
         "SELECT coalesce(created_by, ''), coalesce(updated_by, '') FROM contributions WHERE id = ?"},
        {"UPDATE decisions SET created_by = coalesce(created_by, ?1), updated_by = ?1 WHERE id = ?2",
         "SELECT coalesce(created_by, ''), coalesce(updated_by, '') FROM decisions WHERE id = ?"},
        {"UPDATE commitments SET created_by = coalesce(created_by, ?1), updated_by = ?1 WHERE id = ?2",
         "SELECT coalesce(created_by, ''), coalesce(updated_by, '') FROM commitments WHERE id = ?"},
    }};
    return kSql[static_cast<std::size_t>(table)];
}

} // namespace

void stampAuthor(Database& db, AuthoredTable table, const std::string& id, const std::string& member)
{
    db.prepare(sqlFor(table).stamp).bind(1, member).bind(2, id).run();
}

std::pair<std::string, std::string> authorsOf(Database& db, AuthoredTable table, const std::string& id)
{
    Statement s = db.prepare(sqlFor(table).read);
    s.bind(1, id);
    if (!s.step())
        return {};
    return {s.columnText(0), s.columnText(1)};
}

} // namespace baton::storage
