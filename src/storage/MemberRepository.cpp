#include "baton/storage/MemberRepository.h"

#include "Columns.h"

namespace baton::storage {
using namespace baton::domain;

namespace {
constexpr const char* kSelect =
    "SELECT id, name, email, title, facilitator, joined_on, left_on, updated_at, retracted FROM members";

Member readMember(const Statement& s)
{
    Member m;
    m.id = columns::id<MemberId>(s, 0);
    m.name = s.columnText(1);
    m.email = s.columnOptionalText(2);
    m.title = s.columnOptionalText(3);
    m.facilitator = s.columnInt(4) != 0;
    m.joinedOn = columns::date(s, 5);
    m.leftOn = columns::date(s, 6);
    m.updatedAt = columns::timestamp(s, 7);
    m.retracted = s.columnInt(8) != 0;
    return m;
}
} // namespace

void MemberRepository::upsert(const Member& m)
{
    Statement& s =
        prepared(m_db, m_upsert,
                 "INSERT INTO members (id, name, email, title, facilitator, joined_on, left_on, updated_at, retracted) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (id) DO UPDATE SET name = ?2, "
                 "email = ?3, title = ?4, facilitator = ?5, joined_on = ?6, left_on = ?7, updated_at = ?8, "
                 "retracted = ?9");
    s.bind(1, m.id.str()).bind(2, m.name).bind(3, m.email).bind(4, m.title).bind(5, m.facilitator);
    columns::bindDate(s, 6, m.joinedOn);
    columns::bindDate(s, 7, m.leftOn);
    s.bind(8, m.updatedAt.toString()).bind(9, m.retracted);
    s.run();
}

std::optional<Member> MemberRepository::find(const MemberId& id)
{
    return findOne<Member>(
        prepared(m_db, m_find, std::string(kSelect) + " WHERE id = ?"), [&](Statement& s) { s.bind(1, id.str()); },
        readMember);
}

std::optional<Timestamp> MemberRepository::updatedAt(const std::string& id)
{
    Statement& s = prepared(m_db, m_updatedAt, "SELECT updated_at FROM members WHERE id = ?");
    s.bind(1, id);
    return readUpdatedAt(s);
}

std::vector<Member> MemberRepository::all(Retracted retracted)
{
    Statement s = m_db.prepare(std::string(kSelect) + (retracted == Retracted::Hidden ? " WHERE retracted = 0" : "") +
                               " ORDER BY name COLLATE NOCASE, rid");
    std::vector<Member> out;
    while (s.step())
        out.push_back(readMember(s));
    return out;
}

std::int64_t MemberRepository::count()
{
    return m_db.queryInt("SELECT count(*) FROM members WHERE retracted = 0");
}

void MemberRepository::remove(const MemberId& id)
{
    m_db.prepare("DELETE FROM members WHERE id = ?").bind(1, id.str()).run();
}

} // namespace baton::storage
