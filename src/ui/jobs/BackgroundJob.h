#pragma once

#include <QString>

#include <atomic>
#include <cstddef>
#include <functional>

class QWidget;

namespace baton::ui {

/// What a job reports while it runs and how it learns it should stop.
class JobControl {
public:
    void report(std::size_t done, std::size_t total)
    {
        m_done = done;
        m_total = total;
    }
    bool cancelled() const { return m_cancelled; }
    /// The flag itself, for work that polls it deeper down (report::ReadLimits).
    const std::atomic<bool>& cancelFlag() const { return m_cancelled; }
    void cancel() { m_cancelled = true; }
    std::size_t done() const { return m_done; }
    std::size_t total() const { return m_total; }

private:
    std::atomic<std::size_t> m_done{0};
    std::atomic<std::size_t> m_total{0};
    std::atomic<bool> m_cancelled{false};
};

/// Runs `work` on another thread while a progress dialog (with Cancel, unless the work cannot
/// stop part-way) keeps the window responsive; returns when the work is done. The work must
/// not touch widgets.
void runWithProgress(QWidget* parent, const QString& label, const std::function<void(JobControl&)>& work,
                     bool showDialog = true, bool cancellable = true);

} // namespace baton::ui
