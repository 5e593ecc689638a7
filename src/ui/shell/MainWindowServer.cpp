// MainWindow's team server part: File > Publish to Server, Join Team, Conflicts, and the
// link of the open file (kept apart from the menus and files of MainWindow.cpp).
#include "shell/MainWindow.h"

#include "core/TeamSession.h"
#include "core/Text.h"
#include "shell/Workspace.h"
#include "sync/ConflictsDialog.h"
#include "sync/ServerDialogs.h"
#include "sync/SyncController.h"

#include <QMessageBox>
#include <QStatusBar>

namespace baton::ui {

void MainWindow::startSync(const QString& password)
{
    m_sync.reset();
    if (!m_session || m_session->readOnly())
        return;
    m_sync = std::make_unique<SyncController>(*m_session, this, m_quiet);
    if (!m_sync->linked())
        return;
    statusBar()->addPermanentWidget(m_sync->indicator());
    connect(m_sync.get(), &SyncController::conflictsRequested, this, &MainWindow::showConflicts);
    connect(m_sync.get(), &SyncController::stateChanged, this, &MainWindow::updateActions);
    m_sync->start(password);
}

bool MainWindow::publishToServer(const QString& connection, const QString& password, bool remember)
{
    if (!m_session)
        return false;
    const auto done = publishInBackground(m_quiet ? nullptr : this, *m_session, connection, password, remember);
    if (!done) {
        if (!m_quiet)
            QMessageBox::warning(this, tr("Publish to Server"), toQ(done.error().message));
        statusBar()->showMessage(toQ(done.error().message), 8000);
        return false;
    }
    m_session->reloadAll(); // "who am I" is now the server login's member
    if (m_workspace)
        m_workspace->refreshBanners();
    startSync(password);
    updateActions();
    statusBar()->showMessage(tr("Published: this team file now syncs with the server."), 8000);
    return true;
}

bool MainWindow::joinServerTeam(const QString& connection, const QString& password, const QString& path,
                                bool remember)
{
    const auto done = joinInBackground(m_quiet ? nullptr : this, connection, password, path, remember);
    if (!done) {
        if (done.error().code == domain::ErrorCode::Cancelled)
            statusBar()->showMessage(tr("Joining cancelled; no file was made."), 5000);
        else if (!m_quiet)
            QMessageBox::warning(this, tr("Join Team"), toQ(done.error().message));
        return false;
    }
    m_joinPassword = password;
    return openFile(path);
}

void MainWindow::askPublish()
{
    ServerConnectionDialog dialog(ServerConnectionDialog::Purpose::Publish, this);
    if (dialog.exec() == QDialog::Accepted)
        publishToServer(dialog.connection(), dialog.password(), dialog.remember());
}

void MainWindow::askJoin()
{
    ServerConnectionDialog dialog(ServerConnectionDialog::Purpose::Join, this);
    if (dialog.exec() == QDialog::Accepted)
        joinServerTeam(dialog.connection(), dialog.password(), dialog.path(), dialog.remember());
}

void MainWindow::showConflicts()
{
    if (!m_session || !m_sync || !m_sync->linked())
        return;
    ConflictsDialog dialog(*m_session, this);
    connect(&dialog, &ConflictsDialog::settled, m_sync.get(), &SyncController::syncNow);
    dialog.exec();
}

} // namespace baton::ui
