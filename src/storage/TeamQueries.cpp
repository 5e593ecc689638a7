#include "baton/storage/TeamQueries.h"

#include "Columns.h"

namespace baton::storage {

std::vector<std::pair<std::string, std::int64_t>> TeamQueries::counts()
{
    // Table names are fixed here, never taken from input. Retracted records are not counted.
    static constexpr std::pair<const char*, const char*> kKinds[] = {
        {"members", "SELECT count(*) FROM members WHERE retracted = 0"},
        {"expertise_areas", "SELECT count(*) FROM expertise_areas WHERE retracted = 0"},
        {"expertise", "SELECT count(*) FROM expertise WHERE retracted = 0"},
        {"endorsements", "SELECT count(*) FROM endorsements WHERE retracted = 0"},
        {"initiatives", "SELECT count(*) FROM initiatives WHERE retracted = 0"},
        {"lead_stints",
         "SELECT count(*) FROM lead_stints s JOIN initiatives i ON i.id = s.initiative WHERE i.retracted = 0"},
        {"contributions", "SELECT count(*) FROM contributions WHERE retracted = 0"},
        {"decisions", "SELECT count(*) FROM decisions WHERE retracted = 0"},
        {"commitments", "SELECT count(*) FROM commitments WHERE retracted = 0"},
        {"development_goals", "SELECT count(*) FROM development_goals WHERE retracted = 0"},
        {"charter_rules", "SELECT count(*) FROM charter_rules WHERE retracted = 0"},
        {"conflicts", "SELECT count(*) FROM conflicts WHERE retracted = 0"},
        {"voice_items", "SELECT count(*) FROM voice_items WHERE retracted = 0"},
        {"pulses", "SELECT count(*) FROM pulses WHERE retracted = 0"},
        {"reviews", "SELECT count(*) FROM reviews WHERE retracted = 0"},
    };
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const auto& [kind, sql] : kKinds)
        out.emplace_back(kind, m_db.queryInt(sql));
    return out;
}

std::vector<LeadershipRow> TeamQueries::whoLedWhat(domain::Date today)
{
    Statement s =
        m_db.prepare("SELECT m.name, i.title, s.role, s.from_on, coalesce(s.to_on, ''), "
                     "       julianday(coalesce(s.to_on, ?1)) - julianday(s.from_on) + 1 "
                     "FROM lead_stints s JOIN members m ON m.id = s.member JOIN initiatives i ON i.id = s.initiative "
                     "WHERE i.retracted = 0 "
                     "ORDER BY m.name COLLATE NOCASE, s.from_on, i.title");
    s.bind(1, today.toString());
    std::vector<LeadershipRow> out;
    while (s.step()) {
        LeadershipRow row{s.columnText(0), s.columnText(1), s.columnText(2),
                          s.columnText(3), s.columnText(4), static_cast<std::int64_t>(s.columnDouble(5))};
        if (row.days < 0)
            row.days = 0;
        out.push_back(std::move(row));
    }
    return out;
}

std::vector<std::string> TeamQueries::integrityProblems()
{
    std::vector<std::string> problems;
    {
        Statement s = m_db.prepare("PRAGMA integrity_check");
        while (s.step()) {
            std::string line = s.columnText(0);
            if (line != "ok")
                problems.push_back("integrity: " + line);
        }
    }
    {
        Statement s = m_db.prepare("PRAGMA foreign_key_check");
        while (s.step())
            problems.push_back("broken reference: a row in " + s.columnText(0) + " points to a missing row in " +
                               s.columnText(2));
    }
    // FTS5 runs its own check as a special insert, so it needs writes allowed; it changes
    // nothing, and runRolledBack keeps nothing, so a read-only check stays read-only. Only a
    // write-protected file skips it.
    try {
        m_db.runRolledBack([this] {
            m_db.prepare("INSERT INTO decisions_fts (decisions_fts, rank) VALUES ('integrity-check', 1)").run();
        });
    } catch (const StorageError& e) {
        if (e.code() == domain::ErrorCode::Corrupt)
            problems.push_back(std::string("the full-text index does not match the decisions: ") + e.what());
        else
            throw; // busy or locked: the caller says the file is in use, not damaged
    }
    return problems;
}

} // namespace baton::storage
