#include "baton/storage/GoalRepository.h"

#include "Columns.h"

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kSelect = "SELECT id, member, area, target_level, mentor, started_on, review_on, status, note, "
                                "updated_at, retracted FROM development_goals";

DevelopmentGoal readGoal(const Statement& s)
{
    DevelopmentGoal g;
    g.id = columns::id<GoalId>(s, 0);
    g.member = columns::id<MemberId>(s, 1);
    g.area = columns::id<AreaId>(s, 2);
    g.targetLevel = static_cast<int>(s.columnInt(3));
    g.mentor = columns::optionalId<MemberId>(s, 4);
    g.startedOn = columns::date(s, 5);
    g.reviewOn = columns::date(s, 6);
    g.status = columns::enumValue<GoalStatus>(s, 7);
    g.note = s.columnText(8);
    g.updatedAt = columns::timestamp(s, 9);
    g.retracted = s.columnInt(10) != 0;
    return g;
}
} // namespace

void GoalRepository::upsert(const DevelopmentGoal& g)
{
    Statement& s = prepared(m_db, m_upsert,
                            "INSERT INTO development_goals (id, member, area, target_level, mentor, started_on, "
                            "review_on, status, note, updated_at, retracted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                            "?9, ?10, ?11) ON CONFLICT (id) DO UPDATE SET member = ?2, area = ?3, target_level = ?4, "
                            "mentor = ?5, started_on = ?6, review_on = ?7, status = ?8, note = ?9, updated_at = ?10, "
                            "retracted = ?11");
    s.bind(1, g.id.str()).bind(2, g.member.str()).bind(3, g.area.str());
    s.bind(4, static_cast<std::int64_t>(g.targetLevel));
    columns::bindId(s, 5, g.mentor);
    columns::bindDate(s, 6, g.startedOn);
    columns::bindDate(s, 7, g.reviewOn);
    s.bind(8, toString(g.status)).bind(9, g.note).bind(10, g.updatedAt.toString()).bind(11, g.retracted);
    s.run();
}

std::optional<DevelopmentGoal> GoalRepository::find(const GoalId& id)
{
    return findOne<DevelopmentGoal>(
        prepared(m_db, m_find, std::string(kSelect) + " WHERE id = ?"), [&](Statement& s) { s.bind(1, id.str()); },
        readGoal);
}

std::vector<DevelopmentGoal> GoalRepository::all(Retracted retracted)
{
    Statement s = m_db.prepare(std::string(kSelect) + (retracted == Retracted::Hidden ? " WHERE retracted = 0" : "") +
                               " ORDER BY rid");
    std::vector<DevelopmentGoal> out;
    while (s.step())
        out.push_back(readGoal(s));
    return out;
}

std::vector<DevelopmentGoal> GoalRepository::ofMember(const MemberId& member)
{
    Statement& s =
        prepared(m_db, m_ofMember, std::string(kSelect) + " WHERE member = ? AND retracted = 0 ORDER BY rid DESC");
    s.bind(1, member.str());
    std::vector<DevelopmentGoal> out;
    while (s.step())
        out.push_back(readGoal(s));
    s.reset();
    return out;
}

} // namespace baton::storage
