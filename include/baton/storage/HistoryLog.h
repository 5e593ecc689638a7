#pragma once

#include "baton/domain/Date.h"
#include "baton/domain/RecordKind.h"
#include "baton/storage/Database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace baton::storage {

/// One entry of the append-only change history: who changed which record when, and every
/// field of the record before and after (canonical JSON; `before` empty for a new record).
struct ChangeEntry {
    std::int64_t seq = 0;
    domain::Timestamp at;
    std::optional<std::string> author; ///< member id; empty for imports and anonymous tools
    std::string operation;             ///< what was done, e.g. "decide", "pass-lead", "undo"
    domain::RecordKind kind = domain::RecordKind::Decision;
    std::string record; ///< the record's id (member/area for expertise)
    std::optional<std::string> before;
    std::string after;
    std::optional<std::int64_t> undoes; ///< the entry this one compensates (undo and redo)
    std::string hash;                   ///< hex SHA-256 over the previous hash and this entry
};

/// Which entries an Activity list shows; empty fields match everything.
struct ChangeFilter {
    std::optional<std::string> author;
    std::optional<domain::RecordKind> kind;
    std::optional<std::string> record;
    std::optional<domain::Timestamp> since; ///< changes at or after this instant (to the second)
    std::optional<domain::Timestamp> until; ///< changes before this instant (to the second)
};

/// The team file's change history. Entries are only ever appended; triggers refuse an
/// UPDATE or DELETE, and the hash chain shows one made with the triggers dropped.
class HistoryLog {
public:
    explicit HistoryLog(Database& db)
        : m_db(db)
    {
    }

    /// Appends `entry` inside the caller's transaction; fills in its seq and hash.
    void append(ChangeEntry& entry);
    /// The hash at the head of the chain; empty for a file with no history.
    std::string head();
    std::int64_t count();
    /// Newest first: entries matching `filter` with seq below `beforeSeq`, at most `limit`.
    std::vector<ChangeEntry> page(const ChangeFilter& filter, std::optional<std::int64_t> beforeSeq, std::size_t limit);
    /// The oldest entry about `record` (its creation or adoption), if any.
    /// With `kind`, only entries about a record of that kind (ids are unique per kind only).
    std::optional<ChangeEntry> firstOf(const std::string& record, std::optional<domain::RecordKind> kind = {});
    /// How many entries match `filter`.
    std::int64_t count(const ChangeFilter& filter);
    /// The seq of the `rows`-th entry after `beforeSeq` (newest first), to jump far down a list.
    std::optional<std::int64_t> skip(const ChangeFilter& filter, std::optional<std::int64_t> beforeSeq,
                                     std::int64_t rows);
    /// The newest entry about `record`, if any.
    std::optional<ChangeEntry> latestOf(const std::string& record, std::optional<domain::RecordKind> kind = {});
    std::optional<ChangeEntry> entry(std::int64_t seq);

    /// SHA-256 (OpenSSL libcrypto) over `previousHash` and the entry's canonical encoding.
    static std::string hashOf(const std::string& previousHash, const ChangeEntry& entry);
    /// The entry as canonical JSON: what the hash covers.
    static std::string canonicalEncoding(const ChangeEntry& entry);
    static ChangeEntry readRow(const Statement& s);
    /// The columns readRow expects, in order, for `SELECT <kColumns> FROM changes`.
    static constexpr const char* kColumns = "seq, at, author, operation, kind, record, before, after, undoes, hash";

private:
    Database& m_db;
    std::optional<Statement> m_last, m_insert, m_latest;
};

} // namespace baton::storage
