#include "baton/sync/Replica.h"

#include "RecordReferences.h"
#include "ReplicaParts.h"

#include "baton/exchange/RecordText.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/StorageError.h"
#include "baton/sync/RecordFold.h"

#include <chrono>
#include <nlohmann/json.hpp>

namespace baton::sync {
using namespace baton::domain;
using storage::Statement;

namespace {

/// How far ahead of this machine's clock a change from the server may move the replica's clock.
constexpr std::int64_t kClockSlackMs = std::int64_t{24} * 3600 * 1000;

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

Replica::Replica(storage::Database& db)
    : m_db(db)
    , m_cache(std::make_unique<Cache>(db))
{
}

Replica::~Replica() = default;

std::optional<ServerLink> Replica::link()
{
    Statement s = m_db.prepare(
        "SELECT server, team, coalesce(member, ''), baseline_seq, cursor, hlc, facilitator FROM sync_link");
    if (!s.step())
        return std::nullopt;
    return ServerLink{s.columnText(0), s.columnText(1), s.columnText(2),    s.columnInt(3),
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
