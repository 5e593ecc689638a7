#pragma once

#include <QApplication>

namespace baton::ui {

/// The last line of defence at the event loop's edge: an exception that escapes an event
/// handler is reported in a dialog instead of ending the program (every edit is already
/// saved or refused by then, so nothing is lost).
class GuardedApplication : public QApplication {
public:
    GuardedApplication(int& argc, char** argv) : QApplication(argc, argv) {}
    bool notify(QObject* receiver, QEvent* event) override;

private:
    bool m_reporting = false;
};

} // namespace baton::ui
