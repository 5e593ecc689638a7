#pragma once

#include <QString>

#include <optional>

namespace baton::ui {

/// Team server passwords in the operating system's keyring (QtKeychain: Secret Service,
/// KWallet, macOS Keychain, Windows Credential Store), keyed by login@host:port/database.
/// Where Baton was built without QtKeychain or no keyring answers, nothing is stored and the
/// user is asked each session.
namespace passwords {

/// True when this build can use a keyring at all.
bool available();
/// The stored password for `key`, if the keyring has one.
std::optional<QString> read(const QString& key);
/// Stores `password` for `key`; false (with the keyring's reason in `error`) when it could not.
bool write(const QString& key, const QString& password, QString* error = nullptr);

} // namespace passwords
} // namespace baton::ui
