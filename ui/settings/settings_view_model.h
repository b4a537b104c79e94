#pragma once

#include "core/domain/result.h"
#include "ui/settings/app_settings.h"

#include <QObject>
#include <QStringList>

#include <qcoro/qcorotask.h>

#include <functional>

namespace helios::ui {

class ApiKeyStore;
class SettingsFile;

// What the Settings dialog edits and does, with no widgets: a draft of AppSettings, the API key
// typed for it, and intents that talk to the model server (list its models, test the
// connection), the response cache (clear it) and the keychain (save or remove the key). Nothing
// waits: each intent returns at once and its outcome arrives as a signal; a coroutine that ends
// after this object is gone does not touch it. Saving writes the settings file and the key.
class SettingsViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool refreshingModels READ isRefreshingModels NOTIFY busyChanged)
    Q_PROPERTY(bool testingConnection READ isTestingConnection NOTIFY busyChanged)
    Q_PROPERTY(bool clearingCache READ isClearingCache NOTIFY busyChanged)
    Q_PROPERTY(bool saving READ isSaving NOTIFY busyChanged)
    Q_PROPERTY(bool hasStoredKey READ hasStoredKey NOTIFY hasStoredKeyChanged)
    Q_PROPERTY(QStringList models READ models NOTIFY modelsChanged)

public:
    // Empties the response cache (memory and disk); wired by the application to
    // ResponseCache::clear(). May be empty when there is no cache: clearing then says so.
    using CacheClearer = std::function<QCoro::Task<Status>()>;

    SettingsViewModel(SettingsFile &file, ApiKeyStore &keys, CacheClearer clearCache,
                      QObject *parent = nullptr);
    ~SettingsViewModel() override;

    const AppSettings &settings() const { return m_draft; }
    // The dialog's current values; the saved ones change only on save().
    void setSettings(const AppSettings &draft);
    // A key typed for the draft's server; saved to the keychain on save() and used at once by
    // refreshModels() and testConnection(). Empty: keep the stored key.
    void setApiKey(const QString &key);

    bool isRefreshingModels() const { return m_refreshing; }
    bool isTestingConnection() const { return m_testing; }
    bool isClearingCache() const { return m_clearing; }
    bool isSaving() const { return m_saving; }
    bool hasStoredKey() const { return m_hasStoredKey; }
    bool canClearCache() const { return static_cast<bool>(m_clearCache); }
    QStringList models() const { return m_models; }
    // The field of the problem that stopped the last save(), for the dialog to focus.
    AppSettings::Field lastProblemField() const { return m_lastProblemField; }

public Q_SLOTS:
    void refreshModels();
    void testConnection();
    void clearCache();
    // Looks in the keychain for a key for the draft's server (sets hasStoredKey).
    void checkStoredKey();
    void removeApiKey();
    // Validates, writes the settings file, then the typed key to the keychain.
    void save();

Q_SIGNALS:
    void busyChanged();
    void hasStoredKeyChanged(bool hasStoredKey);
    void modelsChanged(const QStringList &models);
    void modelsFailed(const QString &message);
    // ok: message gives the latency and the server's health; else the server's error sentence.
    void connectionTested(bool ok, const QString &message);
    void cacheCleared(bool ok, const QString &message);
    void apiKeyMessage(bool ok, const QString &message);
    // The settings file was written (the application applies them).
    void saved(const helios::ui::AppSettings &settings);
    void saveCompleted();
    // Nothing was saved (invalid values) or the key could not go to the keychain.
    void saveFailed(const QString &message);

private:
    QCoro::Task<> runRefreshModels();
    QCoro::Task<> runTestConnection();
    QCoro::Task<> runClearCache();
    QCoro::Task<> runCheckStoredKey();
    QCoro::Task<> runRemoveApiKey();
    QCoro::Task<> runSave();
    // The key to send to the draft's server: the typed one, else the stored one.
    QCoro::Task<QString> keyForProbe();
    void setBusy(bool &flag, bool busy);
    void setHasStoredKey(bool has);

    SettingsFile &m_file;
    ApiKeyStore &m_keys;
    CacheClearer m_clearCache;
    AppSettings m_draft;
    QString m_typedKey;
    QStringList m_models;
    bool m_refreshing = false;
    bool m_testing = false;
    bool m_clearing = false;
    bool m_saving = false;
    bool m_hasStoredKey = false;
    // Bumped when the server changes, so that an answer from the previous one is dropped.
    int m_serverGeneration = 0;
    AppSettings::Field m_lastProblemField = AppSettings::Field::Provider;
};

} // namespace helios::ui
