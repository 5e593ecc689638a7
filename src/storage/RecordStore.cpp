#include "baton/storage/RecordStore.h"

#include "Columns.h"

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
    , m_goals(db)
    , m_charter(db)
    , m_conflicts(db)
    , m_voice(db)
    , m_pulses(db)
    , m_reviews(db)
{
}

const std::vector<RecordKind>& RecordStore::kinds()
{
    static const std::vector<RecordKind> kKinds = {
        RecordKind::Member,      RecordKind::Area,       RecordKind::CharterRule,  RecordKind::Expertise,
        RecordKind::Endorsement, RecordKind::Initiative, RecordKind::Contribution, RecordKind::Decision,
        RecordKind::Commitment,  RecordKind::Goal,       RecordKind::Conflict,     RecordKind::VoiceItem,
        RecordKind::Pulse,       RecordKind::Review};
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
    case RecordKind::Goal:
        return wrap(m_goals.find(GoalId(key)));
    case RecordKind::CharterRule:
        return wrap(m_charter.find(CharterRuleId(key)));
    case RecordKind::Conflict:
        return wrap(m_conflicts.find(ConflictId(key)));
    case RecordKind::VoiceItem:
        return wrap(m_voice.find(VoiceItemId(key)));
    case RecordKind::Pulse:
        return wrap(m_pulses.find(PulseId(key)));
    case RecordKind::Review:
        return wrap(m_reviews.find(ReviewId(key)));
    case RecordKind::Team:
        break;
    }
    return std::nullopt;
}

std::optional<bool> RecordStore::retracted(RecordKind kind, const std::string& key)
{
    // Fixed SQL per kind, in RecordKind order; the key is bound.
    static constexpr const char* kSql[] = {
        "SELECT retracted FROM members WHERE id = ?1",
        "SELECT retracted FROM expertise_areas WHERE id = ?1",
        "SELECT retracted FROM expertise WHERE member = ?1 AND area = ?2",
        "SELECT retracted FROM endorsements WHERE id = ?1",
        "SELECT retracted FROM initiatives WHERE id = ?1",
        "SELECT retracted FROM contributions WHERE id = ?1",
        "SELECT retracted FROM decisions WHERE id = ?1",
        "SELECT retracted FROM commitments WHERE id = ?1",
        "SELECT retracted FROM development_goals WHERE id = ?1",
        "SELECT retracted FROM charter_rules WHERE id = ?1",
        "SELECT retracted FROM conflicts WHERE id = ?1",
        "SELECT retracted FROM voice_items WHERE id = ?1",
        "SELECT retracted FROM pulses WHERE id = ?1",
        "SELECT retracted FROM reviews WHERE id = ?1",
    };
    static_assert(std::size(kSql) == static_cast<std::size_t>(RecordKind::Team));
    const auto index = static_cast<std::size_t>(kind);
    if (index >= m_retracted.size())
        return std::nullopt;
    Statement& s = prepared(m_db, m_retracted[index], kSql[index]);
    return findOne<bool>(
        s,
        [&](Statement& st) {
            if (kind == RecordKind::Expertise) {
                const auto [member, area] = expertiseKey(key);
                st.bind(1, member.str()).bind(2, area.str());
            } else {
                st.bind(1, key);
            }
        },
        [](const Statement& st) { return st.columnInt(0) != 0; });
}

void RecordStore::save(const AnyRecord& record, const AnyRecord* before)
{
    std::visit(
        [this, before](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            const T* stored = before ? std::get_if<T>(before) : nullptr;
            if constexpr (std::is_same_v<T, Decision>) {
                if (stored)
                    return m_decisions.update(r, *stored);
            } else if constexpr (std::is_same_v<T, Commitment>) {
                if (stored)
                    return m_commitments.update(r, *stored);
            }
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
            else if constexpr (std::is_same_v<T, DevelopmentGoal>)
                m_goals.upsert(r);
            else if constexpr (std::is_same_v<T, CharterRule>)
                m_charter.upsert(r);
            else if constexpr (std::is_same_v<T, Conflict>)
                m_conflicts.upsert(r);
            else if constexpr (std::is_same_v<T, VoiceItem>)
                m_voice.upsert(r);
            else if constexpr (std::is_same_v<T, Pulse>)
                m_pulses.upsert(r);
            else if constexpr (std::is_same_v<T, Review>)
                m_reviews.upsert(r);
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
    case RecordKind::Goal:
        visitAll(m_goals.all(Retracted::Included), visit);
        break;
    case RecordKind::CharterRule:
        visitAll(m_charter.all(Retracted::Included), visit);
        break;
    case RecordKind::Conflict:
        visitAll(m_conflicts.all(Retracted::Included), visit);
        break;
    case RecordKind::VoiceItem:
        visitAll(m_voice.all(Retracted::Included), visit);
        break;
    case RecordKind::Pulse:
        visitAll(m_pulses.all(Retracted::Included), visit);
        break;
    case RecordKind::Review:
        visitAll(m_reviews.all(Retracted::Included), visit);
        break;
    case RecordKind::Team:
        break;
    }
}

} // namespace baton::storage
