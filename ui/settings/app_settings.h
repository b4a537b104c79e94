#pragma once

#include "core/llm/chat.h"
#include "core/llm/response_cache.h"
#include "core/today/reminders.h"
#include "ui/i18n/translations.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

namespace helios::ui {

// Where Helios keeps its files: shown in Settings, never edited there (--db / HELIOS_DB move them).
struct AppFolders
{
    QString data; // holds helios.db
    QString log;  // holds helios.log (the data folder, see core/log)
    friend bool operator==(const AppFolders &, const AppFolders &) = default;
};

// The folders for the database at databasePath: the log is written next to it.
AppFolders foldersForDatabase(const QString &databasePath);

// What the person chose in Settings, as plain values: the model server, how long to wait for it,
// the response cache and the language. The API key is not here (it lives in the OS keychain, see
// ApiKeyStore). Persisted with QSettings; load() never returns a value validate() rejects.
// In ui/ rather than core/ because only the GUI reads it: the CLI takes the same choices from
// its flags and HELIOS_API_KEY, and the validation sentences are translated.
struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    static constexpr double kMaxTemperature = 2.0;
    static constexpr int kMinContextTokens = 512;
    static constexpr int kMaxContextTokens = 1'048'576;
    static constexpr int kMaxTimeoutSeconds = 86'400;
    static constexpr int kMaxConcurrent = 64;
    static constexpr int kMaxMemoryEntries = 1'000'000;
    static constexpr int kMaxPersistentEntries = 10'000'000;
    static constexpr int kMaxTtlDays = 3650;

    llm::ProviderKind provider = llm::ProviderKind::Offline;
    QString endpoint; // empty: the provider's default (llm::defaultEndpoint)
    QString model;
    double temperature = 0.2;
    int contextTokens = 8192;
    int connectTimeoutSeconds = 10;
    int firstByteTimeoutSeconds = 300; // cold model loads take minutes
    int idleTimeoutSeconds = 60;
    int deadlineSeconds = 600;
    int maxConcurrent = 4;
    int cacheMemoryEntries = 1000;
    int cacheMaxPersistentEntries = 20000; // 0: no cap
    int cacheTtlDays = 30;
    std::optional<Language> language; // nullopt: follow the system
    // Reminders (Settings → Reminders): the daily summary and its time, the due reminders
    // (at reminders.dueTime, not shown in the dialog), and starting with the session.
    ReminderOptions reminders;
    bool startAtLogin = false; // applied as ~/.config/autostart/helios.desktop (autostart.h)
    // Closing the window: nullopt until the person answered the question once.
    std::optional<bool> keepRunningInTray;
    AppFolders folders; // read-only, never persisted

    enum class Field {
        Provider,
        Endpoint,
        Model,
        Temperature,
        ContextTokens,
        ConnectTimeout,
        FirstByteTimeout,
        IdleTimeout,
        Deadline,
        MaxConcurrent,
        CacheMemoryEntries,
        CacheMaxPersistentEntries,
        CacheTtlDays,
        Language,
    };
    struct Problem
    {
        Field field;
        QString message; // one sentence for the person
    };

    // Every value that cannot be used, each with the sentence that says why; empty when all fine.
    QList<Problem> validate() const;

    bool usesModelServer() const { return provider != llm::ProviderKind::Offline; }
    // Only OpenAI-compatible servers take an API key (Ollama has none).
    bool usesApiKey() const { return provider == llm::ProviderKind::OpenAi; }
    // The endpoint to use: the one given, else the provider's default; empty for offline.
    QUrl endpointUrl() const;

    llm::ProviderConfig providerConfig() const;
    llm::CallOptions callOptions() const;
    llm::ResponseCacheOptions cacheOptions() const;
    // Sets the sampling and context fields the person chose on a request.
    void applyTo(llm::ChatRequest &request) const;
    // The language to show: the chosen one, else the system's.
    Language effectiveLanguage(const QLocale &system = QLocale::system()) const;

    // Reads the settings; a value that is missing takes its default, one that is unreadable or
    // out of range takes its default too and adds a sentence to problems (for the log).
    static AppSettings load(QSettings &settings, QStringList *problems = nullptr);
    void save(QSettings &settings) const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

// "system", "en" or "zh_CN", as stored.
QString languageSettingName(const std::optional<Language> &language);

} // namespace helios::ui
