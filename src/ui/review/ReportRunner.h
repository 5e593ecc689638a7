#pragma once

#include "baton/report/ReportDocument.h"
#include "baton/report/ReportQueries.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace baton::storage {
class Database;
}

namespace baton::ui {

/// A report ready for the screen: the document, its HTML and its charts, all made on the
/// worker so that the window only has to show them.
struct ReportView {
    report::ReportDocument document;
    QString html;
    std::vector<QImage> charts; ///< the resources "chart:0", "chart:1"… of the HTML
};

/// Reads a review's figures on a worker thread, over its own read-only connection to the team
/// file, so that the window never waits for them. The newest request wins: starting one
/// cancels the one running (SQLite stops mid-query) and drops any still waiting.
class ReportRunner : public QObject {
    Q_OBJECT
public:
    /// What a request does on the worker: read the figures and lay them out for the screen.
    using Work = std::function<ReportView(storage::Database&, const report::ReadLimits&)>;

    ReportRunner(std::string path, std::size_t listLimit, QObject* parent = nullptr);
    ~ReportRunner() override;
    ReportRunner(const ReportRunner&) = delete;
    ReportRunner& operator=(const ReportRunner&) = delete;

    void start(Work work);
    /// True from start() until its document (or failure) has been delivered.
    bool busy() const { return m_busy; }

signals:
    void finished(const baton::ui::ReportView& view);
    void failed(const QString& message);

private:
    struct Request {
        Work work;
        std::uint64_t generation = 0;
    };
    void run();
    void deliver(std::uint64_t generation, std::function<void()> emitResult);

    const std::string m_path;
    const std::size_t m_listLimit;
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
