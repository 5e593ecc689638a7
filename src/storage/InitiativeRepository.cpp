#include "baton/storage/InitiativeRepository.h"

#include "Columns.h"

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kContributionSelect =
    "SELECT id, initiative, member, description, status, updated_at, retracted, started_on, done_on FROM contributions";
constexpr const char* kSelect =
    "SELECT id, title, description, status, started_on, due_on, closed_on, updated_at, retracted FROM initiatives";

Initiative readInitiative(const Statement& s)
{
    Initiative i;
    i.id = columns::id<InitiativeId>(s, 0);
    i.title = s.columnText(1);
    i.description = s.columnText(2);
    i.status = columns::enumValue<InitiativeStatus>(s, 3);
    i.startedOn = columns::date(s, 4);
    i.dueOn = columns::date(s, 5);
    i.closedOn = columns::date(s, 6);
    i.updatedAt = columns::timestamp(s, 7);
    i.retracted = s.columnInt(8) != 0;
    return i;
}
} // namespace

void InitiativeRepository::upsert(const Initiative& i, WriteMode mode)
{
    Statement& s = prepared(m_db, m_upsert,
                            "INSERT INTO initiatives (id, title, description, status, started_on, due_on, closed_on, "
                            "updated_at, retracted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (id) DO "
                            "UPDATE SET title = ?2, description = ?3, status = ?4, started_on = ?5, due_on = ?6, "
                            "closed_on = ?7, updated_at = ?8, retracted = ?9");
    s.bind(1, i.id.str()).bind(2, i.title).bind(3, i.description).bind(4, toString(i.status));
    columns::bindDate(s, 5, i.startedOn);
    columns::bindDate(s, 6, i.dueOn);
    columns::bindDate(s, 7, i.closedOn);
    s.bind(8, i.updatedAt.toString()).bind(9, i.retracted);
    s.run();

    if (mode == WriteMode::Upsert)
        prepared(m_db, m_clearAreas, "DELETE FROM initiative_areas WHERE initiative = ?").bind(1, i.id.str()).run();
    Statement& addArea =
        prepared(m_db, m_addArea, "INSERT INTO initiative_areas (initiative, position, area) VALUES (?, ?, ?)");
    for (std::size_t k = 0; k < i.areas.size(); ++k)
        addArea.bind(1, i.id.str()).bind(2, static_cast<std::int64_t>(k)).bind(3, i.areas[k].str()).run();

    // Leadership history is written by difference: a title edit leaves the stints alone and a
    // handoff changes one row and adds one, instead of deleting and reinserting them all.
    std::vector<LeadStint> stored;
    if (mode == WriteMode::Upsert)
        stored = stintsOf(i.id);
    if (stored.size() > i.leadership.size())
        prepared(m_db, m_clearStints, "DELETE FROM lead_stints WHERE initiative = ? AND position >= ?")
            .bind(1, i.id.str())
            .bind(2, static_cast<std::int64_t>(i.leadership.size()))
            .run();
    Statement& addStint =
        prepared(m_db, m_addStint,
                 "INSERT INTO lead_stints (initiative, position, member, role, from_on, to_on, reason, suggested_rank) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (initiative, position) DO UPDATE "
                 "SET member = ?3, role = ?4, from_on = ?5, to_on = ?6, reason = ?7, suggested_rank = ?8");
    for (std::size_t k = 0; k < i.leadership.size(); ++k) {
        const LeadStint& st = i.leadership[k];
        if (k < stored.size() && stored[k] == st)
            continue;
        addStint.bind(1, i.id.str()).bind(2, static_cast<std::int64_t>(k)).bind(3, st.member.str());
        addStint.bind(4, toString(st.role)).bind(5, st.from.toString());
        columns::bindDate(addStint, 6, st.to);
        addStint.bind(7, st.reason);
        if (st.suggestedRank)
            addStint.bind(8, static_cast<std::int64_t>(*st.suggestedRank));
        else
            addStint.bindNull(8);
        addStint.run();
    }
}

void InitiativeRepository::upsertContribution(const Contribution& c, WriteMode mode)
{
    Statement& s = prepared(m_db, m_upsertContribution,
                            "INSERT INTO contributions (id, initiative, member, description, status, updated_at, "
                            "retracted, started_on, done_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                            "ON CONFLICT (id) DO UPDATE SET initiative = ?2, member = ?3, description = ?4, "
                            "status = ?5, updated_at = ?6, retracted = ?7, started_on = ?8, done_on = ?9");
    s.bind(1, c.id.str()).bind(2, c.initiative.str()).bind(3, c.member.str()).bind(4, c.description);
    s.bind(5, toString(c.status)).bind(6, c.updatedAt.toString()).bind(7, c.retracted);
    columns::bindDate(s, 8, c.startedOn);
    columns::bindDate(s, 9, c.doneOn);
    s.run();
    if (mode == WriteMode::Upsert)
        prepared(m_db, m_clearDeps, "DELETE FROM contribution_dependencies WHERE contribution = ?")
            .bind(1, c.id.str())
            .run();
    Statement& add = prepared(
        m_db, m_addDep, "INSERT INTO contribution_dependencies (contribution, position, depends_on) VALUES (?, ?, ?)");
    for (std::size_t k = 0; k < c.dependsOn.size(); ++k)
        add.bind(1, c.id.str()).bind(2, static_cast<std::int64_t>(k)).bind(3, c.dependsOn[k].str()).run();
}

