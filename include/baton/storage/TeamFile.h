#pragma once

#include "baton/domain/Clock.h"
#include "baton/domain/Result.h"
#include "baton/storage/Database.h"
#include "baton/storage/FileCopy.h"

#include <memory>
#include <optional>
#include <string>

namespace baton::storage {

class HistoryLog;
class RecordStore;

/// "BATN": marks a SQLite file as a Baton team file (PRAGMA application_id).
constexpr int kApplicationId = 0x4241544E;

/// Name and description of the team a file belongs to.
struct TeamInfo {
    std::string name;
    std::string description;
};

/// How a team file may be opened.
enum class OpenMode { ReadWrite, ReadOnly };

/// When `PRAGMA quick_check` runs: at open (the CLI), or later on another connection so a
/// large file opens at once (the desktop app; see ADR 0004).
enum class IntegrityCheck { AtOpen, Deferred };

/// One open team file: checks what it is, migrates it, and owns the connection.
class TeamFile {
public:
    /// Creates a new, empty team file; refuses to overwrite an existing file.
    static domain::Result<std::unique_ptr<TeamFile>> create(const std::string& path, const std::string& teamName,
                                                            const domain::Clock& clock);
    /// Opens an existing team file. Refuses, leaving the file untouched: a missing file, one
    /// that is not SQLite or not Baton's, one written by a newer Baton, and a damaged one.
    /// An older file is copied to `<path>.v<N>.bak` before it is upgraded.
    static domain::Result<std::unique_ptr<TeamFile>> open(const std::string& path, OpenMode mode = OpenMode::ReadWrite,
                                                          IntegrityCheck check = IntegrityCheck::AtOpen);
    /// True when `path` is a Baton team file of an older format, which open() would first back
    /// up and then upgrade (minutes on a large file); false otherwise, also when it cannot tell.
    static bool needsUpgrade(const std::string& path);
    /// Runs quick_check on its own read-only connection; empty when the file is sound.
    /// Safe to call from another thread while the file is open.
    static std::string quickCheckProblems(const std::string& path);

    Database& db() { return *m_db; }
    /// Records of any kind, through statements prepared once and kept as long as the file is
    /// open (they are finalized before the connection closes, so closing still checkpoints).
    RecordStore& records();
    /// The change history, likewise kept with the file.
    HistoryLog& history();
    const std::string& path() const { return m_path; }
    bool readOnly() const { return m_readOnly; }
    TeamInfo team();
    /// Renames the team; throws StorageError for a name validateTeamName refuses.
    void setTeam(const TeamInfo& info, const domain::Clock& clock);
    /// A team name is 1..200 characters of valid UTF-8 (as the exchange format requires).
    static domain::Result<void> validateTeamName(const std::string& name);
    /// A per-file setting (such as who uses this workstation), if set.
    std::optional<std::string> setting(const std::string& key);
    void setSetting(const std::string& key, const std::string& value);

    /// The backup written before an upgrade during open, if one was.
    const std::string& upgradeBackup() const { return m_upgradeBackup; }

    /// Copies the whole file consistently to `target`, atomically and in steps that
    /// `progress` may cancel (see copyDatabase). Runs on this file's connection, so on its
    /// thread; copyDatabaseFile copies from another thread.
    domain::Result<void> saveCopy(const std::string& target, const CopyProgress& progress = {});

    TeamFile(std::unique_ptr<Database> db, std::string path, bool readOnly);
    ~TeamFile();
    TeamFile(const TeamFile&) = delete;
    TeamFile& operator=(const TeamFile&) = delete;

private:
    std::unique_ptr<Database> m_db;
    std::string m_path;
    bool m_readOnly;
    std::string m_upgradeBackup;
    // After m_db: destroyed first, so their statements are finalized before it closes.
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<HistoryLog> m_history;
};

} // namespace baton::storage
