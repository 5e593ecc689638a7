#include "jobs/ReadWorker.h"

#include "core/Text.h"

#include "baton/report/ReportQueries.h"
#include "baton/storage/Database.h"
#include "baton/storage/StorageError.h"
#include "baton/storage/TeamFile.h"

#include <QMetaObject>

namespace baton::ui {

ReadWorker::ReadWorker(std::string path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_thread([this] { run(); })
{
}

ReadWorker::~ReadWorker()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_pending.reset();
        m_cancelRunning = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void ReadWorker::start(Job job)
{
    m_busy = true;
    {
        const std::lock_guard lock(m_mutex);
        m_pending = std::make_unique<Request>(Request{std::move(job), ++m_generation});
        m_cancelRunning = true; // whatever runs now is out of date
    }
    m_wake.notify_one();
}

void ReadWorker::deliver(std::uint64_t generation, Deliver result)
{
    // Queued to this object: dropped if it is gone, ignored if a newer request was made.
    QMetaObject::invokeMethod(
        this,
        [this, generation, result = std::move(result)] {
            if (generation != m_generation)
                return;
            m_busy = false;
            result();
        },
        Qt::QueuedConnection);
}

void ReadWorker::run()
{
    std::unique_ptr<storage::TeamFile> file;
    for (;;) {
        std::unique_ptr<Request> request;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_pending; });
            if (m_stopping)
                return;
            request = std::move(m_pending);
            m_cancelRunning = false;
        }
        try {
            if (!file) {
                auto opened =
                    storage::TeamFile::open(m_path, storage::OpenMode::ReadOnly, storage::IntegrityCheck::Deferred);
                if (!opened)
                    throw std::runtime_error(opened.error().message);
                file = std::move(opened.value());
                // Pages read indexes once; the OS cache serves them again, not ours.
                file->db().exec("PRAGMA cache_size = -16384");
            }
            file->db().cancelWhen(&m_cancelRunning);
            Deliver result = request->job(file->db(), m_cancelRunning);
            file->db().cancelWhen(nullptr);
            deliver(request->generation, std::move(result));
        } catch (const report::ReportCancelled&) {
            file->db().cancelWhen(nullptr); // a newer request replaced this one; it delivers instead
        } catch (const storage::StorageError& e) {
            if (file)
                file->db().cancelWhen(nullptr);
            if (!e.interrupted())
                deliver(request->generation, [this, message = toQ(e.what())] { emit failed(message); });
        } catch (const std::exception& e) {
            if (file)
                file->db().cancelWhen(nullptr);
            deliver(request->generation, [this, message = toQ(e.what())] { emit failed(message); });
        }
    }
}

} // namespace baton::ui
