#include "ui/DialogWatchdog.h"

#include "support/Catch.h"

#include <QApplication>
#include <QDialog>
#include <QMessageBox>

namespace baton::test {

DialogWatchdog::DialogWatchdog(int limitMs)
    : m_limitMs(limitMs)
{
    // The timer fires inside a dialog's own event loop, which is where a forgotten dialog waits.
    connect(&m_timer, &QTimer::timeout, this, &DialogWatchdog::check);
    m_timer.start(250);
    m_since.start();
}

DialogWatchdog& DialogWatchdog::instance()
{
    static DialogWatchdog watchdog;
    return watchdog;
}

DialogWatchdog::Report DialogWatchdog::failTest()
{
    return [](const QString& what) { FAIL_CHECK(what.toStdString()); };
}

void DialogWatchdog::check()
{
    QWidget* modal = QApplication::activeModalWidget();
    if (modal != m_open) {
        m_open = modal;
        m_since.restart();
        return;
    }
    if (!modal || m_since.elapsed() < m_limitMs)
        return;
    QString what = modal->windowTitle();
    if (auto* box = qobject_cast<QMessageBox*>(modal))
        what += QStringLiteral(": ") + box->text();
    m_report(QStringLiteral("a dialog was left open for %1 s and was closed: %2").arg(m_limitMs / 1000.0).arg(what));
    if (auto* dialog = qobject_cast<QDialog*>(modal))
        dialog->reject();
    else
        modal->close();
    m_open = nullptr;
}

} // namespace baton::test
