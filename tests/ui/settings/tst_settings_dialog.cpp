#include "core/log/logging.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/recording_error_reporter.h"
#include "tests/ui/settings/memory_secret_store.h"
#include "ui/i18n/translations.h"
#include "ui/settings/api_key_store.h"
#include "ui/settings/settings_dialog.h"
#include "ui/settings/settings_file.h"
#include "ui/settings/settings_view_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/widgets/main_window.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimeEdit>

#include <memory>

using namespace helios;
using namespace helios::ui;

namespace {

const QString kSentinel = QStringLiteral("HELIOSSENTINEL7f3a9c");

QString artifactsFolder()
{
    QString folder = qEnvironmentVariable("HELIOS_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("helios-test-artifacts"));
    QDir().mkpath(folder);
    return folder;
}

QByteArray fileContents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Everything the dialog works with, real except the keychain: a settings ini file in a temporary
// folder, the view-model, an in-memory secret store and a cache-clearing callback that counts.
struct Rig
{
    QTemporaryDir dir;
    QString ini = dir.filePath(QStringLiteral("helios.ini"));
    SettingsFile file{foldersForDatabase(dir.filePath(QStringLiteral("helios.db"))), ini};
    test::MemorySecretStore secrets;
    ApiKeyStore keys{secrets};
    int cacheClears = 0;
    std::unique_ptr<SettingsViewModel> viewModel;
    std::unique_ptr<SettingsDialog> dialog;

    void open(bool withCache = true)
    {
        SettingsViewModel::CacheClearer clearer;
        if (withCache) {
            clearer = [this]() -> QCoro::Task<Status> {
                ++cacheClears;
                co_return Ok{};
            };
        }
        viewModel = std::make_unique<SettingsViewModel>(file, keys, clearer);
        dialog = std::make_unique<SettingsDialog>(*viewModel);
        dialog->show();
    }

    template <typename W> W *find(const QString &name) const
    {
        W *widget = dialog->findChild<W *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    // Picks the provider and types the endpoint as a person would (focus leaves the field).
    void chooseServer(llm::ProviderKind kind, const QUrl &endpoint)
    {
        auto *provider = find<QComboBox>(QStringLiteral("providerCombo"));
        provider->setCurrentIndex(provider->findData(static_cast<int>(kind)));
        auto *edit = find<QLineEdit>(QStringLiteral("endpointEdit"));
        edit->setText(endpoint.toString());
        Q_EMIT edit->editingFinished();
    }

    void click(const QString &button) const
    {
        QTest::mouseClick(find<QPushButton>(button), Qt::LeftButton);
    }

    QString label(const QString &name) const
    {
        auto *l = find<QLabel>(name);
        return l->isHidden() ? QString() : l->text(); // also on a tab not shown
    }
};

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings_dialog"));
        // English plurals ("1 model", "2 models") come from the English catalogue.
        QVERIFY(m_english.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY(m_server.listen());
        m_server.setModels({QStringLiteral("alpha"), QStringLiteral("beta")});
    }

    void init() { m_server.clearRequests(); }

    void shouldListTheServersModelsAfterRefresh_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("openai") << static_cast<int>(llm::ProviderKind::OpenAi)
                                << QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}
                                << QByteArray("/v1/models");
        QTest::newRow("ollama") << static_cast<int>(llm::ProviderKind::Ollama)
                                << QStringList{QStringLiteral("alpha:latest"),
                                               QStringLiteral("beta:latest")}
                                << QByteArray("/api/tags");
    }

    void shouldListTheServersModelsAfterRefresh()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        QFETCH(QByteArray, path);
        // GIVEN the dialog pointed at the test server
        Rig rig;
        rig.open();
        rig.chooseServer(static_cast<llm::ProviderKind>(kind), m_server.baseUrl());
        QSignalSpy models(rig.viewModel.get(), &SettingsViewModel::modelsChanged);
        auto *combo = rig.find<QComboBox>(QStringLiteral("modelCombo"));
        QCOMPARE(combo->count(), 0);

        // WHEN "Refresh models" is pressed
        rig.click(QStringLiteral("refreshModelsButton"));

