// Settings → Local API over a real server: the page's switch starts the ApiServer the window
// hosts (app/gui's ApiServerHost, as main.cpp composes it), and QNetworkAccessManager talks to
// it over loopback. The storage is a real SQLite file: the server calls it from its own thread,
// which MemoryStorage is not made for. Only the keychain is in memory (no Secret Service on a
// test box).

#include "api/api_server.h"
#include "api/model_teams.h"
#include "app/gui/local_api_host.h"
#include "core/metrics/metrics_registry.h"
#include "core/store/store.h"
#include "tests/support/coro_test.h"
#include "tests/support/team_answers.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"
#include "tests/ui/settings/memory_secret_store.h"
#include "ui/settings/api_key_store.h"
#include "ui/settings/local_api_page.h"
#include "ui/settings/local_api_view_model.h"
#include "ui/settings/settings_dialog.h"
#include "ui/settings/settings_file.h"
#include "ui/settings/settings_view_model.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>

#include <memory>

using namespace helios;
using namespace helios::ui;
using State = LocalApiViewModel::State;

namespace {

constexpr int kStartTimeoutMs = 10000;

struct Reply
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

// A port nothing listens on now.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestLocalApiPage : public QObject
{
    Q_OBJECT

private:
    // Declared in the order they depend on; destroyed in reverse (the page first, the store last).
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<metrics::MetricsRegistry> m_registry;
    std::unique_ptr<Store> m_store;
    // The window's model server for "planner": "model" (main.cpp sets it from Settings).
    std::shared_ptr<api::ModelServerChoice> m_modelServer;
    std::unique_ptr<api::ApiServer> m_server;
    std::unique_ptr<test::MemorySecretStore> m_secrets;
    std::unique_ptr<gui::ApiServerHost> m_host;
    std::unique_ptr<SettingsFile> m_file;
    QString m_clipboard;
    std::unique_ptr<LocalApiViewModel> m_viewModel;
    std::unique_ptr<LocalApiPage> m_page;
    QNetworkAccessManager m_network;

    void openPage()
    {
        m_page.reset();
        m_viewModel = std::make_unique<LocalApiViewModel>(
            *m_host, *m_file, [this](const QString &text) { m_clipboard = text; });
        m_page = std::make_unique<LocalApiPage>(*m_viewModel);
        m_page->show();
    }

    QCheckBox *enabledBox() const
    {
        return m_page->findChild<QCheckBox *>(QStringLiteral("localApiEnabled"));
    }

    Reply get(quint16 port, const QString &path, const QString &token = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(kStartTimeoutMs))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->error()};
    }

    // POST a JSON body with the token: the status and the JSON answered.
    std::pair<int, QJsonObject> post(quint16 port, const QString &path, const QByteArray &body,
                                     const QString &token)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(kStartTimeoutMs))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }

    // GET with the token: the JSON answered.
    QJsonObject getJson(quint16 port, const QString &path, const QString &token)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        std::unique_ptr<QNetworkReply> reply(m_network.get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(kStartTimeoutMs))
            return {};
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // Every text the page shows.
    QStringList shownTexts() const
    {
        QStringList texts;
        for (const QLabel *label : m_page->findChildren<QLabel *>())
            texts << label->text();
        for (const QAbstractButton *button : m_page->findChildren<QAbstractButton *>())
            texts << button->text();
        return texts;
    }

    QString copiedToken()
    {
        m_clipboard.clear();
        m_page->findChild<QPushButton *>(QStringLiteral("localApiCopyToken"))->click();
        if (!QTest::qWaitFor([this] { return !m_clipboard.isEmpty(); }, kStartTimeoutMs))
            return {};
        return m_clipboard;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_registry = std::make_unique<metrics::MetricsRegistry>();
        m_store = std::make_unique<Store>(m_dir->filePath(QStringLiteral("helios.db")));
        const auto opened = test::await(m_store->open());
        QVERIFY(opened && opened->ok());
        m_modelServer = std::make_shared<api::ModelServerChoice>();
        m_server = std::make_unique<api::ApiServer>(
            api::ApiStorage::over(*m_store), api::modelServerTeams(m_modelServer, {}), *m_registry);
        m_secrets = std::make_unique<test::MemorySecretStore>();
        m_host = std::make_unique<gui::ApiServerHost>(*m_server, *m_secrets);
        m_file = std::make_unique<SettingsFile>(
            foldersForDatabase(m_dir->filePath(QStringLiteral("helios.db"))),
            m_dir->filePath(QStringLiteral("helios.ini")));
        const quint16 port = freePort();
        QVERIFY(port != 0);
        m_file->saveLocalApi({.enabled = false, .port = port});
    }

    void cleanup()
    {
        m_page.reset();
        m_viewModel.reset();
        m_host.reset();
        m_server.reset(); // joins its thread
        m_secrets.reset();
        m_store.reset();
        m_file.reset();
        m_registry.reset();
        m_dir.reset();
    }

    void shouldBeOffByDefault()
    {
        // GIVEN no choice in the settings file
        QTemporaryDir dir;
        const SettingsFile fresh({}, dir.filePath(QStringLiteral("fresh.ini")));

        // WHEN it is read
        const LocalApiChoice choice = fresh.loadLocalApi();

        // THEN the API is off, on the default port
        QVERIFY(!choice.enabled);
        QCOMPARE(choice.port, quint16(8765));
    }

    void shouldServeWhenTurnedOnAndRefuseConnectionsWhenTurnedOff()
    {
        // GIVEN the page, off
        openPage();
        const quint16 port = m_viewModel->port();
        QCOMPARE(m_viewModel->state(), State::Off);
        QCOMPARE(get(port, QStringLiteral("/healthz")).error,
                 QNetworkReply::ConnectionRefusedError);

        // WHEN the person turns it on
        enabledBox()->click();

        // THEN it serves on 127.0.0.1 and the chosen port: /healthz openly, the plans with the
        // kept token only; the choice is remembered
        QTRY_COMPARE_WITH_TIMEOUT(m_viewModel->state(), State::Running, kStartTimeoutMs);
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("localApiAddress"))->text(),
                 QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(get(port, QStringLiteral("/healthz")).status, 200);
        QCOMPARE(get(port, QStringLiteral("/api/v1/plans")).status, 401);
        const QString token = copiedToken();
        QCOMPARE(token.size(), 43);
        QCOMPARE(get(port, QStringLiteral("/api/v1/plans"), token).status, 200);
        QVERIFY(m_file->loadLocalApi().enabled);
        // and the token is on the clipboard only, never on the page
        for (const QString &text : shownTexts())
            QVERIFY2(!text.contains(token), qPrintable(text));

        // WHEN the person turns it off
        QSignalSpy stopped(m_server.get(), &api::ApiServer::stopped);
        enabledBox()->click();

        // THEN the server's thread is gone and nothing answers on the port
        QTRY_COMPARE_WITH_TIMEOUT(m_viewModel->state(), State::Off, kStartTimeoutMs);
        QVERIFY(!m_server->isRunning());
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(get(port, QStringLiteral("/healthz")).error,
                 QNetworkReply::ConnectionRefusedError);
        QVERIFY(!m_file->loadLocalApi().enabled);
    }

    void shouldPlanOnTheModelServerOfSettingsWhenThePlannerIsModel()
    {
        // GIVEN a model server answering as the team's agents, Settings naming it with its key
        // in the keychain, as main.cpp hands them to the API, and the API turned on
        test::TestLlmServer llm;
        QVERIFY(llm.listen());
        test::answers::enqueueGeneration(llm);
        AppSettings settings;
        settings.provider = llm::ProviderKind::OpenAi;
        settings.endpoint = llm.baseUrl().toString();
        settings.model = QStringLiteral("test-model");
        ApiKeyStore keys(*m_secrets);
        const QString key = QStringLiteral("sk-window-key-77e1c4a9b3");
        const auto saved = test::await(keys.save(settings.provider, settings.endpointUrl(), key));
        QVERIFY(saved && saved->ok());
        m_modelServer->set(gui::modelServerFor(settings, keys));
        openPage();
        enabledBox()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_viewModel->state(), State::Running, kStartTimeoutMs);
        const quint16 port = m_viewModel->port();
        const QString token = copiedToken();

        // WHEN a plan is asked for with the model planner
        const auto [status, accepted] = post(port, QStringLiteral("/api/v1/plans"),
                                             R"({"goal":"Learn Python","planner":"model"})", token);

        // THEN the job completes with the model's plan, asked for with the key of Settings
        QCOMPARE(status, 202);
        const QString jobPath = QStringLiteral("/api/v1/jobs/%1")
                                    .arg(accepted.value(QLatin1String("taskId")).toInteger());
        QTRY_COMPARE_WITH_TIMEOUT(
            getJson(port, jobPath, token).value(QLatin1String("status")).toString(),
            QStringLiteral("completed"), 30000);
        QCOMPARE(llm.requests().size(), 3);
        QCOMPARE(llm.requests().constFirst().header("Authorization"), "Bearer " + key.toUtf8());
        const qint64 planId =
            getJson(port, jobPath, token).value(QLatin1String("planId")).toInteger();
        QVERIFY(getJson(port, QStringLiteral("/api/v1/plans/%1").arg(planId), token)
                    .value(QLatin1String("tasks"))
                    .toArray()
                    .size() == 3);

        // WHEN Settings are saved with no model server, and a model plan is asked for again
        m_modelServer->set(gui::modelServerFor(AppSettings(), keys));
        const auto [refusedStatus, refused] =
            post(port, QStringLiteral("/api/v1/plans"),
                 R"({"goal":"Learn Python","planner":"model"})", token);
        // THEN it is refused in one sentence, from the next plan on
        QCOMPARE(refusedStatus, 400);
        QCOMPARE(refused.value(QLatin1String("error")).toString(),
                 QStringLiteral("No model server is set up for the local API; use \"planner\": "
                                "\"offline\"."));
    }

    void shouldSayInOneSentenceThatThePortIsTaken()
    {
        // GIVEN another program listening on the chosen port
        openPage();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, m_viewModel->port()));

        // WHEN the person turns the API on
        enabledBox()->click();

        // THEN the page says so in one sentence naming the port, and nothing is serving
        QTRY_COMPARE_WITH_TIMEOUT(m_viewModel->state(), State::Failed, kStartTimeoutMs);
        const QString sentence = m_page->statusText();
        QCOMPARE(sentence,
                 QStringLiteral("Port %1 on 127.0.0.1 is already in use by another program: "
                                "choose another port.")
                     .arg(m_viewModel->port()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->isRunning(), kStartTimeoutMs);
        // and the port can be changed, which tries again at once
        auto *portBox = m_page->findChild<QSpinBox *>(QStringLiteral("localApiPort"));
        QVERIFY(portBox->isEnabled());
        const quint16 other = freePort();
        portBox->setValue(other);
        QTRY_COMPARE_WITH_TIMEOUT(m_viewModel->state(), State::Running, kStartTimeoutMs);
        QCOMPARE(get(other, QStringLiteral("/healthz")).status, 200);
        QCOMPARE(m_file->loadLocalApi().port, other);
    }

    void shouldStartWithTheWindowWhenTurnedOnBefore()
    {
        // GIVEN the person turned the API on in an earlier run
        LocalApiChoice choice = m_file->loadLocalApi();
        choice.enabled = true;
        m_file->saveLocalApi(choice);

        // WHEN the window starts (its storage ready)
        openPage();
        QCOMPARE(m_viewModel->state(), State::Off);
        m_viewModel->startIfChosen();

        // THEN it serves, and the page shows it on
        QTRY_COMPARE_WITH_TIMEOUT(m_viewModel->state(), State::Running, kStartTimeoutMs);
        QVERIFY(enabledBox()->isChecked());
        QCOMPARE(get(choice.port, QStringLiteral("/healthz")).status, 200);
    }

    void shouldReplaceTheTokenOnlyAfterAsking()
    {
        // GIVEN the API serving with a token
        openPage();
        enabledBox()->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_viewModel->state(), State::Running, kStartTimeoutMs);
        const quint16 port = m_viewModel->port();
        const QString oldToken = copiedToken();
        QVERIFY(!oldToken.isEmpty());

        // WHEN the person asks for a new token but cancels the question
        auto *newToken = m_page->findChild<QPushButton *>(QStringLiteral("localApiNewToken"));
        newToken->click();
        QPointer<QMessageBox> question =
            m_page->findChild<QMessageBox *>(QStringLiteral("localApiNewTokenQuestion"));
        QVERIFY(question);
        QVERIFY(question->isVisible());
        question->buttons().at(1)->click(); // Cancel
        QTRY_VERIFY(!question);             // closed and gone

        // THEN the old token still works
        QCOMPARE(get(port, QStringLiteral("/api/v1/plans"), oldToken).status, 200);

        // WHEN the person asks again and accepts
        m_clipboard.clear();
        newToken->click();
        question = m_page->findChild<QMessageBox *>(QStringLiteral("localApiNewTokenQuestion"));
        QVERIFY(question && question->isVisible());
        question->defaultButton()->click();

        // THEN the new token is on the clipboard, the server takes it and refuses the old one
        QTRY_VERIFY_WITH_TIMEOUT(!m_clipboard.isEmpty(), kStartTimeoutMs);
        const QString renewed = m_clipboard;
        QVERIFY(renewed != oldToken);
        QTRY_VERIFY_WITH_TIMEOUT(get(port, QStringLiteral("/api/v1/plans"), renewed).status == 200,
                                 kStartTimeoutMs);
        QCOMPARE(m_viewModel->state(), State::Running);
        QCOMPARE(get(port, QStringLiteral("/api/v1/plans"), oldToken).status, 401);
        for (const QString &text : shownTexts())
            QVERIFY2(!text.contains(renewed), qPrintable(text));
    }

    void shouldUseTheTokenFromTheEnvironmentWhenSet()
    {
        // GIVEN $HELIOS_API_TOKEN (a box without a keychain) and no keychain
        const QByteArray token = "environment-token-0123456789";
        qputenv("HELIOS_API_TOKEN", token);
        const auto unset = qScopeGuard([] { qunsetenv("HELIOS_API_TOKEN"); });
        m_secrets->failure = QStringLiteral("No keychain is available.");
        openPage();

        // WHEN the person turns the API on
        enabledBox()->click();

        // THEN it serves with that token, and Copy token copies it
        QTRY_COMPARE_WITH_TIMEOUT(m_viewModel->state(), State::Running, kStartTimeoutMs);
        const quint16 port = m_viewModel->port();
        QCOMPARE(get(port, QStringLiteral("/api/v1/plans"), QString::fromUtf8(token)).status, 200);
        QCOMPARE(copiedToken(), QString::fromUtf8(token));

        // WHEN a new token is asked for
        m_viewModel->renewToken();

        // THEN the page says where the token comes from, and the token still works
        QTRY_VERIFY_WITH_TIMEOUT(m_page->findChild<QLabel *>(QStringLiteral("localApiMessage"))
                                     ->text()
                                     .contains(QStringLiteral("HELIOS_API_TOKEN")),
                                 kStartTimeoutMs);
        QCOMPARE(m_viewModel->state(), State::Running);
        QCOMPARE(get(port, QStringLiteral("/api/v1/plans"), QString::fromUtf8(token)).status, 200);
    }

    void shouldBeATabOfSettingsOnlyWhenTheWindowHostsTheApi()
    {
        // GIVEN the Settings view-model
        ApiKeyStore keys(*m_secrets);
        SettingsViewModel settings(*m_file, keys, {});
        openPage();

        // WHEN the dialog is opened with the local API, and without
        SettingsDialog withApi(settings, nullptr, m_viewModel.get());
        SettingsDialog withoutApi(settings);

        // THEN only the first has the Local API page, last
        QCOMPARE(withApi.tabs()->count(), withoutApi.tabs()->count() + 1);
        const int last = withApi.tabs()->count() - 1;
        QCOMPARE(withApi.tabs()->tabText(last), QStringLiteral("Local API"));
        QVERIFY(qobject_cast<LocalApiPage *>(withApi.tabs()->widget(last)));
    }

    void shouldSayWhyWithoutAKeychain()
    {
        // GIVEN a box without a keychain
        m_secrets->failure = QStringLiteral("No keychain is available.");
        openPage();

        // WHEN the person turns the API on
        enabledBox()->click();

        // THEN it does not serve, and the page says why
        QTRY_COMPARE_WITH_TIMEOUT(m_viewModel->state(), State::Failed, kStartTimeoutMs);
        QVERIFY2(m_page->statusText().contains(QStringLiteral("keychain")),
                 qPrintable(m_page->statusText()));
        QVERIFY(!m_server->isRunning());
    }
};

HELIOS_TEST_GUI_MAIN(TestLocalApiPage)
#include "tst_local_api_page.moc"
