#include "baton/storage/FileCopy.h"

#include "baton/domain/CrashPoint.h"
#include "baton/storage/Database.h"
#include "baton/storage/StorageError.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace baton::storage {
namespace fs = std::filesystem;
using domain::ErrorCode;
using domain::makeError;

namespace {

/// Why the file system refused, in words rather than an errno name.
std::string describeErrno(int err)
{
    switch (err) {
    case EACCES:
    case EPERM:
        return "you are not allowed to write in that folder";
    case EROFS:
        return "the disk is read-only";
    case ENOENT:
    case ENOTDIR:
        return "the folder does not exist";
    case ENOSPC:
    case EDQUOT:
        return "the disk is full";
    case EISDIR:
        return "a folder has that name";
    default:
        return std::generic_category().message(err);
    }
}

/// Why a step of the backup failed, in words.
std::string describeSqlite(int rc, sqlite3* dest)
{
    if ((rc & 0xff) == SQLITE_IOERR && dest &&
        (sqlite3_system_errno(dest) == ENOSPC || sqlite3_system_errno(dest) == EDQUOT))
        return "the disk is full";
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return "the disk is full";
    case SQLITE_IOERR:
        return "the disk reported an error while writing (" + std::string(sqlite3_errmsg(dest)) + ")";
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return "the copy cannot be written there";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "the team file is damaged and cannot be read whole";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "the team file is in use by another program; try again";
    case SQLITE_NOMEM:
        return "there is not enough memory";
    default:
        return sqlite3_errstr(rc);
    }
}

/// Removes the partial copy and any journal SQLite left beside it.
void removePartial(const std::string& partial)
{
    std::error_code ignored;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        fs::remove(partial + suffix, ignored);
}

/// The copy's own connection, closed on every way out.
struct Destination {
    sqlite3* db = nullptr;
    ~Destination() { sqlite3_close(db); }
};

} // namespace

domain::Result<void> copyDatabase(Database& source, const std::string& target, const CopyProgress& progress,
                                  int pagesPerStep)
{
    const std::string partial = target + ".partial";
    const auto fail = [&](ErrorCode code, const std::string& cause) {
        removePartial(partial);
        return makeError(code, "cannot save a copy to " + target + ": " + cause);
    };
    std::error_code ec;
    if (fs::is_directory(target, ec))
        return makeError(ErrorCode::InvalidValue, "cannot save a copy to " + target + ": a folder has that name");
    if (fs::equivalent(source.path(), target, ec))
        return makeError(ErrorCode::Conflict,
                         "cannot save a copy to " + target + ": it is the team file itself; choose another name");

    removePartial(partial); // left by a copy that was killed
    // Create the file here: when that fails errno says why, where SQLite would only say
    // "unable to open database file".
    std::FILE* f = std::fopen(partial.c_str(), "wb");
    if (!f || std::fclose(f) != 0)
        return fail(ErrorCode::Io, describeErrno(errno));

    bool cancelled = false;
    int rc = SQLITE_OK;
    {
        Destination dest;
        rc = sqlite3_open_v2(partial.c_str(), &dest.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        if (rc != SQLITE_OK)
            return fail(ErrorCode::Io, describeSqlite(rc, dest.db));
        sqlite3_backup* backup = sqlite3_backup_init(dest.db, "main", source.handle(), "main");
        if (!backup)
            return fail(ErrorCode::Io, sqlite3_errmsg(dest.db));
        // Each step reads a consistent snapshot; should another connection write to the
        // source between steps, SQLite starts the copy over by itself.
        do {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            domain::crashPoint("backup.mid-copy");
            const auto total = static_cast<std::size_t>(sqlite3_backup_pagecount(backup));
            const auto left = static_cast<std::size_t>(sqlite3_backup_remaining(backup));
            if ((rc == SQLITE_OK || rc == SQLITE_DONE) && progress && !progress(total - left, total))
                cancelled = true;
        } while (rc == SQLITE_OK && !cancelled);
        sqlite3_backup_finish(backup); // rolls the copy back when it stopped early
        if (!cancelled && rc != SQLITE_DONE)
            return fail(ErrorCode::Io, describeSqlite(rc, dest.db));
    }
    if (cancelled) {
        removePartial(partial);
        return makeError(ErrorCode::Cancelled, "the copy was cancelled; " + target + " was not written");
    }
    domain::crashPoint("backup.before-rename");
    fs::rename(partial, target, ec);
    if (ec)
        return fail(ErrorCode::Io, describeErrno(ec.value()));
    return {};
}

domain::Result<void> copyDatabaseFile(const std::string& sourcePath, const std::string& target,
                                      const CopyProgress& progress, int pagesPerStep)
{
    try {
        Database source(sourcePath, Database::Mode::ReadOnly);
        source.exec("PRAGMA busy_timeout = 5000");
        return copyDatabase(source, target, progress, pagesPerStep);
    } catch (const StorageError& e) {
        return makeError(e.code(), "cannot save a copy of " + sourcePath + ": " + e.what());
    }
}

} // namespace baton::storage
