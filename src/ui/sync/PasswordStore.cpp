#include "sync/PasswordStore.h"

#include <QEventLoop>
#include <QTimer>

#ifdef BATON_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace baton::ui::passwords {

namespace {
const QString kService = QStringLiteral("Baton team server");
/// A keyring that does not answer within this time (no session bus, a locked wallet
/// nobody unlocks) counts as no keyring: the user is asked instead.
constexpr int kKeyringTimeoutMs = 3000;

#ifdef BATON_HAVE_KEYCHAIN
/// Runs a keyring job to completion, or gives up after kKeyringTimeoutMs.
bool finish(QKeychain::Job& job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kKeyringTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done && job.error() == QKeychain::NoError;
}
#endif
} // namespace

bool available()
{
#ifdef BATON_HAVE_KEYCHAIN
    return !qEnvironmentVariableIsSet("BATON_NO_KEYRING");
#else
    return false;
#endif
}

std::optional<QString> read(const QString& key)
{
#ifdef BATON_HAVE_KEYCHAIN
    if (!available())
        return std::nullopt;
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    if (finish(job))
        return job.textData();
#else
    Q_UNUSED(key)
#endif
    return std::nullopt;
}

bool write(const QString& key, const QString& password, QString* error)
{
#ifdef BATON_HAVE_KEYCHAIN
    if (!available())
        return false;
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(password);
    if (finish(job))
        return true;
    if (error)
        *error = job.errorString().isEmpty() ? QObject::tr("the keyring did not answer") : job.errorString();
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
    if (error)
        *error = QObject::tr("this Baton was built without keyring support");
#endif
    return false;
}

} // namespace baton::ui::passwords
