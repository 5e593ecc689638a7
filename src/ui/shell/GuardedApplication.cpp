#include "shell/GuardedApplication.h"

#include <QMessageBox>

#include <cstdio>

namespace baton::ui {

bool GuardedApplication::notify(QObject* receiver, QEvent* event)
{
    QString problem;
    try {
        return QApplication::notify(receiver, event);
    } catch (const std::exception& e) {
        problem = QString::fromUtf8(e.what());
    } catch (...) {
        problem = tr("an error Baton does not know");
    }
    // (void): if stderr cannot be written there is nowhere else to say it; the dialog follows.
    (void)std::fprintf(stderr, "baton: unexpected error: %s\n", problem.toUtf8().constData());
    if (!m_reporting) { // one report at a time, even if showing it fails again
        m_reporting = true;
        report(problem);
        m_reporting = false;
    }
    return false;
}

void GuardedApplication::report(const QString& problem)
{
    if (m_report) {
        m_report(problem);
        return;
    }
    QMessageBox::critical(activeWindow(), tr("Unexpected error"),
                          tr("Baton ran into an unexpected error: %1\n\nEvery change is saved when it is made, "
                             "so nothing saved was lost. If this happens again, please report it.")
                              .arg(problem));
}

} // namespace baton::ui
