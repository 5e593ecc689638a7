#include "sync/SyncController.h"

#include "core/TeamSession.h"
#include "core/Text.h"
#include "sync/PasswordStore.h"

#include "baton/server/ConnectionString.h"
#include "baton/sync/Replica.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace baton::ui {

SyncController::SyncController(TeamSession& session, QWidget* window, bool quiet)
    : m_session(session)
    , m_window(window)
    , m_quiet(quiet)
    , m_indicator(new QToolButton(window))
{
    m_indicator->setAutoRaise(true);
    m_indicator->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_indicator->setAccessibleName(tr("Team server status"));
    connect(m_indicator, &QToolButton::clicked, this, &SyncController::conflictsRequested);
    try {
        if (const auto link = sync::Replica(session.db()).link()) {
            m_linked = true;
            m_connection = link->server;
            std::string error;
            if (const auto parsed = server::ConnectionString::parse(m_connection, error))
                m_keyringKey = toQ(parsed->describe());
        }
    } catch (const std::exception&) {
        m_linked = false; // an older file without the sync tables is opened read-only
    }
    m_indicator->setVisible(m_linked);
    connect(&session, &TeamSession::changed, this, [this] {
        if (m_worker)
            m_worker->requestSync();
    });
}

SyncController::~SyncController()
{
    if (m_worker)
        m_worker->stop();
    delete m_indicator.data(); // the status bar would otherwise keep a button for a closed file
}

void SyncController::start(const QString& password)
{
    if (!m_linked)
        return;
    if (m_worker)
        m_worker->stop();
    m_password = password;
    m_worker = std::make_unique<SyncWorker>(toQ(m_session.file().path()), m_connection, toStd(password));
    connect(m_worker.get(), &SyncWorker::stateChanged, this, &SyncController::onState);
    connect(m_worker.get(), &SyncWorker::applied, this, [this](qint64 count) {
        m_session.reloadAll();
        emit applied(count);
    });
    m_worker->start();
}

void SyncController::syncNow()
{
    if (m_phase == SyncPhase::LoginNeeded)
        askPassword({});
    else if (!m_worker || m_phase == SyncPhase::Stopped)
        start(m_password);
    else
        m_worker->requestSync();
}

void SyncController::onState(SyncPhase phase, qint64 unsent, qint64 conflicts, qint64 refused, const QString& message)
{
    m_phase = phase;
    m_unsent = unsent;
    m_conflicts = conflicts;
    m_refused = refused;
    m_message = message;
    if (phase == SyncPhase::UpToDate && m_rememberAfterLogin && !m_password.isEmpty()) {
        m_rememberAfterLogin = false;
        passwords::write(m_keyringKey, m_password);
    }
    refresh();
    emit stateChanged();
    if (phase != SyncPhase::LoginNeeded)
        return;
    if (m_triedKeyring) {
        askPassword(message);
        return;
    }
    m_triedKeyring = true;
    passwords::read(m_keyringKey, this, [this, message](std::optional<QString> stored) {
        if (stored && !stored->isEmpty())
            start(*stored);
        else
            askPassword(message);
    });
}

QString SyncController::statusText() const
{
    QString text;
    switch (m_phase) {
    case SyncPhase::Connecting: text = tr("Connecting to the team server…"); break;
    case SyncPhase::Syncing: text = tr("Syncing…"); break;
    case SyncPhase::UpToDate: text = tr("Team server: up to date"); break;
    case SyncPhase::Offline:
        text = m_unsent == 0   ? tr("Offline")
               : m_unsent == 1 ? tr("Offline: 1 change not sent yet")
                               : tr("Offline: %1 changes not sent yet").arg(m_unsent);
        break;
    case SyncPhase::LoginNeeded: text = tr("Team server: sign-in needed"); break;
    case SyncPhase::Stopped: text = tr("Team server: not syncing"); break;
    }
    if (m_conflicts > 0)
        text += m_conflicts == 1 ? tr(" · 1 conflict") : tr(" · %1 conflicts").arg(m_conflicts);
    if (m_refused > 0)
        text += tr(" · %1 refused").arg(m_refused);
    return text;
}

void SyncController::refresh()
{
    m_indicator->setText(statusText());
    QString tip = tr("%1\nClick for conflicts and changes the server refused.").arg(toQ(m_connection));
    if (!m_message.isEmpty())
        tip = m_message + QStringLiteral("\n\n") + tip;
    m_indicator->setToolTip(tip);
}

void SyncController::askPassword(const QString& reason)
{
    if (m_quiet)
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Sign in to the team server"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* why = new QLabel(reason.isEmpty() ? tr("The team server needs your password.") : reason, &dialog);
    why->setWordWrap(true);
    layout->addWidget(why);
    auto* form = new QFormLayout;
    auto* password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password for %1:").arg(m_keyringKey), password);
    layout->addLayout(form);
    auto* remember = new QCheckBox(tr("Remember in the system keyring"), &dialog);
    remember->setChecked(passwords::available());
    remember->setEnabled(passwords::available());
    layout->addWidget(remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || password->text().isEmpty())
        return; // stays "sign-in needed"; File > Sync Now asks again
    m_rememberAfterLogin = remember->isChecked();
    start(password->text());
}

} // namespace baton::ui
