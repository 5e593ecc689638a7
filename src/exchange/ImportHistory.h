#pragma once

// History for imports: one entry per record an import adds or replaces, in the import's own
// transaction, so an import is as visible in history as an edit (and stays all or nothing).

#include "baton/domain/Record.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/RecordStore.h"

#include <optional>
#include <string>
#include <unordered_map>

namespace baton::exchange {

/// Appends one history entry (`operation`) per record an import adds or replaces.
class ImportHistory {
public:
    ImportHistory(storage::Database& db, std::string operation, domain::Timestamp at, std::optional<std::string> author)
        : m_operation(std::move(operation))
        , m_log(db)
        , m_store(db)
        , m_at(at)
        , m_author(std::move(author))
    {
    }
    template <typename T> std::optional<std::string> snapshot(const T& record)
    {
        const std::string key = domain::RecordTraits<T>::key(record);
        if (const auto kept = m_kept.find(key); kept != m_kept.end())
            return kept->second;
        const auto found = m_store.find(domain::RecordTraits<T>::kKind, key);
        return found ? std::optional<std::string>(domain::canonicalFields(*found)) : std::nullopt;
    }
    /// Keeps the record as it is now, for a `before` taken after a preparatory write (such as
    /// the importer's email release) has touched it: history must start where it last ended.
    template <typename T> void keep(const T& record)
    {
        if (auto before = snapshot(record))
            m_kept.emplace(domain::RecordTraits<T>::key(record), std::move(*before));
    }
    /// `after`, when given, is canonicalFields(record) computed beforehand (the import does
    /// that on its parser thread).
    template <typename T> void append(const T& record, std::optional<std::string> before, std::string after = {})
    {
        storage::ChangeEntry e;
        e.at = m_at;
        e.author = m_author;
        e.operation = m_operation;
        e.kind = domain::RecordTraits<T>::kKind;
        e.record = domain::RecordTraits<T>::key(record);
        e.before = std::move(before);
        e.after = after.empty() ? domain::canonicalFields(record) : std::move(after);
        m_log.append(e);
    }

private:
    std::string m_operation;
    storage::HistoryLog m_log;
    storage::RecordStore m_store;
    domain::Timestamp m_at;
    std::optional<std::string> m_author;
    std::unordered_map<std::string, std::string> m_kept;
};

} // namespace baton::exchange
