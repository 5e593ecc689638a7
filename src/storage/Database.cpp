#include "baton/storage/Database.h"

#include "baton/domain/CaseFold.h"
#include "baton/domain/Date.h"
#include "baton/storage/StorageError.h"

#include <sqlite3.h>

#include <unistd.h>

#include <cerrno>
#include <new>
#include <random>
#include <thread>

namespace baton::storage {
namespace {

domain::ErrorCode codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return domain::ErrorCode::Corrupt;
    case SQLITE_CONSTRAINT:
        return domain::ErrorCode::Conflict;
    case SQLITE_INTERRUPT:
        return domain::ErrorCode::Cancelled;
    default:
        return domain::ErrorCode::Io;
    }
}

/// True when SQLite failed because the disk is full, whichever way it met it: SQLITE_FULL, or
/// an I/O error whose system call said ENOSPC (as a full disk refuses the shared-memory file).
bool diskFull(sqlite3* db, int rc)
{
    if ((rc & 0xff) == SQLITE_FULL)
        return true;
    if ((rc & 0xff) != SQLITE_IOERR || !db)
        return false;
    const int err = sqlite3_system_errno(db);
    return err == ENOSPC || err == EDQUOT;
}

std::string_view textArgument(sqlite3_value* value)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
    return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(value))) : std::string_view();
}

