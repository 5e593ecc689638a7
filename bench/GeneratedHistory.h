#pragma once

// A team as published ten years ago and a stream of the changes ten years of its work make,
// each one a replica can apply (canonical records before and after, increasing clock, a
// member as author). For baton-server-scale-bench.

#include "baton/domain/Date.h"
#include "baton/storage/Database.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace baton::bench {

/// 2016-01-04T08:00:00Z, a Monday: when the generated team was published.
extern const domain::Timestamp kHistoryStart;

/// The id of the i-th generated record of a kind ('m' member, 'a' area, ...).
std::string generatedId(char kind, std::size_t i);

/// One row of baton.changes.
struct GeneratedChange {
    std::string changeId;
    std::int64_t hlc = 0;
    std::string author;
    std::string at;
    std::string operation;
    std::string kind;
    std::string record;
    std::optional<std::string> before;
    std::string after;
    std::size_t authorIndex = 0;
};

class GeneratedHistory {
public:
    /// A team of `members`, with `changes` changes to come, spread over ten years of working days.
    GeneratedHistory(std::size_t members, std::size_t changes);
    ~GeneratedHistory();
    /// Writes the team as published into an empty team file (with its history).
    void writeBaseline(storage::Database& db);
    /// The i-th change, i counting up from 0.
    GeneratedChange next(std::size_t i);
    std::size_t recordsCreated() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m;
};

} // namespace baton::bench
