#include "baton/edit/EditContext.h"

#include "baton/domain/CrashPoint.h"
#include "baton/storage/MemberRepository.h"
#include "baton/storage/StorageError.h"

#include <new>

namespace baton::edit {
using namespace baton::domain;

namespace {
constexpr const char* kMeSetting = "workstation_member";

/// A time later than the record's last change even when the clock stands still or runs
/// behind, so "newer wins" on import always takes an edit (and an undo) over what it replaced.
Timestamp freshTime(Timestamp now, const std::optional<AnyRecord>& before)
{
    if (before && updatedAtOf(*before) >= now)
        return Timestamp::fromMicros(updatedAtOf(*before).micros() + 1);
    return now;
}
bool tookNoStance(const Participant* p)
{
    return !p || (p->stance == Stance::None && p->comment.empty());
}

/// Why a team server would refuse these changes, when this file is a replica of one: said
/// here, before anything is saved, rather than by the server later (see the server's
/// stamp_change). Empty for a file that is not linked.
std::optional<std::string> serverWouldRefuse(storage::Database& db, const ChangeSet& changes,
                                             const std::optional<std::string>& author)
{
    storage::Statement link = db.prepare("SELECT facilitator FROM sync_link");
    if (!link.step())
        return std::nullopt;
    const bool facilitator = link.columnInt(0) != 0;
    for (const AppliedChange& c : changes.changes) {
        const RecordKind kind = kindOf(c.after);
        if ((kind == RecordKind::Member || kind == RecordKind::Area) && !facilitator)
            return std::string("This team file syncs with a team server, where only a facilitator can add or change "
                               "members and expertise areas; nothing was changed.");
        if (kind != RecordKind::Decision)
            continue;
        const auto& after = std::get<Decision>(c.after);
        const Decision* before = c.before ? &std::get<Decision>(*c.before) : nullptr;
        const auto find = [](const Decision* d, const MemberId& m) -> const Participant* {
            if (!d)
                return nullptr;
            for (const auto& p : d->participants)
                if (p.member == m)
                    return &p;
            return nullptr;
        };
        std::vector<MemberId> members;
        for (const auto& p : after.participants)
            members.push_back(p.member);
        if (before)
            for (const auto& p : before->participants)
                members.push_back(p.member);
        for (const MemberId& m : members) {
            if (author && m.str() == *author)
                continue;
            const Participant* was = find(before, m);
            const Participant* now = find(&after, m);
            const bool same =
                was && now && was->role == now->role && was->stance == now->stance && was->comment == now->comment;
            if (!same && !(tookNoStance(was) && tookNoStance(now))) {
                const auto member = storage::MemberRepository(db).find(m);
                return "This team file syncs with a team server, where only " + (member ? member->name : m.str()) +
                       " can record their own stance; nothing was changed.";
            }
        }
    }
    return std::nullopt;
}

/// After an anonymous edit: the write-ahead log holds the pages just written next to the ones
/// before, which could pair a pulse answer with the member who joined `responded`. Copying
/// them into the file and truncating the log leaves only the file's pages (secure_delete
/// zeroes what they freed). Best effort: a reader holding an old snapshot keeps the log.
void forgetWrittenPages(storage::Database& db)
{
    try {
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const storage::StorageError&) {
        // the edit is committed; the log is truncated at the next checkpoint
    }
}

} // namespace

EditWriter::EditWriter(storage::Database& db, storage::RecordStore& store, storage::HistoryLog& log,
                       std::string operation, std::optional<std::string> author, Timestamp now)
    : m_db(db)
    , m_store(store)
    , m_log(log)
    , m_author(std::move(author))
    , m_now(now)
{
    m_changes.operation = std::move(operation);
}

Result<void> EditWriter::requireLive(RecordKind kind, const std::string& key, std::string_view what)
{
    const auto retracted = m_store.retracted(kind, key);
    if (!retracted)
        return makeError(ErrorCode::NotFound, std::string(what) + ": there is no " + std::string(toString(kind)) +
                                                  " with id " + key + " in this team");
    if (*retracted) {
        const auto found = m_store.find(kind, key);
        return makeError(ErrorCode::RuleViolation, std::string(what) + ": " + std::string(toString(kind)) + " “" +
                                                       (found ? labelOf(*found) : key) + "” was retracted");
    }
    return {};
}

std::optional<Member> EditWriter::liveMember(const MemberId& id)
{
    auto m = m_store.find<Member>(id.str());
    if (!m || m->retracted)
        return std::nullopt;
    return m;
}

void EditWriter::write(AnyRecord after, std::optional<std::int64_t> undoes)
{
    const RecordKind kind = kindOf(after);
    const std::string key = keyOf(after);
    std::optional<AnyRecord> before = m_store.find(kind, key);
    if (before) {
        AnyRecord same = after;
        setUpdatedAt(same, updatedAtOf(*before));
        if (canonicalFields(same) == canonicalFields(*before))
            return; // nothing changed: no write, no history entry
    }
    const Timestamp at = freshTime(m_now, before);
    setUpdatedAt(after, at);
    m_store.save(after, before ? &*before : nullptr);
    storage::ChangeEntry entry;
    entry.at = m_now; // when it happened; the record's updated_at is the one bumped past its last
    entry.author = m_author;
    entry.operation = m_changes.operation;
    entry.kind = kind;
    entry.record = key;
    if (before)
        entry.before = canonicalFields(*before);
    entry.after = canonicalFields(after);
    entry.undoes = undoes;
    m_log.append(entry);
    crashPoint("edit.in-transaction");
    m_changes.changes.push_back(AppliedChange{std::move(before), std::move(after), entry.seq});
}

EditContext::EditContext(storage::TeamFile& file, const Clock& clock)
    : m_file(file)
    , m_clock(clock)
    , m_ids(clock)
{
}

bool isAnonymousOperation(std::string_view operation)
{
    return operation == "raise-anonymous-voice-item" || operation == "record-pulse-response";
}

std::optional<std::string> whyFinal(std::string_view operation)
{
    if (isAnonymousOperation(operation))
        return "an anonymous item or a pulse answer cannot be undone: the undo would name who gave it";
    if (operation == "close-pulse")
        return "a closed pulse cannot be reopened: answers given after its closing could be told apart from those "
               "before";
    return std::nullopt;
}

Result<ChangeSet> EditContext::run(std::string_view operation, const Body& body)
{
    return run(operation, body, false);
}

Result<ChangeSet> EditContext::runAnonymously(std::string_view operation, const Body& body)
{
    return run(operation, body, true);
}

Result<ChangeSet> EditContext::run(std::string_view operation, const Body& body, bool anonymous)
{
    if (m_file.readOnly())
        return makeError(ErrorCode::RuleViolation, "this team file is open read-only; nothing was changed");
    if (anonymous != isAnonymousOperation(operation))
        return makeError(ErrorCode::InvalidValue, "internal error: " + std::string(operation) +
                                                      (anonymous ? " cannot" : " must") + " keep no author");
    try {
        storage::Transaction tx(m_file.db());
        std::optional<std::string> author;
        if (const auto who = me(); who && !anonymous)
            author = who->str();
        // The file keeps the store and the log, and so their prepared statements, while it is open.
        EditWriter writer(m_file.db(), m_file.records(), m_file.history(), std::string(operation), author,
                          m_clock.now());
        if (auto ok = body(writer); !ok)
            return ok.error();
        if (const auto refusal = serverWouldRefuse(m_file.db(), writer.changes(), author))
            return makeError(ErrorCode::RuleViolation, *refusal);
        crashPoint("edit.before-commit");
        tx.commit();
        crashPoint("edit.after-commit");
        if (anonymous)
            forgetWrittenPages(m_file.db());
        return writer.take();
    } catch (const storage::StorageError& e) {
        return e.toError();
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::Io, "not enough memory to save the change; nothing was changed");
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Io, std::string("the change could not be saved, nothing was changed: ") + e.what());
    }
}

