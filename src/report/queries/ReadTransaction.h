#pragma once

#include "baton/report/ReportQueries.h"
#include "baton/storage/Database.h"
#include "baton/storage/StorageError.h"

namespace baton::report {

/// One read transaction for a whole report (joining the caller's, if one is open), so its
/// figures agree even while the app writes; and the report's cancel flag wired to the
/// connection for the report's duration, so a long query stops part-way. The connection's
/// previous cancel flag is put back afterwards.
class ReadTransaction {
public:
    ReadTransaction(storage::Database& db, const ReadLimits& limits)
        : m_db(db)
        , m_limits(limits)
        , m_snapshot(db)
        , m_previousCancel(db.cancelFlag())
    {
        if (limits.cancel)
            m_db.cancelWhen(limits.cancel);
    }
    ~ReadTransaction() { m_db.cancelWhen(m_previousCancel); } // before the snapshot ends
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
    storage::ReadSnapshot m_snapshot;
    const std::atomic<bool>* m_previousCancel;
};

} // namespace baton::report
