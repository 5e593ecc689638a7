#include "baton/storage/DecisionRepository.h"

#include "Columns.h"

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kInsert =
    "INSERT INTO decisions (id, title, context, outcome, rationale, method, status, initiative, proposed_on, "
    "decide_by, decided_on, review_on, accountable, supersedes, updated_at, retracted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
    "?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
constexpr const char* kUpsertTail =
    " ON CONFLICT (id) DO UPDATE SET title = ?2, context = ?3, outcome = ?4, rationale = ?5, method = ?6, "
    "status = ?7, initiative = ?8, proposed_on = ?9, decide_by = ?10, decided_on = ?11, review_on = ?12, "
    "accountable = ?13, supersedes = ?14, updated_at = ?15, retracted = ?16";
constexpr const char* kSelect =
    "SELECT id, title, context, outcome, rationale, method, status, initiative, proposed_on, decide_by, decided_on, "
    "review_on, accountable, supersedes, updated_at, retracted FROM decisions";
} // namespace

Decision DecisionRepository::readRow(const Statement& s)
{
    Decision d;
    d.id = columns::id<DecisionId>(s, 0);
    d.title = s.columnText(1);
    d.context = s.columnText(2);
    d.outcome = s.columnText(3);
    d.rationale = s.columnText(4);
    d.method = columns::enumValue<DecisionMethod>(s, 5);
    d.status = columns::enumValue<DecisionStatus>(s, 6);
    d.initiative = columns::optionalId<InitiativeId>(s, 7);
    d.proposedOn = columns::date(s, 8);
    d.decideBy = columns::date(s, 9);
    d.decidedOn = columns::date(s, 10);
    d.reviewOn = columns::date(s, 11);
    d.accountable = columns::optionalId<MemberId>(s, 12);
    d.supersedes = columns::optionalId<DecisionId>(s, 13);
    d.updatedAt = columns::timestamp(s, 14);
    d.retracted = s.columnInt(15) != 0;
    return d;
}

void DecisionRepository::upsert(const Decision& d, WriteMode mode)
{
    const bool mayExist = mode == WriteMode::Upsert;
    // The full-text index has external content: remove the old text before it changes.
    Statement& old =
        prepared(m_db, m_oldText, "SELECT rid, title, context, outcome, rationale FROM decisions WHERE id = ?");
    old.bind(1, d.id.str());
    std::optional<std::int64_t> rid;
    if (mayExist && old.step()) {
        rid = old.columnInt(0);
        Statement& remove = prepared(m_db, m_ftsDelete,
                                     "INSERT INTO decisions_fts (decisions_fts, rowid, title, context, outcome, "
                                     "rationale) VALUES ('delete', ?, ?, ?, ?, ?)");
        remove.bind(1, *rid).bind(2, old.columnView(1)).bind(3, old.columnView(2)).bind(4, old.columnView(3));
        remove.bind(5, old.columnView(4));
        remove.run();
    }
    old.reset();

    // A plain INSERT for new rows: an upsert needs a statement journal, and every statement
    // journal makes FTS5 flush its pending index data, which slows bulk imports severalfold.
    Statement& s =
        mayExist ? prepared(m_db, m_upsert, std::string(kInsert) + kUpsertTail) : prepared(m_db, m_insert, kInsert);
    s.bind(1, d.id.str()).bind(2, d.title).bind(3, d.context).bind(4, d.outcome).bind(5, d.rationale);
    s.bind(6, toString(d.method)).bind(7, toString(d.status));
    columns::bindId(s, 8, d.initiative);
    columns::bindDate(s, 9, d.proposedOn);
    columns::bindDate(s, 10, d.decideBy);
    columns::bindDate(s, 11, d.decidedOn);
    columns::bindDate(s, 12, d.reviewOn);
    columns::bindId(s, 13, d.accountable);
    columns::bindId(s, 14, d.supersedes);
    s.bind(15, d.updatedAt.toString()).bind(16, d.retracted);
    s.run();
    if (!rid)
        rid = m_db.lastInsertRowId();
    Statement& index =
        prepared(m_db, m_ftsInsert,
                 "INSERT INTO decisions_fts (rowid, title, context, outcome, rationale) VALUES (?, ?, ?, ?, ?)");
    index.bind(1, *rid).bind(2, d.title).bind(3, d.context).bind(4, d.outcome).bind(5, d.rationale).run();

    const std::string& id = d.id.str();
    if (mayExist)
        prepared(m_db, m_clearOptions, "DELETE FROM decision_options WHERE decision = ?").bind(1, id).run();
    Statement& addOption =
        prepared(m_db, m_addOption, "INSERT INTO decision_options (decision, position, text) VALUES (?, ?, ?)");
    for (std::size_t k = 0; k < d.options.size(); ++k)
        addOption.bind(1, id).bind(2, static_cast<std::int64_t>(k)).bind(3, d.options[k]).run();

    if (mayExist)
        prepared(m_db, m_clearAreas, "DELETE FROM decision_areas WHERE decision = ?").bind(1, id).run();
    Statement& addArea =
        prepared(m_db, m_addArea, "INSERT INTO decision_areas (decision, position, area) VALUES (?, ?, ?)");
    for (std::size_t k = 0; k < d.areas.size(); ++k)
        addArea.bind(1, id).bind(2, static_cast<std::int64_t>(k)).bind(3, d.areas[k].str()).run();

    if (mayExist)
        prepared(m_db, m_clearParticipants, "DELETE FROM decision_participants WHERE decision = ?").bind(1, id).run();
    Statement& addParticipant = prepared(m_db, m_addParticipant,
                                         "INSERT INTO decision_participants (decision, position, member, role, stance, "
                                         "comment) VALUES (?, ?, ?, ?, ?, ?)");
    for (std::size_t k = 0; k < d.participants.size(); ++k) {
        const Participant& p = d.participants[k];
        addParticipant.bind(1, id).bind(2, static_cast<std::int64_t>(k)).bind(3, p.member.str());
        addParticipant.bind(4, toString(p.role)).bind(5, toString(p.stance)).bind(6, p.comment);
        addParticipant.run();
    }
}

