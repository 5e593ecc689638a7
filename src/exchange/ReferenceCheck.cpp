#include "ReferenceCheck.h"

namespace baton::exchange {

namespace {

void loadIds(storage::Database& db, const char* sql, std::unordered_set<std::string>& ids)
{
    storage::Statement s = db.prepare(sql);
    while (s.step())
        ids.insert(s.columnText(0));
}

const char* nameOf(RefKind kind)
{
    switch (kind) {
    case RefKind::Member:
        return "member";
    case RefKind::Area:
        return "area";
    case RefKind::Initiative:
        return "initiative";
    case RefKind::Decision:
        return "decision";
    case RefKind::CharterRule:
        return "charter rule";
    }
    return "record";
}

} // namespace

ReferenceCheck::ReferenceCheck(storage::Database& db, ScratchTables& scratch)
    : m_scratch(scratch)
    , m_decisions(db)
{
    // Retracted records count: they keep their ids, as the validator has it.
    loadIds(db, "SELECT id FROM members", m_members);
    loadIds(db, "SELECT id FROM expertise_areas", m_areas);
    loadIds(db, "SELECT id FROM initiatives", m_initiatives);
    loadIds(db, "SELECT id FROM charter_rules", m_charterRules);
}

void ReferenceCheck::known(RefKind kind, const std::string& id)
{
    switch (kind) {
    case RefKind::Member:
        m_members.insert(id);
        break;
    case RefKind::Area:
        m_areas.insert(id);
        break;
    case RefKind::Initiative:
        m_initiatives.insert(id);
        break;
    case RefKind::Decision:
        break; // written to the team file as it is read
    case RefKind::CharterRule:
        m_charterRules.insert(id);
        break;
    }
}

bool ReferenceCheck::exists(RefKind kind, const std::string& id)
{
    switch (kind) {
    case RefKind::Member:
        return m_members.count(id) > 0;
    case RefKind::Area:
        return m_areas.count(id) > 0;
    case RefKind::Initiative:
        return m_initiatives.count(id) > 0;
    case RefKind::Decision:
        return m_decisions.exists(id);
    case RefKind::CharterRule:
        return m_charterRules.count(id) > 0;
    }
    return false;
}

void ReferenceCheck::resolve(IssueSink& sink)
{
    m_scratch.forEachDeferred([&](const std::string& pointer, RefKind kind, const std::string& id) {
        if (!exists(kind, id))
            sink.error(pointer,
                       std::string(nameOf(kind)) + " " + id + " does not exist in this file or in the team file");
    });
}

} // namespace baton::exchange
