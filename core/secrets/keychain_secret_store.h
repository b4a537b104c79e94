#pragma once

#include "core/secrets/secret_store.h"

#include <QCoreApplication>
#include <QLatin1StringView>

namespace helios {

// The name Helios files its keychain entries under (the window's API keys, the local API's
// token).
inline constexpr QLatin1StringView kKeychainService("io.github.helios.Helios");

// Secrets in the OS keychain through QtKeychain: Secret Service (GNOME Keyring, KeePassXC) or
// KWallet on Linux, the Keychain on macOS, the Credential Manager on Windows. Never falls back to
// a plain-text file: without a keychain (a headless box) every call fails with a sentence that
// says so, and nothing is stored.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    // service: the name the entries are filed under in the keychain.
    explicit KeychainSecretStore(QString service);

    QCoro::Task<Result<std::optional<QString>>> read(QString account) override;
    QCoro::Task<Status> write(QString account, QString secret) override;
    QCoro::Task<Status> remove(QString account) override;

private:
    QString m_service;
};

} // namespace helios
