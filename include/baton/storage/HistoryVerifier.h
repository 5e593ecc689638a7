#pragma once

#include "baton/domain/Date.h"
#include "baton/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>

namespace baton::storage {

/// What `verifyHistory` found: `problem` names the first entry or record that differs.
struct VerifyResult {
    bool ok = true;
    std::string problem;
    std::int64_t entries = 0; ///< history entries whose hash was checked
    std::int64_t records = 0; ///< live records compared with the history
    /// Hex digest of every record's fields, independent of the order they were written in:
    /// two files that hold the same records have the same digest (team server replicas).
    std::string contentDigest;
};

/// Checks the hash chain from the first entry to the head, that each entry starts where the
/// record's previous entry left it, then that every record in the file equals what its newest
/// history entry says, and that no record the history knows has vanished. Streams; never
/// holds the team in memory.
VerifyResult verifyHistory(Database& db);

/// Writes an "adopt" entry for every record that has none (records written before the
/// history existed, or by a bulk generator), inside the caller's transaction. Returns how
/// many were adopted.
std::int64_t adoptUntracked(Database& db, domain::Timestamp at);

} // namespace baton::storage
