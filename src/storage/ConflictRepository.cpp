#include "baton/storage/ConflictRepository.h"

#include "Columns.h"
#include "JsonColumns.h"

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kSelect = "SELECT id, title, description, parties, raised_on, status, steps, resolution, "
                                "resolved_on, decision, updated_at, retracted FROM conflicts";

std::string stepsJson(const std::vector<ConflictStep>& steps)
{
    std::vector<std::string> values;
    for (const auto& step : steps) {
        CanonicalObject o;
        o.integer("rung", step.rung).text("on", step.on.toString()).text("note", step.note);
        values.push_back(o.str());
    }
    return jsonArray(values);
}

std::vector<ConflictStep> stepsOf(Database& db, const std::string& json)
{
    Statement s = db.prepare("SELECT json_extract(value, '$.rung'), json_extract(value, '$.on'), "
                             "json_extract(value, '$.note') FROM json_each(?1) ORDER BY key");
    s.bind(1, json);
    std::vector<ConflictStep> out;
    while (s.step()) {
        ConflictStep step;
        step.rung = static_cast<int>(s.columnInt(0));
        if (const auto on = columns::date(s, 1))
            step.on = *on;
        step.note = s.columnText(2);
        out.push_back(std::move(step));
    }
    return out;
}

Conflict readConflict(Database& db, const Statement& s)
{
    Conflict c;
    c.id = columns::id<ConflictId>(s, 0);
    c.title = s.columnText(1);
    c.description = s.columnText(2);
    c.parties = columns::idsOf<MemberId>(db, s.columnText(3));
    c.raisedOn = columns::date(s, 4);
    c.status = columns::enumValue<ConflictStatus>(s, 5);
    c.steps = stepsOf(db, s.columnText(6));
    c.resolution = s.columnText(7);
    c.resolvedOn = columns::date(s, 8);
    c.decision = columns::optionalId<DecisionId>(s, 9);
    c.updatedAt = columns::timestamp(s, 10);
    c.retracted = s.columnInt(11) != 0;
    return c;
}
} // namespace

void ConflictRepository::upsert(const Conflict& c)
{
    Statement& s = prepared(m_db, m_upsert,
                            "INSERT INTO conflicts (id, title, description, parties, raised_on, status, steps, "
                            "resolution, resolved_on, decision, updated_at, retracted) VALUES (?1, ?2, ?3, ?4, ?5, "
                            "?6, ?7, ?8, ?9, ?10, ?11, ?12) ON CONFLICT (id) DO UPDATE SET title = ?2, "
                            "description = ?3, parties = ?4, raised_on = ?5, status = ?6, steps = ?7, "
                            "resolution = ?8, resolved_on = ?9, decision = ?10, updated_at = ?11, retracted = ?12");
    s.bind(1, c.id.str()).bind(2, c.title).bind(3, c.description).bind(4, columns::jsonIds(c.parties));
    columns::bindDate(s, 5, c.raisedOn);
    s.bind(6, toString(c.status)).bind(7, stepsJson(c.steps)).bind(8, c.resolution);
    columns::bindDate(s, 9, c.resolvedOn);
    columns::bindId(s, 10, c.decision);
    s.bind(11, c.updatedAt.toString()).bind(12, c.retracted);
    s.run();
}

std::optional<Conflict> ConflictRepository::find(const ConflictId& id)
{
    return findOne<Conflict>(
        prepared(m_db, m_find, std::string(kSelect) + " WHERE id = ?"), [&](Statement& s) { s.bind(1, id.str()); },
        [&](const Statement& s) { return readConflict(m_db, s); });
}

std::vector<Conflict> ConflictRepository::read(Statement s)
{
    std::vector<Conflict> out;
    while (s.step())
        out.push_back(readConflict(m_db, s));
    return out;
}

std::vector<Conflict> ConflictRepository::all(Retracted retracted)
{
    return read(m_db.prepare(std::string(kSelect) +
                             (retracted == Retracted::Hidden ? " WHERE retracted = 0 ORDER BY rid" : " ORDER BY rid")));
}

std::vector<Conflict> ConflictRepository::open()
{
    return read(m_db.prepare(std::string(kSelect) + " WHERE retracted = 0 AND status = 'open' ORDER BY rid"));
}

} // namespace baton::storage
