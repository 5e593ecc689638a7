#pragma once

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace baton::ui {

/// Team server passwords in the operating system's keyring (QtKeychain: Secret Service,
/// KWallet, macOS Keychain, Windows Credential Store), keyed by login@host:port/database.
/// Where Baton was built without QtKeychain or no keyring answers, nothing is stored and the
/// user is asked each session. Never blocks: the keyring answers through callbacks.
namespace passwords {

/// True when this build can use a keyring at all (and BATON_NO_KEYRING is not set).
bool available();
/// Calls `done` with the stored password for `key`, or nothing (no entry, no keyring, no
/// answer within 3 s). `done` is not called once `context` is gone.
void read(const QString& key, QObject* context, const std::function<void(std::optional<QString>)>& done);
/// Stores `password` for `key` in the background; a keyring that refuses is not an error.
void write(const QString& key, const QString& password);

} // namespace passwords
} // namespace baton::ui
