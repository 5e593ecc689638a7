#include "baton/storage/DecisionRepository.h"

#include "ChangedColumns.h"
#include "Columns.h"

#include <array>

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kInsert =
    "INSERT INTO decisions (id, title, context, outcome, rationale, method, status, initiative, proposed_on, "
    "decide_by, decided_on, review_on, accountable, supersedes, updated_at, retracted, fallback, charter_rule) VALUES "
    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)";
constexpr const char* kSelect =
    "SELECT id, title, context, outcome, rationale, method, status, initiative, proposed_on, decide_by, decided_on, "
    "review_on, accountable, supersedes, updated_at, retracted, fallback, charter_rule FROM decisions";
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
    if (!s.isNull(16))
        d.fallback = columns::enumValue<DecisionFallback>(s, 16);
    d.charterRule = columns::optionalId<CharterRuleId>(s, 17);
    return d;
}

namespace {
constexpr std::array kColumnNames = {"title",     "context",     "outcome",     "rationale",  "method",
                                     "status",    "initiative",  "proposed_on", "decide_by",  "decided_on",
                                     "review_on", "accountable", "supersedes",  "updated_at", "retracted",
                                     "fallback",  "charter_rule"};

std::optional<std::string> dateText(const std::optional<Date>& d)
{
    return d ? std::optional<std::string>(d->toString()) : std::nullopt;
}

template <typename Tag> std::optional<std::string> idText(const std::optional<Id<Tag>>& id)
{
    return id ? std::optional<std::string>(id->str()) : std::nullopt;
}

/// The decision's own columns, in kColumnNames order.
std::vector<ColumnValue> columnsOf(const Decision& d)
{
    return {d.title,
            d.context,
            d.outcome,
            d.rationale,
            std::string(toString(d.method)),
            std::string(toString(d.status)),
            textOrNull(idText(d.initiative)),
            textOrNull(dateText(d.proposedOn)),
            textOrNull(dateText(d.decideBy)),
            textOrNull(dateText(d.decidedOn)),
            textOrNull(dateText(d.reviewOn)),
            textOrNull(idText(d.accountable)),
            textOrNull(idText(d.supersedes)),
            d.updatedAt.toString(),
            std::int64_t{d.retracted ? 1 : 0},
            d.fallback ? ColumnValue(std::string(toString(*d.fallback))) : ColumnValue(),
            textOrNull(idText(d.charterRule))};
}
} // namespace

DecisionRepository::DecisionRepository(Database& db)
    : m_db(db)
{
}

DecisionRepository::~DecisionRepository() = default;

void DecisionRepository::upsert(const Decision& d, WriteMode mode)
{
    const std::optional<Decision> stored = mode == WriteMode::Upsert ? find(d.id) : std::nullopt;
    if (stored)
        update(d, *stored);
    else
        insert(d);
}

void DecisionRepository::update(const Decision& d, const Decision& storedRef)
{
    const Decision* stored = &storedRef;
    // An edit writes what it changed: only changed columns (so untouched indexes are not
    // rewritten), the search text only when it changed, children only when they differ.
    const std::string& id = d.id.str();
    const bool textChanged = stored->title != d.title || stored->context != d.context || stored->outcome != d.outcome ||
                             stored->rationale != d.rationale;
    std::int64_t rid = 0;
    if (textChanged) {
        Statement& old = prepared(m_db, m_oldText, "SELECT rid FROM decisions WHERE id = ?");
        old.bind(1, id);
        rid = old.step() ? old.columnInt(0) : 0;
        old.reset();
        Statement& remove = prepared(m_db, m_ftsDelete,
                                     "INSERT INTO decisions_fts (decisions_fts, rowid, title, context, outcome, "
                                     "rationale) VALUES ('delete', ?, ?, ?, ?, ?)");
        remove.bind(1, rid).bind(2, stored->title).bind(3, stored->context).bind(4, stored->outcome);
        remove.bind(5, stored->rationale).run();
    }
    if (!m_columns)
        m_columns = std::make_unique<ChangedColumns>(
            "decisions", std::vector<const char*>(kColumnNames.begin(), kColumnNames.end()));
    m_columns->update(m_db, id, columnsOf(*stored), columnsOf(d));
    if (textChanged)
        indexText(rid, d);
    writeChildren(d, stored);
}

