#include "baton/storage/CharterRuleRepository.h"

#include "Columns.h"

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kSelect = "SELECT id, kind, title, text, position, method, decide_within_days, fallback, "
                                "updated_at, retracted FROM charter_rules";

CharterRule readRule(const Statement& s)
{
    CharterRule r;
    r.id = columns::id<CharterRuleId>(s, 0);
    r.kind = columns::enumValue<CharterRuleKind>(s, 1);
    r.title = s.columnText(2);
    r.text = s.columnText(3);
    r.position = static_cast<int>(s.columnInt(4));
    if (!s.isNull(5))
        r.method = columns::enumValue<DecisionMethod>(s, 5);
    if (!s.isNull(6))
        r.decideWithinDays = static_cast<int>(s.columnInt(6));
    if (!s.isNull(7))
        r.fallback = columns::enumValue<DecisionFallback>(s, 7);
    r.updatedAt = columns::timestamp(s, 8);
    r.retracted = s.columnInt(9) != 0;
    return r;
}
} // namespace

void CharterRuleRepository::upsert(const CharterRule& r)
{
    Statement& s = prepared(m_db, m_upsert,
                            "INSERT INTO charter_rules (id, kind, title, text, position, method, decide_within_days, "
                            "fallback, updated_at, retracted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                            "ON CONFLICT (id) DO UPDATE SET kind = ?2, title = ?3, text = ?4, position = ?5, "
                            "method = ?6, decide_within_days = ?7, fallback = ?8, updated_at = ?9, retracted = ?10");
    s.bind(1, r.id.str()).bind(2, toString(r.kind)).bind(3, r.title).bind(4, r.text);
    s.bind(5, static_cast<std::int64_t>(r.position));
    if (r.method)
        s.bind(6, toString(*r.method));
    else
        s.bindNull(6);
    if (r.decideWithinDays)
        s.bind(7, static_cast<std::int64_t>(*r.decideWithinDays));
    else
        s.bindNull(7);
    if (r.fallback)
        s.bind(8, toString(*r.fallback));
    else
        s.bindNull(8);
    s.bind(9, r.updatedAt.toString()).bind(10, r.retracted);
    s.run();
    const std::string& id = r.id.str();
    prepared(m_db, m_clearAreas, "DELETE FROM charter_rule_areas WHERE rule = ?").bind(1, id).run();
    Statement& add =
        prepared(m_db, m_addArea, "INSERT INTO charter_rule_areas (rule, position, area) VALUES (?, ?, ?)");
    for (std::size_t k = 0; k < r.areas.size(); ++k)
        add.bind(1, id).bind(2, static_cast<std::int64_t>(k)).bind(3, r.areas[k].str()).run();
}

void CharterRuleRepository::loadAreas(CharterRule& r)
{
    Statement& s = prepared(m_db, m_areasOf, "SELECT area FROM charter_rule_areas WHERE rule = ? ORDER BY position");
    s.bind(1, r.id.str());
    while (s.step())
        r.areas.push_back(columns::id<AreaId>(s, 0));
    s.reset();
}

std::optional<CharterRule> CharterRuleRepository::find(const CharterRuleId& id)
{
    auto found = findOne<CharterRule>(
        prepared(m_db, m_find, std::string(kSelect) + " WHERE id = ?"), [&](Statement& s) { s.bind(1, id.str()); },
        readRule);
    if (found)
        loadAreas(*found);
    return found;
}

std::vector<CharterRule> CharterRuleRepository::all(Retracted retracted)
{
    Statement s = m_db.prepare(std::string(kSelect) + (retracted == Retracted::Hidden ? " WHERE retracted = 0" : "") +
                               " ORDER BY kind, position, rid");
    std::vector<CharterRule> out;
    while (s.step())
        out.push_back(readRule(s));
    for (auto& r : out)
        loadAreas(r);
    return out;
}

} // namespace baton::storage
