#include "ui/settings/api_key_store.h"

namespace helios::ui {

ApiKeyStore::ApiKeyStore(SecretStore &secrets) : m_secrets(secrets) {}

QString ApiKeyStore::Keys::value(const QString &account) const
{
    const QMutexLocker lock(&mutex);
    return byAccount.value(account);
}

void ApiKeyStore::Keys::set(const QString &account, const std::optional<QString> &key)
{
    const QMutexLocker lock(&mutex);
    if (key)
        byAccount.insert(account, *key);
    else
        byAccount.remove(account);
}

QString ApiKeyStore::accountFor(llm::ProviderKind kind, const QUrl &endpoint)
{
    QUrl normal = endpoint.adjusted(QUrl::NormalizePathSegments);
    QString path = normal.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1); // QUrl keeps a lone "/", which would make a second account
    normal.setPath(path);
    const QString url = normal.toString(QUrl::FullyEncoded);
    return llm::toString(kind) + QLatin1Char(' ') + url;
}

QCoro::Task<Result<std::optional<QString>>> ApiKeyStore::read(llm::ProviderKind kind, QUrl endpoint)
{
    const QString account = accountFor(kind, endpoint);
    std::weak_ptr<Keys> known = m_known;
    auto reading = m_secrets.read(account);
    Result<std::optional<QString>> key = co_await reading;
    if (auto keys = known.lock(); keys && key) {
        keys->set(account, key.value());
    }
    co_return key;
}

QCoro::Task<Status> ApiKeyStore::save(llm::ProviderKind kind, QUrl endpoint, QString key)
{
    const QString account = accountFor(kind, endpoint);
    std::weak_ptr<Keys> known = m_known;
    auto writing = m_secrets.write(account, key);
    Status written = co_await writing;
    if (auto keys = known.lock(); keys && written)
        keys->set(account, key);
    co_return written;
}

QCoro::Task<Status> ApiKeyStore::remove(llm::ProviderKind kind, QUrl endpoint)
{
    const QString account = accountFor(kind, endpoint);
    std::weak_ptr<Keys> known = m_known;
    auto removing = m_secrets.remove(account);
    Status removed = co_await removing;
    if (auto keys = known.lock(); keys && removed)
        keys->set(account, std::nullopt);
    co_return removed;
}

std::function<QString()> ApiKeyStore::keyFunction(llm::ProviderKind kind,
                                                  const QUrl &endpoint) const
{
    return [known = std::weak_ptr<Keys>(m_known), account = accountFor(kind, endpoint)]() {
        const auto keys = known.lock();
        return keys ? keys->value(account) : QString();
    };
}

} // namespace helios::ui
