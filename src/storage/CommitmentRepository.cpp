#include "baton/storage/CommitmentRepository.h"

#include "Columns.h"

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kInsert =
    "INSERT INTO commitments (id, description, owner, decision, initiative, due_on, status, "
    "closed_on, outcome, updated_at, retracted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
constexpr const char* kUpsertTail = " ON CONFLICT (id) DO UPDATE SET description = ?2, owner = ?3, decision = ?4, "
                                    "initiative = ?5, due_on = ?6, status = ?7, closed_on = ?8, outcome = ?9, "
                                    "updated_at = ?10, retracted = ?11";
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
    Statement& sup = prepared(m_db, m_supportersOf,
                              "SELECT member FROM commitment_supporters WHERE commitment = ? ORDER BY position");
    sup.bind(1, c.id.str());
    while (sup.step())
        c.supporters.push_back(columns::id<MemberId>(sup, 0));
    sup.reset();
    return c;
}

void CommitmentRepository::upsert(const Commitment& c, WriteMode mode)
{
    // A plain INSERT for new rows keeps FTS5 from flushing (see DecisionRepository::upsert).
    Statement& s = mode == WriteMode::Upsert ? prepared(m_db, m_upsert, std::string(kInsert) + kUpsertTail)
                                             : prepared(m_db, m_insert, kInsert);
    s.bind(1, c.id.str()).bind(2, c.description).bind(3, c.owner.str());
    columns::bindId(s, 4, c.decision);
    columns::bindId(s, 5, c.initiative);
    columns::bindDate(s, 6, c.dueOn);
    s.bind(7, toString(c.status));
    columns::bindDate(s, 8, c.closedOn);
    s.bind(9, c.outcome).bind(10, c.updatedAt.toString()).bind(11, c.retracted);
    s.run();
    if (mode == WriteMode::Upsert)
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
    Statement s = m_db.prepare(std::string(kSelect) + " WHERE id = ?");
    s.bind(1, id.str());
    if (!s.step())
        return std::nullopt;
    return readRow(s);
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
