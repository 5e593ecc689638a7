#include "DraftWriter.h"

#include "RecordMerge.h"

#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/ConflictRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/GoalRepository.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/PulseRepository.h"
#include "baton/storage/ReviewRepository.h"
#include "baton/storage/VoiceItemRepository.h"

namespace baton::exchange {
using namespace baton::domain;

namespace {

template <typename T, typename Existing, typename Write>
void mergeAll(const std::vector<Located<T>>& records, KindCounts& counts, ImportHistory& history, Existing existing,
              Write write)
{
    for (const auto& r : records)
        mergeRecord(r.record, counts, history, existing, write);
}

/// mergeAll for a kind whose repository finds a record by id and upserts it whole.
template <typename T, typename Repository>
void mergeFound(const std::vector<Located<T>>& records, KindCounts& counts, ImportHistory& history, Repository repo)
{
    mergeAll(
        records, counts, history,
        [&](const T& r) {
            const auto stored = repo.find(r.id);
            return stored ? std::optional<Timestamp>(stored->updatedAt) : std::nullopt;
        },
        [&](const T& r, storage::WriteMode) { repo.upsert(r); });
}

} // namespace

void writeDraft(storage::Database& db, const TeamDraft& draft, ImportHistory& history, ImportReport& report)
{
    storage::MemberRepository members(db);
    storage::ExpertiseRepository expertise(db);
    storage::InitiativeRepository initiatives(db);

    // Emails are unique at every statement, so members whose stored email is about to change
    // give it up first; otherwise swapping two emails would clash half-way. Times are
    // compared as times: as text, "...:00Z" sorts after "...:00.500Z".
    storage::Statement releaseEmail = db.prepare("UPDATE members SET email = NULL WHERE id = ?");
    for (const auto& m : draft.members) {
        const auto current = members.updatedAt(m.record.id.str());
        if (!current || !(m.record.updatedAt > *current))
            continue;
        history.keep(m.record);
        releaseEmail.bind(1, m.record.id.str()).run();
    }
    mergeAll(
        draft.members, report.counts["members"], history,
        [&](const Member& m) { return members.updatedAt(m.id.str()); },
        [&](const Member& m, storage::WriteMode) { members.upsert(m); });
    mergeAll(
        draft.areas, report.counts["expertise_areas"], history,
        [&](const ExpertiseArea& a) { return expertise.areaUpdatedAt(a.id.str()); },
        [&](const ExpertiseArea& a, storage::WriteMode) { expertise.upsertArea(a); });
    mergeAll(
        draft.expertise, report.counts["expertise"], history,
        [&](const Expertise& e) { return expertise.expertiseUpdatedAt(e.member.str(), e.area.str()); },
        [&](const Expertise& e, storage::WriteMode) { expertise.upsertExpertise(e); });
    mergeAll(
        draft.endorsements, report.counts["endorsements"], history,
        [&](const Endorsement& e) { return expertise.endorsementUpdatedAt(e.id.str()); },
        [&](const Endorsement& e, storage::WriteMode) { expertise.upsertEndorsement(e); });
    mergeAll(
        draft.initiatives, report.counts["initiatives"], history,
        [&](const Initiative& i) { return initiatives.updatedAt(i.id.str()); },
        [&](const Initiative& i, storage::WriteMode mode) { initiatives.upsert(i, mode); });
    mergeAll(
        draft.contributions, report.counts["contributions"], history,
        [&](const Contribution& c) { return initiatives.contributionUpdatedAt(c.id.str()); },
        [&](const Contribution& c, storage::WriteMode mode) { initiatives.upsertContribution(c, mode); });
    storage::GoalRepository goals(db);
    mergeAll(
        draft.goals, report.counts["development_goals"], history,
        [&](const DevelopmentGoal& g) {
            const auto stored = goals.find(g.id);
            return stored ? std::optional<Timestamp>(stored->updatedAt) : std::nullopt;
        },
        [&](const DevelopmentGoal& g, storage::WriteMode) { goals.upsert(g); });
    storage::CharterRuleRepository charter(db);
    mergeAll(
        draft.charterRules, report.counts["charter_rules"], history,
        [&](const CharterRule& c) {
            const auto stored = charter.find(c.id);
            return stored ? std::optional<Timestamp>(stored->updatedAt) : std::nullopt;
        },
        [&](const CharterRule& c, storage::WriteMode) { charter.upsert(c); });
    mergeFound(draft.conflicts, report.counts["conflicts"], history, storage::ConflictRepository(db));
    mergeFound(draft.voiceItems, report.counts["voice_items"], history, storage::VoiceItemRepository(db));
    mergeFound(draft.pulses, report.counts["pulses"], history, storage::PulseRepository(db));
    mergeFound(draft.reviews, report.counts["reviews"], history, storage::ReviewRepository(db));
}

} // namespace baton::exchange