/// baton_fold(text): domain::foldCase, so SQL compares text without regard to case in every
/// script, where LIKE and COLLATE NOCASE fold only A-Z. NULL stays NULL.
void foldFunction(sqlite3_context* context, int, sqlite3_value** args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    try {
        const std::string folded = domain::foldCase(textArgument(args[0]));
        sqlite3_result_text64(context, folded.data(), folded.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    } catch (const std::bad_alloc&) {
        sqlite3_result_error_nomem(context);
    }
}

/// baton_micros(timestamp): the instant as microseconds since 1970 (domain::Timestamp), so
/// SQL compares stored RFC 3339 times as times: as text "09:30:00Z" sorts after
/// "09:30:00.500Z". NULL for NULL or text that is not a timestamp.
void microsFunction(sqlite3_context* context, int, sqlite3_value** args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    if (const auto at = domain::Timestamp::parse(textArgument(args[0])))
        sqlite3_result_int64(context, at->micros());
    else
        sqlite3_result_null(context);
}

void registerFunctions(sqlite3* db)
{
    constexpr int kFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    for (const auto& [name, function] :
         {std::pair{"baton_fold", &foldFunction}, std::pair{"baton_micros", &microsFunction}}) {
        const int rc = sqlite3_create_function_v2(db, name, 1, kFlags, nullptr, function, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            throw StorageError(codeFor(rc),
                               std::string("cannot register the SQL function ") + name + ": " + sqlite3_errstr(rc), rc);
    }
}

} // namespace

Database::Database(const std::string& path, Mode mode)
    : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        // Writable underneath so that SQLite can tidy the WAL files on close (see Mode);
        // SQLite itself falls back to read-only when the OS refuses writing.
        flags |= SQLITE_OPEN_READWRITE;
        break;
    }
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw StorageError(codeFor(rc), "cannot open " + path + ": " + message, rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    try {
        registerFunctions(m_db);
        if (mode == Mode::ReadOnly) {
            exec("PRAGMA query_only = ON");
            m_queryOnly = true;
        }
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

std::optional<std::string> Database::plainWords(int rc) const
{
    if (diskFull(m_db, rc))
        return "the disk holding " + m_path + " is full";
    if ((rc & 0xff) == SQLITE_READONLY && !m_queryOnly) // query_only refuses by design, not by permissions
        return "cannot write " + m_path +
               ": it is read-only (its permissions, or its folder's, do not let you "
               "change it)";
    return std::nullopt;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

void Database::waitForLocks(std::chrono::milliseconds limit)
{
    m_lockLimit = limit;
    const auto handler = [](void* self, int tries) -> int {
        auto& db = *static_cast<Database*>(self);
        const auto now = std::chrono::steady_clock::now();
        if (tries == 0)
            db.m_waitingSince = now;
        if (now - db.m_waitingSince >= db.m_lockLimit)
            return 0; // give up: the statement fails as busy
        thread_local std::minstd_rand random(
            static_cast<unsigned>(::getpid()) ^
            static_cast<unsigned>(std::hash<std::thread::id>()(std::this_thread::get_id())));
        std::this_thread::sleep_for(std::chrono::microseconds(200 + random() % 1300));
        return 1;
    };
    check(sqlite3_busy_handler(m_db, handler, this), "setting how long to wait for a lock");
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

ReadSnapshot::ReadSnapshot(Database& db)
    : m_db(db)
{
    if (!m_db.inTransaction()) {
        m_db.exec("BEGIN");
        m_began = true;
    }
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_began)
        return;
    try {
        m_db.exec("COMMIT");
    } catch (...) {
        try {
            m_db.exec("ROLLBACK"); // a read transaction has nothing to lose, but must end
        } catch (...) {            // NOLINT(bugprone-empty-catch): nothing more to try
        }
    }
}

void Database::cancelWhen(const std::atomic<bool>* flag)
{
    m_cancelFlag = flag;
    if (!flag) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    // Asked every thousand virtual-machine steps: well under a millisecond apart.
    sqlite3_progress_handler(
        m_db, 1000, [](void* f) { return static_cast<const std::atomic<bool>*>(f)->load() ? 1 : 0; },
        const_cast<std::atomic<bool>*>(flag)); // NOLINT(cppcoreguidelines-pro-type-const-cast): only read
}

void Database::check(int rc, std::string_view what) const
{
    if (rc == SQLITE_OK || rc == SQLITE_ROW || rc == SQLITE_DONE)
        return;
    if (const auto plain = plainWords(rc))
        throw StorageError(codeFor(rc), *plain, rc);
    throw StorageError(codeFor(rc), std::string(what) + ": " + sqlite3_errmsg(m_db), rc);
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string detail = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        if (const auto plain = plainWords(rc))
            throw StorageError(codeFor(rc), *plain, rc);
        throw StorageError(codeFor(rc), detail + " (in " + m_path + ")", rc);
    }
}

Statement Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc =
        sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    check(rc, "preparing a query");
    return Statement(*this, stmt);
}

std::int64_t Database::queryInt(std::string_view sql)
{
    Statement s = prepare(sql);
    return s.step() ? s.columnInt(0) : 0;
}

std::string Database::queryText(std::string_view sql)
{
    Statement s = prepare(sql);
    return s.step() ? s.columnText(0) : std::string();
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}
bool Database::readOnly() const
{
    return m_queryOnly || sqlite3_db_readonly(m_db, "main") == 1;
}

bool Database::runRolledBack(const std::function<void()>& work)
{
    if (sqlite3_db_readonly(m_db, "main") == 1)
        return false;
    if (m_queryOnly)
        exec("PRAGMA query_only = OFF");
    try {
        exec("SAVEPOINT baton_rolled_back");
    } catch (...) {
        if (m_queryOnly)
            exec("PRAGMA query_only = ON");
        throw;
    }
    try {
        work();
    } catch (...) {
        try {
            endRolledBack();
        } catch (...) { // NOLINT(bugprone-empty-catch): the first error is the one to report
        }
        throw;
    }
    endRolledBack();
    return true;
}

void Database::endRolledBack()
{
    // Put query_only back even when the rollback fails, so a ReadOnly connection stays so.
    try {
        exec("ROLLBACK TO baton_rolled_back");
        exec("RELEASE baton_rolled_back");
    } catch (...) {
        if (m_queryOnly)
            exec("PRAGMA query_only = ON");
        throw;
    }
    if (m_queryOnly)
        exec("PRAGMA query_only = ON");
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    m_db->check(sqlite3_bind_int64(m_stmt, index, value), "binding a value");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    m_db->check(sqlite3_bind_double(m_stmt, index, value), "binding a value");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    m_db->check(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
                "binding a value");
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& value)
{
    return value ? bind(index, std::string_view(*value)) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    m_db->check(sqlite3_bind_null(m_stmt, index), "binding a value");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db->check(rc, "running a query");
    return false;
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::columnView(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return {text, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string Statement::columnText(int column) const
{
    return std::string(columnView(column));
}

std::optional<std::string> Statement::columnOptionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnText(column);
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) { // NOLINT(bugprone-empty-catch): a failed rollback leaves SQLite to roll back on close
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace baton::storage
