#pragma once

// Conversions between domain values and SQLite columns, shared by the repositories.

#include "baton/domain/Date.h"
#include "baton/domain/Enums.h"
#include "baton/domain/Ids.h"
#include "baton/domain/ListPage.h"
#include "baton/storage/Database.h"
#include "baton/storage/StorageError.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace baton::storage::columns {

inline void bindDate(Statement& s, int index, const std::optional<domain::Date>& date)
{
    if (date)
        s.bind(index, date->toString());
    else
        s.bindNull(index);
}

template <typename Tag> void bindId(Statement& s, int index, const std::optional<domain::Id<Tag>>& id)
{
    if (id)
        s.bind(index, id->str());
    else
        s.bindNull(index);
}

inline std::optional<domain::Date> date(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return domain::Date::parse(s.columnView(column));
}

inline domain::Timestamp timestamp(const Statement& s, int column)
{
    const auto ts = domain::Timestamp::parse(s.columnView(column));
    return ts ? *ts : domain::Timestamp{};
}

template <typename IdType> IdType id(const Statement& s, int column)
{
    return IdType(s.columnText(column));
}

template <typename IdType> std::optional<IdType> optionalId(const Statement& s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return IdType(s.columnText(column));
}

template <typename E> E enumValue(const Statement& s, int column)
{
    const auto parsed = domain::parseEnum<E>(s.columnView(column));
    if (!parsed)
        throw StorageError(domain::ErrorCode::Corrupt,
                           "unexpected value \"" + s.columnText(column) + "\" in the team file");
    return *parsed;
}

} // namespace baton::storage::columns

namespace baton::storage {

/// Prepares `sql` into `slot` the first time, so repeated writes reuse one statement.
inline Statement& prepared(Database& db, std::optional<Statement>& slot, std::string_view sql)
{
    if (!slot)
        slot.emplace(db.prepare(sql));
    return *slot;
}

/// Runs a cached one-row lookup: `bind` sets its keys, `read` turns the row into a T. The
/// statement is reset afterwards even when `read` throws, so the cache stays usable.
template <typename T, typename Bind, typename Read> std::optional<T> findOne(Statement& s, Bind bind, Read read)
{
    struct Reset {
        Statement& s;
        ~Reset() { s.reset(); }
    } reset{s};
    bind(s);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

/// Reads the updated_at column of the row a one-key statement finds.
inline std::optional<domain::Timestamp> readUpdatedAt(Statement& s)
{
    std::optional<domain::Timestamp> out;
    if (s.step())
        out = columns::timestamp(s, 0);
    s.reset();
    return out;
}

} // namespace baton::storage

namespace baton::storage {

/// Values for a query assembled from fixed SQL fragments, bound in order.
using QueryParams = std::vector<std::variant<std::string, std::int64_t>>;

inline void bindAll(Statement& s, const QueryParams& params)
{
    int index = 1;
    for (const auto& p : params) {
        if (const auto* text = std::get_if<std::string>(&p))
            s.bind(index++, *text);
        else
            s.bind(index++, std::get<std::int64_t>(p));
    }
}

/// A LIKE pattern that matches `text` anywhere, with %, _ and \ taken literally (ESCAPE '\').
inline std::string containsPattern(const std::string& text)
{
    std::string out = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '%';
    return out;
}

} // namespace baton::storage

namespace baton::storage {

/// The most rows one page may ask for; larger requests are cut to this.
constexpr std::size_t kMaxPageRows = 100000;

/// Reads one keyset page from a query that asked for `limit` + 1 rows: the extra row only
/// says a next page exists, and the next cursor is the last row kept. `read` turns the
/// current row into (row, sort key); every Row has a `rowKey`.
template <typename Row, typename Read> domain::ListPage<Row> readKeysetPage(Statement& s, std::size_t limit, Read read)
{
    domain::ListPage<Row> page;
    std::string lastKey;
    while (s.step()) {
        if (page.rows.size() == limit) {
            page.next = domain::ListCursor{lastKey, page.rows.back().rowKey};
            break;
        }
        auto [row, key] = read(s);
        lastKey = std::move(key);
        page.rows.push_back(std::move(row));
    }
    return page;
}

} // namespace baton::storage
