#include "ReferenceInsert.h"

#include <sqlite3.h>

#include <chrono>
#include <optional>
#include <stdexcept>
#include <vector>

namespace baton::bench {
using namespace baton::domain;

namespace {

using Row = std::vector<std::optional<std::string>>;

std::optional<std::string> text(const std::optional<Date>& d) { return d ? std::optional(d->toString()) : std::nullopt; }

template <typename Tag>
std::optional<std::string> text(const std::optional<Id<Tag>>& id)
{
    return id ? std::optional(id->str()) : std::nullopt;
}

class Inserter {
public:
    Inserter(sqlite3* db, const char* sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error(sqlite3_errmsg(db));
    }
    ~Inserter() { sqlite3_finalize(m_stmt); }
    void run(const Row& row)
    {
        for (std::size_t i = 0; i < row.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            if (row[i])
                sqlite3_bind_text(m_stmt, index, row[i]->data(), static_cast<int>(row[i]->size()), SQLITE_STATIC);
            else
                sqlite3_bind_null(m_stmt, index);
        }
        if (sqlite3_step(m_stmt) != SQLITE_DONE)
            throw std::runtime_error(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

struct Table {
    const char* sql;
    std::vector<Row> rows;
};

} // namespace

double referenceInsert(const SyntheticTeam& team, const std::string& teamFile)
{
    std::vector<Table> tables{
        {"INSERT INTO members (id, name, email, title, facilitator, joined_on, left_on, updated_at) VALUES (?,?,?,?,?,?,?,?)", {}},
        {"INSERT INTO expertise_areas (id, name, description, parent, updated_at) VALUES (?,?,?,?,?)", {}},
        {"INSERT INTO initiatives (id, title, description, status, started_on, due_on, closed_on, updated_at) VALUES (?,?,?,?,?,?,?,?)", {}},
        {"INSERT INTO initiative_areas (initiative, position, area) VALUES (?,?,?)", {}},
        {"INSERT INTO lead_stints (initiative, position, member, role, from_on, to_on, reason) VALUES (?,?,?,?,?,?,?)", {}},
        {"INSERT INTO decisions (rid, id, title, context, outcome, rationale, method, status, initiative, proposed_on, "
         "decide_by, decided_on, review_on, accountable, supersedes, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", {}},
        {"INSERT INTO decisions_fts (rowid, title, context, outcome, rationale) VALUES (?,?,?,?,?)", {}},
        {"INSERT INTO decision_options (decision, position, text) VALUES (?,?,?)", {}},
        {"INSERT INTO decision_areas (decision, position, area) VALUES (?,?,?)", {}},
        {"INSERT INTO decision_participants (decision, position, member, role, stance, comment) VALUES (?,?,?,?,?,?)", {}},
        {"INSERT INTO commitments (id, description, owner, decision, initiative, due_on, status, closed_on, outcome, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", {}},
        {"INSERT INTO commitment_supporters (commitment, position, member) VALUES (?,?,?)", {}},
    };
    for (std::size_t i = 0; i < team.memberCount(); ++i) {
        const Member m = team.member(i);
        tables[0].rows.push_back({m.id.str(), m.name, m.email, m.title, std::string(m.facilitator ? "1" : "0"),
                                  text(m.joinedOn), text(m.leftOn), m.updatedAt.toString()});
    }
    for (std::size_t i = 0; i < team.areaCount(); ++i) {
        const ExpertiseArea a = team.area(i);
        tables[1].rows.push_back({a.id.str(), a.name, a.description, text(a.parent), a.updatedAt.toString()});
    }
    for (std::size_t i = 0; i < team.initiativeCount(); ++i) {
        const Initiative in = team.initiative(i);
        tables[2].rows.push_back({in.id.str(), in.title, in.description, std::string(toString(in.status)),
                                  text(in.startedOn), text(in.dueOn), text(in.closedOn), in.updatedAt.toString()});
        for (std::size_t k = 0; k < in.areas.size(); ++k)
            tables[3].rows.push_back({in.id.str(), std::to_string(k), in.areas[k].str()});
        for (std::size_t k = 0; k < in.leadership.size(); ++k) {
            const LeadStint& s = in.leadership[k];
            tables[4].rows.push_back({in.id.str(), std::to_string(k), s.member.str(), std::string(toString(s.role)),
                                      s.from.toString(), text(s.to), s.reason});
        }
    }
    for (std::size_t i = 0; i < team.decisionCount(); ++i) {
        const Decision d = team.decision(i);
        const std::string rid = std::to_string(i + 1);
        tables[5].rows.push_back({rid, d.id.str(), d.title, d.context, d.outcome, d.rationale,
                                  std::string(toString(d.method)), std::string(toString(d.status)), text(d.initiative),
                                  text(d.proposedOn), text(d.decideBy), text(d.decidedOn), text(d.reviewOn),
                                  text(d.accountable), text(d.supersedes), d.updatedAt.toString()});
        tables[6].rows.push_back({rid, d.title, d.context, d.outcome, d.rationale});
        for (std::size_t k = 0; k < d.options.size(); ++k)
            tables[7].rows.push_back({d.id.str(), std::to_string(k), d.options[k]});
        for (std::size_t k = 0; k < d.areas.size(); ++k)
            tables[8].rows.push_back({d.id.str(), std::to_string(k), d.areas[k].str()});
        for (std::size_t k = 0; k < d.participants.size(); ++k) {
            const Participant& p = d.participants[k];
            tables[9].rows.push_back({d.id.str(), std::to_string(k), p.member.str(), std::string(toString(p.role)),
                                      std::string(toString(p.stance)), p.comment});
        }
    }
    for (std::size_t i = 0; i < team.commitmentCount(); ++i) {
        const Commitment c = team.commitment(i);
        tables[10].rows.push_back({c.id.str(), c.description, c.owner.str(), text(c.decision), text(c.initiative),
                                   text(c.dueOn), std::string(toString(c.status)), text(c.closedOn), c.outcome,
                                   c.updatedAt.toString()});
        for (std::size_t k = 0; k < c.supporters.size(); ++k)
            tables[11].rows.push_back({c.id.str(), std::to_string(k), c.supporters[k].str()});
    }

    sqlite3* db = nullptr;
    sqlite3_open_v2(teamFile.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;", nullptr,
                 nullptr, nullptr);
    const auto start = std::chrono::steady_clock::now();
    sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    for (const Table& t : tables) {
        Inserter insert(db, t.sql);
        for (const Row& row : t.rows)
            insert.run(row);
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        throw std::runtime_error(sqlite3_errmsg(db));
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    sqlite3_close(db);
    return seconds;
}

} // namespace baton::bench