std::optional<MemberId> EditContext::me()
{
    storage::Statement s = m_file.db().prepare("SELECT s.value FROM settings s JOIN members m ON m.id = s.value "
                                               "WHERE s.key = ? AND m.retracted = 0");
    s.bind(1, kMeSetting);
    if (!s.step())
        return std::nullopt;
    return MemberId(s.columnText(0));
}

Result<void> EditContext::setMe(const MemberId& member)
{
    try {
        const auto m = storage::MemberRepository(m_file.db()).find(member);
        if (!m || m->retracted)
            return makeError(ErrorCode::NotFound, "there is no member with id " + member.str() + " in this team");
        if (m_file.readOnly())
            return makeError(ErrorCode::RuleViolation, "this team file is open read-only; nothing was changed");
        // A replica of a team server speaks for its login's member: the server would refuse
        // every change stamped with anyone else.
        storage::Statement linked = m_file.db().prepare("SELECT member FROM sync_link WHERE member <> ?");
        linked.bind(1, member.str());
        if (linked.step()) {
            const auto server = storage::MemberRepository(m_file.db()).find(MemberId(linked.columnText(0)));
            return makeError(ErrorCode::RuleViolation,
                             "this team file syncs with a team server as " +
                                 (server ? server->name : linked.columnText(0)) +
                                 "; its edits are always stamped with that member (join the team with your own "
                                 "login to edit as yourself)");
        }
        m_file.setSetting(kMeSetting, member.str());
    } catch (const storage::StorageError& e) {
        return e.toError();
    }
    return {};
}

} // namespace baton::edit
