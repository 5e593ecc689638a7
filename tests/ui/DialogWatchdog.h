#pragma once

// Fails a GUI test that leaves a modal dialog open: a test callback that did not close the
// dialog it was given, or a warning box nobody dismissed. The dialog is closed and the test
// goes on, where it used to hang until ctest's 120 s timeout.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

namespace baton::test {

class DialogWatchdog : public QObject {
public:
    /// Starts watching; `limitMs` is how long one dialog may stay open.
    explicit DialogWatchdog(int limitMs = 30000);
    void setLimit(int ms) { m_limitMs = ms; }
    int limit() const { return m_limitMs; }
    /// What to do with the description of a dialog left open; fails the running test by default.
    using Report = std::function<void(const QString&)>;
    void setReport(Report report) { m_report = std::move(report); }
    static Report failTest();
    /// The watchdog of this test run.
    static DialogWatchdog& instance();

private:
    void check();

    QTimer m_timer;
    QPointer<QWidget> m_open;
    QElapsedTimer m_since;
    int m_limitMs;
    Report m_report = failTest();
};

} // namespace baton::test
