#pragma once

#include "baton/domain/Clock.h"
#include "baton/domain/Result.h"
#include "baton/domain/Uuid.h"
#include "baton/edit/ChangeSet.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/TeamFile.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace baton::edit {

/// The writes of one edit, inside its BEGIN IMMEDIATE transaction. Every write stamps a
/// fresh time and the author, and appends its history entry in the same transaction.
class EditWriter {
public:
    EditWriter(storage::Database& db, storage::RecordStore& store, storage::HistoryLog& log, std::string operation,
               std::optional<std::string> author, domain::Timestamp now);

    /// The record as stored now, retracted or not.
    template <typename T> std::optional<T> find(const std::string& key) { return m_store.find<T>(key); }
    std::optional<domain::AnyRecord> find(domain::RecordKind kind, const std::string& key)
    {
        return m_store.find(kind, key);
    }
    /// Refuses an id that names no record of `kind`, or a retracted one; `what` names the field.
    domain::Result<void> requireLive(domain::RecordKind kind, const std::string& key, std::string_view what);
    /// The member, when it exists and is not retracted.
    std::optional<domain::Member> liveMember(const domain::MemberId& id);
    /// Saves `after` (with a fresh updated_at) and appends its history entry. Writing a
    /// record unchanged is a no-op.
    void write(domain::AnyRecord after, std::optional<std::int64_t> undoes = std::nullopt);
    storage::Database& db() { return m_db; }
    ChangeSet take() { return std::move(m_changes); }
    const ChangeSet& changes() const { return m_changes; }

private:
    storage::Database& m_db;
    storage::RecordStore& m_store;
    storage::HistoryLog& m_log;
    std::optional<std::string> m_author;
    domain::Timestamp m_now;
    ChangeSet m_changes;
};

/// The operations whose history entries keep no author (and which cannot be undone).
bool isAnonymousOperation(std::string_view operation);
/// Why an operation cannot be undone (nor redone), or nothing when it can: the anonymous ones,
/// whose undo would be stamped with an author, and closing a pulse.
std::optional<std::string> whyFinal(std::string_view operation);

/// The shared core of every edit: who is editing, the clock, and `run`, which gives each
/// edit one write transaction and turns every failure into an Error.
class EditContext {
public:
    EditContext(storage::TeamFile& file, const domain::Clock& clock);

    using Body = std::function<domain::Result<void>(EditWriter&)>;
    /// Runs `body` in one BEGIN IMMEDIATE transaction; commits only when it succeeds.
    domain::Result<ChangeSet> run(std::string_view operation, const Body& body);
    /// As run, but the history entries keep no author: for an anonymous voice item and a
    /// pulse answer. `operation` must be one isAnonymousOperation accepts.
    domain::Result<ChangeSet> runAnonymously(std::string_view operation, const Body& body);

    storage::TeamFile& file() { return m_file; }
    const domain::Clock& clock() const { return m_clock; }
    domain::Date today() const { return m_clock.today(); }
    std::string newId() { return m_ids.next(); }
    /// Who uses this workstation (per team file); empty until chosen.
    std::optional<domain::MemberId> me();
    domain::Result<void> setMe(const domain::MemberId& member);

private:
    domain::Result<ChangeSet> run(std::string_view operation, const Body& body, bool anonymous);

    storage::TeamFile& m_file;
    const domain::Clock& m_clock;
    domain::UuidGenerator m_ids;
};

} // namespace baton::edit
