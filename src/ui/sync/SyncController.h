#pragma once

#include "sync/SyncWorker.h"

#include <QObject>
#include <QPointer>
#include <QToolButton>
#include <QString>

#include <memory>

class QWidget;

namespace baton::ui {

class TeamSession;

/// The team server link of one open team file: runs the SyncWorker, finds the password (libpq's
/// own sources, then the keyring, then the user), shows the state in a status-bar button, and
/// reloads the pages when other members' changes arrive.
class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(TeamSession& session, QWidget* window, bool quiet);
    ~SyncController() override;

    /// True when the open file is a replica of a team server.
    bool linked() const { return m_linked; }
    /// Starts syncing (a linked file only); `password` may be empty.
    void start(const QString& password = {});
    void syncNow();
    /// The status-bar button: state in words; a click opens the conflicts.
    QToolButton* indicator() const { return m_indicator; }
    SyncPhase phase() const { return m_phase; }
    QString statusText() const;
    qint64 unsent() const { return m_unsent; }
    qint64 conflicts() const { return m_conflicts; }

signals:
    void conflictsRequested();
    void stateChanged();
    void applied(qint64 count);

private:
    void onState(SyncPhase phase, qint64 unsent, qint64 conflicts, qint64 refused, const QString& message);
    void askPassword(const QString& reason);
    void refresh();

    TeamSession& m_session;
    QWidget* m_window;
    bool m_quiet;
    bool m_linked = false;
    std::string m_connection;
    QString m_keyringKey;
    std::unique_ptr<SyncWorker> m_worker;
    QPointer<QToolButton> m_indicator;
    SyncPhase m_phase = SyncPhase::Stopped;
    qint64 m_unsent = 0, m_conflicts = 0, m_refused = 0;
    QString m_message;
    QString m_password;
    bool m_triedKeyring = false;
    bool m_rememberAfterLogin = false;
};

} // namespace baton::ui
