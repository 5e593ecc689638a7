#include "core/TeamSession.h"

#include "core/EditCommand.h"
#include "core/Text.h"

#include "baton/storage/CharterRuleRepository.h"
#include "baton/storage/CommitmentRepository.h"
#include "baton/storage/DecisionRepository.h"
#include "baton/storage/ExpertiseRepository.h"
#include "baton/storage/InitiativeRepository.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/StorageError.h"

#include <unordered_map>

namespace baton::ui {
using namespace baton::domain;

TeamSession::TeamSession(std::unique_ptr<storage::TeamFile> file, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_clock(clock)
    , m_edits(*m_file, clock)
{
}

TeamSession::~TeamSession() = default;

QString TeamSession::teamName()
{
    return toQ(guarded<storage::TeamInfo>([this] { return m_file->team(); }).name);
}

std::optional<MemberId> TeamSession::me()
{
    return guarded<std::optional<MemberId>>([this] { return m_edits.me(); });
}

Result<void> TeamSession::setMe(const MemberId& id)
{
    if (auto ok = m_edits.setMe(id); !ok)
        return ok;
    emit changed(RecordKind::Team, {});
    return {};
}

template <typename T, typename Read> T TeamSession::guarded(Read read)
{
    try {
        return read();
    } catch (const std::exception& e) {
        // Every read is an edge to the event loop: nothing may escape it (StorageError included).
        emit failed(toQ(e.what()));
    } catch (...) {
        emit failed(tr("An unexpected error occurred while reading the team file."));
    }
    return T{};
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

std::function<QString(const std::string&)> TeamSession::memberNames()
{
    auto names = std::make_shared<std::unordered_map<std::string, QString>>();
    for (const auto& m : members())
        names->emplace(m.id.str(), toQ(m.name));
    return [names, unknown = tr("(unknown member)")](const std::string& id) {
        const auto it = names->find(id);
        return it != names->end() ? it->second : unknown;
    };
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

std::vector<CharterRule> TeamSession::charterRules()
{
    return guarded<std::vector<CharterRule>>([this] { return storage::CharterRuleRepository(db()).all(); });
}

std::pair<QString, QString> TeamSession::authors(RecordKind kind, const std::string& id)
{
    // Who created a record and who changed it last, as the history records them.
    const auto entries =
        guarded<std::pair<std::optional<storage::ChangeEntry>, std::optional<storage::ChangeEntry>>>([&] {
            storage::HistoryLog log(db());
            return std::make_pair(log.firstOf(id, kind), log.latestOf(id, kind));
        });
    auto name = [this](const std::optional<storage::ChangeEntry>& e) {
        return e && e->author ? memberName(MemberId(*e->author)) : QString();
    };
    return {name(entries.first), name(entries.second)};
}

std::vector<storage::ChangeEntry> TeamSession::historyOf(const std::string& record, std::size_t limit)
{
    return guarded<std::vector<storage::ChangeEntry>>([&] {
        storage::ChangeFilter filter;
        filter.record = record;
        return storage::HistoryLog(db()).page(filter, std::nullopt, limit);
    });
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

void TeamSession::announce(const edit::ChangeSet& changes)
{
    invalidateCaches();
    for (const auto& c : changes.changes)
        emit changed(kindOf(c.after), toQ(keyOf(c.after)));
}

edit::Edit TeamSession::run(const std::function<edit::Edit(edit::EditService&)>& edit)
{
    edit::Edit done = makeError(ErrorCode::Io, "");
    try {
        done = edit(m_edits);
    } catch (const std::exception& e) { // the service returns errors; this is the last line of defence
        done = makeError(ErrorCode::Io, e.what());
    } catch (...) {
        done = makeError(ErrorCode::Io, tr("An unexpected error occurred; nothing was changed.").toStdString());
    }
    if (!done)
        invalidateCaches();
    else if (!done.value().empty())
        announce(done.value());
    return done;
}

Result<void> TeamSession::apply(const QString& label, const std::function<edit::Edit(edit::EditService&)>& edit)
{
    edit::Edit done = run(edit);
    if (!done)
        return done.error();
    if (done.value().empty())
        return {}; // nothing changed: nothing to undo
    m_undo.push(new EditCommand(*this, label, std::move(done).value()));
    return {};
}

Result<void> TeamSession::applyWithoutUndo(const std::function<edit::Edit(edit::EditService&)>& edit)
{
    edit::Edit done = run(edit);
    if (!done)
        return done.error();
    return {};
}

Result<edit::ChangeSet> TeamSession::revert(const edit::ChangeSet& changes, bool undo)
{
    edit::Edit done = undo ? m_edits.undo(changes) : m_edits.redo(changes);
    if (!done) {
        invalidateCaches();
        emit failed(toQ(done.error().message));
        return done.error();
    }
    announce(done.value());
    return done;
}

} // namespace baton::ui