        // THEN the button waits without blocking, and the combo lists what the server offers
        QVERIFY(!rig.find<QPushButton>(QStringLiteral("refreshModelsButton"))->isEnabled());
        QVERIFY(models.wait(5000));
        QStringList shown;
        for (int i = 0; i < combo->count(); ++i)
            shown << combo->itemText(i);
        QCOMPARE(shown, expected);
        QCOMPARE(combo->currentText(), expected.constFirst());
        QCOMPARE(rig.viewModel->settings().model, expected.constFirst());
        QCOMPARE(rig.label(QStringLiteral("modelsStatus")),
                 QStringLiteral("The server lists 2 models."));
        QVERIFY(rig.find<QPushButton>(QStringLiteral("refreshModelsButton"))->isEnabled());
        QCOMPARE(m_server.requests().constLast().path, path);
    }

    void shouldShowLatencyAndHealthOfAHealthyServer_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("health");
        QTest::newRow("openai") << static_cast<int>(llm::ProviderKind::OpenAi)
                                << QStringLiteral("2 models");
        QTest::newRow("ollama") << static_cast<int>(llm::ProviderKind::Ollama)
                                << QStringLiteral("Ollama 0.5.7");
    }

    void shouldShowLatencyAndHealthOfAHealthyServer()
    {
        QFETCH(int, kind);
        QFETCH(QString, health);
        Rig rig;
        rig.open();
        rig.chooseServer(static_cast<llm::ProviderKind>(kind), m_server.baseUrl());
        QSignalSpy tested(rig.viewModel.get(), &SettingsViewModel::connectionTested);

        rig.click(QStringLiteral("testConnectionButton"));

        QCOMPARE(rig.label(QStringLiteral("connectionStatus")), QStringLiteral("Connecting…"));
        QVERIFY(tested.wait(5000));
        QCOMPARE(tested.constFirst().at(0).toBool(), true);
        const QString shown = rig.label(QStringLiteral("connectionStatus"));
        QVERIFY2(QRegularExpression(QStringLiteral("^Connected in \\d+ ms: ") +
                                    QRegularExpression::escape(health) + QLatin1Char('$'))
                     .match(shown)
                     .hasMatch(),
                 qPrintable(shown));
    }

    void shouldShowTheServersExactErrorSentence_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("serverMessage");
        QTest::newRow("500") << 500 << QStringLiteral("The GPU is on fire");
        QTest::newRow("401") << 401
                             << QStringLiteral("Incorrect API key provided: sk-wrong. You can "
                                               "find your API key at example.com");
    }

    void shouldShowTheServersExactErrorSentence()
    {
        QFETCH(int, status);
        QFETCH(QString, serverMessage);
        Rig rig;
        rig.open();
        rig.chooseServer(llm::ProviderKind::OpenAi, m_server.baseUrl());
        test::ScriptedReply reply;
        reply.path = QStringLiteral("/v1/models");
        reply.status = status;
        reply.errorMessage = serverMessage;
        m_server.enqueue(reply);
        QSignalSpy tested(rig.viewModel.get(), &SettingsViewModel::connectionTested);

        rig.click(QStringLiteral("testConnectionButton"));

        QVERIFY(tested.wait(5000));
        QCOMPARE(tested.constFirst().at(0).toBool(), false);
        QCOMPARE(
            rig.label(QStringLiteral("connectionStatus")),
            QStringLiteral("The model server answered %1: %2.").arg(status).arg(serverMessage));
    }

    void shouldSendTheTypedKeyWhenTestingTheConnection()
    {
        Rig rig;
        rig.open();
        rig.chooseServer(llm::ProviderKind::OpenAi, m_server.baseUrl());
        QTest::keyClicks(rig.find<QLineEdit>(QStringLiteral("apiKeyEdit")), kSentinel);
        QSignalSpy tested(rig.viewModel.get(), &SettingsViewModel::connectionTested);

        rig.click(QStringLiteral("testConnectionButton"));

        QVERIFY(tested.wait(5000));
        QCOMPARE(m_server.requests().constLast().header("Authorization"),
                 QByteArray("Bearer ") + kSentinel.toUtf8());
        QVERIFY(rig.secrets.secrets.isEmpty()); // only OK saves the key
    }

    void shouldSendTheStoredKeyWhenNoneIsTyped()
    {
        // GIVEN a key already in the keychain for this server and an empty key field
        Rig rig;
        rig.secrets.secrets.insert(
            ApiKeyStore::accountFor(llm::ProviderKind::OpenAi, m_server.baseUrl()), kSentinel);
        rig.open();
        rig.chooseServer(llm::ProviderKind::OpenAi, m_server.baseUrl());
        QCOMPARE(rig.find<QLineEdit>(QStringLiteral("apiKeyEdit"))->text(), QString());
        QSignalSpy tested(rig.viewModel.get(), &SettingsViewModel::connectionTested);

        rig.click(QStringLiteral("testConnectionButton"));

        // THEN the stored key goes to the server, and never into the field
        QVERIFY(tested.wait(5000));
        QCOMPARE(m_server.requests().constLast().header("Authorization"),
                 QByteArray("Bearer ") + kSentinel.toUtf8());
        QCOMPARE(rig.find<QLineEdit>(QStringLiteral("apiKeyEdit"))->text(), QString());
        QTRY_COMPARE(rig.label(QStringLiteral("keyStatus")),
                     QStringLiteral("A key for this server is saved in the keychain."));
    }

    void shouldSayClearlyWhenNothingListensOnThePort()
    {
        // GIVEN a port that was free a moment ago
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Rig rig;
        rig.open();
        rig.chooseServer(llm::ProviderKind::Ollama,
                         QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QSignalSpy tested(rig.viewModel.get(), &SettingsViewModel::connectionTested);
        QSignalSpy failed(rig.viewModel.get(), &SettingsViewModel::modelsFailed);

        rig.click(QStringLiteral("testConnectionButton"));
        rig.click(QStringLiteral("refreshModelsButton"));

        QVERIFY(tested.wait(5000));
        QTRY_COMPARE(failed.size(), 1);
        const QString expected =
            QStringLiteral("Could not reach the model server: Connection refused.");
        QCOMPARE(rig.label(QStringLiteral("connectionStatus")), expected);
        QCOMPARE(rig.label(QStringLiteral("modelsStatus")), expected);
        // AND each message sits right under its button, its text at the top of the label
        for (const auto &[button, message] :
             {std::pair{QStringLiteral("testConnectionButton"), QStringLiteral("connectionStatus")},
              std::pair{QStringLiteral("refreshModelsButton"), QStringLiteral("modelsStatus")}}) {
            auto *b = rig.find<QPushButton>(button);
            auto *l = rig.find<QLabel>(message);
            QTRY_VERIFY(l->isVisible());
            const int buttonBottom = b->mapTo(rig.dialog.get(), QPoint(0, b->height())).y();
            const int labelTop = l->mapTo(rig.dialog.get(), QPoint(0, 0)).y();
            QVERIFY2(labelTop - buttonBottom <= 12,
                     qPrintable(QStringLiteral("%1 px apart").arg(labelTop - buttonBottom)));
            QVERIFY(l->alignment() & Qt::AlignTop);
        }
    }

    void shouldSayItInChineseInTheChineseWindow()
    {
        // GIVEN the Chinese window and a port nothing listens on
        AppTranslations chinese;
        QVERIFY(chinese.use(Language::Chinese, QLocale(QLocale::English, QLocale::UnitedStates)));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Rig rig;
        rig.open();
        rig.chooseServer(llm::ProviderKind::Ollama,
                         QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QSignalSpy tested(rig.viewModel.get(), &SettingsViewModel::connectionTested);

        rig.click(QStringLiteral("testConnectionButton"));

        // THEN the model layer's sentence is Chinese too
        QVERIFY(tested.wait(5000));
        const QString status = rig.label(QStringLiteral("connectionStatus"));
        QVERIFY2(status.startsWith(QStringLiteral("无法连接到模型服务器：")), qPrintable(status));
        QVERIFY2(status.endsWith(QStringLiteral("。")), qPrintable(status)); // a Chinese full stop
        chinese.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void shouldDropAnAnswerFromTheServerThatWasReplaced()
    {
        // GIVEN a refresh on its way to a slow server
        Rig rig;
        rig.open();
        rig.chooseServer(llm::ProviderKind::Ollama, m_server.baseUrl());
        test::ScriptedReply slow;
        slow.path = QStringLiteral("/api/tags");
        slow.delayMs = 300;
        m_server.enqueue(slow);
        QSignalSpy models(rig.viewModel.get(), &SettingsViewModel::modelsChanged);
        QSignalSpy failed(rig.viewModel.get(), &SettingsViewModel::modelsFailed);
        rig.click(QStringLiteral("refreshModelsButton"));
        QVERIFY(m_server.waitForRequests(1));

        // WHEN the person points the dialog at another server before it answers
        rig.chooseServer(llm::ProviderKind::OpenAi, m_server.baseUrl());

        // THEN the old server's list never reaches the new server's model combo
        QVERIFY(rig.find<QPushButton>(QStringLiteral("refreshModelsButton"))->isEnabled());
        // (once the old server has answered: the request's provider, and with it its
        // connection, goes when the answer has been handled)
        QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 5000);
        QCOMPARE(models.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(rig.find<QComboBox>(QStringLiteral("modelCombo"))->count(), 0);
        QVERIFY(rig.viewModel->models().isEmpty());
    }

    void shouldSaveTheKeyToTheSecretStoreAndNeverToTheIniOrTheLog()
    {
        // GIVEN logging to a real helios.log, and the dialog with a server and a key typed
        QTemporaryDir logDir;
        log::init({.directory = logDir.path()});
        qInfo("settings test: before saving");
        Rig rig;
        rig.open();
        rig.chooseServer(llm::ProviderKind::OpenAi, m_server.baseUrl());
        rig.find<QComboBox>(QStringLiteral("modelCombo"))->setEditText(QStringLiteral("alpha"));
        QTest::keyClicks(rig.find<QLineEdit>(QStringLiteral("apiKeyEdit")), kSentinel);
        QSignalSpy saved(rig.viewModel.get(), &SettingsViewModel::saved);
        QSignalSpy completed(rig.viewModel.get(), &SettingsViewModel::saveCompleted);

        // WHEN OK is pressed
        rig.click(QStringLiteral("okButton"));

        // THEN the dialog closes once the key is in the secret store, under its server's account
        QVERIFY(completed.wait(5000));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(rig.dialog->result(), int(QDialog::Accepted));
        QCOMPARE(rig.secrets.secrets.value(
                     ApiKeyStore::accountFor(llm::ProviderKind::OpenAi, m_server.baseUrl())),
                 kSentinel);
        QVERIFY(rig.viewModel->hasStoredKey());
        // ... the settings are in the ini file, the key is not
        const QByteArray ini = fileContents(rig.ini);
        QVERIFY(ini.contains("provider=openai"));
        QVERIFY(ini.contains("model=alpha"));
        QVERIFY(!ini.contains(kSentinel.toUtf8()));
        // ... nor in the log
        qInfo("settings test: after saving");
        log::shutdown();
        const QByteArray logged =
            fileContents(QDir(logDir.path()).filePath(QStringLiteral("helios.log")));
        QVERIFY(logged.contains("settings test: after saving"));
        QVERIFY(!logged.contains(kSentinel.toUtf8()));
    }

    void shouldSayInOneSentenceWhenThereIsNoKeychainAndStayOpen()
    {
        Rig rig;
        rig.secrets.failure =
            QStringLiteral("No system keychain (such as GNOME Keyring or KWallet) "
                           "is available, so the API key was not saved.");
        rig.open();
        rig.chooseServer(llm::ProviderKind::OpenAi, m_server.baseUrl());
        rig.find<QComboBox>(QStringLiteral("modelCombo"))->setEditText(QStringLiteral("alpha"));
        QTest::keyClicks(rig.find<QLineEdit>(QStringLiteral("apiKeyEdit")), kSentinel);
        QSignalSpy failed(rig.viewModel.get(), &SettingsViewModel::saveFailed);

        rig.click(QStringLiteral("okButton"));

        QVERIFY(failed.wait(5000));
        QVERIFY(rig.dialog->isVisible());
        QCOMPARE(rig.dialog->errorText(), rig.secrets.failure);
        QVERIFY(rig.secrets.secrets.isEmpty());
        // The other settings are saved; the key is nowhere.
        const QByteArray ini = fileContents(rig.ini);
        QVERIFY(ini.contains("provider=openai"));
        QVERIFY(!ini.contains(kSentinel.toUtf8()));
    }

    void shouldRefuseToSaveInvalidSettingsWithASentence()
    {
        Rig rig;
        rig.open();
        rig.chooseServer(llm::ProviderKind::OpenAi, m_server.baseUrl());
        QSignalSpy failed(rig.viewModel.get(), &SettingsViewModel::saveFailed);

        rig.click(QStringLiteral("okButton")); // no model chosen

        QCOMPARE(failed.size(), 1);
        QCOMPARE(rig.dialog->errorText(),
                 QStringLiteral("Choose a model: press “Refresh models” to see the ones the "
                                "server offers."));
        QVERIFY(rig.dialog->isVisible());
        QVERIFY(!QFile::exists(rig.ini));
    }

    void shouldPersistTheLanguageSetting()
    {
        Rig rig;
        rig.open();
        auto *language = rig.find<QComboBox>(QStringLiteral("languageCombo"));
        QCOMPARE(language->currentIndex(), 0); // system
        QCOMPARE(rig.find<QLabel>(QStringLiteral("languageNote"))->text(),
                 QStringLiteral("A new language applies when Helios starts again."));
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QSignalSpy completed(rig.viewModel.get(), &SettingsViewModel::saveCompleted);

        rig.click(QStringLiteral("okButton"));

        QCOMPARE(completed.size(), 1);
        QVERIFY(rig.file.load().language == Language::Chinese);
        // A new dialog shows the saved choice.
        SettingsViewModel again(rig.file, rig.keys, {});
        SettingsDialog reopened(again);
        QCOMPARE(reopened.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentData(),
                 QVariant(QStringLiteral("zh_CN")));
    }

    void shouldSaveTheRemindersSection()
    {
        // GIVEN the dialog on the defaults: summary on at 08:30, due reminders on, the tray
        // question not answered yet, not started at login
        Rig rig;
        rig.open();
        auto *summary = rig.find<QCheckBox>(QStringLiteral("dailySummaryCheck"));
        auto *time = rig.find<QTimeEdit>(QStringLiteral("summaryTimeEdit"));
        auto *due = rig.find<QCheckBox>(QStringLiteral("dueRemindersCheck"));
        auto *tray = rig.find<QCheckBox>(QStringLiteral("keepInTrayCheck"));
        auto *login = rig.find<QCheckBox>(QStringLiteral("startAtLoginCheck"));
        QVERIFY(summary->isChecked());
        QCOMPARE(time->time(), QTime(8, 30));
        QVERIFY(due->isChecked());
        QCOMPARE(due->text(), QStringLiteral("Remind me of each task due today, at 5:00 PM"));
        QVERIFY(!tray->isChecked());
        QVERIFY(!login->isChecked());

        // WHEN the summary moves to 07:15, due reminders go off and start at login goes on
        time->setTime(QTime(7, 15));
        due->setChecked(false);
        login->setChecked(true);
        rig.click(QStringLiteral("okButton"));

        // THEN the file has them, and the tray question is still unanswered (asked on close)
        const AppSettings saved = rig.file.load();
        QCOMPARE(saved.reminders.summaryTime, QTime(7, 15));
        QVERIFY(saved.reminders.dailySummary);
        QVERIFY(!saved.reminders.dueReminders);
        QVERIFY(saved.startAtLogin);
        QVERIFY(!saved.keepRunningInTray.has_value());

        // AND switching the summary off disables its time
        Rig again;
        again.open();
        auto *summaryAgain = again.find<QCheckBox>(QStringLiteral("dailySummaryCheck"));
        summaryAgain->setChecked(false);
        QVERIFY(!again.find<QTimeEdit>(QStringLiteral("summaryTimeEdit"))->isEnabled());
        again.find<QCheckBox>(QStringLiteral("keepInTrayCheck"))->setChecked(true);
        again.click(QStringLiteral("okButton"));
        QVERIFY(!again.file.load().reminders.dailySummary);
        QCOMPARE(again.file.load().keepRunningInTray, std::optional<bool>(true));
    }

    void shouldDisableServerControlsForTheOfflinePlanner()
    {
        Rig rig;
        rig.open();
        QVERIFY(rig.viewModel->settings().provider == llm::ProviderKind::Offline);
        for (const QString &name : {QStringLiteral("endpointEdit"), QStringLiteral("apiKeyEdit")})
            QVERIFY2(!rig.find<QLineEdit>(name)->isEnabled(), qPrintable(name));
        for (const QString &name :
             {QStringLiteral("refreshModelsButton"), QStringLiteral("testConnectionButton"),
              QStringLiteral("removeKeyButton")})
            QVERIFY2(!rig.find<QPushButton>(name)->isEnabled(), qPrintable(name));
        QVERIFY(!rig.find<QComboBox>(QStringLiteral("modelCombo"))->isEnabled());
        QVERIFY(!rig.find<QSpinBox>(QStringLiteral("firstByteTimeoutSpin"))->isEnabled());

        rig.chooseServer(llm::ProviderKind::Ollama, m_server.baseUrl());
        QVERIFY(rig.find<QLineEdit>(QStringLiteral("endpointEdit"))->isEnabled());
        QVERIFY(rig.find<QPushButton>(QStringLiteral("testConnectionButton"))->isEnabled());
        QVERIFY(!rig.find<QLineEdit>(QStringLiteral("apiKeyEdit"))->isEnabled()); // Ollama: no key

        rig.chooseServer(llm::ProviderKind::OpenAi, m_server.baseUrl());
        QVERIFY(rig.find<QLineEdit>(QStringLiteral("apiKeyEdit"))->isEnabled());
    }

    void shouldRemoveTheStoredKey()
    {
        Rig rig;
        rig.secrets.secrets.insert(
            ApiKeyStore::accountFor(llm::ProviderKind::OpenAi, m_server.baseUrl()), kSentinel);
        {
            AppSettings s;
            s.provider = llm::ProviderKind::OpenAi;
            s.endpoint = m_server.baseUrl().toString();
            s.model = QStringLiteral("alpha");
            rig.file.save(s);
        }
        rig.open();
        QSignalSpy hasKey(rig.viewModel.get(), &SettingsViewModel::hasStoredKeyChanged);
        QVERIFY(hasKey.wait(5000));
        QVERIFY(rig.viewModel->hasStoredKey());
        QTRY_VERIFY(rig.find<QPushButton>(QStringLiteral("removeKeyButton"))->isEnabled());
        QSignalSpy message(rig.viewModel.get(), &SettingsViewModel::apiKeyMessage);

        rig.click(QStringLiteral("removeKeyButton"));

        QVERIFY(message.wait(5000));
        QVERIFY(rig.secrets.secrets.isEmpty());
        QVERIFY(!rig.viewModel->hasStoredKey());
        QCOMPARE(rig.label(QStringLiteral("keyStatus")),
                 QStringLiteral("The API key was removed from the keychain."));
    }

    void shouldClearTheCacheThroughTheApplicationsCallback()
    {
        Rig rig;
        rig.open();
        QSignalSpy cleared(rig.viewModel.get(), &SettingsViewModel::cacheCleared);

        rig.click(QStringLiteral("clearCacheButton"));

        QTRY_COMPARE(cleared.size(), 1);
        QCOMPARE(rig.cacheClears, 1);
        QCOMPARE(rig.label(QStringLiteral("cacheStatus")),
                 QStringLiteral("The response cache is empty now."));
    }

    void shouldDisableClearCacheWithoutACache()
    {
        Rig rig;
        rig.open(false);
        QVERIFY(!rig.find<QPushButton>(QStringLiteral("clearCacheButton"))->isEnabled());
    }

    void shouldPutTheCacheUnitsInThePluralOfTheirValue()
    {
        // GIVEN the dialog
        Rig rig;
        rig.open();
        auto *days = rig.find<QSpinBox>(QStringLiteral("cacheTtlSpin"));
        auto *memory = rig.find<QSpinBox>(QStringLiteral("cacheMemorySpin"));

        // WHEN the values go to one and back to many
        days->setValue(1);
        memory->setValue(1);
        const QString oneDay = days->text();
        const QString oneAnswer = memory->text();
        days->setValue(30);
        memory->setValue(1000);

        // THEN each unit is the catalogue's plural for the value shown ("1 day", "30 days"),
        // not one fixed suffix
        QCOMPARE(oneDay, QStringLiteral("1") + SettingsDialog::tr(" day(s)", "", 1));
        QCOMPARE(days->suffix(), SettingsDialog::tr(" day(s)", "", 30));
        QCOMPARE(oneAnswer, QStringLiteral("1") + SettingsDialog::tr(" answer(s)", "", 1));
        QCOMPARE(memory->suffix(), SettingsDialog::tr(" answer(s)", "", 1000));
    }

    void shouldShowTheFoldersAndOpenThem()
    {
        Rig rig;
        rig.open();
        QList<QUrl> opened;
        rig.dialog->setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        auto *data = rig.find<QLineEdit>(QStringLiteral("dataFolderEdit"));
        QCOMPARE(data->text(), QDir::toNativeSeparators(rig.dir.path()));
        QVERIFY(data->isReadOnly());
        QCOMPARE(rig.find<QLineEdit>(QStringLiteral("logFolderEdit"))->text(), data->text());

        rig.click(QStringLiteral("dataFolderEditOpen"));

        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(rig.dir.path())});
    }

    void shouldOpenFromTheMainWindowsToolsMenu()
    {
        // GIVEN a window without settings services, and one with them
        test::MemoryFixture fixture;
        test::RecordingErrorReporter errors;
        PlansViewModel plans({.plans = fixture.service(), .openStorage = fixture.opener()});
        TaskEditsViewModel edits({.plans = fixture.service()}, plans);
        {
            MainWindow without({.plans = plans, .edits = edits, .errors = errors});
            QVERIFY(!without.settingsAction()->isEnabled());
        }
        Rig rig;
        MainWindow window(
            {.plans = plans,
             .edits = edits,
             .errors = errors,
             .settings = {
                 .file = &rig.file, .apiKeys = &rig.keys, .clearCache = {}, .onSaved = {}}});
        QVERIFY(window.settingsAction()->isEnabled());
        QCOMPARE(window.settingsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));

        window.settingsAction()->trigger();

        QVERIFY(window.settingsDialog());
        QVERIFY(window.settingsDialog()->isVisible());
        window.settingsDialog()->reject();
        QTRY_VERIFY(!window.settingsDialog()); // deleted on close
    }

    // Saves the dialog in both languages as test artifacts (docs/screenshots/settings-*.png
    // are copies) and checks that the Chinese one is translated.
    void shouldRenderInEnglishAndChinese_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << static_cast<int>(Language::English) << QStringLiteral("Settings");
        QTest::newRow("zh_CN") << static_cast<int>(Language::Chinese) << QStringLiteral("设置");
    }

    void shouldRenderInEnglishAndChinese()
    {
        QFETCH(int, language);
        QFETCH(QString, title);
        AppTranslations translations;
        QVERIFY(translations.use(static_cast<Language>(language),
                                 QLocale(QLocale::English, QLocale::UnitedStates)));
        Rig rig;
        {
            AppSettings s;
            s.provider = llm::ProviderKind::Ollama;
            s.endpoint = m_server.baseUrl().toString();
            rig.file.save(s);
        }
        rig.open();
        QSignalSpy models(rig.viewModel.get(), &SettingsViewModel::modelsChanged);
        QSignalSpy tested(rig.viewModel.get(), &SettingsViewModel::connectionTested);
        rig.click(QStringLiteral("refreshModelsButton"));
        rig.click(QStringLiteral("testConnectionButton"));
        QVERIFY(models.wait(5000));
        QTRY_COMPARE(tested.size(), 1);

        QCOMPARE(rig.dialog->windowTitle(), title);
        const QString name = languageName(static_cast<Language>(language));
        const QString folder = artifactsFolder();
        for (int tab = 0; tab < rig.dialog->tabs()->count(); ++tab) {
            rig.dialog->tabs()->setCurrentIndex(tab);
            rig.dialog->tabs()->setFocus(); // no text cursor in the pictures
            const QImage image = rig.dialog->grab().toImage();
            QVERIFY(!image.isNull());
            const QString file = tab == 0
                                     ? QStringLiteral("settings-%1.png").arg(name)
                                     : QStringLiteral("settings-%1-tab%2.png").arg(name).arg(tab);
            QVERIFY(image.save(QDir(folder).filePath(file)));
        }
        translations.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates));
    }

private:
    AppTranslations m_english;
    test::TestLlmServer m_server;
};

HELIOS_TEST_GUI_MAIN(TestSettingsDialog)

#include "tst_settings_dialog.moc"
