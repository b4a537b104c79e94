#include "ui/settings/app_settings.h"

#include "core/llm/provider_factory.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <chrono>

namespace helios::ui {

namespace {

// Keys in the settings file; grouped so that the file reads well when opened by hand.
const QString kProvider = QStringLiteral("llm/provider");
const QString kEndpoint = QStringLiteral("llm/endpoint");
const QString kModel = QStringLiteral("llm/model");
const QString kTemperature = QStringLiteral("llm/temperature");
const QString kContextTokens = QStringLiteral("llm/contextTokens");
const QString kConnectTimeout = QStringLiteral("llm/connectTimeoutSeconds");
const QString kFirstByteTimeout = QStringLiteral("llm/firstByteTimeoutSeconds");
const QString kIdleTimeout = QStringLiteral("llm/idleTimeoutSeconds");
const QString kDeadline = QStringLiteral("llm/deadlineSeconds");
const QString kMaxConcurrentKey = QStringLiteral("llm/maxConcurrent");
const QString kCacheMemoryEntries = QStringLiteral("cache/memoryEntries");
const QString kCacheMaxPersistentEntries = QStringLiteral("cache/maxPersistentEntries");
const QString kCacheTtlDays = QStringLiteral("cache/ttlDays");
const QString kLanguage = QStringLiteral("ui/language");
const QString kDailySummary = QStringLiteral("reminders/daily_summary");
const QString kSummaryTime = QStringLiteral("reminders/summary_time");
const QString kDueReminders = QStringLiteral("reminders/due_reminders");
const QString kDueTime = QStringLiteral("reminders/due_time");
const QString kStartAtLogin = QStringLiteral("reminders/start_at_login");
const QString kKeepInTray = QStringLiteral("reminders/keep_running_in_tray");

// A saved time "HH:mm"; the default when missing or unreadable (with a sentence for the log).
QTime readTime(QSettings &settings, const QString &key, QTime fallback, QStringList *problems)
{
    const QString text = settings.value(key).toString().trimmed();
    if (text.isEmpty())
        return fallback;
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (time.isValid())
        return time;
    if (problems)
        problems->append(AppSettings::tr("The saved time %1 “%2” is not a time; %3 is used.")
                             .arg(key, text, fallback.toString(QStringLiteral("HH:mm"))));
    return fallback;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// "between 512 and 1,048,576" style range check for an integer field.
void checkRange(QList<AppSettings::Problem> &problems, AppSettings::Field field, int value, int min,
                int max, const QString &sentence)
{
    if (value < min || value > max)
        problems.append({field, sentence.arg(number(min), number(max), number(value))});
}

// Reads an integer; unreadable text keeps the default and is reported.
void readInt(QSettings &settings, const QString &key, int &target, QStringList *problems)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return;
    bool ok = false;
    const int parsed = value.toString().trimmed().toInt(&ok);
    if (ok) {
        target = parsed;
    } else if (problems) {
        problems->append(AppSettings::tr("The saved setting %1 is not a whole number; the default "
                                         "%2 is used.")
                             .arg(key, number(target)));
    }
}

} // namespace

AppFolders foldersForDatabase(const QString &databasePath)
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(databasePath).absolutePath());
    return {folder, folder};
}

QString languageSettingName(const std::optional<Language> &language)
{
    return language ? languageName(*language) : QStringLiteral("system");
}

