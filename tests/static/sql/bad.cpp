// Planted examples the SQL gate must catch (tests/static/check-sql-fixtures.sh). Never compiled.
// Every line marked `flagged` must be reported, and no other line.
#include <sstream>
#include <string>

namespace fixture {

constexpr const char* kSelect = "SELECT id, name FROM members";

void spliced(Database& db, const std::string& name)
{
    db.prepare("SELECT * FROM t WHERE name = '" + name + "'"); // flagged
}

void splicedOverLines(Database& db, const std::string& id)
{
    Statement s = db.prepare(std::string(kSelect) + " WHERE id = '" + id + // flagged
                             "'");
}

void builtInVariable(Database& db, const std::string& title)
{
    std::string sql = kSelect;
    sql += " WHERE title = '";
    sql += title; // flagged
    sql += "'";
    db.prepare(sql);
}

void appended(Database& db, const std::string& title)
{
    std::string sql(kSelect);
    sql.append(title); // flagged
    db.exec(sql);
}

void streamed(Database& db, int id)
{
    std::ostringstream sql;
    sql << "DELETE FROM members WHERE rid = " << id;
    db.exec(sql.str()); // flagged
}

std::int64_t counted(Database& db, int id)
{
    return db.queryInt("SELECT count(*) FROM t WHERE rid = " + std::to_string(id)); // flagged
}

void formatted(Database& db, int id)
{
    db.exec(std::format("DELETE FROM t WHERE rid = {}", id)); // flagged
}

void addFilter(std::string& sql, const std::string& value)
{
    sql += " AND name = '" + value + "'"; // flagged
}

void builtByHelper(Database& db, const std::string& value)
{
    std::string sql = kSelect;
    addFilter(sql, value);
    db.prepare(sql);
}

std::string clause(const std::string& value)
{
    return " WHERE name = '" + value + "'"; // flagged
}

void builtByReturn(Database& db, const std::string& value)
{
    db.prepare(kSelect + clause(value));
}

void runSql(Database& db, const std::string& sql)
{
    db.exec(sql);
}

void forwarded(Database& db, const std::string& table)
{
    runSql(db, "DROP TABLE " + table); // flagged
}

void throughLambda(Database& db, const std::string& table)
{
    const auto run = [&](const std::string& sql) { db.exec(sql); };
    run("DELETE FROM " + table); // flagged
}

void postgres(pqxx::work& w, const std::string& column, const std::string& a)
{
    w.exec("SELECT " + column + " FROM baton.people");                       // flagged
    w.exec_params("SELECT * FROM baton.people WHERE name = '" + a + "'", a); // flagged
}

void raw(sqlite3* db, const std::string& table)
{
    sqlite3_exec(db, ("DROP TABLE " + table).c_str(), nullptr, nullptr, nullptr); // flagged
}

void memberText(Database& db)
{
    db.exec(m_statement); // flagged
}

} // namespace fixture
