#include "ui/settings/settings_view_model.h"

#include "core/llm/provider_factory.h"
#include "ui/settings/api_key_store.h"
#include "ui/settings/settings_file.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>

namespace helios::ui {

// Every coroutine below starts with a QPointer to this object and checks it after each
// co_await: the dialog may have closed while the server or the keychain was busy.

namespace {

// A provider is deleted after the network reply that resumed us has finished its own signal: its
// QNetworkAccessManager owns that reply.
struct DeleteLater
{
    void operator()(QObject *object) const { object->deleteLater(); }
};
using ProviderPtr = std::unique_ptr<llm::Provider, DeleteLater>;

bool sameServer(const AppSettings &a, const AppSettings &b)
{
    return a.provider == b.provider && a.endpointUrl() == b.endpointUrl();
}

} // namespace

SettingsViewModel::SettingsViewModel(SettingsFile &file, ApiKeyStore &keys, CacheClearer clearCache,
                                     QObject *parent)
    : QObject(parent), m_file(file), m_keys(keys), m_clearCache(std::move(clearCache)),
      m_draft(file.load())
{}

SettingsViewModel::~SettingsViewModel() = default;

void SettingsViewModel::setSettings(const AppSettings &draft)
{
    const bool serverChanged = !sameServer(m_draft, draft);
    m_draft = draft;
    m_draft.folders = m_file.folders();
    if (serverChanged) {
        ++m_serverGeneration;
        // An answer still on its way is about the previous server: no longer busy with it.
        setBusy(m_refreshing, false);
        setBusy(m_testing, false);
        if (!m_models.isEmpty()) {
            m_models.clear();
            Q_EMIT modelsChanged(m_models);
        }
        setHasStoredKey(false);
    }
}

void SettingsViewModel::setApiKey(const QString &key)
{
    m_typedKey = key.trimmed();
}

void SettingsViewModel::setBusy(bool &flag, bool busy)
{
    if (flag == busy)
        return;
    flag = busy;
    Q_EMIT busyChanged();
}

void SettingsViewModel::setHasStoredKey(bool has)
{
    if (m_hasStoredKey == has)
        return;
    m_hasStoredKey = has;
    Q_EMIT hasStoredKeyChanged(has);
}

void SettingsViewModel::refreshModels()
{
    if (!m_refreshing)
        runRefreshModels();
}

void SettingsViewModel::testConnection()
{
    if (!m_testing)
        runTestConnection();
}

void SettingsViewModel::clearCache()
{
    if (!m_clearing)
        runClearCache();
}

void SettingsViewModel::checkStoredKey()
{
    runCheckStoredKey();
}

void SettingsViewModel::removeApiKey()
{
    runRemoveApiKey();
}

void SettingsViewModel::save()
{
    if (!m_saving)
        runSave();
}

QCoro::Task<QString> SettingsViewModel::keyForProbe()
{
    if (!m_draft.usesApiKey())
        co_return QString();
    if (!m_typedKey.isEmpty())
        co_return m_typedKey;
    // A keychain that cannot be read is not an error here: the server says whether it needs a
    // key, in its own words.
    auto reading = m_keys.read(m_draft.provider, m_draft.endpointUrl());
    const Result<std::optional<QString>> stored = co_await reading;
    co_return stored &&stored.value() ? *stored.value() : QString();
}

QCoro::Task<> SettingsViewModel::runRefreshModels()
{
    QPointer self(this);
    const int generation = m_serverGeneration;
    setBusy(m_refreshing, true);
    auto keyTask = keyForProbe();
    const QString key = co_await keyTask;
    if (!self || generation != m_serverGeneration)
        co_return;
    auto provider = llm::makeProvider(m_draft.providerConfig(), [key]() { return key; });
    if (!provider) {
        setBusy(m_refreshing, false);
        Q_EMIT modelsFailed(provider.error().message);
        co_return;
    }
    // The provider belongs to this coroutine, so it outlives the request whatever happens to
    // the dialog.
    ProviderPtr server(provider.value().release());
    auto listing = server->models();
    const Result<QStringList> models = co_await listing;
    if (!self || generation != m_serverGeneration)
        co_return;
    setBusy(m_refreshing, false);
    if (!models) {
        Q_EMIT modelsFailed(models.error().message);
        co_return;
    }
    if (models->isEmpty()) {
        Q_EMIT modelsFailed(tr("The server lists no models: install or load one first."));
        co_return;
    }
    m_models = *models;
    Q_EMIT modelsChanged(m_models);
}

QCoro::Task<> SettingsViewModel::runTestConnection()
{
    QPointer self(this);
    const int generation = m_serverGeneration;
    setBusy(m_testing, true);
    auto keyTask = keyForProbe();
    const QString key = co_await keyTask;
    if (!self || generation != m_serverGeneration)
        co_return;
    auto provider = llm::makeProvider(m_draft.providerConfig(), [key]() { return key; });
    if (!provider) {
        setBusy(m_testing, false);
        Q_EMIT connectionTested(false, provider.error().message);
        co_return;
    }
    ProviderPtr server(provider.value().release());
    QElapsedTimer clock;
    clock.start();
    auto probe = server->health();
    const Result<QString> health = co_await probe;
    const qint64 latencyMs = clock.elapsed();
    if (!self || generation != m_serverGeneration)
        co_return;
    setBusy(m_testing, false);
    if (!health) {
        Q_EMIT connectionTested(false, health.error().message);
        co_return;
    }
    Q_EMIT connectionTested(
        true, tr("Connected in %1 ms: %2").arg(QLocale().toString(latencyMs), *health));
}

QCoro::Task<> SettingsViewModel::runClearCache()
{
    QPointer self(this);
    if (!m_clearCache) {
        Q_EMIT cacheCleared(false, tr("There is no response cache to clear in this session."));
        co_return;
    }
    setBusy(m_clearing, true);
    auto clearing = m_clearCache();
    const Status cleared = co_await clearing;
    if (!self)
        co_return;
    setBusy(m_clearing, false);
    if (cleared)
        Q_EMIT cacheCleared(true, tr("The response cache is empty now."));
    else
        Q_EMIT cacheCleared(false, cleared.error().message);
}

QCoro::Task<> SettingsViewModel::runCheckStoredKey()
{
    QPointer self(this);
    const int generation = m_serverGeneration;
    if (!m_draft.usesApiKey()) {
        setHasStoredKey(false);
        co_return;
    }
    auto reading = m_keys.read(m_draft.provider, m_draft.endpointUrl());
    const Result<std::optional<QString>> stored = co_await reading;
    if (!self || generation != m_serverGeneration)
        co_return;
    if (!stored) {
        setHasStoredKey(false);
        Q_EMIT apiKeyMessage(false, stored.error().message);
        co_return;
    }
    setHasStoredKey(stored.value().has_value());
}

QCoro::Task<> SettingsViewModel::runRemoveApiKey()
{
    QPointer self(this);
    const int generation = m_serverGeneration;
    m_typedKey.clear();
    auto removing = m_keys.remove(m_draft.provider, m_draft.endpointUrl());
    const Status removed = co_await removing;
    if (!self || generation != m_serverGeneration)
        co_return;
    if (!removed) {
        Q_EMIT apiKeyMessage(false, removed.error().message);
        co_return;
    }
    setHasStoredKey(false);
    Q_EMIT apiKeyMessage(true, tr("The API key was removed from the keychain."));
}

QCoro::Task<> SettingsViewModel::runSave()
{
    QPointer self(this);
    const QList<AppSettings::Problem> problems = m_draft.validate();
    if (!problems.isEmpty()) {
        m_lastProblemField = problems.constFirst().field;
        Q_EMIT saveFailed(problems.constFirst().message);
        co_return;
    }
    m_file.save(m_draft);
    Q_EMIT saved(m_draft);
    if (!m_draft.usesApiKey() || m_typedKey.isEmpty()) {
        Q_EMIT saveCompleted();
        co_return;
    }
    setBusy(m_saving, true);
    auto writing = m_keys.save(m_draft.provider, m_draft.endpointUrl(), m_typedKey);
    const Status written = co_await writing;
    if (!self)
        co_return;
    setBusy(m_saving, false);
    if (!written) {
        Q_EMIT saveFailed(written.error().message);
        co_return;
    }
    m_typedKey.clear();
    setHasStoredKey(true);
    Q_EMIT saveCompleted();
}

} // namespace helios::ui
