#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace baton::storage {

class Statement;

/// Owns one sqlite3 connection; closes it on destruction. Throws StorageError on failure.
/// Every connection has the SQL functions baton_fold(text) (domain::foldCase) and
/// baton_micros(timestamp) (a stored RFC 3339 time as microseconds, for comparing times).
class Database {
public:
    /// ReadOnly refuses every write (PRAGMA query_only) and never changes the file, yet asks
    /// SQLite for a writable handle when the OS allows one: only such a connection, when it is
    /// the last to close, may remove the -wal and -shm files of a WAL-mode file (a
    /// read-only handle leaves them behind). A write-protected file is opened read-only.
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    /// First column of the first row as an integer (0 when there is no row).
    std::int64_t queryInt(std::string_view sql);
    std::string queryText(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    /// True when writes are refused: opened ReadOnly, or the file is write-protected.
    bool readOnly() const;
    /// Runs `work` in a savepoint that is always rolled back, with writes allowed for its
    /// duration even on a ReadOnly connection: for checks SQLite offers only as writes (FTS5's
    /// 'integrity-check'). Nothing `work` does is kept. Returns false, without running it, when
    /// the file cannot be written at all. Exceptions from `work` propagate after the rollback.
    bool runRolledBack(const std::function<void()>& work);
    /// While `flag` is set (not null), every statement on this connection stops with a
    /// StorageError whose interrupted() is true soon after `*flag` turns true: how a worker
    /// cancels a long query. The flag must outlive the setting; pass nullptr to clear it.
    void cancelWhen(const std::atomic<bool>* flag);
    /// The flag cancelWhen set last (nullptr: none), so a scope can put it back.
    const std::atomic<bool>* cancelFlag() const { return m_cancelFlag; }
    /// Waits up to `limit` for another connection's lock before a statement gives up as busy,
    /// trying again every 0.2 to 1.5 ms (at random, so waiting writers do not try in step).
    /// SQLite's own busy_timeout backs off to 100 ms between tries; a writer that tries ten
    /// times a second can wait out any limit behind two others that write back to back.
    void waitForLocks(std::chrono::milliseconds limit);
    /// True inside a transaction (BEGIN ... COMMIT), false in autocommit.
    bool inTransaction() const;
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    /// Throws StorageError naming `what` with SQLite's message when rc is an error.
    void check(int rc, std::string_view what) const;

private:
    void endRolledBack();
    /// A full disk or a write-protected file, said in words rather than SQLite's.
    std::optional<std::string> plainWords(int rc) const;

    sqlite3* m_db = nullptr;
    std::string m_path;
    bool m_queryOnly = false;
    const std::atomic<bool>* m_cancelFlag = nullptr;
    std::chrono::milliseconds m_lockLimit{0};
    std::chrono::steady_clock::time_point m_waitingSince;
};

/// A prepared statement with 1-based binds and 0-based columns; reset for reuse.
class Statement {
public:
    Statement(Database& db, sqlite3_stmt* stmt)
        : m_db(&db)
        , m_stmt(stmt)
    {
    }
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::optional<std::string>& value);
    Statement& bindNull(int index);

    /// Steps once: true when a row is ready, false when done.
    bool step();
    /// Steps to completion, for statements that return no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    std::string_view columnView(int column) const;
    std::optional<std::string> columnOptionalText(int column) const;

private:
    Database* m_db;
    sqlite3_stmt* m_stmt;
};

/// One read transaction (`BEGIN`) for a scope, so that several reads see the same state even
/// while another connection writes; ends it when the scope does. Inside a transaction that is
/// already open it does nothing, so reads that take one can be combined under an outer one.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_began = false;
};

/// `BEGIN IMMEDIATE` on construction; rolls back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace baton::storage
