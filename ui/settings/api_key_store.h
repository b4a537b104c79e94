#pragma once

#include "core/llm/chat.h"
#include "ui/settings/secret_store.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace helios::ui {

// The API keys of model servers, one per provider and endpoint, kept in a SecretStore (the OS
// keychain in the application). The keys read or saved are also held in memory so that
// keyFunction() can answer the LLM client at once on every request. A key never goes to the
// settings file, the log, the database or an error sentence.
class ApiKeyStore
{
public:
    explicit ApiKeyStore(SecretStore &secrets);

    // The keychain account of a server: "openai http://127.0.0.1:8080" (no trailing slash, so
    // that one server has one key however its URL was typed).
    static QString accountFor(llm::ProviderKind kind, const QUrl &endpoint);

    // The stored key (nullopt when none); remembered for keyFunction().
    QCoro::Task<Result<std::optional<QString>>> read(llm::ProviderKind kind, QUrl endpoint);
    QCoro::Task<Status> save(llm::ProviderKind kind, QUrl endpoint, QString key);
    QCoro::Task<Status> remove(llm::ProviderKind kind, QUrl endpoint);

    // For makeProvider(): the key last read or saved for that server, empty when none. The
    // function stays valid after this store is gone (it then answers with an empty key).
    std::function<QString()> keyFunction(llm::ProviderKind kind, const QUrl &endpoint) const;

private:
    // Read by the key functions on any thread (the local API's too), written on this one.
    struct Keys
    {
        mutable QMutex mutex;
        QHash<QString, QString> byAccount;

        QString value(const QString &account) const;
        void set(const QString &account, const std::optional<QString> &key);
    };

    SecretStore &m_secrets;
    std::shared_ptr<Keys> m_known = std::make_shared<Keys>();
};

} // namespace helios::ui
