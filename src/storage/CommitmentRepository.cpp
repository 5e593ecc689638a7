#include "baton/storage/CommitmentRepository.h"

#include "ChangedColumns.h"
#include "Columns.h"

#include <array>

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kInsert =
    "INSERT INTO commitments (id, description, owner, decision, initiative, due_on, status, "
    "closed_on, outcome, updated_at, retracted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
constexpr const char* kSelect = "SELECT id, description, owner, decision, initiative, due_on, status, closed_on, "
                                "outcome, updated_at, retracted FROM commitments";
} // namespace

Commitment CommitmentRepository::readRow(const Statement& s)
{
    Commitment c;
    c.id = columns::id<CommitmentId>(s, 0);
    c.description = s.columnText(1);
    c.owner = columns::id<MemberId>(s, 2);
    c.decision = columns::optionalId<DecisionId>(s, 3);
    c.initiative = columns::optionalId<InitiativeId>(s, 4);
    c.dueOn = columns::date(s, 5);
    c.status = columns::enumValue<CommitmentStatus>(s, 6);
    c.closedOn = columns::date(s, 7);
    c.outcome = s.columnText(8);
    c.updatedAt = columns::timestamp(s, 9);
    c.retracted = s.columnInt(10) != 0;
    c.supporters = supportersOf(c.id.str());
    return c;
}

std::vector<MemberId> CommitmentRepository::supportersOf(const std::string& id)
{
    Statement& sup = prepared(m_db, m_supportersOf,
                              "SELECT member FROM commitment_supporters WHERE commitment = ? ORDER BY position");
    sup.bind(1, id);
    std::vector<MemberId> out;
    while (sup.step())
        out.push_back(columns::id<MemberId>(sup, 0));
    sup.reset();
    return out;
}

namespace {
constexpr std::array kColumnNames = {"description", "owner",     "decision", "initiative", "due_on",
                                     "status",      "closed_on", "outcome",  "updated_at", "retracted"};

std::optional<std::string> dateText(const std::optional<Date>& d)
{
    return d ? std::optional<std::string>(d->toString()) : std::nullopt;
}

template <typename Tag> std::optional<std::string> idText(const std::optional<Id<Tag>>& id)
{
    return id ? std::optional<std::string>(id->str()) : std::nullopt;
}

/// The commitment's own columns, in kColumnNames order.
std::vector<ColumnValue> columnsOf(const Commitment& c)
{
    return {c.description,
            c.owner.str(),
            textOrNull(idText(c.decision)),
            textOrNull(idText(c.initiative)),
            textOrNull(dateText(c.dueOn)),
            std::string(toString(c.status)),
            textOrNull(dateText(c.closedOn)),
            c.outcome,
            c.updatedAt.toString(),
            std::int64_t{c.retracted ? 1 : 0}};
}
} // namespace

CommitmentRepository::CommitmentRepository(Database& db)
    : m_db(db)
{
}

CommitmentRepository::~CommitmentRepository() = default;

void CommitmentRepository::upsert(const Commitment& c, WriteMode mode)
{
    const std::optional<Commitment> stored = mode == WriteMode::Upsert ? find(c.id) : std::nullopt;
    if (stored) {
        update(c, *stored);
        return;
    }
    // A plain INSERT for new rows keeps FTS5 from flushing (see DecisionRepository::upsert).
    Statement& s = prepared(m_db, m_insert, kInsert);
    s.bind(1, c.id.str()).bind(2, c.description).bind(3, c.owner.str());
    columns::bindId(s, 4, c.decision);
    columns::bindId(s, 5, c.initiative);
    columns::bindDate(s, 6, c.dueOn);
    s.bind(7, toString(c.status));
    columns::bindDate(s, 8, c.closedOn);
    s.bind(9, c.outcome).bind(10, c.updatedAt.toString()).bind(11, c.retracted);
    s.run();
    writeSupporters(c, false);
}

void CommitmentRepository::update(const Commitment& c, const Commitment& stored)
{
    // Only the changed columns, so indexes on untouched ones are not rewritten.
    if (!m_columns)
        m_columns = std::make_unique<ChangedColumns>(
            "commitments", std::vector<const char*>(kColumnNames.begin(), kColumnNames.end()));
    m_columns->update(m_db, c.id.str(), columnsOf(stored), columnsOf(c));
    if (stored.supporters != c.supporters)
        writeSupporters(c, true);
}

void CommitmentRepository::writeSupporters(const Commitment& c, bool replace)
{
    if (replace)
        prepared(m_db, m_clearSupporters, "DELETE FROM commitment_supporters WHERE commitment = ?")
            .bind(1, c.id.str())
            .run();
    Statement& add = prepared(m_db, m_addSupporter,
                              "INSERT INTO commitment_supporters (commitment, position, member) VALUES (?, ?, ?)");
    for (std::size_t k = 0; k < c.supporters.size(); ++k)
        add.bind(1, c.id.str()).bind(2, static_cast<std::int64_t>(k)).bind(3, c.supporters[k].str()).run();
}

std::optional<Commitment> CommitmentRepository::find(const CommitmentId& id)
{
    return findOne<Commitment>(
        prepared(m_db, m_find, std::string(kSelect) + " WHERE id = ?"), [&](Statement& s) { s.bind(1, id.str()); },
        [this](const Statement& s) { return readRow(s); });
}

std::optional<Timestamp> CommitmentRepository::updatedAt(const std::string& id)
{
    Statement& s = prepared(m_db, m_updatedAt, "SELECT updated_at FROM commitments WHERE id = ?");
    s.bind(1, id);
    return readUpdatedAt(s);
}

void CommitmentRepository::forEach(const std::function<void(const Commitment&)>& visit)
{
    Statement s = m_db.prepare(std::string(kSelect) + " ORDER BY rid");
    while (s.step())
        visit(readRow(s));
}

void CommitmentRepository::remove(const CommitmentId& id)
{
    m_db.prepare("DELETE FROM commitments WHERE id = ?").bind(1, id.str()).run();
}

} // namespace baton::storage