void DecisionRepository::insert(const Decision& d)
{
    // A plain INSERT for new rows: an upsert needs a statement journal, and every statement
    // journal makes FTS5 flush its pending index data, which slows bulk imports severalfold.
    Statement& s = prepared(m_db, m_insert, kInsert);
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
    if (d.fallback)
        s.bind(17, toString(*d.fallback));
    else
        s.bindNull(17);
    columns::bindId(s, 18, d.charterRule);
    s.run();
    indexText(m_db.lastInsertRowId(), d);
    writeChildren(d, nullptr);
}

void DecisionRepository::indexText(std::int64_t rid, const Decision& d)
{
    Statement& index =
        prepared(m_db, m_ftsInsert,
                 "INSERT INTO decisions_fts (rowid, title, context, outcome, rationale) VALUES (?, ?, ?, ?, ?)");
    index.bind(1, rid).bind(2, d.title).bind(3, d.context).bind(4, d.outcome).bind(5, d.rationale).run();
}

void DecisionRepository::writeChildren(const Decision& d, const Decision* stored)
{
    const std::string& id = d.id.str();
    if (!stored || stored->options != d.options) {
        if (stored)
            prepared(m_db, m_clearOptions, "DELETE FROM decision_options WHERE decision = ?").bind(1, id).run();
        Statement& addOption =
            prepared(m_db, m_addOption, "INSERT INTO decision_options (decision, position, text) VALUES (?, ?, ?)");
        for (std::size_t k = 0; k < d.options.size(); ++k)
            addOption.bind(1, id).bind(2, static_cast<std::int64_t>(k)).bind(3, d.options[k]).run();
    }
    if (!stored || stored->areas != d.areas) {
        if (stored)
            prepared(m_db, m_clearAreas, "DELETE FROM decision_areas WHERE decision = ?").bind(1, id).run();
        Statement& addArea =
            prepared(m_db, m_addArea, "INSERT INTO decision_areas (decision, position, area) VALUES (?, ?, ?)");
        for (std::size_t k = 0; k < d.areas.size(); ++k)
            addArea.bind(1, id).bind(2, static_cast<std::int64_t>(k)).bind(3, d.areas[k].str()).run();
    }
    if (stored && stored->participants == d.participants)
        return;
    if (stored)
        prepared(m_db, m_clearParticipants, "DELETE FROM decision_participants WHERE decision = ?").bind(1, id).run();
    Statement& addParticipant = prepared(m_db, m_addParticipant,
                                         "INSERT INTO decision_participants (decision, position, member, role, stance, "
                                         "comment, advice, followed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t k = 0; k < d.participants.size(); ++k) {
        const Participant& p = d.participants[k];
        addParticipant.bind(1, id).bind(2, static_cast<std::int64_t>(k)).bind(3, p.member.str());
        addParticipant.bind(4, toString(p.role)).bind(5, toString(p.stance)).bind(6, p.comment).bind(7, p.advice);
        if (p.followed)
            addParticipant.bind(8, std::int64_t{*p.followed ? 1 : 0});
        else
            addParticipant.bindNull(8);
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
                                 "SELECT member, role, stance, comment, advice, followed FROM decision_participants "
                                 "WHERE decision = ? "
                                 "ORDER BY position");
    people.bind(1, id);
    while (people.step()) {
        Participant p;
        p.member = columns::id<MemberId>(people, 0);
        p.role = columns::enumValue<ParticipantRole>(people, 1);
        p.stance = columns::enumValue<Stance>(people, 2);
        p.comment = people.columnText(3);
        p.advice = people.columnText(4);
        if (!people.isNull(5))
            p.followed = people.columnInt(5) != 0;
        d.participants.push_back(std::move(p));
    }
    people.reset();
}

std::optional<Decision> DecisionRepository::find(const DecisionId& id)
{
    auto found = findOne<Decision>(
        prepared(m_db, m_find, std::string(kSelect) + " WHERE id = ?"), [&](Statement& s) { s.bind(1, id.str()); },
        [this](const Statement& s) { return readRow(s); });
    if (found)
        loadChildren(*found);
    return found;
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
    Statement s = m_db.prepare("SELECT id, title FROM decisions WHERE supersedes = ? AND retracted = 0 ORDER BY rid");
    s.bind(1, id.str());
    std::vector<std::pair<std::string, std::string>> out;
    while (s.step())
        out.emplace_back(s.columnText(0), s.columnText(1));
    return out;
}

} // namespace baton::storage
