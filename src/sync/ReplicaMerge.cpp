// Merging one record: from its base and every change known for it, or one step onto the
// record as stored; and keeping its conflict list in step.
#include "baton/sync/Replica.h"

#include "RecordReferences.h"
#include "ReplicaParts.h"

#include "baton/exchange/RecordText.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/StorageError.h"
#include "baton/sync/RecordFold.h"

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

} // namespace

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

} // namespace baton::sync
