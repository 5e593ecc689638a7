#include "baton/storage/ExpertiseRepository.h"

#include "Columns.h"

namespace baton::storage {
using namespace baton::domain;

void ExpertiseRepository::upsertArea(const ExpertiseArea& a)
{
    Statement& s = prepared(m_db, m_upsertArea,
                            "INSERT INTO expertise_areas (id, name, description, parent, updated_at, retracted) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET name = ?2, "
                            "description = ?3, parent = ?4, updated_at = ?5, retracted = ?6");
    s.bind(1, a.id.str()).bind(2, a.name).bind(3, a.description);
    columns::bindId(s, 4, a.parent);
    s.bind(5, a.updatedAt.toString()).bind(6, a.retracted);
    s.run();
}

void ExpertiseRepository::upsertExpertise(const Expertise& e)
{
    Statement& s = prepared(m_db, m_upsertExpertise,
                            "INSERT INTO expertise (member, area, level, wants_to_learn, updated_at, retracted) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (member, area) DO UPDATE SET level = ?3, "
                            "wants_to_learn = ?4, updated_at = ?5, retracted = ?6");
    s.bind(1, e.member.str()).bind(2, e.area.str()).bind(3, e.level).bind(4, e.wantsToLearn);
    s.bind(5, e.updatedAt.toString()).bind(6, e.retracted);
    s.run();
}

void ExpertiseRepository::upsertEndorsement(const Endorsement& e)
{
    Statement& s =
        prepared(m_db, m_upsertEndorsement,
                 "INSERT INTO endorsements (id, endorser, member, area, note, endorsed_on, updated_at, retracted) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (id) DO UPDATE SET endorser = ?2, "
                 "member = ?3, area = ?4, note = ?5, endorsed_on = ?6, updated_at = ?7, retracted = ?8");
    s.bind(1, e.id.str()).bind(2, e.endorser.str()).bind(3, e.member.str()).bind(4, e.area.str()).bind(5, e.note);
    columns::bindDate(s, 6, e.on);
    s.bind(7, e.updatedAt.toString()).bind(8, e.retracted);
    s.run();
}

std::optional<Timestamp> ExpertiseRepository::areaUpdatedAt(const std::string& id)
{
    Statement s = m_db.prepare("SELECT updated_at FROM expertise_areas WHERE id = ?");
    s.bind(1, id);
    return readUpdatedAt(s);
}

std::optional<Timestamp> ExpertiseRepository::expertiseUpdatedAt(const std::string& member, const std::string& area)
{
    Statement s = m_db.prepare("SELECT updated_at FROM expertise WHERE member = ? AND area = ?");
    s.bind(1, member).bind(2, area);
    return readUpdatedAt(s);
}

std::optional<Timestamp> ExpertiseRepository::endorsementUpdatedAt(const std::string& id)
{
    Statement s = m_db.prepare("SELECT updated_at FROM endorsements WHERE id = ?");
    s.bind(1, id);
    return readUpdatedAt(s);
}

namespace {
constexpr const char* kAreaSelect = "SELECT id, name, description, parent, updated_at, retracted FROM expertise_areas";
constexpr const char* kExpertiseSelect =
    "SELECT member, area, level, wants_to_learn, updated_at, retracted FROM expertise";
constexpr const char* kEndorsementSelect =
    "SELECT id, endorser, member, area, note, endorsed_on, updated_at, retracted FROM endorsements";

ExpertiseArea readArea(const Statement& s)
{
    ExpertiseArea a;
    a.id = columns::id<AreaId>(s, 0);
    a.name = s.columnText(1);
    a.description = s.columnText(2);
    a.parent = columns::optionalId<AreaId>(s, 3);
    a.updatedAt = columns::timestamp(s, 4);
    a.retracted = s.columnInt(5) != 0;
    return a;
}

Expertise readExpertise(const Statement& s)
{
    Expertise e;
    e.member = columns::id<MemberId>(s, 0);
    e.area = columns::id<AreaId>(s, 1);
    e.level = static_cast<int>(s.columnInt(2));
    e.wantsToLearn = s.columnInt(3) != 0;
    e.updatedAt = columns::timestamp(s, 4);
    e.retracted = s.columnInt(5) != 0;
    return e;
}

Endorsement readEndorsement(const Statement& s)
{
    Endorsement e;
    e.id = columns::id<EndorsementId>(s, 0);
    e.endorser = columns::id<MemberId>(s, 1);
    e.member = columns::id<MemberId>(s, 2);
    e.area = columns::id<AreaId>(s, 3);
    e.note = s.columnText(4);
    e.on = columns::date(s, 5);
    e.updatedAt = columns::timestamp(s, 6);
    e.retracted = s.columnInt(7) != 0;
    return e;
}

/// Every row a fixed query returns, read with `read`.
template <typename T, typename Read> std::vector<T> readAll(Database& db, const std::string& sql, Read read)
{
    Statement s = db.prepare(sql);
    std::vector<T> out;
    while (s.step())
        out.push_back(read(s));
    return out;
}

const char* hiddenFilter(Retracted retracted)
{
    return retracted == Retracted::Hidden ? " WHERE retracted = 0" : "";
}
} // namespace

std::vector<ExpertiseArea> ExpertiseRepository::areas(Retracted retracted)
{
    return readAll<ExpertiseArea>(m_db, std::string(kAreaSelect) + hiddenFilter(retracted) + " ORDER BY rid", readArea);
}

std::vector<Expertise> ExpertiseRepository::expertise(Retracted retracted)
{
    return readAll<Expertise>(m_db, std::string(kExpertiseSelect) + hiddenFilter(retracted) + " ORDER BY member, area",
                              readExpertise);
}

std::vector<Endorsement> ExpertiseRepository::endorsements(Retracted retracted)
{
    return readAll<Endorsement>(m_db, std::string(kEndorsementSelect) + hiddenFilter(retracted) + " ORDER BY rid",
                                readEndorsement);
}

std::optional<ExpertiseArea> ExpertiseRepository::findArea(const AreaId& id)
{
    return findOne<ExpertiseArea>(
        prepared(m_db, m_findArea, std::string(kAreaSelect) + " WHERE id = ?"),
        [&](Statement& s) { s.bind(1, id.str()); }, readArea);
}

std::optional<Expertise> ExpertiseRepository::findExpertise(const MemberId& member, const AreaId& area)
{
    return findOne<Expertise>(
        prepared(m_db, m_findExpertise, std::string(kExpertiseSelect) + " WHERE member = ? AND area = ?"),
        [&](Statement& s) { s.bind(1, member.str()).bind(2, area.str()); }, readExpertise);
}

std::optional<Endorsement> ExpertiseRepository::findEndorsement(const EndorsementId& id)
{
    return findOne<Endorsement>(
        prepared(m_db, m_findEndorsement, std::string(kEndorsementSelect) + " WHERE id = ?"),
        [&](Statement& s) { s.bind(1, id.str()); }, readEndorsement);
}

void ExpertiseRepository::removeArea(const AreaId& id)
{
    m_db.prepare("DELETE FROM expertise_areas WHERE id = ?").bind(1, id.str()).run();
}

void ExpertiseRepository::removeExpertise(const MemberId& member, const AreaId& area)
{
    m_db.prepare("DELETE FROM expertise WHERE member = ? AND area = ?").bind(1, member.str()).bind(2, area.str()).run();
}

void ExpertiseRepository::removeEndorsement(const EndorsementId& id)
{
    m_db.prepare("DELETE FROM endorsements WHERE id = ?").bind(1, id.str()).run();
}

} // namespace baton::storage
