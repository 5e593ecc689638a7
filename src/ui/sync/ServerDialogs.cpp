#include "sync/ServerDialogs.h"

#include "core/TeamSession.h"
#include "core/Text.h"
#include "jobs/BackgroundJob.h"
#include "sync/PasswordStore.h"

#include "baton/server/ConnectionString.h"
#include "baton/server/ServerError.h"
#include "baton/server/SyncEngine.h"
#include "baton/storage/StorageError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baton::ui {

namespace {

/// The connection string with the password, and what the file may keep (without it).
struct Target {
    std::string connect;
    std::string stored;
    QString keyringKey;
};

domain::Result<Target> target(const QString& connection, const QString& password)
{
    std::string error;
    const auto parsed = server::ConnectionString::parse(toStd(connection.trimmed()), error);
    if (!parsed)
        return domain::makeError(domain::ErrorCode::InvalidValue,
                                 "The connection string cannot be read: " + error);
    const std::string pw = password.isEmpty() ? parsed->password().value_or("") : toStd(password);
    return Target{parsed->withPassword(pw), parsed->withoutPassword(), toQ(parsed->describe())};
}

/// Runs `work` on a thread behind a progress dialog; a ServerError or StorageError becomes
/// the returned error.
domain::Result<void> runServerJob(QWidget* parent, const QString& label,
                                  const std::function<void(JobControl&)>& work, bool cancellable)
{
    std::optional<domain::Error> failure;
    runWithProgress(
        parent, label,
        [&](JobControl& job) {
            try {
                work(job);
            } catch (const server::ServerError& e) {
                failure = domain::Error{e.kind() == server::ServerError::Kind::Cancelled
                                            ? domain::ErrorCode::Cancelled
                                            : domain::ErrorCode::RuleViolation,
                                        e.what()};
            } catch (const storage::StorageError& e) {
                failure = e.toError();
            } catch (const std::exception& e) {
                failure = domain::Error{domain::ErrorCode::Io, e.what()};
            }
        },
        parent != nullptr, cancellable);
    if (failure)
        return *failure;
    return {};
}

} // namespace

ServerConnectionDialog::ServerConnectionDialog(Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_connection(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the password in the system keyring"), this))
{
    const bool join = purpose == Purpose::Join;
    setWindowTitle(join ? tr("Join Team") : tr("Publish to Server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(join ? tr("Make a team file of your own from the team on a server. Your facilitator "
                                       "gives you the connection and a password.")
                                  : tr("Share this team file with the whole team through a server. Everyone's "
                                       "changes then reach everyone, and this file keeps working offline. "
                                       "Only a facilitator can publish."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_connection->setPlaceholderText(QStringLiteral("host=db.example.org dbname=team user=ana sslmode=require"));
    m_connection->setMinimumWidth(420);
    form->addRow(tr("&Connection:"), m_connection);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    if (join) {
        m_path = new QLineEdit(this);
        auto* row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        auto* browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString chosen = QFileDialog::getSaveFileName(this, tr("New Team File"), m_path->text(),
                                                                tr("Baton team files (*.baton)"));
            if (!chosen.isEmpty())
                m_path->setText(chosen);
        });
        row->addWidget(browse);
        form->addRow(tr("&Save as:"), row);
    }
    layout->addLayout(form);
    m_remember->setChecked(passwords::available());
    m_remember->setEnabled(passwords::available());
    layout->addWidget(m_remember);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(join ? tr("Join") : tr("Publish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Nothing to try until there is somewhere to connect (and, to join, a file to make).
    auto* ok = buttons->button(QDialogButtonBox::Ok);
    const auto update = [this, ok] {
        ok->setEnabled(!m_connection->text().trimmed().isEmpty() && (!m_path || !m_path->text().trimmed().isEmpty()));
    };
    connect(m_connection, &QLineEdit::textChanged, this, update);
    if (m_path)
        connect(m_path, &QLineEdit::textChanged, this, update);
    update();
}

QString ServerConnectionDialog::connection() const
{
    return m_connection->text();
}

QString ServerConnectionDialog::password() const
{
    return m_password->text();
}

bool ServerConnectionDialog::remember() const
{
    return m_remember->isChecked();
}

QString ServerConnectionDialog::path() const
{
    if (!m_path)
        return {};
    QString p = m_path->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(QStringLiteral(".baton")))
        p += QStringLiteral(".baton");
    return p;
}

domain::Result<void> publishInBackground(QWidget* parent, TeamSession& session, const QString& connection,
                                         const QString& password, bool remember)
{
    const auto to = target(connection, password);
    if (!to)
        return to.error();
    const std::string path = session.file().path();
    auto done = runServerJob(
        parent, QObject::tr("Publishing the team…"),
        [&](JobControl&) {
            // Its own connection to the file: the window's stays on the window's thread.
            auto opened = storage::TeamFile::open(path);
            if (!opened)
                throw server::ServerError(server::ServerError::Kind::Refused, opened.error().message);
            server::TeamServer link(to.value().connect);
            server::publishTeam(*opened.value(), link, to.value().stored);
        },
        false);
    if (done && remember && !password.isEmpty())
        passwords::write(to.value().keyringKey, password);
    return done;
}

domain::Result<void> joinInBackground(QWidget* parent, const QString& connection, const QString& password,
                                      const QString& path, bool remember)
{
    const auto to = target(connection, password);
    if (!to)
        return to.error();
    if (path.isEmpty())
        return domain::makeError(domain::ErrorCode::InvalidValue, "Choose where to save the new team file.");
    auto done = runServerJob(
        parent, QObject::tr("Joining the team…"),
        [&](JobControl& job) {
            server::TeamServer link(to.value().connect);
            server::joinTeam(
                toStd(path), link, to.value().stored,
                [&](std::int64_t entries, std::int64_t total) {
                    job.report(static_cast<std::size_t>(entries), static_cast<std::size_t>(total));
                },
                &job.cancelFlag());
        },
        true);
    if (done && remember && !password.isEmpty())
        passwords::write(to.value().keyringKey, password);
    return done;
}

} // namespace baton::ui