QList<AppSettings::Problem> AppSettings::validate() const
{
    QList<Problem> problems;
    if (usesModelServer()) {
        if (!endpoint.trimmed().isEmpty()) {
            const QUrl url(endpoint.trimmed(), QUrl::StrictMode);
            const QString scheme = url.scheme();
            if (!url.isValid() || url.host().isEmpty() ||
                (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
                problems.append({Field::Endpoint,
                                 tr("The endpoint “%1” is not an http:// or https:// URL, such as "
                                    "http://127.0.0.1:11434.")
                                     .arg(endpoint.trimmed())});
        }
        if (model.trimmed().isEmpty())
            problems.append({Field::Model, tr("Choose a model: press “Refresh models” to see the "
                                              "ones the server offers.")});
    }
    if (!(temperature >= 0.0 && temperature <= kMaxTemperature))
        problems.append({Field::Temperature, tr("The temperature must be between 0 and 2, not %1.")
                                                 .arg(QLocale().toString(temperature))});
    checkRange(problems, Field::ContextTokens, contextTokens, kMinContextTokens, kMaxContextTokens,
               tr("The context size must be between %1 and %2 tokens, not %3."));
    checkRange(problems, Field::ConnectTimeout, connectTimeoutSeconds, 1, kMaxTimeoutSeconds,
               tr("The connect timeout must be between %1 and %2 seconds, not %3."));
    checkRange(
        problems, Field::FirstByteTimeout, firstByteTimeoutSeconds, 1, kMaxTimeoutSeconds,
        tr("The time to wait for the first byte must be between %1 and %2 seconds, not %3."));
    checkRange(problems, Field::IdleTimeout, idleTimeoutSeconds, 1, kMaxTimeoutSeconds,
               tr("The idle timeout must be between %1 and %2 seconds, not %3."));
    checkRange(problems, Field::Deadline, deadlineSeconds, 1, kMaxTimeoutSeconds,
               tr("The overall deadline must be between %1 and %2 seconds, not %3."));
    if (deadlineSeconds >= 1 && firstByteTimeoutSeconds >= 1 &&
        deadlineSeconds < firstByteTimeoutSeconds)
        problems.append({Field::Deadline,
                         tr("The overall deadline (%1 s) must not be shorter than the time to wait "
                            "for the first byte (%2 s).")
                             .arg(number(deadlineSeconds), number(firstByteTimeoutSeconds))});
    checkRange(problems, Field::MaxConcurrent, maxConcurrent, 1, kMaxConcurrent,
               tr("The number of requests at once must be between %1 and %2, not %3."));
    checkRange(problems, Field::CacheMemoryEntries, cacheMemoryEntries, 1, kMaxMemoryEntries,
               tr("The answers kept in memory must be between %1 and %2, not %3."));
    checkRange(problems, Field::CacheMaxPersistentEntries, cacheMaxPersistentEntries, 0,
               kMaxPersistentEntries,
               tr("The answers kept on disk must be between %1 (no limit) and %2, not %3."));
    checkRange(problems, Field::CacheTtlDays, cacheTtlDays, 1, kMaxTtlDays,
               tr("Cached answers must be kept between %1 and %2 days, not %3."));
    return problems;
}

QUrl AppSettings::endpointUrl() const
{
    if (!usesModelServer())
        return {};
    const QString given = endpoint.trimmed();
    return given.isEmpty() ? llm::defaultEndpoint(provider) : QUrl(given, QUrl::StrictMode);
}

llm::ProviderConfig AppSettings::providerConfig() const
{
    llm::ProviderConfig config;
    config.kind = provider;
    config.endpoint = endpointUrl();
    config.model = model.trimmed();
    config.maxConcurrent = maxConcurrent;
    return config;
}

llm::CallOptions AppSettings::callOptions() const
{
    llm::CallOptions options;
    options.connectTimeoutMs = connectTimeoutSeconds * 1000;
    options.firstByteTimeoutMs = firstByteTimeoutSeconds * 1000;
    options.idleTimeoutMs = idleTimeoutSeconds * 1000;
    options.deadlineMs = deadlineSeconds * 1000;
    return options;
}

llm::ResponseCacheOptions AppSettings::cacheOptions() const
{
    llm::ResponseCacheOptions options;
    options.memoryEntries = cacheMemoryEntries;
    options.maxPersistentEntries = cacheMaxPersistentEntries;
    options.ttl = std::chrono::hours(24) * cacheTtlDays;
    return options;
}

void AppSettings::applyTo(llm::ChatRequest &request) const
{
    request.temperature = temperature;
    request.contextTokens = contextTokens;
}

Language AppSettings::effectiveLanguage(const QLocale &system) const
{
    return language.value_or(languageForLocale(system));
}

AppSettings AppSettings::load(QSettings &settings, QStringList *problems)
{
    AppSettings loaded;
    const AppSettings defaults;

    const QString provider = settings.value(kProvider).toString();
    if (!provider.isEmpty()) {
        if (const auto kind = llm::providerKindFromString(provider))
            loaded.provider = *kind;
        else if (problems)
            problems->append(tr("The saved provider “%1” is unknown; the offline planner is used.")
                                 .arg(provider));
    }
    loaded.endpoint = settings.value(kEndpoint).toString().trimmed();
    loaded.model = settings.value(kModel).toString().trimmed();

    const QVariant temperature = settings.value(kTemperature);
    if (temperature.isValid()) {
        bool ok = false;
        const double parsed = temperature.toString().trimmed().toDouble(&ok);
        if (ok)
            loaded.temperature = parsed;
        else if (problems)
            problems->append(tr("The saved setting %1 is not a number; the default %2 is used.")
                                 .arg(kTemperature, QLocale().toString(defaults.temperature)));
    }
    readInt(settings, kContextTokens, loaded.contextTokens, problems);
    readInt(settings, kConnectTimeout, loaded.connectTimeoutSeconds, problems);
    readInt(settings, kFirstByteTimeout, loaded.firstByteTimeoutSeconds, problems);
    readInt(settings, kIdleTimeout, loaded.idleTimeoutSeconds, problems);
    readInt(settings, kDeadline, loaded.deadlineSeconds, problems);
    readInt(settings, kMaxConcurrentKey, loaded.maxConcurrent, problems);
    readInt(settings, kCacheMemoryEntries, loaded.cacheMemoryEntries, problems);
    readInt(settings, kCacheMaxPersistentEntries, loaded.cacheMaxPersistentEntries, problems);
    readInt(settings, kCacheTtlDays, loaded.cacheTtlDays, problems);

    const QString language = settings.value(kLanguage).toString();
    if (!language.isEmpty() && language != QLatin1String("system")) {
        loaded.language = languageFromName(language);
        if (!loaded.language && problems)
            problems->append(
                tr("The saved language “%1” is unknown; the system's language is used.")
                    .arg(language));
    }

    loaded.reminders.dailySummary =
        settings.value(kDailySummary, defaults.reminders.dailySummary).toBool();
    loaded.reminders.summaryTime =
        readTime(settings, kSummaryTime, defaults.reminders.summaryTime, problems);
    loaded.reminders.dueReminders =
        settings.value(kDueReminders, defaults.reminders.dueReminders).toBool();
    loaded.reminders.dueTime = readTime(settings, kDueTime, defaults.reminders.dueTime, problems);
    loaded.startAtLogin = settings.value(kStartAtLogin, false).toBool();
    if (settings.contains(kKeepInTray))
        loaded.keepRunningInTray = settings.value(kKeepInTray).toBool();

    // A value that cannot be used (edited by hand, or from a newer version) takes its default:
    // the rest of the settings still apply. Model and endpoint are kept as they are: the
    // dialog shows them with the sentence, and a model call reports them.
    for (const Problem &problem : loaded.validate()) {
        bool reset = true;
        switch (problem.field) {
        case Field::Temperature:
            loaded.temperature = defaults.temperature;
            break;
        case Field::ContextTokens:
            loaded.contextTokens = defaults.contextTokens;
            break;
        case Field::ConnectTimeout:
            loaded.connectTimeoutSeconds = defaults.connectTimeoutSeconds;
            break;
        case Field::FirstByteTimeout:
            loaded.firstByteTimeoutSeconds = defaults.firstByteTimeoutSeconds;
            break;
        case Field::IdleTimeout:
            loaded.idleTimeoutSeconds = defaults.idleTimeoutSeconds;
            break;
        case Field::Deadline:
            loaded.deadlineSeconds =
                std::max(defaults.deadlineSeconds, loaded.firstByteTimeoutSeconds);
            break;
        case Field::MaxConcurrent:
            loaded.maxConcurrent = defaults.maxConcurrent;
            break;
        case Field::CacheMemoryEntries:
            loaded.cacheMemoryEntries = defaults.cacheMemoryEntries;
            break;
        case Field::CacheMaxPersistentEntries:
            loaded.cacheMaxPersistentEntries = defaults.cacheMaxPersistentEntries;
            break;
        case Field::CacheTtlDays:
            loaded.cacheTtlDays = defaults.cacheTtlDays;
            break;
        case Field::Provider:
        case Field::Endpoint:
        case Field::Model:
        case Field::Language:
            reset = false;
            break;
        }
        if (reset && problems)
            problems->append(tr("%1 The default is used.").arg(problem.message));
    }
    return loaded;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(kProvider, llm::toString(provider));
    settings.setValue(kEndpoint, endpoint.trimmed());
    settings.setValue(kModel, model.trimmed());
    settings.setValue(kTemperature, temperature);
    settings.setValue(kContextTokens, contextTokens);
    settings.setValue(kConnectTimeout, connectTimeoutSeconds);
    settings.setValue(kFirstByteTimeout, firstByteTimeoutSeconds);
    settings.setValue(kIdleTimeout, idleTimeoutSeconds);
    settings.setValue(kDeadline, deadlineSeconds);
    settings.setValue(kMaxConcurrentKey, maxConcurrent);
    settings.setValue(kCacheMemoryEntries, cacheMemoryEntries);
    settings.setValue(kCacheMaxPersistentEntries, cacheMaxPersistentEntries);
    settings.setValue(kCacheTtlDays, cacheTtlDays);
    settings.setValue(kLanguage, languageSettingName(language));
    settings.setValue(kDailySummary, reminders.dailySummary);
    settings.setValue(kSummaryTime, reminders.summaryTime.toString(QStringLiteral("HH:mm")));
    settings.setValue(kDueReminders, reminders.dueReminders);
    settings.setValue(kDueTime, reminders.dueTime.toString(QStringLiteral("HH:mm")));
    settings.setValue(kStartAtLogin, startAtLogin);
    if (keepRunningInTray)
        settings.setValue(kKeepInTray, *keepRunningInTray);
    else
        settings.remove(kKeepInTray);
    settings.sync();
}

} // namespace helios::ui
