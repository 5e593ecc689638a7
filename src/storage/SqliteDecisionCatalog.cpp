#include "baton/storage/SqliteDecisionCatalog.h"

#include "Columns.h"

#include <algorithm>

namespace baton::storage {
using namespace baton::domain;

namespace {

constexpr const char* kColumns = "SELECT d.rid, d.id, d.title, d.status, d.method, d.listed_on, d.decide_by, m.name ";
constexpr const char* kFromList = "FROM decisions d LEFT JOIN members m ON m.id = d.accountable WHERE d.retracted = 0";
constexpr const char* kFromSearch =
    "FROM decisions_fts f JOIN decisions d ON d.rid = f.rowid "
    "LEFT JOIN members m ON m.id = d.accountable WHERE d.retracted = 0 AND decisions_fts MATCH ?";

/// Appends the non-text filters as fixed SQL fragments; values go to `params`, never into SQL.
void appendFilters(std::string& sql, QueryParams& params, const DecisionFilter& f)
{
    if (f.status) {
        sql += " AND d.status = ?";
        params.emplace_back(std::string(toString(*f.status)));
    }
    if (f.method) {
        sql += " AND d.method = ?";
        params.emplace_back(std::string(toString(*f.method)));
    }
    if (f.accountable) {
        sql += " AND d.accountable = ?";
        params.emplace_back(f.accountable->str());
    }
    if (f.initiative) {
        sql += " AND d.initiative = ?";
        params.emplace_back(f.initiative->str());
    }
    if (f.area) {
        sql += " AND EXISTS (SELECT 1 FROM decision_areas a WHERE a.decision = d.id AND a.area = ?)";
        params.emplace_back(f.area->str());
    }
    if (f.from) {
        sql += " AND d.listed_on >= ?";
        params.emplace_back(f.from->toString());
    }
    if (f.to) {
        sql += " AND d.listed_on <= ?";
        params.emplace_back(f.to->toString());
    }
    if (f.pastDeadlineOn) {
        sql += " AND d.status = 'proposed' AND d.decide_by < ?";
        params.emplace_back(f.pastDeadlineOn->toString());
    }
}

/// Continues after the cursor and orders the rows: by listed date (newest or oldest first),
/// or for a search by rowid. The caller appends its LIMIT clause.
void appendOrder(std::string& sql, QueryParams& params, const DecisionFilter& f, bool search,
                 const std::optional<DecisionCursor>& after)
{
    const bool up = f.oldestFirst;
    if (after) {
        if (search) {
            sql += up ? " AND f.rowid > ?" : " AND f.rowid < ?";
        } else {
            sql += up ? " AND (d.listed_on, d.rid) > (?, ?)" : " AND (d.listed_on, d.rid) < (?, ?)";
            params.emplace_back(after->sortKey);
        }
        params.emplace_back(after->rowKey);
    }
    if (search)
        sql += up ? " ORDER BY f.rowid ASC" : " ORDER BY f.rowid DESC";
    else
        sql += up ? " ORDER BY d.listed_on ASC, d.rid ASC" : " ORDER BY d.listed_on DESC, d.rid DESC";
}

} // namespace

DecisionPage SqliteDecisionCatalog::page(const DecisionFilter& filter, const std::optional<DecisionCursor>& after,
                                         std::size_t limit)
{
    if (limit == 0)
        return {};
    limit = std::min(limit, kMaxPageRows);
    const std::string match = toFullTextQuery(filter.text);
    const bool search = !match.empty();
    QueryParams params;
    std::string sql = kColumns;
    if (search) {
        sql += kFromSearch;
        params.emplace_back(match);
    } else {
        sql += kFromList;
    }
    appendFilters(sql, params, filter);
    appendOrder(sql, params, filter, search, after);
    sql += " LIMIT ?";
    params.emplace_back(static_cast<std::int64_t>(limit) + 1); // one extra row tells whether a next page exists

    Statement query = m_db.prepare(sql);
    bindAll(query, params);
    return readKeysetPage<DecisionSummary>(query, limit, [](const Statement& s) {
        DecisionSummary row;
        row.rowKey = s.columnInt(0);
        row.id = columns::id<DecisionId>(s, 1);
        row.title = s.columnText(2);
        row.status = columns::enumValue<DecisionStatus>(s, 3);
        row.method = columns::enumValue<DecisionMethod>(s, 4);
        row.listedOn = columns::date(s, 5);
        row.decideBy = columns::date(s, 6);
        row.accountableName = s.columnText(7);
        return std::pair{std::move(row), s.columnText(5)};
    });
}

std::int64_t SqliteDecisionCatalog::count(const DecisionFilter& filter)
{
    const std::string match = toFullTextQuery(filter.text);
    QueryParams params;
    std::string sql = "SELECT count(*) ";
    if (match.empty()) {
        // All rows (the index-only count SQLite is quick at) minus the few retracted ones,
        // one statement so both halves see the same snapshot; no join: counting needs no names.
        sql = "SELECT (SELECT count(*) FROM decisions d WHERE 1 = 1";
        appendFilters(sql, params, filter);
        sql += ") - (SELECT count(*) FROM decisions d INDEXED BY decisions_retracted WHERE d.retracted = 1";
        appendFilters(sql, params, filter);
        sql += ")";
    } else {
        sql += kFromSearch;
        params.emplace_back(match);
        appendFilters(sql, params, filter);
    }
    Statement s = m_db.prepare(sql);
    bindAll(s, params);
    return s.step() ? s.columnInt(0) : 0;
}

std::optional<DecisionCursor> SqliteDecisionCatalog::skip(const DecisionFilter& filter,
                                                          const std::optional<DecisionCursor>& after, std::int64_t rows)
{
    if (rows <= 0)
        return after;
    const std::string match = toFullTextQuery(filter.text);
    const bool search = !match.empty();
    QueryParams params;
    std::string sql;
    if (search) {
        sql = "SELECT f.rowid, '' FROM decisions_fts f JOIN decisions d ON d.rid = f.rowid WHERE d.retracted = 0 AND "
              "decisions_fts MATCH ?";
        params.emplace_back(match);
    } else {
        sql = "SELECT d.rid, d.listed_on FROM decisions d WHERE d.retracted = 0";
    }
    appendFilters(sql, params, filter);
    appendOrder(sql, params, filter, search, after);
    sql += " LIMIT 1 OFFSET ?";
    params.emplace_back(rows - 1);
    Statement s = m_db.prepare(sql);
    bindAll(s, params);
    if (!s.step())
        return std::nullopt;
    return DecisionCursor{s.columnText(1), s.columnInt(0)};
}

} // namespace baton::storage