void InitiativeRepository::loadChildren(Initiative& i)
{
    Statement& areas =
        prepared(m_db, m_areasOf, "SELECT area FROM initiative_areas WHERE initiative = ? ORDER BY position");
    areas.bind(1, i.id.str());
    while (areas.step())
        i.areas.push_back(columns::id<AreaId>(areas, 0));
    areas.reset();
    i.leadership = stintsOf(i.id);
}

std::vector<LeadStint> InitiativeRepository::stintsOf(const InitiativeId& id)
{
    std::vector<LeadStint> out;
    Statement& stints = prepared(m_db, m_stintsOf,
                                 "SELECT member, role, from_on, to_on, reason, suggested_rank FROM lead_stints "
                                 "WHERE initiative = ? "
                                 "ORDER BY position");
    stints.bind(1, id.str());
    while (stints.step()) {
        LeadStint st;
        st.member = columns::id<MemberId>(stints, 0);
        st.role = columns::enumValue<StintRole>(stints, 1);
        st.from = columns::date(stints, 2).value_or(Date{});
        st.to = columns::date(stints, 3);
        st.reason = stints.columnText(4);
        if (!stints.isNull(5))
            st.suggestedRank = stints.columnInt(5);
        out.push_back(std::move(st));
    }
    stints.reset();
    return out;
}

std::optional<Initiative> InitiativeRepository::find(const InitiativeId& id)
{
    auto found = findOne<Initiative>(
        prepared(m_db, m_find, std::string(kSelect) + " WHERE id = ?"), [&](Statement& s) { s.bind(1, id.str()); },
        readInitiative);
    if (found)
        loadChildren(*found);
    return found;
}

std::optional<Timestamp> InitiativeRepository::updatedAt(const std::string& id)
{
    Statement& s = prepared(m_db, m_updatedAt, "SELECT updated_at FROM initiatives WHERE id = ?");
    s.bind(1, id);
    return readUpdatedAt(s);
}

std::optional<Timestamp> InitiativeRepository::contributionUpdatedAt(const std::string& id)
{
    Statement& s = prepared(m_db, m_contributionUpdatedAt, "SELECT updated_at FROM contributions WHERE id = ?");
    s.bind(1, id);
    return readUpdatedAt(s);
}

bool InitiativeRepository::exists(const std::string& id)
{
    return updatedAt(id).has_value();
}

void InitiativeRepository::forEach(const std::function<void(const Initiative&)>& visit)
{
    Statement s = m_db.prepare(std::string(kSelect) + " ORDER BY rid");
    while (s.step()) {
        Initiative i = readInitiative(s);
        loadChildren(i);
        visit(i);
    }
}

void InitiativeRepository::forEachContribution(const std::function<void(const Contribution&)>& visit)
{
    Statement s = m_db.prepare(std::string(kContributionSelect) + " ORDER BY rid");
    visitContributions(s, visit);
}

void InitiativeRepository::visitContributions(Statement& s, const std::function<void(const Contribution&)>& visit)
{
    Statement deps =
        m_db.prepare("SELECT depends_on FROM contribution_dependencies WHERE contribution = ? ORDER BY position");
    while (s.step()) {
        Contribution c;
        c.id = columns::id<ContributionId>(s, 0);
        c.initiative = columns::id<InitiativeId>(s, 1);
        c.member = columns::id<MemberId>(s, 2);
        c.description = s.columnText(3);
        c.status = columns::enumValue<ContributionStatus>(s, 4);
        c.updatedAt = columns::timestamp(s, 5);
        c.retracted = s.columnInt(6) != 0;
        c.startedOn = columns::date(s, 7);
        c.doneOn = columns::date(s, 8);
        deps.bind(1, c.id.str());
        while (deps.step())
            c.dependsOn.push_back(columns::id<ContributionId>(deps, 0));
        deps.reset();
        visit(c);
    }
}

std::vector<std::pair<std::string, std::vector<std::string>>> InitiativeRepository::dependencyEdges()
{
    Statement s = m_db.prepare(
        "SELECT c.id, d.depends_on FROM contributions c LEFT JOIN contribution_dependencies d ON d.contribution = c.id "
        "ORDER BY c.id, d.position");
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    while (s.step()) {
        std::string id = s.columnText(0);
        if (out.empty() || out.back().first != id)
            out.emplace_back(std::move(id), std::vector<std::string>{});
        if (!s.isNull(1))
            out.back().second.push_back(s.columnText(1));
    }
    return out;
}

void InitiativeRepository::remove(const InitiativeId& id)
{
    m_db.prepare("DELETE FROM initiatives WHERE id = ?").bind(1, id.str()).run();
}

void InitiativeRepository::removeContribution(const ContributionId& id)
{
    m_db.prepare("DELETE FROM contributions WHERE id = ?").bind(1, id.str()).run();
}

std::optional<Contribution> InitiativeRepository::findContribution(const ContributionId& id)
{
    std::optional<Contribution> found;
    Statement s = m_db.prepare(std::string(kContributionSelect) + " WHERE id = ? ORDER BY rid");
    s.bind(1, id.str());
    visitContributions(s, [&](const Contribution& c) { found = c; });
    return found;
}

std::vector<Contribution> InitiativeRepository::contributionsOf(const InitiativeId& id)
{
    std::vector<Contribution> out;
    Statement s =
        m_db.prepare(std::string(kContributionSelect) + " WHERE initiative = ? AND retracted = 0 ORDER BY rid");
    s.bind(1, id.str());
    visitContributions(s, [&](const Contribution& c) { out.push_back(c); });
    return out;
}

} // namespace baton::storage
