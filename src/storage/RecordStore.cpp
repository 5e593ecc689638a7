#include "baton/storage/RecordStore.h"

#include "baton/storage/StorageError.h"

namespace baton::storage {
using namespace baton::domain;

namespace {
/// Expertise keys are "member/area".
std::pair<MemberId, AreaId> expertiseKey(const std::string& key)
{
    const auto slash = key.find('/');
    if (slash == std::string::npos)
        return {};
    return {MemberId(key.substr(0, slash)), AreaId(key.substr(slash + 1))};
}

template <typename T> std::optional<AnyRecord> wrap(std::optional<T> value)
{
    return value ? std::optional<AnyRecord>(std::move(*value)) : std::nullopt;
}

template <typename T, typename Visit> void visitAll(const std::vector<T>& rows, const Visit& visit)
{
    for (const auto& r : rows)
        visit(AnyRecord(r));
}
} // namespace

RecordStore::RecordStore(Database& db)
    : m_db(db)
    , m_members(db)
    , m_expertise(db)
    , m_initiatives(db)
    , m_decisions(db)
    , m_commitments(db)
{
}

const std::vector<RecordKind>& RecordStore::kinds()
{
    static const std::vector<RecordKind> kKinds = {
        RecordKind::Member,     RecordKind::Area,         RecordKind::Expertise, RecordKind::Endorsement,
        RecordKind::Initiative, RecordKind::Contribution, RecordKind::Decision,  RecordKind::Commitment};
    return kKinds;
}

std::optional<AnyRecord> RecordStore::find(RecordKind kind, const std::string& key)
{
    switch (kind) {
    case RecordKind::Member:
        return wrap(m_members.find(MemberId(key)));
    case RecordKind::Area:
        return wrap(m_expertise.findArea(AreaId(key)));
    case RecordKind::Expertise: {
        const auto [member, area] = expertiseKey(key);
        return wrap(m_expertise.findExpertise(member, area));
    }
    case RecordKind::Endorsement:
        return wrap(m_expertise.findEndorsement(EndorsementId(key)));
    case RecordKind::Initiative:
        return wrap(m_initiatives.find(InitiativeId(key)));
    case RecordKind::Contribution:
        return wrap(m_initiatives.findContribution(ContributionId(key)));
    case RecordKind::Decision:
        return wrap(m_decisions.find(DecisionId(key)));
    case RecordKind::Commitment:
        return wrap(m_commitments.find(CommitmentId(key)));
    case RecordKind::Team:
        break;
    }
    return std::nullopt;
}

void RecordStore::save(const AnyRecord& record)
{
    std::visit(
        [this](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, Member>)
                m_members.upsert(r);
            else if constexpr (std::is_same_v<T, ExpertiseArea>)
                m_expertise.upsertArea(r);
            else if constexpr (std::is_same_v<T, Expertise>)
                m_expertise.upsertExpertise(r);
            else if constexpr (std::is_same_v<T, Endorsement>)
                m_expertise.upsertEndorsement(r);
            else if constexpr (std::is_same_v<T, Initiative>)
                m_initiatives.upsert(r);
            else if constexpr (std::is_same_v<T, Contribution>)
                m_initiatives.upsertContribution(r);
            else if constexpr (std::is_same_v<T, Decision>)
                m_decisions.upsert(r);
            else if constexpr (std::is_same_v<T, Commitment>)
                m_commitments.upsert(r);
        },
        record);
}

void RecordStore::forEach(RecordKind kind, const std::function<void(const AnyRecord&)>& visit)
{
    switch (kind) {
    case RecordKind::Member:
        visitAll(m_members.all(Retracted::Included), visit);
        break;
    case RecordKind::Area:
        visitAll(m_expertise.areas(Retracted::Included), visit);
        break;
    case RecordKind::Expertise:
        visitAll(m_expertise.expertise(Retracted::Included), visit);
        break;
    case RecordKind::Endorsement:
        visitAll(m_expertise.endorsements(Retracted::Included), visit);
        break;
    case RecordKind::Initiative:
        m_initiatives.forEach([&](const Initiative& i) { visit(AnyRecord(i)); });
        break;
    case RecordKind::Contribution:
        m_initiatives.forEachContribution([&](const Contribution& c) { visit(AnyRecord(c)); });
        break;
    case RecordKind::Decision:
        m_decisions.forEach([&](const Decision& d) { visit(AnyRecord(d)); });
        break;
    case RecordKind::Commitment:
        m_commitments.forEach([&](const Commitment& c) { visit(AnyRecord(c)); });
        break;
    case RecordKind::Team:
        break;
    }
}

} // namespace baton::storage
