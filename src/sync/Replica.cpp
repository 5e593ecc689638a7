#include "baton/sync/Replica.h"

#include "RecordReferences.h"

#include "baton/exchange/RecordText.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/StorageError.h"
#include "baton/sync/RecordFold.h"

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>

namespace baton::sync {
using namespace baton::domain;
using storage::Statement;

namespace {

/// Changes that take part in a record's merge, local ones reading their fields from the history.
constexpr const char* kChangesOf =
    "SELECT s.change_id, s.hlc, s.author, s.at, s.operation, s.kind, s.record, s.origin, "
    "CASE s.origin WHEN 'local' THEN h.before ELSE s.before END, "
    "CASE s.origin WHEN 'local' THEN h.after ELSE s.after END, coalesce(s.server_seq, 0) "
    "FROM sync_changes s INDEXED BY sync_changes_order LEFT JOIN changes h ON h.seq = s.local_seq "
    "WHERE s.kind = ? AND s.record = ? AND s.refused IS NULL AND s.parked IS NULL "
    "ORDER BY s.hlc, s.author, s.change_id";

/// How far ahead of this machine's clock a change from the server may move the replica's clock.
constexpr std::int64_t kClockSlackMs = 24 * 3600 * 1000;

SyncChange readChange(const Statement& s)
{
    SyncChange c;
    c.changeId = s.columnText(0);
    c.hlc = s.columnInt(1);
    c.author = s.columnText(2);
    c.at = s.columnText(3);
    c.operation = s.columnText(4);
    c.kind = s.columnText(5);
    c.record = s.columnText(6);
    c.before = s.columnOptionalText(8);
    c.after = s.columnText(9);
    c.serverSeq = s.columnInt(10);
    return c;
}

std::optional<RecordKind> kindNamed(const std::string& name)
{
    const auto kind = parseEnum<RecordKind>(name);
    if (!kind || *kind == RecordKind::Team)
        return std::nullopt;
    return kind;
}

/// Puts `value` back into `fields` at `field`: a top-level field, or one element of a keyed
/// array ("participants/<member>"; null removes the element).
void restoreField(nlohmann::json& fields, const std::string& field, const nlohmann::json& value)
{
    const auto slash = field.find('/');
    if (slash == std::string::npos) {
        fields[field] = value;
        return;
    }
    nlohmann::json& array = fields[field.substr(0, slash)];
    if (!array.is_array())
        array = nlohmann::json::array();
    const std::string key = field.substr(slash + 1);
    for (auto it = array.begin(); it != array.end(); ++it) {
        if (it->is_object() && it->value("member", std::string()) == key) {
            if (value.is_null())
                array.erase(it);
            else
                *it = value;
            return;
        }
    }
    if (!value.is_null())
        array.push_back(value);
}

std::int64_t nowMillis()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

/// Statements prepared once per Replica (a sync round applies thousands of changes), and,
/// while one batch is applied, each record's merge so far.
struct Replica::Cache {
    explicit Cache(storage::Database& db)
        : store(db)
    {
    }
    storage::RecordStore store;
    std::optional<Statement> changesOf, baseOf, clearConflicts, addConflict, known, insert, park, latest, settle,
        settleAll, anyOpen;

    struct Fold {
        RecordFolder folder;
        SyncChange last; ///< the latest change added, by appliesBefore (its fields unused)
    };
    std::map<std::string, Fold> folds; ///< "kind record" -> merge so far; only inside applyRemote

