#pragma once

// Updates only the columns an edit changed. SQLite rewrites an index whenever an UPDATE
// names one of its columns, even with the same value, so an upsert that sets every column
// writes every index of the table; this writes only what changed.

#include "baton/storage/Database.h"
#include "baton/storage/StorageError.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace baton::storage {

/// A column value: NULL, text or an integer.
using ColumnValue = std::variant<std::monostate, std::string, std::int64_t>;

inline ColumnValue textOrNull(const std::optional<std::string>& text)
{
    return text ? ColumnValue(*text) : ColumnValue();
}

/// One table's column-wise update. Column names are fixed by the caller (never user text);
/// statements are prepared once per set of changed columns.
class ChangedColumns {
public:
    ChangedColumns(const char* table, std::vector<const char*> columns)
        : m_table(table)
        , m_columns(std::move(columns))
    {
    }

    /// Sets, on the row whose `id` is `id`, each column whose value in `wanted` differs from
    /// `stored` (both in the order of the constructor's columns). Returns whether it wrote.
    bool update(Database& db, const std::string& id, const std::vector<ColumnValue>& stored,
                const std::vector<ColumnValue>& wanted)
    {
        std::uint64_t mask = 0;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (stored[i] != wanted[i])
                mask |= std::uint64_t{1} << i;
        }
        if (mask == 0)
            return false;
        auto it = m_statements.find(mask);
        if (it == m_statements.end()) {
            std::string sql = std::string("UPDATE ") + m_table + " SET ";
            bool first = true;
            for (std::size_t i = 0; i < m_columns.size(); ++i) {
                if (!(mask & (std::uint64_t{1} << i)))
                    continue;
                sql += first ? "" : ", ";
                sql += m_columns[i];
                sql += " = ?";
                first = false;
            }
            sql += " WHERE id = ?";
            it = m_statements.emplace(mask, db.prepare(sql)).first;
        }
        Statement& s = it->second;
        int index = 1;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            if (!(mask & (std::uint64_t{1} << i)))
                continue;
            if (const auto* text = std::get_if<std::string>(&wanted[i]))
                s.bind(index++, *text);
            else if (const auto* number = std::get_if<std::int64_t>(&wanted[i]))
                s.bind(index++, *number);
            else
                s.bindNull(index++);
        }
        s.bind(index, id);
        s.run();
        if (db.changes() != 1) // the caller said the row exists: never report a write that did not happen
            throw StorageError(domain::ErrorCode::NotFound,
                               std::string("no row ") + id + " in " + m_table + " to update");
        return true;
    }

private:
    const char* m_table;
    std::vector<const char*> m_columns;
    std::map<std::uint64_t, Statement> m_statements;
};

} // namespace baton::storage
