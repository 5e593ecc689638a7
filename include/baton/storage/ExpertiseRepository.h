#pragma once

#include "baton/domain/Endorsement.h"
#include "baton/domain/Expertise.h"
#include "baton/domain/ExpertiseArea.h"
#include "baton/storage/Database.h"
#include "baton/storage/Retracted.h"

#include <optional>
#include <vector>

namespace baton::storage {

/// Reads and writes expertise areas, member levels and endorsements.
class ExpertiseRepository {
public:
    explicit ExpertiseRepository(Database& db)
        : m_db(db)
    {
    }

    void upsertArea(const domain::ExpertiseArea& area);
    void upsertExpertise(const domain::Expertise& expertise);
    void upsertEndorsement(const domain::Endorsement& endorsement);

    std::optional<domain::Timestamp> areaUpdatedAt(const std::string& id);
    void removeArea(const domain::AreaId& id);
    void removeExpertise(const domain::MemberId& member, const domain::AreaId& area);
    void removeEndorsement(const domain::EndorsementId& id);
    std::optional<domain::Timestamp> expertiseUpdatedAt(const std::string& member, const std::string& area);
    std::optional<domain::Timestamp> endorsementUpdatedAt(const std::string& id);

    std::vector<domain::ExpertiseArea> areas(Retracted retracted = Retracted::Hidden);
    std::vector<domain::Expertise> expertise(Retracted retracted = Retracted::Hidden);
    std::vector<domain::Endorsement> endorsements(Retracted retracted = Retracted::Hidden);
    std::optional<domain::ExpertiseArea> findArea(const domain::AreaId& id);
    std::optional<domain::Expertise> findExpertise(const domain::MemberId& member, const domain::AreaId& area);
    std::optional<domain::Endorsement> findEndorsement(const domain::EndorsementId& id);

private:
    Database& m_db;
    std::optional<Statement> m_upsertArea, m_upsertExpertise, m_upsertEndorsement, m_findArea, m_findExpertise,
        m_findEndorsement;
};

} // namespace baton::storage
