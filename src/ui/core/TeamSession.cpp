#include "core/TeamSession.h"

#include "core/EditCommand.h"
#include "core/Text.h"

#include "baton/domain/DecisionRules.h"
#include "baton/domain/TextRules.h"
#include "baton/storage/AuthorStamp.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/StorageError.h"

namespace baton::ui {
using namespace baton::domain;

namespace {
constexpr const char* kMeSetting = "workstation_member";

storage::AuthoredTable tableFor(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Member: return storage::AuthoredTable::Members;
    case RecordKind::Area: return storage::AuthoredTable::ExpertiseAreas;
    case RecordKind::Initiative: return storage::AuthoredTable::Initiatives;
    case RecordKind::Contribution: return storage::AuthoredTable::Contributions;
    case RecordKind::Commitment: return storage::AuthoredTable::Commitments;
    default: return storage::AuthoredTable::Decisions;
    }
}

bool hasAuthors(RecordKind kind)
{
    return kind != RecordKind::Expertise && kind != RecordKind::Endorsement && kind != RecordKind::Team;
}
} // namespace

TeamSession::TeamSession(std::unique_ptr<storage::TeamFile> file, const Clock& clock, QObject* parent)
    : QObject(parent), m_file(std::move(file)), m_clock(clock), m_ids(clock)
{
}

TeamSession::~TeamSession() = default;

QString TeamSession::teamName()
{
    return toQ(guarded<storage::TeamInfo>([this] { return m_file->team(); }).name);
}

std::optional<MemberId> TeamSession::me()
{
    try {
        if (const auto id = m_file->setting(kMeSetting); id && member(MemberId(*id)))
            return MemberId(*id);
    } catch (const storage::StorageError&) { // NOLINT(bugprone-empty-catch): unknown means "not chosen"
    }
    return std::nullopt;
}

Result<void> TeamSession::setMe(const MemberId& id)
{
    if (!member(id))
        return makeError(ErrorCode::NotFound, tr("That member is not in this team.").toStdString());
    try {
        m_file->setSetting(kMeSetting, id.str());
    } catch (const storage::StorageError& e) {
        return e.toError();
    }
    emit changed(RecordKind::Team, {});
    return {};
}

template <typename T, typename Read>
T TeamSession::guarded(Read read)
{
    try {
        return read();
    } catch (const storage::StorageError& e) {
        emit failed(toQ(e.what()));
        return T{};
    }
}

const std::vector<Member>& TeamSession::members()
{
    if (!m_members)
        m_members = guarded<std::vector<Member>>([this] { return storage::MemberRepository(db()).all(); });
    return *m_members;
}

