#pragma once

#include "baton/domain/Result.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QLineEdit;

namespace baton::ui {

class TeamSession;

/// Asks for a team server connection: the connection string a facilitator handed out, the
/// password, whether to keep it in the keyring and, to join, where to put the new team file.
class ServerConnectionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Purpose { Publish, Join };
    ServerConnectionDialog(Purpose purpose, QWidget* parent = nullptr);

    QString connection() const;
    QString password() const;
    bool remember() const;
    QString path() const; ///< Join only

private:
    QLineEdit* m_connection;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLineEdit* m_path = nullptr;
};

/// Publishes the open team file to the server on another thread, behind a progress dialog;
/// stores the password in the keyring when asked and the server accepted it.
domain::Result<void> publishInBackground(QWidget* parent, TeamSession& session, const QString& connection,
                                         const QString& password, bool remember);

/// Makes a new team file at `path` from the server's team on another thread, with progress and
/// Cancel; nothing is left at `path` when it fails or is cancelled.
domain::Result<void> joinInBackground(QWidget* parent, const QString& connection, const QString& password,
                                      const QString& path, bool remember);

} // namespace baton::ui
