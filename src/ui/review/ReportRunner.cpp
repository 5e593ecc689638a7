#include "review/ReportRunner.h"

#include "core/Text.h"

#include "baton/storage/Database.h"
#include "baton/storage/TeamFile.h"

#include <QMetaObject>

namespace baton::ui {

ReportRunner::ReportRunner(std::string path, std::size_t listLimit, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_listLimit(listLimit)
    , m_thread([this] { run(); })
{
}

ReportRunner::~ReportRunner()
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

void ReportRunner::start(Work work)
{
    m_busy = true;
    {
        const std::lock_guard lock(m_mutex);
        m_pending = std::make_unique<Request>(Request{std::move(work), ++m_generation});
        m_cancelRunning = true; // whatever runs now is out of date
    }
    m_wake.notify_one();
}

void ReportRunner::deliver(std::uint64_t generation, std::function<void()> emitResult)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, emitResult = std::move(emitResult)] {
            if (generation != m_generation)
                return; // a newer request is on its way
            m_busy = false;
            emitResult();
        },
        Qt::QueuedConnection);
}

void ReportRunner::run()
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
                auto opened = storage::TeamFile::open(m_path, storage::OpenMode::ReadOnly,
                                                      storage::IntegrityCheck::Deferred);
                if (!opened)
                    throw std::runtime_error(opened.error().message);
                file = std::move(opened.value());
                // Reports scan indexes once; the OS cache serves them again, not ours.
                file->db().exec("PRAGMA cache_size = -16384");
            }
            auto view = std::make_shared<ReportView>(
                request->work(file->db(), report::ReadLimits{m_listLimit, &m_cancelRunning}));
            deliver(request->generation, [this, view] { emit finished(*view); });
        } catch (const report::ReportCancelled&) {
            // A newer request replaced this one; it delivers instead.
        } catch (const std::exception& e) {
            deliver(request->generation, [this, message = toQ(e.what())] { emit failed(message); });
        }
    }
}

} // namespace baton::ui
