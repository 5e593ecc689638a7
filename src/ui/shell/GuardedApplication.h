#pragma once

#include <QApplication>

#include <functional>

namespace baton::ui {

/// The last line of defence at the event loop's edge: an exception that escapes an event
/// handler is reported in a dialog instead of ending the program (every edit is already
/// saved or refused by then, so nothing is lost).
class GuardedApplication : public QApplication {
public:
    GuardedApplication(int& argc, char** argv)
        : QApplication(argc, argv)
    {
    }
    bool notify(QObject* receiver, QEvent* event) override;
    /// Replaces the error dialog (tests record the message instead of showing a window).
    void setReporter(std::function<void(const QString&)> report) { m_report = std::move(report); }

private:
    void report(const QString& problem);
    std::function<void(const QString&)> m_report;
    bool m_reporting = false;
};

} // namespace baton::ui