    /// The last text decoded, so checking a merge and then reading it decodes once.
    std::string decodedText;
    std::optional<AnyRecord> decoded;
    std::optional<AnyRecord> decode(RecordKind kind, const std::string& text)
    {
        if (text != decodedText || !decoded || kindOf(*decoded) != kind) {
            std::string error;
            decoded = exchange::recordFromFields(kind, text, error);
            decodedText = text;
        }
        return decoded;
    }
};

/// A record as the merge of every change known for it.
struct Replica::Merged {
    std::optional<AnyRecord> record;
    std::vector<FoldConflict> conflicts; ///< all of the record's (a whole merge)
    bool onStored = false;               ///< from the stored record: conflicts untouched but for...
    std::vector<std::string> settles;    ///< ...these fields, whose open conflicts the change settles
};

Replica::Replica(storage::Database& db)
    : m_db(db)
    , m_cache(std::make_unique<Cache>(db))
{
}

Replica::~Replica() = default;

namespace {
Statement& prepared(storage::Database& db, std::optional<Statement>& slot, const char* sql)
{
    if (!slot)
        slot.emplace(db.prepare(sql));
    else
        slot->reset();
    return *slot;
}
} // namespace

std::optional<ServerLink> Replica::link()
{
    Statement s = m_db.prepare(
        "SELECT server, team, coalesce(member, ''), baseline_seq, cursor, hlc, facilitator FROM sync_link");
    if (!s.step())
        return std::nullopt;
    return ServerLink{s.columnText(0), s.columnText(1), s.columnText(2), s.columnInt(3),
                      s.columnInt(4),  s.columnInt(5),  s.columnInt(6) != 0};
}

void Replica::linkTo(const ServerLink& link)
{
    Statement s = m_db.prepare("INSERT OR REPLACE INTO sync_link (singleton, server, team, member, facilitator, "
                               "baseline_seq, cursor, hlc, applying) VALUES (1, ?, ?, ?, ?, ?, ?, ?, 0)");
    s.bind(1, link.server).bind(2, link.team).bind(3, link.member).bind(4, link.facilitator);
    s.bind(5, link.baselineSeq).bind(6, link.cursor).bind(7, link.hlc).run();
}

void Replica::setFacilitator(bool facilitator)
{
    Statement s = m_db.prepare("UPDATE sync_link SET facilitator = ? WHERE facilitator <> ?");
    s.bind(1, facilitator).bind(2, facilitator).run();
}

std::vector<SyncChange> Replica::unsent(std::size_t limit)
{
    Statement s = m_db.prepare(
        "SELECT s.change_id, s.hlc, s.author, s.at, s.operation, s.kind, s.record, s.origin, h.before, h.after, 0 "
        "FROM sync_changes s INDEXED BY sync_changes_unsent JOIN changes h ON h.seq = s.local_seq "
        "WHERE s.server_seq IS NULL AND s.refused IS NULL ORDER BY s.local_seq LIMIT ?");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<SyncChange> out;
    while (s.step())
        out.push_back(readChange(s));
    return out;
}

void Replica::markSent(const std::string& changeId, std::int64_t serverSeq)
{
    Statement s = m_db.prepare("UPDATE sync_changes SET server_seq = ? WHERE change_id = ?");
    s.bind(1, serverSeq).bind(2, changeId).run();
}

std::vector<SyncChange> Replica::changesOf(const std::string& kind, const std::string& record)
{
    Statement& s = prepared(m_db, m_cache->changesOf, kChangesOf);
    s.bind(1, kind).bind(2, record);
    std::vector<SyncChange> out;
    while (s.step())
        out.push_back(readChange(s));
    return out;
}

std::optional<std::string> Replica::baseOf(const std::string& kind, const std::string& record,
                                           std::int64_t baselineSeq)
{
    Statement& s = prepared(m_db, m_cache->baseOf,
                            "SELECT after FROM changes INDEXED BY changes_record WHERE record = ? AND kind = ? "
                            "AND seq <= ? ORDER BY seq DESC LIMIT 1");
    s.bind(1, record).bind(2, kind).bind(3, baselineSeq);
    if (!s.step())
        return std::nullopt;
    std::string after = s.columnText(0);
    s.reset();
    return after;
}

RecordFolder Replica::folderOf(const std::string& kind, const std::string& record, std::int64_t baselineSeq,
                               SyncChange* last)
{
    const RecordKind k = *kindNamed(kind);
    Cache* cache = m_cache.get();
    RecordFolder folder(baseOf(kind, record, baselineSeq),
                        [cache, k](const std::string& fields) { return cache->decode(k, fields).has_value(); });
    const auto changes = changesOf(kind, record);
    for (const SyncChange& c : changes)
        folder.add(c);
    if (last && !changes.empty())
        *last = changes.back();
    return folder;
}

Replica::Merged Replica::mergedFrom(const RecordFolder& folder, const std::string& kind)
{
    FoldResult folded = folder.result();
    Merged out;
    out.conflicts = std::move(folded.conflicts);
    if (folded.fields)
        out.record = m_cache->decode(*kindNamed(kind), *folded.fields);
    return out;
}

Replica::Merged Replica::mergeOf(const std::string& kind, const std::string& record, std::int64_t baselineSeq)
{
    return mergedFrom(folderOf(kind, record, baselineSeq, nullptr), kind);
}

bool Replica::isLatest(const SyncChange& cause)
{
    Statement& s = prepared(m_db, m_cache->latest,
                            "SELECT hlc, author, change_id FROM sync_changes INDEXED BY sync_changes_order "
                            "WHERE kind = ? AND record = ? AND change_id <> ? AND refused IS NULL AND parked IS NULL "
                            "ORDER BY hlc DESC, author DESC, change_id DESC LIMIT 1");
    s.bind(1, cause.kind).bind(2, cause.record).bind(3, cause.changeId);
    if (!s.step())
        return true;
    SyncChange last;
    last.hlc = s.columnInt(0);
    last.author = s.columnText(1);
    last.changeId = s.columnText(2);
    s.reset(); // a statement left mid-way keeps a read snapshot, and the WAL can then never shrink
    return appliesBefore(last, cause);
}

std::optional<Replica::Merged> Replica::mergeOnStored(const SyncChange& cause, const AnyRecord& current)
{
    Cache* cache = m_cache.get();
    const RecordKind k = kindOf(current);
    RecordFolder folder = RecordFolder::resume(
        canonicalFields(current), [cache, k](const std::string& fields) { return cache->decode(k, fields).has_value(); });
    folder.add(cause);
    if (folder.addConflicted())
        return std::nullopt; // who lost is in the history: merge the whole record
    Merged out;
    out.onStored = true;
    out.settles = folder.knowingFields();
    if (const auto fields = folder.result().fields)
        out.record = cache->decode(k, *fields);
    return out;
}

Replica::Merged Replica::mergeWith(const SyncChange& cause, std::int64_t baselineSeq)
{
    // A change later than everything merged so far for its record (the usual case: the server
    // sends changes in about the order they were made) is added to that merge; any other
    // starts the record's merge again from its base.
    const std::string key = cause.kind + " " + cause.record;
    auto& folds = m_cache->folds;
    auto it = folds.find(key);
    if (it != folds.end() && appliesBefore(it->second.last, cause)) {
        it->second.folder.add(cause);
        it->second.last = cause;
    } else {
        SyncChange last;
        RecordFolder folder = folderOf(cause.kind, cause.record, baselineSeq, &last);
        it = folds.insert_or_assign(key, Cache::Fold{std::move(folder), std::move(last)}).first;
    }
    it->second.last.before.reset();
    it->second.last.after.clear();
    return mergedFrom(it->second.folder, cause.kind);
}

bool Replica::apply(const SyncChange& cause, std::int64_t baselineSeq, std::string& reason)
{
    const auto kind = kindNamed(cause.kind);
    if (!kind) {
        reason = "a change of an unknown kind \"" + cause.kind + "\"";
        return false;
    }
    // What the change itself says must be a record of its kind, with its key, whose
    // references this replica can follow; otherwise it is parked here, as everywhere.
    const auto own = exchange::recordFromFields(*kind, cause.after, reason);
    if (!own)
        return false;
    if (keyOf(*own) != cause.record) {
        reason = "its fields are those of " + keyOf(*own) + ", not of " + cause.record;
        return false;
    }
    // Canonical fields only: then the merge of the stored record and of the whole history agree.
    if (canonicalFields(*own) != cause.after) {
        reason = "its fields are not written the way Baton writes them";
        return false;
    }
    storage::RecordStore& store = m_cache->store;
    const auto current = store.find(*kind, cause.record);
    const std::string foldKey = cause.kind + " " + cause.record;
    std::optional<Merged> onStored;
    if (current && !m_cache->folds.count(foldKey) && isLatest(cause))
        onStored = mergeOnStored(cause, *current);
    Merged merged = onStored ? std::move(*onStored) : mergeWith(cause, baselineSeq);
    if (!merged.record) {
        reason = "the record's changes do not merge into a valid record";
        return false;
    }
    if (const auto missing = missingReference(m_cache->store, *merged.record)) {
        reason = "it refers to " + *missing + ", which this file does not have";
        return false;
    }
    store.save(*merged.record, current ? &*current : nullptr);
    storage::ChangeEntry entry;
    entry.at = Timestamp::parse(cause.at).value_or(Timestamp{});
    if (!cause.author.empty())
        entry.author = cause.author;
    entry.operation = cause.operation;
    entry.kind = *kind;
    entry.record = cause.record;
    if (current)
        entry.before = canonicalFields(*current);
    entry.after = canonicalFields(*merged.record);
    storage::HistoryLog(m_db).append(entry);
    if (!merged.onStored) {
        storeConflicts(cause.kind, cause.record, merged.conflicts);
    } else if (cause.operation == "settle") {
        Statement& all = prepared(m_db, m_cache->settleAll,
                                  "UPDATE sync_conflicts SET settled_by = ? WHERE kind = ? AND record = ? "
                                  "AND settled_by IS NULL");
        all.bind(1, cause.changeId).bind(2, cause.kind).bind(3, cause.record).run();
    } else {
        for (const std::string& field : merged.settles) {
            Statement& one = prepared(m_db, m_cache->settle,
                                      "UPDATE sync_conflicts SET settled_by = ? WHERE kind = ? AND record = ? "
                                      "AND field = ? AND settled_by IS NULL");
            one.bind(1, cause.changeId).bind(2, cause.kind).bind(3, cause.record).bind(4, field).run();
        }
    }
    return true;
}

void Replica::storeConflicts(const std::string& kind, const std::string& record,
                             const std::vector<FoldConflict>& conflicts)
{
    Statement& clear = prepared(m_db, m_cache->clearConflicts, "DELETE FROM sync_conflicts WHERE kind = ? AND record = ?");
    clear.bind(1, kind).bind(2, record).run();
    for (const FoldConflict& c : conflicts) {
        Statement& add = prepared(m_db, m_cache->addConflict,
                                  "INSERT OR REPLACE INTO sync_conflicts (kind, record, field, winner, loser, "
                                  "kept_value, lost_value, settled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        add.bind(1, kind).bind(2, record).bind(3, c.field).bind(4, c.winner).bind(5, c.loser);
        add.bind(6, c.keptValue).bind(7, c.lostValue).bind(8, c.settledBy);
        add.run();
    }
}

bool Replica::hasOpenConflicts(const std::string& kind, const std::string& record)
{
    Statement& s = prepared(m_db, m_cache->anyOpen,
                            "SELECT 1 FROM sync_conflicts INDEXED BY sync_conflicts_open WHERE kind = ? AND record = ? "
                            "AND settled_by IS NULL LIMIT 1");
    s.bind(1, kind).bind(2, record);
    const bool open = s.step();
    s.reset();
    return open;
}

void Replica::refreshConflicts(const std::string& kind, const std::string& record, std::int64_t baselineSeq)
{
    // A change made here alters no record when it comes back, but it may settle (or open) a
    // conflict: the list follows the same merge as the records.
    if (kindNamed(kind))
        storeConflicts(kind, record, mergeOf(kind, record, baselineSeq).conflicts);
}

ApplyResult Replica::applyRemote(const std::vector<SyncChange>& batch)
{
    ApplyResult result;
    storage::Transaction tx(m_db);
    const auto linked = link();
    if (!linked)
        throw storage::StorageError(ErrorCode::InvalidValue, "this team file is not linked to a team server");
    m_db.exec("UPDATE sync_link SET applying = 1");
    m_cache->folds.clear();
    struct ClearFolds {
        Cache& cache;
        ~ClearFolds() { cache.folds.clear(); } // outside this transaction local edits may come
    } clearFolds{*m_cache};
    std::int64_t cursor = linked->cursor;
    std::int64_t hlc = linked->hlc;
    const std::int64_t ceiling = (nowMillis() + kClockSlackMs) * 65536;
    for (const SyncChange& c : batch) {
        cursor = std::max(cursor, c.serverSeq);
        Statement& known = prepared(m_db, m_cache->known,
                                    "SELECT origin, coalesce(server_seq, 0) FROM sync_changes WHERE change_id = ?");
        known.bind(1, c.changeId);
        const bool seen = known.step();
        const bool unconfirmed = seen && known.columnInt(1) == 0;
        const bool mine = seen && known.columnView(0) == "local";
        known.reset();
        if (seen) {
            if (unconfirmed) {
                markSent(c.changeId, c.serverSeq);
                ++result.confirmed;
            }
            if (mine && hasOpenConflicts(c.kind, c.record))
                refreshConflicts(c.kind, c.record, linked->baselineSeq);
            continue; // already applied here: made here, or pulled before a restart
        }
        hlc = std::max(hlc, std::min(c.hlc, ceiling));
        Statement& insert = prepared(
            m_db, m_cache->insert,
            "INSERT INTO sync_changes (change_id, hlc, author, at, operation, kind, record, origin, before, after, "
            "server_seq) VALUES (?, ?, ?, ?, ?, ?, ?, 'remote', ?, ?, ?)");
        insert.bind(1, c.changeId).bind(2, c.hlc).bind(3, c.author).bind(4, c.at).bind(5, c.operation);
        insert.bind(6, c.kind).bind(7, c.record).bind(8, c.before).bind(9, c.after).bind(10, c.serverSeq);
        insert.run();
        std::string reason;
        if (apply(c, linked->baselineSeq, reason)) {
            ++result.applied;
            result.touched.emplace_back(c.kind, c.record);
        } else {
            m_cache->folds.erase(c.kind + " " + c.record); // it holds the parked change
            Statement& park = prepared(m_db, m_cache->park, "UPDATE sync_changes SET parked = ? WHERE change_id = ?");
            park.bind(1, reason).bind(2, c.changeId).run();
            ++result.parked;
        }
    }
    Statement move = m_db.prepare("UPDATE sync_link SET cursor = ?, hlc = ?, applying = 0");
    move.bind(1, cursor).bind(2, hlc).run();
    tx.commit();
    return result;
}

void Replica::refuse(const std::string& changeId, const std::string& reason)
{
    storage::Transaction tx(m_db);
    Statement mark = m_db.prepare("UPDATE sync_changes SET refused = ? WHERE change_id = ? RETURNING kind, record, at");
    mark.bind(1, reason).bind(2, changeId);
    if (!mark.step())
        return;
    const std::string kindName = mark.columnText(0);
    const std::string record = mark.columnText(1);
    const std::string at = mark.columnText(2);
    mark.reset();
    const auto linked = link();
    const auto kind = kindNamed(kindName);
    if (!linked || !kind)
        return;
    Merged merged = mergeOf(kindName, record, linked->baselineSeq);
    storage::RecordStore& store = m_cache->store;
    const auto current = store.find(*kind, record);
    if (merged.record && current && canonicalFields(*merged.record) != canonicalFields(*current) &&
        !missingReference(m_cache->store, *merged.record)) {
        // Back to what the team's accepted changes make of the record; the entry is the server's
        // doing, so it has no author and does not travel.
        m_db.exec("UPDATE sync_link SET applying = 1");
        store.save(*merged.record, &*current);
        storage::ChangeEntry entry;
        entry.at = Timestamp::parse(at).value_or(Timestamp{});
        entry.operation = "refused";
        entry.kind = *kind;
        entry.record = record;
        entry.before = canonicalFields(*current);
        entry.after = canonicalFields(*merged.record);
        storage::HistoryLog(m_db).append(entry);
        m_db.exec("UPDATE sync_link SET applying = 0");
    }
    storeConflicts(kindName, record, merged.conflicts);
    tx.commit();
}

void Replica::settle(const Conflict& conflict, bool restoreLost, const std::optional<std::string>& author,
                     const std::string& at)
{
    const auto kind = kindNamed(conflict.kind);
    if (!kind)
        throw storage::StorageError(ErrorCode::InvalidValue, "this conflict is about an unknown kind of record");
    storage::Transaction tx(m_db);
    storage::RecordStore& store = m_cache->store;
    const auto current = store.find(*kind, conflict.record);
    if (!current)
        throw storage::StorageError(ErrorCode::NotFound, "the record of this conflict is not in the file");
    auto fields = nlohmann::json::parse(canonicalFields(*current));
    if (restoreLost)
        restoreField(fields, conflict.field, nlohmann::json::parse(conflict.lostValue));
    fields["updated_at"] = at;
    std::string error;
    const auto next = exchange::recordFromFields(*kind, fields.dump(), error);
    if (!next)
        throw storage::StorageError(ErrorCode::InvalidValue, "the lost value cannot be brought back: " + error);
    store.save(*next, &*current);
    storage::ChangeEntry entry;
    entry.at = Timestamp::parse(at).value_or(Timestamp{});
    entry.author = author;
    entry.operation = "settle";
    entry.kind = *kind;
    entry.record = conflict.record;
    entry.before = canonicalFields(*current);
    entry.after = canonicalFields(*next);
    storage::HistoryLog(m_db).append(entry);
    if (const auto linked = link())
        refreshConflicts(conflict.kind, conflict.record, linked->baselineSeq);
    tx.commit();
}

ReplicaCounts Replica::counts()
{
    ReplicaCounts c;
    c.unsent = m_db.queryInt("SELECT count(*) FROM sync_changes INDEXED BY sync_changes_unsent "
                             "WHERE server_seq IS NULL AND refused IS NULL");
    // Through the small partial index: a replica holds every change pulled from the server.
    Statement setAside = m_db.prepare("SELECT count(refused), count(parked) FROM sync_changes INDEXED BY "
                                      "sync_changes_set_aside WHERE refused IS NOT NULL OR parked IS NOT NULL");
    setAside.step();
    c.refused = setAside.columnInt(0);
    c.parked = setAside.columnInt(1);
    c.openConflicts = m_db.queryInt("SELECT count(*) FROM sync_conflicts WHERE settled_by IS NULL");
    return c;
}

std::vector<Conflict> Replica::conflicts(std::size_t limit)
{
    Statement s = m_db.prepare(
        "SELECT c.kind, c.record, c.field, c.kept_value, c.lost_value, w.author, l.author, w.at, l.at, c.winner, "
        "c.loser FROM sync_conflicts c JOIN sync_changes w ON w.change_id = c.winner "
        "JOIN sync_changes l ON l.change_id = c.loser WHERE c.settled_by IS NULL "
        "ORDER BY w.hlc DESC, c.record, c.field LIMIT ?");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<Conflict> out;
    storage::RecordStore& store = m_cache->store;
    while (s.step()) {
        Conflict c;
        c.kind = s.columnText(0);
        c.record = s.columnText(1);
        c.field = s.columnText(2);
        c.keptValue = s.columnText(3);
        c.lostValue = s.columnText(4);
        c.keptBy = s.columnText(5);
        c.lostBy = s.columnText(6);
        c.keptAt = s.columnText(7);
        c.lostAt = s.columnText(8);
        c.winner = s.columnText(9);
        c.loser = s.columnText(10);
        if (const auto kind = kindNamed(c.kind)) {
            if (const auto record = store.find(*kind, c.record))
                c.label = labelOf(*record);
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> Replica::refusals(std::size_t limit)
{
    Statement s = m_db.prepare(
        "SELECT operation || ' ' || kind || ' ' || record, coalesce(refused, 'not applied here: ' || parked) "
        "FROM sync_changes INDEXED BY sync_changes_set_aside WHERE refused IS NOT NULL OR parked IS NOT NULL "
        "ORDER BY hlc DESC LIMIT ?");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<std::pair<std::string, std::string>> out;
    while (s.step())
        out.emplace_back(s.columnText(0), s.columnText(1));
    return out;
}

} // namespace baton::sync
