#include "baton/storage/VoiceItemRepository.h"

#include "Columns.h"

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kSelect = "SELECT id, kind, text, author, raised_on, status, response, responder, initiative, "
                                "decision, updated_at, retracted FROM voice_items";

VoiceItem readItem(const Statement& s)
{
    VoiceItem v;
    v.id = columns::id<VoiceItemId>(s, 0);
    v.kind = columns::enumValue<VoiceKind>(s, 1);
    v.text = s.columnText(2);
    v.author = columns::optionalId<MemberId>(s, 3);
    v.raisedOn = columns::date(s, 4);
    v.status = columns::enumValue<VoiceStatus>(s, 5);
    v.response = s.columnText(6);
    v.responder = columns::optionalId<MemberId>(s, 7);
    v.initiative = columns::optionalId<InitiativeId>(s, 8);
    v.decision = columns::optionalId<DecisionId>(s, 9);
    v.updatedAt = columns::timestamp(s, 10);
    v.retracted = s.columnInt(11) != 0;
    return v;
}
} // namespace

void VoiceItemRepository::upsert(const VoiceItem& v)
{
    Statement& s = prepared(m_db, m_upsert,
                            "INSERT INTO voice_items (id, kind, text, author, raised_on, status, response, responder, "
                            "initiative, decision, updated_at, retracted) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                            "?10, ?11, ?12) ON CONFLICT (id) DO UPDATE SET kind = ?2, text = ?3, author = ?4, "
                            "raised_on = ?5, status = ?6, response = ?7, responder = ?8, initiative = ?9, "
                            "decision = ?10, updated_at = ?11, retracted = ?12");
    s.bind(1, v.id.str()).bind(2, toString(v.kind)).bind(3, v.text);
    columns::bindId(s, 4, v.author);
    columns::bindDate(s, 5, v.raisedOn);
    s.bind(6, toString(v.status)).bind(7, v.response);
    columns::bindId(s, 8, v.responder);
    columns::bindId(s, 9, v.initiative);
    columns::bindId(s, 10, v.decision);
    s.bind(11, v.updatedAt.toString()).bind(12, v.retracted);
    s.run();
}

std::optional<VoiceItem> VoiceItemRepository::find(const VoiceItemId& id)
{
    return findOne<VoiceItem>(
        prepared(m_db, m_find, std::string(kSelect) + " WHERE id = ?"), [&](Statement& s) { s.bind(1, id.str()); },
        readItem);
}

std::vector<VoiceItem> VoiceItemRepository::all(Retracted retracted)
{
    Statement s = m_db.prepare(std::string(kSelect) + (retracted == Retracted::Hidden ? " WHERE retracted = 0" : "") +
                               " ORDER BY rid");
    std::vector<VoiceItem> out;
    while (s.step())
        out.push_back(readItem(s));
    return out;
}

} // namespace baton::storage
