#pragma once

#include "baton/report/ReportQueries.h"
#include "baton/storage/Database.h"
#include "baton/storage/StorageError.h"

namespace baton::report {

/// One read transaction for a whole report, so its figures agree even while the app writes;
/// and the report's cancel flag wired to the connection, so a long query stops part-way.
class ReadTransaction {
public:
    ReadTransaction(storage::Database& db, const ReadLimits& limits)
        : m_db(db)
        , m_limits(limits)
    {
        m_db.cancelWhen(limits.cancel);
        m_db.exec("BEGIN");
    }
    ~ReadTransaction()
    {
        m_db.cancelWhen(nullptr); // the end of the transaction must not be cancelled
        try {
            m_db.exec("COMMIT");
        } catch (...) { // NOLINT(bugprone-empty-catch): a read transaction has nothing to lose
        }
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    /// Throws ReportCancelled when the report was cancelled; called between rows.
    void checkCancelled() const
    {
        if (m_limits.cancel && m_limits.cancel->load())
            throw ReportCancelled();
    }
    /// Runs `read`, turning SQLite's "interrupted" into ReportCancelled.
    template <typename F> auto run(F&& read)
    {
        try {
            return read();
        } catch (const storage::StorageError& e) {
            if (e.interrupted())
                throw ReportCancelled();
            throw;
        }
    }

private:
    storage::Database& m_db;
    const ReadLimits& m_limits;
};

} // namespace baton::report
