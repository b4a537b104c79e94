#include "tests/support/test_main.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/settings_file.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace helios;
using namespace helios::ui;

Q_DECLARE_METATYPE(helios::ui::AppSettings)
Q_DECLARE_METATYPE(helios::ui::AppSettings::Field)

namespace {

AppSettings customSettings()
{
    AppSettings s;
    s.provider = llm::ProviderKind::Ollama;
    s.endpoint = QStringLiteral("http://gpu-box:11434");
    s.model = QStringLiteral("qwen2.5:7b");
    s.temperature = 0.7;
    s.contextTokens = 32768;
    s.connectTimeoutSeconds = 5;
    s.firstByteTimeoutSeconds = 120;
    s.idleTimeoutSeconds = 30;
    s.deadlineSeconds = 900;
    s.maxConcurrent = 2;
    s.cacheMemoryEntries = 50;
    s.cacheMaxPersistentEntries = 0;
    s.cacheTtlDays = 7;
    s.language = Language::Chinese;
    s.reminders.dailySummary = false;
    s.reminders.summaryTime = QTime(7, 45);
    s.reminders.dueReminders = false;
    s.reminders.dueTime = QTime(16, 15);
    s.startAtLogin = true;
    s.keepRunningInTray = false;
    return s;
}

} // namespace

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundTripEveryValueThroughARealIniFile()
    {
        // GIVEN settings that differ from the defaults in every field
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("helios.ini"));
        const AppFolders folders = foldersForDatabase(dir.filePath(QStringLiteral("helios.db")));
        const SettingsFile file(folders, ini);
        AppSettings saved = customSettings();
        QVERIFY(!(saved == AppSettings{}));

        // WHEN they are saved and loaded by a new SettingsFile
        file.save(saved);
        QStringList problems;
        const AppSettings loaded = SettingsFile(folders, ini).load(&problems);

        // THEN every value comes back, with the folders filled in and nothing to complain about
        QVERIFY(QFile::exists(ini));
        QCOMPARE(problems, QStringList());
        saved.folders = folders;
        QVERIFY(loaded == saved);
        QCOMPARE(loaded.folders.data, QDir::toNativeSeparators(dir.path()));
        QCOMPARE(loaded.folders.log, loaded.folders.data);
    }

    void shouldKeepAnUnreadableReminderTimeAtItsDefaultAndSayWhy()
    {
        // GIVEN a settings file with a summary time edited by hand into nonsense
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("helios.ini"));
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(QStringLiteral("reminders/summary_time"), QStringLiteral("25:99"));
        }
        // WHEN it is loaded
        QStringList problems;
        const AppSettings loaded = SettingsFile({}, ini).load(&problems);
        // THEN the default time is used, with one sentence for the log
        QCOMPARE(loaded.reminders.summaryTime, ReminderOptions{}.summaryTime);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(QStringLiteral("25:99")), qPrintable(problems[0]));
        QVERIFY(!loaded.keepRunningInTray.has_value());
    }

    void shouldLoadDefaultsFromAnEmptyFile()
    {
        QTemporaryDir dir;
        QStringList problems;
        const AppSettings loaded =
            SettingsFile({}, dir.filePath(QStringLiteral("none.ini"))).load(&problems);
        QVERIFY(loaded == AppSettings{});
        QVERIFY(problems.isEmpty());
        QVERIFY(!loaded.language.has_value());
    }

    void shouldPersistTheLanguageChoice_data()
    {
        QTest::addColumn<int>("choice"); // -1 system, else Language
        QTest::addColumn<QString>("stored");
        QTest::newRow("system") << -1 << QStringLiteral("system");
        QTest::newRow("english") << static_cast<int>(Language::English) << QStringLiteral("en");
        QTest::newRow("chinese") << static_cast<int>(Language::Chinese) << QStringLiteral("zh_CN");
    }

    void shouldPersistTheLanguageChoice()
    {
        QFETCH(int, choice);
        QFETCH(QString, stored);
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("helios.ini"));
        AppSettings settings;
        if (choice >= 0)
            settings.language = static_cast<Language>(choice);
        SettingsFile({}, ini).save(settings);

        QCOMPARE(
            QSettings(ini, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString(),
            stored);
        QVERIFY(SettingsFile({}, ini).load().language == settings.language);
    }

    void shouldFollowTheSystemLanguageUnlessOneIsChosen()
    {
        AppSettings settings;
        QVERIFY(settings.effectiveLanguage(QLocale(QLocale::Chinese, QLocale::China)) ==
                Language::Chinese);
        QVERIFY(settings.effectiveLanguage(QLocale(QLocale::German)) == Language::English);
        settings.language = Language::English;
        QVERIFY(settings.effectiveLanguage(QLocale(QLocale::Chinese, QLocale::China)) ==
                Language::English);
    }

    void shouldRejectBadValuesWithOneClearSentence_data()
    {
        QTest::addColumn<AppSettings>("settings");
        QTest::addColumn<AppSettings::Field>("field");
        QTest::addColumn<QString>("message");

        AppSettings base;
        base.provider = llm::ProviderKind::OpenAi;
        base.model = QStringLiteral("m");

        AppSettings s = base;
        s.endpoint = QStringLiteral("localhost:8080");
        QTest::newRow("url without scheme")
            << s << AppSettings::Field::Endpoint
            << QStringLiteral("The endpoint “localhost:8080” is not an http:// or https:// URL, "
                              "such as http://127.0.0.1:11434.");
        s = base;
        s.endpoint = QStringLiteral("ftp://host/");
        QTest::newRow("ftp url")
            << s << AppSettings::Field::Endpoint
            << QStringLiteral("The endpoint “ftp://host/” is not an http:// or https:// URL, "
                              "such as http://127.0.0.1:11434.");
        s = base;
        s.model.clear();
        QTest::newRow("no model") << s << AppSettings::Field::Model
                                  << QStringLiteral("Choose a model: press “Refresh models” to "
                                                    "see the ones the server offers.");
        s = base;
        s.temperature = 2.5;
        QTest::newRow("hot") << s << AppSettings::Field::Temperature
                             << QStringLiteral("The temperature must be between 0 and 2, not 2.5.");
        s = base;
        s.temperature = -0.1;
        QTest::newRow("negative temperature")
            << s << AppSettings::Field::Temperature
            << QStringLiteral("The temperature must be between 0 and 2, not -0.1.");
        s = base;
        s.contextTokens = 100;
        QTest::newRow("small context")
            << s << AppSettings::Field::ContextTokens
            << QStringLiteral(
                   "The context size must be between 512 and 1,048,576 tokens, not 100.");
        s = base;
        s.contextTokens = 2'000'000;
        QTest::newRow("huge context") << s << AppSettings::Field::ContextTokens
                                      << QStringLiteral("The context size must be between 512 and "
                                                        "1,048,576 tokens, not 2,000,000.");
        s = base;
        s.connectTimeoutSeconds = 0;
        QTest::newRow("no connect time")
            << s << AppSettings::Field::ConnectTimeout
            << QStringLiteral("The connect timeout must be between 1 and 86,400 seconds, not 0.");
        s = base;
        s.deadlineSeconds = 100;
        QTest::newRow("deadline before first byte")
            << s << AppSettings::Field::Deadline
            << QStringLiteral("The overall deadline (100 s) must not be shorter than the time to "
                              "wait for the first byte (300 s).");
        s = base;
        s.maxConcurrent = 0;
        QTest::newRow("no requests")
            << s << AppSettings::Field::MaxConcurrent
            << QStringLiteral("The number of requests at once must be between 1 and 64, not 0.");
        s = base;
        s.cacheMaxPersistentEntries = -1;
        QTest::newRow("negative disk cache")
            << s << AppSettings::Field::CacheMaxPersistentEntries
            << QStringLiteral(
                   "The answers kept on disk must be between 0 (no limit) and 10,000,000, not -1.");
        s = base;
        s.cacheTtlDays = 0;
        QTest::newRow("no ttl")
            << s << AppSettings::Field::CacheTtlDays
            << QStringLiteral("Cached answers must be kept between 1 and 3,650 days, not 0.");
    }

    void shouldRejectBadValuesWithOneClearSentence()
    {
        QFETCH(AppSettings, settings);
        QFETCH(AppSettings::Field, field);
        QFETCH(QString, message);

        const QList<AppSettings::Problem> problems = settings.validate();

        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().field == field);
        QCOMPARE(problems.constFirst().message, message);
    }

    void shouldAcceptTheDefaultsAndTheOfflinePlannerWithoutAModel()
    {
        QVERIFY(AppSettings{}.validate().isEmpty());
        AppSettings offline;
        offline.endpoint = QStringLiteral("not a url"); // irrelevant without a model server
        QVERIFY(offline.validate().isEmpty());
    }

    void shouldReplaceUnusableSavedValuesByDefaultsAndSayWhy()
    {
        // GIVEN a settings file edited by hand
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("helios.ini"));
        {
            QSettings raw(ini, QSettings::IniFormat);
            raw.setValue(QStringLiteral("llm/provider"), QStringLiteral("gpt-magic"));
            raw.setValue(QStringLiteral("llm/temperature"), QStringLiteral("warm"));
            raw.setValue(QStringLiteral("llm/contextTokens"), 12);
            raw.setValue(QStringLiteral("cache/ttlDays"), 14);
            raw.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
        }

        // WHEN it is loaded
        QStringList problems;
        const AppSettings loaded = SettingsFile({}, ini).load(&problems);

        // THEN the usable value is kept, the others take their defaults, each with a sentence
        QCOMPARE(loaded.cacheTtlDays, 14);
        QVERIFY(loaded.provider == llm::ProviderKind::Offline);
        QCOMPARE(loaded.temperature, AppSettings{}.temperature);
        QCOMPARE(loaded.contextTokens, AppSettings{}.contextTokens);
        QVERIFY(!loaded.language.has_value());
        QVERIFY(loaded.validate().isEmpty());
        QCOMPARE(problems.size(), 4);
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("gpt-magic")));
        QVERIFY(problems.join(QLatin1Char('\n')).contains(QStringLiteral("klingon")));
        QVERIFY(problems.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("The saved setting llm/temperature is not a number")));
        QVERIFY(problems.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("The context size must be between 512")));
    }

    void shouldConvertToTheLlmLayersOptions()
    {
        const AppSettings s = customSettings();

        const llm::ProviderConfig config = s.providerConfig();
        QVERIFY(config.kind == llm::ProviderKind::Ollama);
        QCOMPARE(config.endpoint, QUrl(QStringLiteral("http://gpu-box:11434")));
        QCOMPARE(config.model, QStringLiteral("qwen2.5:7b"));
        QCOMPARE(config.maxConcurrent, 2);

        const llm::CallOptions options = s.callOptions();
        QCOMPARE(options.connectTimeoutMs, 5000);
        QCOMPARE(options.firstByteTimeoutMs, 120'000);
        QCOMPARE(options.idleTimeoutMs, 30'000);
        QCOMPARE(options.deadlineMs, 900'000);

        const llm::ResponseCacheOptions cache = s.cacheOptions();
        QCOMPARE(cache.memoryEntries, 50);
        QCOMPARE(cache.maxPersistentEntries, 0);
        QCOMPARE(cache.ttl.count(), qint64(7) * 24 * 3600);

        llm::ChatRequest request;
        s.applyTo(request);
        QCOMPARE(request.temperature, 0.7);
        QCOMPARE(request.contextTokens, 32768);
    }

    void shouldUseTheProvidersDefaultEndpointWhenNoneIsGiven()
    {
        AppSettings s;
        QVERIFY(s.endpointUrl().isEmpty()); // offline
        s.provider = llm::ProviderKind::Ollama;
        QCOMPARE(s.endpointUrl(), QUrl(QStringLiteral("http://127.0.0.1:11434")));
        s.provider = llm::ProviderKind::OpenAi;
        QCOMPARE(s.providerConfig().endpoint, QUrl(QStringLiteral("http://127.0.0.1:8080")));
    }
};

HELIOS_TEST_MAIN(TestAppSettings)

#include "tst_app_settings.moc"
