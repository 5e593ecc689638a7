#include "baton/sync/Replica.h"

#include "baton/exchange/RecordText.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/StorageError.h"
#include "baton/sync/RecordFold.h"

#include <nlohmann/json.hpp>

namespace baton::sync {
using namespace baton::domain;
using storage::Statement;

namespace {

/// Changes known for one record, local ones reading their fields from the history.
constexpr const char* kChangesOf =
    "SELECT s.change_id, s.hlc, s.author, s.at, s.operation, s.kind, s.record, s.origin, "
    "CASE s.origin WHEN 'local' THEN h.before ELSE s.before END, "
    "CASE s.origin WHEN 'local' THEN h.after ELSE s.after END, coalesce(s.server_seq, 0) "
    "FROM sync_changes s INDEXED BY sync_changes_order LEFT JOIN changes h ON h.seq = s.local_seq "
    "WHERE s.kind = ? AND s.record = ? ORDER BY s.hlc, s.author, s.change_id";

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

RecordKind kindNamed(const std::string& name)
{
    const auto kind = parseEnum<RecordKind>(name);
    if (!kind || *kind == RecordKind::Team)
        throw storage::StorageError(ErrorCode::InvalidValue, "the server sent a change of an unknown kind \"" +
                                                                          name + "\"");
    return *kind;
}

/// The record the merged fields describe; when they do not make a valid record (two edits
/// that each made sense alone), the newest change's own fields stand, the same everywhere.
AnyRecord decodeMerged(RecordKind kind, const std::optional<std::string>& merged, const std::vector<SyncChange>& all)
{
    std::string error;
    if (merged) {
        if (auto record = exchange::recordFromFields(kind, *merged, error))
            return *record;
    }
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if (auto record = exchange::recordFromFields(kind, it->after, error))
            return *record;
    }
    throw storage::StorageError(ErrorCode::InvalidValue,
                                "a change from the server does not describe a valid " + std::string(toString(kind)) + ": " + error);
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

} // namespace

std::optional<ServerLink> Replica::link()
{
    Statement s = m_db.prepare("SELECT server, team, coalesce(member, ''), baseline_seq, cursor, hlc FROM sync_link");
    if (!s.step())
        return std::nullopt;
    return ServerLink{s.columnText(0), s.columnText(1), s.columnText(2),
                      s.columnInt(3),  s.columnInt(4),  s.columnInt(5)};
}

void Replica::linkTo(const ServerLink& link)
{
    Statement s = m_db.prepare("INSERT OR REPLACE INTO sync_link (singleton, server, team, member, baseline_seq, "
                               "cursor, hlc, applying) VALUES (1, ?, ?, ?, ?, ?, ?, 0)");
    s.bind(1, link.server).bind(2, link.team).bind(3, link.member).bind(4, link.baselineSeq);
    s.bind(5, link.cursor).bind(6, link.hlc).run();
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

void Replica::markRefused(const std::string& changeId, const std::string& reason)
{
    Statement s = m_db.prepare("UPDATE sync_changes SET refused = ? WHERE change_id = ?");
    s.bind(1, reason).bind(2, changeId).run();
}

std::vector<SyncChange> Replica::changesOf(const std::string& kind, const std::string& record)
{
    Statement s = m_db.prepare(kChangesOf);
    s.bind(1, kind).bind(2, record);
    std::vector<SyncChange> out;
    while (s.step())
        out.push_back(readChange(s));
    return out;
}

std::optional<std::string> Replica::baseOf(const std::string& kind, const std::string& record,
                                           std::int64_t baselineSeq)
{
    Statement s = m_db.prepare("SELECT after FROM changes INDEXED BY changes_record WHERE record = ? AND kind = ? "
                               "AND seq <= ? ORDER BY seq DESC LIMIT 1");
    s.bind(1, record).bind(2, kind).bind(3, baselineSeq);
    if (!s.step())
        return std::nullopt;
    return s.columnText(0);
}

void Replica::merge(const SyncChange& cause, std::int64_t baselineSeq, ApplyResult& result)
{
    const RecordKind kind = kindNamed(cause.kind);
    const std::vector<SyncChange> all = changesOf(cause.kind, cause.record);
    const FoldResult folded = foldRecord(baseOf(cause.kind, cause.record, baselineSeq), all);
    const AnyRecord merged = decodeMerged(kind, folded.fields, all);

    storage::RecordStore store(m_db);
    const auto current = store.find(kind, cause.record);
    store.save(merged, current ? &*current : nullptr);

    storage::ChangeEntry entry;
    entry.at = Timestamp::parse(cause.at).value_or(Timestamp{});
    if (!cause.author.empty())
        entry.author = cause.author;
    entry.operation = cause.operation;
    entry.kind = kind;
    entry.record = cause.record;
    if (current)
        entry.before = canonicalFields(*current);
    entry.after = canonicalFields(merged);
    storage::HistoryLog(m_db).append(entry);

    storeConflicts(cause.kind, cause.record, folded.conflicts);
    ++result.applied;
    result.touched.emplace_back(cause.kind, cause.record);
}

void Replica::storeConflicts(const std::string& kind, const std::string& record,
                             const std::vector<FoldConflict>& conflicts)
{
    Statement clear = m_db.prepare("DELETE FROM sync_conflicts WHERE kind = ? AND record = ?");
    clear.bind(1, kind).bind(2, record).run();
    Statement add = m_db.prepare("INSERT OR REPLACE INTO sync_conflicts (kind, record, field, winner, loser, "
                                 "kept_value, lost_value, settled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const FoldConflict& c : conflicts) {
        add.bind(1, kind).bind(2, record).bind(3, c.field).bind(4, c.winner).bind(5, c.loser);
        add.bind(6, c.keptValue).bind(7, c.lostValue).bind(8, c.settledBy);
        add.run();
        add.reset();
    }
}

void Replica::refreshConflicts(const std::string& kind, const std::string& record, std::int64_t baselineSeq)
{
    // A change made here alters no record when it comes back, but it may settle (or, after
    // a refusal elsewhere, open) a conflict: the list follows the same fold as the records.
    storeConflicts(kind, record, foldRecord(baseOf(kind, record, baselineSeq), changesOf(kind, record)).conflicts);
}

ApplyResult Replica::applyRemote(const std::vector<SyncChange>& batch)
{
    ApplyResult result;
    storage::Transaction tx(m_db);
    const auto linked = link();
    if (!linked)
        throw storage::StorageError(ErrorCode::InvalidValue, "this team file is not linked to a team server");
    m_db.exec("UPDATE sync_link SET applying = 1");
    Statement known =
        m_db.prepare("SELECT origin, coalesce(server_seq, 0), kind, record FROM sync_changes WHERE change_id = ?");
    Statement insert = m_db.prepare(
        "INSERT INTO sync_changes (change_id, hlc, author, at, operation, kind, record, origin, before, after, "
        "server_seq) VALUES (?, ?, ?, ?, ?, ?, ?, 'remote', ?, ?, ?)");
    std::int64_t cursor = linked->cursor;
    std::int64_t hlc = linked->hlc;
    for (const SyncChange& c : batch) {
        cursor = std::max(cursor, c.serverSeq);
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
            if (mine)
                refreshConflicts(c.kind, c.record, linked->baselineSeq);
            continue; // already applied here: made here, or pulled before a restart
        }
        hlc = std::max(hlc, c.hlc);
        insert.bind(1, c.changeId).bind(2, c.hlc).bind(3, c.author).bind(4, c.at).bind(5, c.operation);
        insert.bind(6, c.kind).bind(7, c.record).bind(8, c.before).bind(9, c.after).bind(10, c.serverSeq);
        insert.run();
        insert.reset();
        merge(c, linked->baselineSeq, result);
    }
    Statement move = m_db.prepare("UPDATE sync_link SET cursor = ?, hlc = ?, applying = 0");
    move.bind(1, cursor).bind(2, hlc).run();
    tx.commit();
    return result;
}

void Replica::settle(const Conflict& conflict, bool restoreLost, const std::optional<std::string>& author,
                     const std::string& at)
{
    const RecordKind kind = kindNamed(conflict.kind);
    storage::Transaction tx(m_db);
    storage::RecordStore store(m_db);
    const auto current = store.find(kind, conflict.record);
    if (!current)
        throw storage::StorageError(ErrorCode::NotFound, "the record of this conflict is not in the file");
    auto fields = nlohmann::json::parse(canonicalFields(*current));
    if (restoreLost)
        restoreField(fields, conflict.field, nlohmann::json::parse(conflict.lostValue));
    fields["updated_at"] = at;
    std::string error;
    const auto next = exchange::recordFromFields(kind, fields.dump(), error);
    if (!next)
        throw storage::StorageError(ErrorCode::InvalidValue,
                                    "the lost value cannot be brought back: " + error);
    store.save(*next, &*current);
    storage::ChangeEntry entry;
    entry.at = Timestamp::parse(at).value_or(Timestamp{});
    entry.author = author;
    entry.operation = "settle";
    entry.kind = kind;
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
    c.refused = m_db.queryInt("SELECT count(*) FROM sync_changes WHERE origin = 'local' AND refused IS NOT NULL");
    c.openConflicts = m_db.queryInt("SELECT count(*) FROM sync_conflicts WHERE settled_by IS NULL");
    return c;
}

std::vector<Conflict> Replica::conflicts(std::size_t limit)
{
    Statement s = m_db.prepare(
        "SELECT c.kind, c.record, c.field, c.kept_value, c.lost_value, w.author, l.author, w.at, l.at, c.winner, "
        "c.loser FROM sync_conflicts c JOIN sync_changes w ON w.change_id = c.winner "
        "JOIN sync_changes l ON l.change_id = c.loser WHERE c.settled_by IS NULL ORDER BY w.hlc DESC LIMIT ?");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<Conflict> out;
    storage::RecordStore store(m_db);
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
        if (const auto kind = parseEnum<RecordKind>(c.kind); kind && *kind != RecordKind::Team) {
            if (const auto record = store.find(*kind, c.record))
                c.label = labelOf(*record);
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> Replica::refusals(std::size_t limit)
{
    Statement s = m_db.prepare("SELECT operation || ' ' || kind || ' ' || record, refused FROM sync_changes "
                               "WHERE origin = 'local' AND refused IS NOT NULL ORDER BY local_seq DESC LIMIT ?");
    s.bind(1, static_cast<std::int64_t>(limit));
    std::vector<std::pair<std::string, std::string>> out;
    while (s.step())
        out.emplace_back(s.columnText(0), s.columnText(1));
    return out;
}

} // namespace baton::sync
