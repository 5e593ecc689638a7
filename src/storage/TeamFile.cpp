#include "baton/storage/TeamFile.h"

#include "baton/domain/CrashPoint.h"
#include "baton/domain/TextRules.h"
#include "baton/storage/FileCopy.h"
#include "baton/storage/HistoryLog.h"
#include "baton/storage/HistoryVerifier.h"
#include "baton/storage/Migrations.h"
#include "baton/storage/RecordStore.h"
#include "baton/storage/StorageError.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string_view>

namespace baton::storage {
namespace fs = std::filesystem;
using domain::Error;
using domain::ErrorCode;
using domain::makeError;

namespace {

/// The schema version that introduced the change history.
constexpr int kHistoryVersion = 2;

void applyConnectionSettings(Database& db, bool readOnly)
{
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA trusted_schema = OFF");
    db.waitForLocks(std::chrono::seconds(10));
    db.exec("PRAGMA cache_size = -65536"); // 64 MiB: large imports and million-row lists stay in memory
    db.exec("PRAGMA temp_store = MEMORY");
    if (!readOnly) {
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA synchronous = FULL");
        // Deleted content is overwritten with zeros, so a pulse's answers rewritten in their
        // own order leave no trace of the order they came in (see PulseRepository).
        db.exec("PRAGMA secure_delete = ON");
    }
}

/// Applies every migration after `from` in one transaction: a file is either at its old
/// version or fully upgraded, never in between. Records from before the history existed are
/// adopted into it once the schema is current, because adopting reads them with today's
/// repositories, which know every column of the newest schema.
void migrate(Database& db, int from)
{
    Transaction tx(db);
    bool applied = false;
    for (const auto& m : embeddedMigrations()) {
        if (m.version <= from)
            continue;
        db.exec(m.sql);
        db.exec("PRAGMA user_version = " + std::to_string(m.version));
        domain::crashPoint("migration.mid-upgrade");
        applied = true;
    }
    if (applied && from < kHistoryVersion)
        adoptUntracked(db, domain::SystemClock().now());
    tx.commit();
}

/// Reads what the header says without changing a byte of the file.
struct Header {
    std::int64_t applicationId = 0;
    std::int64_t userVersion = 0;
    std::int64_t tableCount = 0;
};

Header readHeader(Database& db)
{
    Header h;
    h.applicationId = db.queryInt("PRAGMA application_id");
    h.userVersion = db.queryInt("PRAGMA user_version");
    h.tableCount = db.queryInt("SELECT count(*) FROM sqlite_schema");
    return h;
}

/// True when the file starts with SQLite's 16-byte signature.
bool hasSqliteMagic(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    char magic[16] = {};
    in.read(magic, sizeof magic);
    return in && std::string_view(magic, sizeof magic) == std::string_view("SQLite format 3\0", 16);
}

/// Whoever runs Baton may write `path` (by the effective user, as the kernel will judge).
bool mayWrite(const fs::path& path)
{
    return ::faccessat(AT_FDCWD, path.c_str(), W_OK, AT_EACCESS) == 0;
}

std::string folderOf(const std::string& path)
{
    const fs::path folder = fs::absolute(path).parent_path();
    return folder.empty() ? std::string(".") : folder.string();
}

/// Why SQLite could not write beside or into the file, in words, when permissions are the
/// cause: SQLite itself only says "attempt to write a readonly database".
std::optional<Error> permissionProblem(const std::string& path, bool forWriting)
{
    const std::string folder = folderOf(path);
    if (!mayWrite(folder) && !fs::exists(path + "-shm"))
        return Error{ErrorCode::Io, "cannot open " + path + ": you may not write in its folder (" + folder +
                                        "), where Baton must keep a small lock file beside it; copy it to a "
                                        "folder you can write in, or ask for write access to that folder"};
    if (forWriting && !mayWrite(path))
        return Error{ErrorCode::Io, "cannot change " + path +
                                        ": it is read-only (its permissions do not let you write it); nothing was "
                                        "changed. Open it read-only to look at it, or ask its owner for write access"};
    return std::nullopt;
}

bool isPermissionCode(int sqliteCode)
{
    const int rc = sqliteCode & 0xff;
    return rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN || rc == SQLITE_PERM || rc == SQLITE_AUTH;
}

std::string quickCheck(Database& db)
{
    Statement s = db.prepare("PRAGMA quick_check");
    std::string problems;
    while (s.step()) {
        const std::string line = s.columnText(0);
        if (line == "ok")
            continue;
        if (!problems.empty())
            problems += "; ";
        problems += line;
    }
    return problems;
}

} // namespace

TeamFile::TeamFile(std::unique_ptr<Database> db, std::string path, bool readOnly)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{
}

domain::Result<std::unique_ptr<TeamFile>> TeamFile::create(const std::string& path, const std::string& teamName,
                                                           const domain::Clock& clock)
{
    std::error_code ec;
    if (fs::exists(path, ec))
        return makeError(ErrorCode::Conflict, path + " already exists; choose a new file name");
    if (auto ok = validateTeamName(teamName); !ok)
        return ok.error();
    const std::string partial = path + ".creating";
    try {
        {
            auto db = std::make_unique<Database>(partial, Database::Mode::ReadWriteCreate);
            db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            applyConnectionSettings(*db, false);
            migrate(*db, 0);
            Statement s = db->prepare(
                "INSERT INTO team (singleton, name, description, created_at, updated_at) VALUES (1, ?, '', ?, ?)");
            const std::string now = clock.now().toString();
            s.bind(1, teamName).bind(2, now).bind(3, now).run();
        }
        fs::rename(partial, path);
    } catch (const StorageError& e) {
        fs::remove(partial, ec);
        return e.toError();
    } catch (const fs::filesystem_error& e) {
        fs::remove(partial, ec);
        return makeError(ErrorCode::Io, "cannot create " + path + ": " + e.code().message());
    }
    return open(path, OpenMode::ReadWrite);
}

std::string TeamFile::quickCheckProblems(const std::string& path)
{
    try {
        Database db(path, Database::Mode::ReadOnly);
        db.exec("PRAGMA busy_timeout = 5000");
        return quickCheck(db);
    } catch (const StorageError& e) {
        return e.what();
    }
}

domain::Result<std::unique_ptr<TeamFile>> TeamFile::open(const std::string& path, OpenMode mode, IntegrityCheck check)
{
    std::error_code ec;
    if (!fs::exists(path, ec))
        return makeError(ErrorCode::NotFound, path + " does not exist");
    if (fs::is_directory(path, ec))
        return makeError(ErrorCode::InvalidValue, path + " is a folder, not a team file");
    // SQLite would take an empty file for a new database, and writing would fill it.
    if (fs::file_size(path, ec) == 0 && !ec)
        return makeError(ErrorCode::Corrupt, path + " is empty, so it is not a Baton team file (perhaps a copy "
                                                    "that never finished); it was left untouched");
    try {
        // First look without writing anything: even setting WAL would change the header.
        Header header;
        {
            Database probe(path, Database::Mode::ReadOnly);
            try {
                header = readHeader(probe);
            } catch (const StorageError& e) {
                if (!hasSqliteMagic(path))
                    return makeError(ErrorCode::Corrupt,
                                     path + " is not a Baton team file (it is not an SQLite database)");
                if (e.code() != ErrorCode::Corrupt)
                    throw; // busy, locked, or a folder we cannot write: reported below as what it is
                return makeError(ErrorCode::Corrupt, path + " is damaged and cannot be read (" + e.what() + ")");
            }
        }
        if (header.applicationId != kApplicationId)
            return makeError(ErrorCode::Corrupt, path + " is not a Baton team file (it is an SQLite database of "
                                                        "another program)");
        if (header.userVersion > currentSchemaVersion())
            return makeError(ErrorCode::Unsupported,
                             path + " was written by a newer version of Baton (file format " +
                                 std::to_string(header.userVersion) + ", this version reads up to " +
                                 std::to_string(currentSchemaVersion()) + "); it was left untouched");

        const bool readOnly = mode == OpenMode::ReadOnly;
        auto db = std::make_unique<Database>(path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite);
        // SQLite opens a write-protected file read-only without a word; say so now, not at the
        // first edit.
        if (!readOnly && sqlite3_db_readonly(db->handle(), "main") == 1)
            if (auto problem = permissionProblem(path, true))
                return *problem;
        if (check == IntegrityCheck::AtOpen) {
            if (const std::string problems = quickCheck(*db); !problems.empty())
                return makeError(ErrorCode::Corrupt, path + " is damaged: " + problems);
        }
        applyConnectionSettings(*db, readOnly);
        auto file = std::make_unique<TeamFile>(std::move(db), path, readOnly);
        if (header.userVersion < currentSchemaVersion()) {
            if (readOnly)
                return makeError(ErrorCode::Unsupported, path + " uses an older file format and must be upgraded; "
                                                                "open it for writing once");
            const std::string backup = path + ".v" + std::to_string(header.userVersion) + ".bak";
            if (auto ok = copyDatabase(file->db(), backup); !ok)
                return makeError(ok.error().code, path + " was not upgraded: " + ok.error().message);
            try {
                migrate(file->db(), static_cast<int>(header.userVersion));
            } catch (const StorageError& e) {
                return makeError(e.code(), path + " was not upgraded and is as it was: " + e.what());
            }
            file->m_upgradeBackup = backup;
        }
        return file;
    } catch (const StorageError& e) {
        if (e.code() == ErrorCode::Corrupt)
            return makeError(ErrorCode::Corrupt, path + " is damaged or not a Baton team file: " + e.what());
        if (isPermissionCode(e.sqliteCode()))
            if (auto problem = permissionProblem(path, mode == OpenMode::ReadWrite))
                return *problem;
        if ((e.sqliteCode() & 0xff) == SQLITE_BUSY || (e.sqliteCode() & 0xff) == SQLITE_LOCKED)
            return makeError(ErrorCode::Conflict,
                             path + " is in use by another program; try again or open it read-only");
        return e.toError();
    }
}

bool TeamFile::needsUpgrade(const std::string& path)
{
    try {
        Database probe(path, Database::Mode::ReadOnly);
        const Header header = readHeader(probe);
        return header.applicationId == kApplicationId && header.userVersion < currentSchemaVersion();
    } catch (const std::exception&) {
        return false; // open() names what is wrong
    }
}

TeamFile::~TeamFile() = default;

RecordStore& TeamFile::records()
{
    if (!m_records)
        m_records = std::make_unique<RecordStore>(*m_db);
    return *m_records;
}

HistoryLog& TeamFile::history()
{
    if (!m_history)
        m_history = std::make_unique<HistoryLog>(*m_db);
    return *m_history;
}

TeamInfo TeamFile::team()
{
    Statement s = m_db->prepare("SELECT name, description FROM team WHERE singleton = 1");
    if (!s.step())
        return {};
    return {s.columnText(0), s.columnText(1)};
}

domain::Result<void> TeamFile::validateTeamName(const std::string& name)
{
    if (name.empty())
        return makeError(ErrorCode::InvalidValue, "a team needs a name");
    if (!domain::isValidUtf8(name))
        return makeError(ErrorCode::InvalidValue, "the team name is not valid UTF-8 text");
    if (domain::codePointCount(name) > domain::kMaxNameLength)
        return makeError(ErrorCode::InvalidValue, "the team name is longer than 200 characters");
    return {};
}

void TeamFile::setTeam(const TeamInfo& info, const domain::Clock& clock)
{
    if (auto ok = validateTeamName(info.name); !ok)
        throw StorageError(ok.error().code, ok.error().message);
    Transaction tx(*m_db);
    Statement s = m_db->prepare("UPDATE team SET name = ?, description = ?, updated_at = ? WHERE singleton = 1");
    s.bind(1, info.name).bind(2, info.description).bind(3, clock.now().toString()).run();
    tx.commit();
}

domain::Result<void> TeamFile::saveCopy(const std::string& target, const CopyProgress& progress)
{
    return copyDatabase(*m_db, target, progress);
}

std::optional<std::string> TeamFile::setting(const std::string& key)
{
    Statement s = m_db->prepare("SELECT value FROM settings WHERE key = ?");
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    return s.columnText(0);
}

void TeamFile::setSetting(const std::string& key, const std::string& value)
{
    Transaction tx(*m_db);
    m_db->prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2")
        .bind(1, key)
        .bind(2, value)
        .run();
    tx.commit();
}

} // namespace baton::storage
