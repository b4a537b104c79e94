#pragma once

#include "core/domain/result.h"

#include <QString>

#include <qcoro/qcorotask.h>

#include <optional>

namespace helios {

// Somewhere safe to keep secrets by account name: the OS keychain in the application
// (KeychainSecretStore), an in-memory fake in widget tests. Errors are one sentence for the
// person and never contain the secret. Every call returns at once; the answer comes later.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // The secret, nullopt when none is stored for account.
    virtual QCoro::Task<Result<std::optional<QString>>> read(QString account) = 0;
    virtual QCoro::Task<Status> write(QString account, QString secret) = 0;
    // Removing what is not there succeeds.
    virtual QCoro::Task<Status> remove(QString account) = 0;
};

} // namespace helios
