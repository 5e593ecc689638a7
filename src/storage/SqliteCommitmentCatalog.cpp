#include "baton/storage/SqliteCommitmentCatalog.h"

#include "Columns.h"

#include <algorithm>

namespace baton::storage {
using namespace baton::domain;

namespace {

void appendFilters(std::string& sql, QueryParams& params, const CommitmentFilter& f)
{
    if (!f.text.empty()) {
        // Both sides folded: LIKE alone folds only A-Z, so "ÉTUDE" would miss "étude".
        sql += " AND baton_fold(c.description) LIKE baton_fold(?) ESCAPE '\\'";
        params.emplace_back(containsPattern(f.text));
    }
    if (f.status) {
        sql += " AND c.status = ?";
        params.emplace_back(std::string(toString(*f.status)));
    }
    if (f.owner) {
        sql += " AND c.owner = ?";
        params.emplace_back(f.owner->str());
    }
    if (f.decision) {
        sql += " AND c.decision = ?";
        params.emplace_back(f.decision->str());
    }
    if (f.initiative) {
        sql += " AND c.initiative = ?";
        params.emplace_back(f.initiative->str());
    }
    if (f.overdueOn) {
        // due_key is due_on where there is one: (status, due_key) gives the rows in list order.
        sql += " AND c.status = 'open' AND c.due_key < ?";
        params.emplace_back(f.overdueOn->toString());
    }
}

} // namespace

ListPage<CommitmentSummary> SqliteCommitmentCatalog::page(const CommitmentFilter& filter,
                                                          const std::optional<ListCursor>& after, std::size_t limit)
{
    if (limit == 0)
        return {};
    limit = std::min(limit, kMaxPageRows);
    QueryParams params;
    std::string sql = "SELECT c.rid, c.id, c.description, coalesce(m.name, ''), c.status, c.due_on, c.closed_on, "
                      "c.due_key FROM commitments c LEFT JOIN members m ON m.id = c.owner WHERE c.retracted = 0";
    appendFilters(sql, params, filter);
    if (after) {
        sql += " AND (c.due_key, c.rid) > (?, ?)";
        params.emplace_back(after->sortKey);
        params.emplace_back(after->rowKey);
    }
    sql += " ORDER BY c.due_key, c.rid LIMIT ?";
    params.emplace_back(static_cast<std::int64_t>(limit) + 1);

    Statement query = m_db.prepare(sql);
    bindAll(query, params);
    return readKeysetPage<CommitmentSummary>(query, limit, [](const Statement& s) {
        CommitmentSummary row;
        row.rowKey = s.columnInt(0);
        row.id = columns::id<CommitmentId>(s, 1);
        row.description = s.columnText(2);
        row.ownerName = s.columnText(3);
        row.status = columns::enumValue<CommitmentStatus>(s, 4);
        row.dueOn = columns::date(s, 5);
        row.closedOn = columns::date(s, 6);
        return std::pair{std::move(row), s.columnText(7)};
    });
}

std::int64_t SqliteCommitmentCatalog::count(const CommitmentFilter& filter)
{
    // All rows minus the few retracted ones, in one statement (see SqliteDecisionCatalog::count).
    QueryParams params;
    std::string sql = "SELECT (SELECT count(*) FROM commitments c WHERE 1 = 1";
    appendFilters(sql, params, filter);
    sql += ") - (SELECT count(*) FROM commitments c INDEXED BY commitments_retracted WHERE c.retracted = 1";
    appendFilters(sql, params, filter);
    sql += ")";
    Statement s = m_db.prepare(sql);
    bindAll(s, params);
    return s.step() ? s.columnInt(0) : 0;
}

std::optional<ListCursor> SqliteCommitmentCatalog::skip(const CommitmentFilter& filter,
                                                        const std::optional<ListCursor>& after, std::int64_t rows)
{
    if (rows <= 0)
        return after;
    QueryParams params;
    std::string sql = "SELECT c.due_key, c.rid FROM commitments c WHERE c.retracted = 0";
    appendFilters(sql, params, filter);
    if (after) {
        sql += " AND (c.due_key, c.rid) > (?, ?)";
        params.emplace_back(after->sortKey);
        params.emplace_back(after->rowKey);
    }
    sql += " ORDER BY c.due_key, c.rid LIMIT 1 OFFSET ?";
    params.emplace_back(rows - 1);
    Statement s = m_db.prepare(sql);
    bindAll(s, params);
    if (!s.step())
        return std::nullopt;
    return ListCursor{s.columnText(0), s.columnInt(1)};
}

} // namespace baton::storage
