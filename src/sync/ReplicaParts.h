#pragma once

// What Replica.cpp (the link, the outbox, applying batches, settling) and ReplicaMerge.cpp
// (merging one record) share: the statements and merges a Replica keeps while it works.

#include "baton/exchange/RecordText.h"
#include "baton/storage/RecordStore.h"
#include "baton/sync/RecordFold.h"
#include "baton/sync/Replica.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace baton::sync {

inline storage::Statement& prepared(storage::Database& db, std::optional<storage::Statement>& slot, const char* sql)
{
    if (!slot)
        slot.emplace(db.prepare(sql));
    else
        slot->reset();
    return *slot;
}

/// The record kind a change names; empty for anything that is not a record kind.
inline std::optional<domain::RecordKind> kindNamed(const std::string& name)
{
    const auto kind = domain::parseEnum<domain::RecordKind>(name);
    if (!kind || *kind == domain::RecordKind::Team)
        return std::nullopt;
    return kind;
}

/// A change read by `SELECT change_id, hlc, author, at, operation, kind, record, origin,
/// before, after, server_seq`.
inline SyncChange readChange(const storage::Statement& s)
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

/// Statements prepared once per Replica (a sync round applies thousands of changes), and,
/// while one batch is applied, each record's merge so far.
struct Replica::Cache {
    explicit Cache(storage::Database& db)
        : store(db)
    {
    }
    storage::RecordStore store;
    std::optional<storage::Statement> changesOf, baseOf, clearConflicts, addConflict, known, insert, park, latest, settle,
        settleAll, anyOpen;

    struct Fold {
        RecordFolder folder;
        SyncChange last; ///< the latest change added, by appliesBefore (its fields unused)
    };
    std::map<std::string, Fold> folds; ///< "kind record" -> merge so far; only inside applyRemote

    /// The last text decoded, so checking a merge and then reading it decodes once.
    std::string decodedText;
    std::optional<domain::AnyRecord> decoded;
    std::optional<domain::AnyRecord> decode(domain::RecordKind kind, const std::string& text)
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
    std::optional<domain::AnyRecord> record;
    std::vector<FoldConflict> conflicts; ///< all of the record's (a whole merge)
    bool onStored = false;               ///< from the stored record: conflicts untouched but for...
    std::vector<std::string> settles;    ///< ...these fields, whose open conflicts the change settles
};

} // namespace baton::sync
