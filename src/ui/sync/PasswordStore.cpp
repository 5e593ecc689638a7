#include "sync/PasswordStore.h"

#include <QObject>
#include <QTimer>

#include <memory>

#ifdef BATON_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace baton::ui::passwords {

namespace {
#ifdef BATON_HAVE_KEYCHAIN
constexpr QLatin1String kService("Baton team server");
/// A keyring that does not answer within this time (no session bus, a locked wallet nobody
/// unlocks) counts as no keyring: the user is asked instead.
constexpr int kKeyringTimeoutMs = 3000;
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

void read(const QString& key, QObject* context, const std::function<void(std::optional<QString>)>& done)
{
#ifdef BATON_HAVE_KEYCHAIN
    if (available()) {
        auto answered = std::make_shared<bool>(false);
        auto* job = new QKeychain::ReadPasswordJob(kService);
        job->setAutoDelete(true);
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, context, [job, answered, done] {
            if (std::exchange(*answered, true))
                return;
            done(job->error() == QKeychain::NoError ? std::optional<QString>(job->textData()) : std::nullopt);
        });
        QTimer::singleShot(kKeyringTimeoutMs, context, [answered, done] {
            if (!std::exchange(*answered, true))
                done(std::nullopt);
        });
        job->start();
        return;
    }
#else
    Q_UNUSED(key)
#endif
    QTimer::singleShot(0, context, [done] { done(std::nullopt); });
}

void write(const QString& key, const QString& password)
{
#ifdef BATON_HAVE_KEYCHAIN
    if (!available())
        return;
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(password);
    job->start();
#else
    Q_UNUSED(key)
    Q_UNUSED(password)
#endif
}

} // namespace baton::ui::passwords
