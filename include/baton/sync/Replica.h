#pragma once

#include "baton/domain/Record.h"
#include "baton/storage/Database.h"
#include "baton/sync/RecordFold.h"
#include "baton/sync/SyncChange.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace baton::sync {

/// The team server a team file is a replica of.
struct ServerLink {
    std::string server; ///< libpq connection string, without a password
    std::string team;   ///< the server team's id; a file never syncs into another team
    std::string member; ///< the member this workstation speaks for on the server
    std::int64_t baselineSeq = 0; ///< last history entry that came with publishing or joining
    std::int64_t cursor = 0;      ///< last server change applied here
    std::int64_t hlc = 0;         ///< this replica's hybrid logical clock
    bool facilitator = false;     ///< what the server last said of this login
};

/// How far this replica is from the server, for the status bar.
struct ReplicaCounts {
    std::int64_t unsent = 0;        ///< changes made here the server has not accepted yet
    std::int64_t refused = 0;       ///< changes made here the server refused
    std::int64_t parked = 0;        ///< changes from the server that cannot be applied here
    std::int64_t openConflicts = 0; ///< conflicts nobody has settled
};

/// A field two members changed without seeing each other's change (see foldRecord).
struct Conflict {
    std::string kind;
    std::string record;
    std::string label; ///< the record's title or name, for people
    std::string field;
    std::string keptValue, lostValue; ///< JSON values
    std::string keptBy, lostBy;       ///< member ids of the authors
    std::string keptAt, lostAt;       ///< RFC 3339
    std::string winner, loser;        ///< change ids
};

/// What applying a batch from the server did.
struct ApplyResult {
    std::int64_t applied = 0;   ///< other members' changes applied to records here
    std::int64_t parked = 0;    ///< changes that could not be applied (see ReplicaCounts)
    std::int64_t confirmed = 0; ///< this workstation's own changes the server echoed back
    std::vector<std::pair<std::string, std::string>> touched; ///< (kind, record) changed here
};

/// The local side of a team server: the outbox of changes made here, the changes pulled from
/// the server, and the deterministic merge that makes every replica hold the same records.
/// Works on the team file's own connection and never talks to the network.
class Replica {
public:
    /// The server this file is linked to, if it is a replica.
    std::optional<ServerLink> link();
    /// Makes the file a replica: from now on every change made here joins the outbox. Runs in
    /// the caller's transaction; `baselineSeq` is the last history entry the server holds.
    void linkTo(const ServerLink& link);

    /// Changes made here that the server has not accepted or refused yet, oldest first.
    std::vector<SyncChange> unsent(std::size_t limit);
    /// Records that the server accepted a change made here, at `serverSeq`.
    void markSent(const std::string& changeId, std::int64_t serverSeq);
    /// Records that the server refused a change made here: it is never offered again, it
    /// leaves the merge, and the record goes back to what the team's accepted changes make of
    /// it (one history entry, operation "refused"). The reason shows in the sync status. A
    /// refused new record stays here, marked, since nothing is ever deleted.
    void refuse(const std::string& changeId, const std::string& reason);
    /// Remembers whether the server counts this login as a facilitator.
    void setFacilitator(bool facilitator);
    /// Applies changes pulled from the server (in server order) in one transaction: each
    /// record they touch is merged again from every change known for it, the history gains
    /// one entry per change, conflicts are recomputed, and the cursor moves past the batch.
    ApplyResult applyRemote(const std::vector<SyncChange>& batch);

    /// A facilitator settles a conflict with one more change of the record, operation
    /// "settle": keeping the standing value, or bringing back the lost one. The change travels
    /// like any other and settles the conflict on every replica.
    void settle(const Conflict& conflict, bool restoreLost, const std::optional<std::string>& author,
                const std::string& at);

    ReplicaCounts counts();
    /// Unsettled conflicts, newest first, at most `limit`.
    std::vector<Conflict> conflicts(std::size_t limit);
    /// Refused and parked changes: (operation and record, the reason), newest first.
    std::vector<std::pair<std::string, std::string>> refusals(std::size_t limit);

    explicit Replica(storage::Database& db);
    ~Replica();
    Replica(const Replica&) = delete;
    Replica& operator=(const Replica&) = delete;

private:
    struct Merged;
    std::vector<SyncChange> changesOf(const std::string& kind, const std::string& record);
    std::optional<std::string> baseOf(const std::string& kind, const std::string& record, std::int64_t baselineSeq);
    RecordFolder folderOf(const std::string& kind, const std::string& record, std::int64_t baselineSeq,
                          SyncChange* last);
    Merged mergedFrom(const RecordFolder& folder, const std::string& kind);
    Merged mergeOf(const std::string& kind, const std::string& record, std::int64_t baselineSeq);
    Merged mergeWith(const SyncChange& cause, std::int64_t baselineSeq);
    /// The record after `cause` from the record as stored, when `cause` is later than every
    /// change known for it and meets no conflict (the usual case); empty otherwise.
    std::optional<Merged> mergeOnStored(const SyncChange& cause, const domain::AnyRecord& current);
    /// Whether `cause` comes after every other change of its record that takes part in merges.
    bool isLatest(const SyncChange& cause);
    /// Writes the merged record and its history entry; false when it cannot be written here.
    bool apply(const SyncChange& cause, std::int64_t baselineSeq, std::string& reason);
    void storeConflicts(const std::string& kind, const std::string& record, const std::vector<FoldConflict>& conflicts);
    void refreshConflicts(const std::string& kind, const std::string& record, std::int64_t baselineSeq);
    bool hasOpenConflicts(const std::string& kind, const std::string& record);

    storage::Database& m_db;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace baton::sync
