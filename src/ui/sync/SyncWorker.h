#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <mutex>
#include <string>

class QThread;

namespace baton::ui {

/// Where the link to the team server stands, for the status bar.
enum class SyncPhase { Connecting, UpToDate, Syncing, Offline, LoginNeeded, Stopped };

/// Keeps a team file in step with its team server on a thread of its own: its own connection
/// to the file and to the server, LISTEN for other members' changes, a sync after every local
/// edit (requestSync) and every 10 s, and reconnection with back-off while offline.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    /// `connection` is the stored connection string; `password` may be empty (libpq then
    /// looks in PGPASSWORD and ~/.pgpass).
    SyncWorker(QString path, std::string connection, std::string password, QObject* parent = nullptr);
    ~SyncWorker() override;

    void start();
    /// Asks for a sync as soon as possible; safe from any thread, coalesces repeated calls.
    void requestSync();
    /// Stops the thread and waits for it (at most one server round trip).
    void stop();

signals:
    /// A new state: counts of changes still here, open conflicts and refused changes, and
    /// the reason when offline.
    void stateChanged(baton::ui::SyncPhase phase, qint64 unsent, qint64 conflicts, qint64 refused,
                      const QString& message);
    /// Other members' changes were applied to the file (pages should reload).
    void applied(qint64 count);

private:
    void run();
    void loop();
    bool pause(int milliseconds);

    QString m_path;
    std::string m_connection;
    std::string m_password;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_wanted{false};
};

} // namespace baton::ui

Q_DECLARE_METATYPE(baton::ui::SyncPhase)