const Member* TeamSession::member(const MemberId& id)
{
    for (const auto& m : members()) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

QString TeamSession::memberName(const MemberId& id)
{
    const Member* m = member(id);
    return m ? toQ(m->name) : tr("(unknown member)");
}

const std::vector<ExpertiseArea>& TeamSession::areas()
{
    if (!m_areas)
        m_areas = guarded<std::vector<ExpertiseArea>>([this] { return storage::ExpertiseRepository(db()).areas(); });
    return *m_areas;
}

const ExpertiseArea* TeamSession::area(const AreaId& id)
{
    for (const auto& a : areas()) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

std::optional<Decision> TeamSession::decision(const DecisionId& id)
{
    return guarded<std::optional<Decision>>([&] { return storage::DecisionRepository(db()).find(id); });
}
std::optional<Initiative> TeamSession::initiative(const InitiativeId& id)
{
    return guarded<std::optional<Initiative>>([&] { return storage::InitiativeRepository(db()).find(id); });
}
std::optional<Commitment> TeamSession::commitment(const CommitmentId& id)
{
    return guarded<std::optional<Commitment>>([&] { return storage::CommitmentRepository(db()).find(id); });
}
std::vector<Contribution> TeamSession::contributionsOf(const InitiativeId& id)
{
    return guarded<std::vector<Contribution>>([&] { return storage::InitiativeRepository(db()).contributionsOf(id); });
}
std::vector<Expertise> TeamSession::expertise()
{
    return guarded<std::vector<Expertise>>([this] { return storage::ExpertiseRepository(db()).expertise(); });
}
std::vector<Endorsement> TeamSession::endorsements()
{
    return guarded<std::vector<Endorsement>>([this] { return storage::ExpertiseRepository(db()).endorsements(); });
}

std::pair<QString, QString> TeamSession::authors(RecordKind kind, const std::string& id)
{
    if (!hasAuthors(kind))
        return {};
    const auto [created, updated] = guarded<std::pair<std::string, std::string>>(
        [&] { return storage::authorsOf(db(), tableFor(kind), id); });
    return {created.empty() ? QString() : memberName(MemberId(created)),
            updated.empty() ? QString() : memberName(MemberId(updated))};
}

Result<void> TeamSession::inTransaction(const std::function<void()>& write)
{
    if (readOnly())
        return makeError(ErrorCode::RuleViolation, tr("This team file is open read-only.").toStdString());
    try {
        storage::Transaction tx(db());
        write();
        tx.commit();
    } catch (const storage::StorageError& e) {
        invalidateCaches();
        emit failed(toQ(e.what()));
        return e.toError();
    }
    invalidateCaches();
    return {};
}

void TeamSession::reloadAll()
{
    invalidateCaches();
    emit changed(RecordKind::Team, {});
}

void TeamSession::invalidateCaches()
{
    m_members.reset();
    m_areas.reset();
}

Result<void> TeamSession::push(const QString& label, std::function<void()> redo, std::function<void()> undo,
                               RecordKind kind, const std::string& id)
{
    const auto stampedRedo = [this, redo, kind, id] {
        redo();
        if (hasAuthors(kind))
            if (const auto who = m_file->setting(kMeSetting))
                storage::stampAuthor(db(), tableFor(kind), id, *who);
    };
    if (auto ok = inTransaction(stampedRedo); !ok)
        return ok;
    const QString qid = toQ(id);
    auto announce = [this, kind, qid] { emit changed(kind, qid); };
    m_undo.push(new EditCommand(*this, label, stampedRedo, std::move(undo), announce));
    announce();
    return {};
}

namespace {
/// Before a member, area or title is saved through the window, it must fit the exchange spec.
Result<void> checkName(const std::string& text, const QString& what)
{
    if (isBlank(text))
        return makeError(ErrorCode::InvalidValue, QObject::tr("%1 is required.").arg(what).toStdString());
    if (codePointCount(text) > kMaxNameLength)
        return makeError(ErrorCode::InvalidValue,
                         QObject::tr("%1 is longer than 200 characters.").arg(what).toStdString());
    return {};
}
} // namespace

Result<void> TeamSession::saveMember(const std::optional<Member>& before, Member after, const QString& label)
{
    if (auto ok = checkName(after.name, tr("A name")); !ok)
        return ok;
    after.updatedAt = m_clock.now();
    auto redo = [this, after] { storage::MemberRepository(db()).upsert(after); };
    std::function<void()> undo;
    if (before)
        undo = [this, b = *before] { storage::MemberRepository(db()).upsert(b); };
    else
        undo = [this, id = after.id] { storage::MemberRepository(db()).remove(id); };
    return push(label, redo, undo, RecordKind::Member, after.id.str());
}

Result<void> TeamSession::saveArea(const std::optional<ExpertiseArea>& before, ExpertiseArea after, const QString& label)
{
    if (auto ok = checkName(after.name, tr("A name")); !ok)
        return ok;
    after.updatedAt = m_clock.now();
    auto redo = [this, after] { storage::ExpertiseRepository(db()).upsertArea(after); };
    std::function<void()> undo;
    if (before)
        undo = [this, b = *before] { storage::ExpertiseRepository(db()).upsertArea(b); };
    else
        undo = [this, id = after.id] { storage::ExpertiseRepository(db()).removeArea(id); };
    return push(label, redo, undo, RecordKind::Area, after.id.str());
}

Result<void> TeamSession::saveExpertise(const std::optional<Expertise>& before, Expertise after, const QString& label)
{
    if (after.level < kMinLevel || after.level > kMaxLevel)
        return makeError(ErrorCode::InvalidValue, tr("A level is from 1 to 5.").toStdString());
    after.updatedAt = m_clock.now();
    auto redo = [this, after] { storage::ExpertiseRepository(db()).upsertExpertise(after); };
    std::function<void()> undo;
    if (before)
        undo = [this, b = *before] { storage::ExpertiseRepository(db()).upsertExpertise(b); };
    else
        undo = [this, m = after.member, a = after.area] { storage::ExpertiseRepository(db()).removeExpertise(m, a); };
    return push(label, redo, undo, RecordKind::Expertise, after.member.str());
}

Result<void> TeamSession::saveEndorsement(Endorsement after, const QString& label)
{
    if (after.endorser == after.member)
        return makeError(ErrorCode::RuleViolation, tr("Members cannot endorse themselves.").toStdString());
    after.updatedAt = m_clock.now();
    auto redo = [this, after] { storage::ExpertiseRepository(db()).upsertEndorsement(after); };
    auto undo = [this, id = after.id] { storage::ExpertiseRepository(db()).removeEndorsement(id); };
    return push(label, redo, undo, RecordKind::Endorsement, after.id.str());
}

Result<void> TeamSession::saveInitiative(const std::optional<Initiative>& before, Initiative after, const QString& label)
{
    if (auto ok = checkName(after.title, tr("A title")); !ok)
        return ok;
    after.updatedAt = m_clock.now();
    auto redo = [this, after] { storage::InitiativeRepository(db()).upsert(after); };
    std::function<void()> undo;
    if (before)
        undo = [this, b = *before] { storage::InitiativeRepository(db()).upsert(b); };
    else
        undo = [this, id = after.id] { storage::InitiativeRepository(db()).remove(id); };
    return push(label, redo, undo, RecordKind::Initiative, after.id.str());
}

Result<void> TeamSession::saveContribution(const std::optional<Contribution>& before, Contribution after,
                                           const QString& label)
{
    after.updatedAt = m_clock.now();
    auto redo = [this, after] { storage::InitiativeRepository(db()).upsertContribution(after); };
    std::function<void()> undo;
    if (before)
        undo = [this, b = *before] { storage::InitiativeRepository(db()).upsertContribution(b); };
    else
        undo = [this, id = after.id] { storage::InitiativeRepository(db()).removeContribution(id); };
    return push(label, redo, undo, RecordKind::Contribution, after.id.str());
}

Result<void> TeamSession::saveDecision(const std::optional<Decision>& before, Decision after, const QString& label)
{
    if (const auto problems = decisionFieldProblems(after); !problems.empty())
        return makeError(ErrorCode::InvalidValue, problems.front());
    after.updatedAt = m_clock.now();
    auto redo = [this, after] { storage::DecisionRepository(db()).upsert(after); };
    std::function<void()> undo;
    if (before)
        undo = [this, b = *before] { storage::DecisionRepository(db()).upsert(b); };
    else
        undo = [this, id = after.id] { storage::DecisionRepository(db()).remove(id); };
    return push(label, redo, undo, RecordKind::Decision, after.id.str());
}

Result<void> TeamSession::saveDecisionPair(const Decision& oldBefore, Decision oldAfter,
                                           const std::optional<Decision>& newBefore, Decision newAfter,
                                           const QString& label)
{
    if (const auto problems = decisionFieldProblems(newAfter); !problems.empty())
        return makeError(ErrorCode::InvalidValue, problems.front());
    oldAfter.updatedAt = newAfter.updatedAt = m_clock.now();
    auto redo = [this, oldAfter, newAfter] {
        storage::DecisionRepository repo(db());
        repo.upsert(newAfter);
        repo.upsert(oldAfter);
    };
    auto undo = [this, oldBefore, newBefore, id = newAfter.id] {
        storage::DecisionRepository repo(db());
        repo.upsert(oldBefore);
        if (newBefore)
            repo.upsert(*newBefore);
        else
            repo.remove(id);
    };
    return push(label, redo, undo, RecordKind::Decision, newAfter.id.str());
}

Result<void> TeamSession::saveCommitment(const std::optional<Commitment>& before, Commitment after, const QString& label)
{
    if (isBlank(after.description))
        return makeError(ErrorCode::InvalidValue, tr("A commitment needs a description.").toStdString());
    if (after.owner.empty())
        return makeError(ErrorCode::InvalidValue, tr("A commitment needs exactly one owner.").toStdString());
    after.updatedAt = m_clock.now();
    auto redo = [this, after] { storage::CommitmentRepository(db()).upsert(after); };
    std::function<void()> undo;
    if (before)
        undo = [this, b = *before] { storage::CommitmentRepository(db()).upsert(b); };
    else
        undo = [this, id = after.id] { storage::CommitmentRepository(db()).remove(id); };
    return push(label, redo, undo, RecordKind::Commitment, after.id.str());
}

} // namespace baton::ui
