#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace baton::sync {

/// One change to one record as it travels between a workstation and the team server: who made
/// it, when by the hybrid logical clock, and the record's fields before and after as the
/// author's replica saw them (canonical JSON; no `before` for a new record).
struct SyncChange {
    std::string changeId; ///< 32 lowercase hex digits, drawn where the change was made
    std::int64_t hlc = 0; ///< the order every replica applies changes in (then author, then id)
    std::string author;   ///< the member who made it
    std::string at;       ///< RFC 3339 instant it was made
    std::string operation;
    std::string kind;
    std::string record;
    std::optional<std::string> before;
    std::string after;
    std::int64_t serverSeq = 0; ///< the server's position; 0 until accepted
};

/// Orders changes the same way on every replica: by clock, then author, then id.
inline bool appliesBefore(const SyncChange& a, const SyncChange& b)
{
    if (a.hlc != b.hlc)
        return a.hlc < b.hlc;
    if (a.author != b.author)
        return a.author < b.author;
    return a.changeId < b.changeId;
}

/// Milliseconds since 1970 of a hybrid logical clock value (the rest is its counter).
inline std::int64_t hlcMillis(std::int64_t hlc)
{
    return hlc >> 16;
}

} // namespace baton::sync
