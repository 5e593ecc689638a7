#include "baton/storage/ExpertiseRepository.h"

#include "Columns.h"

namespace baton::storage {
using namespace baton::domain;

void ExpertiseRepository::upsertArea(const ExpertiseArea& a)
{
    Statement& s = prepared(m_db, m_upsertArea,
                            "INSERT INTO expertise_areas (id, name, description, parent, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (id) DO UPDATE SET name = ?2, description = ?3, "
                            "parent = ?4, updated_at = ?5");
    s.bind(1, a.id.str()).bind(2, a.name).bind(3, a.description);
    columns::bindId(s, 4, a.parent);
    s.bind(5, a.updatedAt.toString());
    s.run();
}

void ExpertiseRepository::upsertExpertise(const Expertise& e)
{
    Statement& s = prepared(m_db, m_upsertExpertise,
                            "INSERT INTO expertise (member, area, level, wants_to_learn, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (member, area) DO UPDATE SET level = ?3, "
                            "wants_to_learn = ?4, updated_at = ?5");
    s.bind(1, e.member.str()).bind(2, e.area.str()).bind(3, e.level).bind(4, e.wantsToLearn);
    s.bind(5, e.updatedAt.toString());
    s.run();
}

void ExpertiseRepository::upsertEndorsement(const Endorsement& e)
{
    Statement& s = prepared(m_db, m_upsertEndorsement,
                            "INSERT INTO endorsements (id, endorser, member, area, note, endorsed_on, updated_at) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (id) DO UPDATE SET endorser = ?2, "
                            "member = ?3, area = ?4, note = ?5, endorsed_on = ?6, updated_at = ?7");
    s.bind(1, e.id.str()).bind(2, e.endorser.str()).bind(3, e.member.str()).bind(4, e.area.str()).bind(5, e.note);
    columns::bindDate(s, 6, e.on);
    s.bind(7, e.updatedAt.toString());
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

std::vector<ExpertiseArea> ExpertiseRepository::areas()
{
    Statement s = m_db.prepare("SELECT id, name, description, parent, updated_at FROM expertise_areas ORDER BY rid");
    std::vector<ExpertiseArea> out;
    while (s.step()) {
        ExpertiseArea a;
        a.id = columns::id<AreaId>(s, 0);
        a.name = s.columnText(1);
        a.description = s.columnText(2);
        a.parent = columns::optionalId<AreaId>(s, 3);
        a.updatedAt = columns::timestamp(s, 4);
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<Expertise> ExpertiseRepository::expertise()
{
    Statement s = m_db.prepare("SELECT member, area, level, wants_to_learn, updated_at FROM expertise ORDER BY member, area");
    std::vector<Expertise> out;
    while (s.step()) {
        Expertise e;
        e.member = columns::id<MemberId>(s, 0);
        e.area = columns::id<AreaId>(s, 1);
        e.level = static_cast<int>(s.columnInt(2));
        e.wantsToLearn = s.columnInt(3) != 0;
        e.updatedAt = columns::timestamp(s, 4);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Endorsement> ExpertiseRepository::endorsements()
{
    Statement s = m_db.prepare(
        "SELECT id, endorser, member, area, note, endorsed_on, updated_at FROM endorsements ORDER BY rid");
    std::vector<Endorsement> out;
    while (s.step()) {
        Endorsement e;
        e.id = columns::id<EndorsementId>(s, 0);
        e.endorser = columns::id<MemberId>(s, 1);
        e.member = columns::id<MemberId>(s, 2);
        e.area = columns::id<AreaId>(s, 3);
        e.note = s.columnText(4);
        e.on = columns::date(s, 5);
        e.updatedAt = columns::timestamp(s, 6);
        out.push_back(std::move(e));
    }
    return out;
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