void DecisionRepository::loadChildren(Decision& d)
{
    const std::string& id = d.id.str();
    Statement& options =
        prepared(m_db, m_optionsOf, "SELECT text FROM decision_options WHERE decision = ? ORDER BY position");
    options.bind(1, id);
    while (options.step())
        d.options.push_back(options.columnText(0));
    options.reset();
    Statement& areas =
        prepared(m_db, m_areasOf, "SELECT area FROM decision_areas WHERE decision = ? ORDER BY position");
    areas.bind(1, id);
    while (areas.step())
        d.areas.push_back(columns::id<AreaId>(areas, 0));
    areas.reset();
    Statement& people = prepared(m_db, m_participantsOf,
                                 "SELECT member, role, stance, comment FROM decision_participants WHERE decision = ? "
                                 "ORDER BY position");
    people.bind(1, id);
    while (people.step()) {
        Participant p;
        p.member = columns::id<MemberId>(people, 0);
        p.role = columns::enumValue<ParticipantRole>(people, 1);
        p.stance = columns::enumValue<Stance>(people, 2);
        p.comment = people.columnText(3);
        d.participants.push_back(std::move(p));
    }
    people.reset();
}

std::optional<Decision> DecisionRepository::find(const DecisionId& id)
{
    Statement s = m_db.prepare(std::string(kSelect) + " WHERE id = ?");
    s.bind(1, id.str());
    if (!s.step())
        return std::nullopt;
    Decision d = readRow(s);
    loadChildren(d);
    return d;
}

std::optional<Timestamp> DecisionRepository::updatedAt(const std::string& id)
{
    Statement& s = prepared(m_db, m_updatedAt, "SELECT updated_at FROM decisions WHERE id = ?");
    s.bind(1, id);
    return readUpdatedAt(s);
}

bool DecisionRepository::exists(const std::string& id)
{
    return updatedAt(id).has_value();
}

void DecisionRepository::forEach(const std::function<void(const Decision&)>& visit)
{
    Statement s = m_db.prepare(std::string(kSelect) + " ORDER BY rid");
    while (s.step()) {
        Decision d = readRow(s);
        loadChildren(d);
        visit(d);
    }
}

void DecisionRepository::remove(const DecisionId& id)
{
    Statement old = m_db.prepare("SELECT rid, title, context, outcome, rationale FROM decisions WHERE id = ?");
    old.bind(1, id.str());
    if (!old.step())
        return;
    Statement fts = m_db.prepare("INSERT INTO decisions_fts (decisions_fts, rowid, title, context, outcome, rationale) "
                                 "VALUES ('delete', ?, ?, ?, ?, ?)");
    fts.bind(1, old.columnInt(0)).bind(2, old.columnView(1)).bind(3, old.columnView(2)).bind(4, old.columnView(3));
    fts.bind(5, old.columnView(4)).run();
    m_db.prepare("DELETE FROM decisions WHERE id = ?").bind(1, id.str()).run();
}

std::vector<std::pair<std::string, std::string>> DecisionRepository::supersededBy(const DecisionId& id)
{
    Statement s = m_db.prepare("SELECT id, title FROM decisions WHERE supersedes = ? ORDER BY rid");
    s.bind(1, id.str());
    std::vector<std::pair<std::string, std::string>> out;
    while (s.step())
        out.emplace_back(s.columnText(0), s.columnText(1));
    return out;
}

} // namespace baton::storage
