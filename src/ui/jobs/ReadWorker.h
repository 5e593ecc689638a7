#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace baton::storage {
class Database;
}

namespace baton::ui {

/// Reads for one page on a worker thread, over its own read-only connection to the team file,
/// so that the window never waits for a query that grows with the file. The newest request
/// wins: starting one cancels the one running (SQLite stops mid-query) and drops any waiting.
class ReadWorker : public QObject {
    Q_OBJECT
public:
    /// What a job hands back to run on the UI thread (show its result).
    using Deliver = std::function<void()>;
    /// Runs on the worker; `cancelled` turns true when a newer job replaces it (the connection
    /// is interrupted too). Throws to fail; report::ReportCancelled ends it quietly.
    using Job = std::function<Deliver(storage::Database& db, const std::atomic<bool>& cancelled)>;

    explicit ReadWorker(std::string path, QObject* parent = nullptr);
    ~ReadWorker() override;
    ReadWorker(const ReadWorker&) = delete;
    ReadWorker& operator=(const ReadWorker&) = delete;

    void start(Job job);
    /// True from start() until its result (or failure) has been delivered.
    bool busy() const { return m_busy; }

signals:
    void failed(const QString& message);

private:
    struct Request {
        Job job;
        std::uint64_t generation = 0;
    };
    void run();
    void deliver(std::uint64_t generation, Deliver deliver);

    const std::string m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unique_ptr<Request> m_pending;
    std::atomic<bool> m_cancelRunning{false};
    std::uint64_t m_generation = 0; ///< the newest request, read on the UI thread
    bool m_stopping = false;
    bool m_busy = false;
    std::thread m_thread;
};

} // namespace baton::ui
