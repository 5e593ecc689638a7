// Fixed SQL the gate must accept (tests/static/check-sql-fixtures.sh). Never compiled.
#include <string>

namespace fixture {

constexpr const char* kSelect = "SELECT id, name FROM members";
constexpr int kApplicationId = 0x4261746f;

constexpr const char* kTree = R"(
WITH RECURSIVE up(id) AS (SELECT ?1 UNION SELECT parent FROM nodes, up WHERE nodes.id = up.id)
SELECT count(*) + 1 FROM up WHERE ')' <> '(')";

struct Query {
    const char* label;
    const char* sql;
};

const Query kQueries[] = {{"members", "SELECT count(*) FROM members"}, {"areas", "SELECT count(*) FROM areas"}};

void literals(Database& db, const std::string& name, bool hidden)
{
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    Statement s = db.prepare(std::string(kSelect) + (hidden ? " WHERE retracted = 0" : "") + " ORDER BY rid");
    s.bind(1, name);
    db.prepare(kTree);
    db.queryInt("SELECT count(*) FROM t WHERE a = 'x + y'"
                " AND b = ?");
    db.prepare(storage::HistoryLog::kColumns);
}

void appendFilters(std::string& sql, bool byName)
{
    if (byName)
        sql += " AND name = ?";
    sql.append(" AND retracted = 0");
}

std::string orderBy(bool newestFirst)
{
    return newestFirst ? " ORDER BY rid DESC" : " ORDER BY rid";
}

void builtFromFragments(Database& db, bool byName, bool newestFirst)
{
    std::string sql = kSelect;
    sql += " WHERE 1 = 1";
    appendFilters(sql, byName);
    sql += orderBy(newestFirst);
    if (sql.empty())
        return;
    Statement s = db.prepare(sql);
}

void eachQuery(Database& db)
{
    for (const auto& q : kQueries)
        db.queryInt(q.sql);
    for (const auto& [label, sql] : kQueries)
        db.queryText(sql);
}

void runSql(Database& db, const char* sql)
{
    db.exec(sql);
}

void forwarded(Database& db)
{
    runSql(db, "DELETE FROM scratch");
    const auto count = [&](const char* sql) { return db.queryInt(sql); };
    count("SELECT count(*) FROM members");
}

void notSql(QDialog& dialog, QMenu& menu, QPoint at)
{
    dialog.exec();
    menu.exec(at);
}

void boundValues(pqxx::work& w, const std::string& first, const std::string& last)
{
    w.exec_params("SELECT * FROM baton.people WHERE name = $1", first + " " + last);
    w.exec("GRANT baton_member TO " + w.quote_name(first)); // allowed by the fixture's allow-list
}

} // namespace fixture
