#pragma once

#include "baton/storage/Database.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace baton::exchange {

/// What a reference points at, for references checked once the whole file has been read.
enum class RefKind { Member, Area, Initiative, Decision, CharterRule };

/// An import's bookkeeping in SQLite's temp schema, kept on disk rather than in memory so it
/// stays small however large the file: the ids already read (to find duplicates) and the
/// references that did not resolve when read (they may point at records later in the file).
/// Switches the connection's temp_store to FILE for its lifetime; create it outside any
/// transaction and let it outlive the import's transaction.
class ScratchTables {
public:
    explicit ScratchTables(storage::Database& db);
    ~ScratchTables();
    ScratchTables(const ScratchTables&) = delete;
    ScratchTables& operator=(const ScratchTables&) = delete;

    /// Notes that record `index` of `array` has `key`; returns the index that had it first,
    /// when one did.
    std::optional<std::size_t> firstWith(int array, const std::string& key, std::size_t index);
    /// Keeps a reference for a check at the end.
    void defer(const std::string& pointer, RefKind kind, const std::string& id);
    /// Visits the kept references in the order they were kept.
    void forEachDeferred(const std::function<void(const std::string& pointer, RefKind, const std::string& id)>& visit);

private:
    storage::Database& m_db;
    std::int64_t m_tempStore;
    std::optional<storage::Statement> m_insertSeen, m_findSeen, m_insertDeferred;
};

} // namespace baton::exchange
