#include "baton/storage/SqliteInitiativeCatalog.h"

#include "Columns.h"

#include <algorithm>

namespace baton::storage {
using namespace baton::domain;

namespace {

// ?1 is always today's date.
constexpr const char* kCurrentLead =
    "(s.initiative = i.id AND s.role = 'lead' AND s.from_on <= ?1 AND (s.to_on IS NULL OR s.to_on >= ?1))";

void appendFilters(std::string& sql, QueryParams& params, const InitiativeFilter& f)
{
    if (!f.text.empty()) {
        // Both sides folded: LIKE alone folds only A-Z, so "ÉTUDE" would miss "étude".
        sql += " AND baton_fold(i.title) LIKE baton_fold(?) ESCAPE '\\'";
        params.emplace_back(containsPattern(f.text));
    }
    if (f.status) {
        sql += " AND i.status = ?";
        params.emplace_back(std::string(toString(*f.status)));
    }
    if (f.ledBy) {
        // Driven by the member's stints (lead_stints_member), not by every initiative.
        sql += " AND i.id IN (SELECT initiative FROM lead_stints WHERE member = ?)";
        params.emplace_back(f.ledBy->str());
    }
    if (f.area) {
        sql += " AND i.id IN (SELECT initiative FROM initiative_areas WHERE area = ?)"; // initiative_areas_area
        params.emplace_back(f.area->str());
    }
    if (f.withoutCurrentLead) {
        sql += " AND NOT EXISTS (SELECT 1 FROM lead_stints s WHERE ";
        sql += kCurrentLead;
        sql += ")";
    }
}

} // namespace

ListPage<InitiativeSummary> SqliteInitiativeCatalog::page(const InitiativeFilter& filter, Date today,
                                                          const std::optional<ListCursor>& after, std::size_t limit)
{
    if (limit == 0)
        return {};
    limit = std::min(limit, kMaxPageRows);
    QueryParams params{today.toString()};
    std::string sql = "SELECT i.rid, i.id, i.title, i.status, i.started_on, i.due_on, coalesce((SELECT m.name FROM "
                      "lead_stints s JOIN members m ON m.id = s.member WHERE ";
    sql += kCurrentLead;
    sql += " LIMIT 1), '') FROM initiatives i WHERE i.retracted = 0";
    appendFilters(sql, params, filter);
    if (after) {
        sql += " AND (i.title, i.rid) > (?, ?)";
        params.emplace_back(after->sortKey);
        params.emplace_back(after->rowKey);
    }
    sql += " ORDER BY i.title, i.rid LIMIT ?";
    params.emplace_back(static_cast<std::int64_t>(limit) + 1);

    Statement query = m_db.prepare(sql);
    bindAll(query, params);
    return readKeysetPage<InitiativeSummary>(query, limit, [](const Statement& s) {
        InitiativeSummary row;
        row.rowKey = s.columnInt(0);
        row.id = columns::id<InitiativeId>(s, 1);
        row.title = s.columnText(2);
        row.status = columns::enumValue<InitiativeStatus>(s, 3);
        row.startedOn = columns::date(s, 4);
        row.dueOn = columns::date(s, 5);
        row.currentLead = s.columnText(6);
        std::string key = row.title;
        return std::pair{std::move(row), std::move(key)};
    });
}

std::int64_t SqliteInitiativeCatalog::count(const InitiativeFilter& filter, Date today)
{
    QueryParams params{today.toString()};
    // ?1 must exist even when no filter uses it, so the count query names it harmlessly.
    // All rows minus the few retracted ones, in one statement (see SqliteDecisionCatalog::count).
    std::string sql = "SELECT (SELECT count(*) FROM initiatives i WHERE ?1 IS NOT NULL";
    appendFilters(sql, params, filter);
    sql += ") - (SELECT count(*) FROM initiatives i INDEXED BY initiatives_retracted WHERE ?1 IS NOT NULL AND "
           "i.retracted = 1";
    appendFilters(sql, params, filter);
    sql += ")";
    Statement s = m_db.prepare(sql);
    bindAll(s, params);
    return s.step() ? s.columnInt(0) : 0;
}

std::optional<ListCursor> SqliteInitiativeCatalog::skip(const InitiativeFilter& filter, Date today,
                                                        const std::optional<ListCursor>& after, std::int64_t rows)
{
    if (rows <= 0)
        return after;
    QueryParams params{today.toString()};
    std::string sql = "SELECT i.title, i.rid FROM initiatives i WHERE ?1 IS NOT NULL AND i.retracted = 0";
    appendFilters(sql, params, filter);
    if (after) {
        sql += " AND (i.title, i.rid) > (?, ?)";
        params.emplace_back(after->sortKey);
        params.emplace_back(after->rowKey);
    }
    sql += " ORDER BY i.title, i.rid LIMIT 1 OFFSET ?";
    params.emplace_back(rows - 1);
    Statement s = m_db.prepare(sql);
    bindAll(s, params);
    if (!s.step())
        return std::nullopt;
    return ListCursor{s.columnText(0), s.columnInt(1)};
}

} // namespace baton::storage
