#pragma once

// An in-memory SecretStore for widget tests: the keychain is the one part of Settings that a
// test box cannot provide (no Secret Service on a headless machine). It can be told to fail like
// a missing keychain, and answers after a turn of the event loop, as the real one does.

#include "ui/settings/secret_store.h"

#include <QHash>
#include <QTimer>

#include <qcoro/qcorotimer.h>

namespace helios::test {

class MemorySecretStore final : public ui::SecretStore
{
public:
    QCoro::Task<Result<std::optional<QString>>> read(QString account) override
    {
        co_await later();
        ++reads;
        if (!failure.isEmpty())
            co_return Error::usage(failure);
        if (!secrets.contains(account))
            co_return std::optional<QString>();
        co_return std::optional<QString>(secrets.value(account));
    }

    QCoro::Task<Status> write(QString account, QString secret) override
    {
        co_await later();
        if (!failure.isEmpty())
            co_return Error::usage(failure);
        secrets.insert(account, secret);
        co_return Ok{};
    }

    QCoro::Task<Status> remove(QString account) override
    {
        co_await later();
        if (!failure.isEmpty())
            co_return Error::usage(failure);
        secrets.remove(account);
        co_return Ok{};
    }

    QHash<QString, QString> secrets;
    QString failure; // when set, every call fails with this sentence
    int reads = 0;

private:
    static QCoro::Task<> later()
    {
        QTimer timer;
        timer.setSingleShot(true);
        timer.start(0);
        co_await timer;
    }
};

} // namespace helios::test
