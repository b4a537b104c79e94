// issue 19's "Done when", end to end: docs/examples/api_walkthrough.py (Python's standard library
// only) asks the window's own local API for a plan, waits for PLAN_GENERATED and marks a task
// done; the window's plan list, following the database's change feed (LiveRefresh), then shows
// the plan with one task done. The server is composed as main.cpp composes it (ApiServerHost over
// the window's Store, a real SQLite file); only the keychain is in memory. Its own process: the
// server, the planning job and the script's connections leave nothing behind for other tests.

#include "api/api_server.h"
#include "api/model_teams.h"
#include "app/gui/local_api_host.h"
#include "core/jobs/plan_service.h"
#include "core/metrics/metrics_registry.h"
#include "core/store/store.h"
#include "tests/support/coro_test.h"
#include "tests/support/test_main.h"
#include "tests/ui/settings/memory_secret_store.h"
#include "ui/models/plan_list_model.h"
#include "ui/viewmodels/live_refresh.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace helios;
using namespace helios::ui;

class TestApiWalkthrough : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheWindowWhatAScriptDidThroughTheApi()
    {
        const QString script = qEnvironmentVariable("HELIOS_API_WALKTHROUGH");
        QVERIFY2(QFileInfo::exists(script), "HELIOS_API_WALKTHROUGH names no file (CMakeLists)");
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!python.isEmpty(), "python3 (scripts/dev's PKGS) is not installed");
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }

        // GIVEN the window's storage, its plan list following outside changes, and its local API
        // turned on
        QTemporaryDir dir;
        Store store(dir.filePath(QStringLiteral("helios.db")));
        QVERIFY(test::await(store.open())->ok());
        metrics::MetricsRegistry registry;
        auto modelServer = std::make_shared<api::ModelServerChoice>();
        api::ApiServer server(api::ApiStorage::over(store), api::modelServerTeams(modelServer, {}),
                              registry);
        test::MemorySecretStore secrets;
        gui::ApiServerHost host(server, secrets);
        PlanService plans(store);
        PlansViewModel window({.plans = plans, .openStorage = []() -> QCoro::Task<Status> {
                                   co_return Ok{}; // opened above, as main.cpp's Store is
                               }});
        LiveRefresh live(store, window, nullptr, 50);
        window.start();
        QTRY_COMPARE(window.state(), PlansViewModel::State::Ready);
        QCOMPARE(window.planListModel()->rowCount(), 0);
        const auto started = test::await(host.start(port), std::chrono::seconds(10));
        QVERIFY(started && started->ok());
        const auto token = test::await(host.token(false));
        QVERIFY(token && token->ok() && !token->value().isEmpty());

        // WHEN the script asks for a plan, waits for PLAN_GENERATED and marks its first task done
        QProcess walkthrough;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HELIOS_API_TOKEN"), token->value());
        walkthrough.setProcessEnvironment(environment);
        walkthrough.start(python,
                          {script, QStringLiteral("--url"),
                           QStringLiteral("http://127.0.0.1:%1").arg(started->value()),
                           QStringLiteral("--goal"), QStringLiteral("Learn Python in 3 months"),
                           QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY(walkthrough.waitForStarted());
        // The server answers on its own thread; the GUI thread's loop must run meanwhile (the
        // window's reads), so the wait is QTRY's, not waitForFinished's.
        QTRY_COMPARE_WITH_TIMEOUT(walkthrough.state(), QProcess::NotRunning, 90000);
        const QString said = QString::fromUtf8(walkthrough.readAllStandardOutput());
        const QString complained = QString::fromUtf8(walkthrough.readAllStandardError());
        QVERIFY2(walkthrough.exitCode() == 0, qPrintable(said + complained));
        QVERIFY2(said.contains(QStringLiteral("Marked")), qPrintable(said));
        QVERIFY(!said.contains(token->value()) && !complained.contains(token->value()));

        // THEN the window lists the plan with one task done, without being asked to read again
        QTRY_COMPARE_WITH_TIMEOUT(window.planListModel()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.planListModel()->index(0, 0).data(PlanListModel::DoneCountRole).toInt(), 1,
            10000);
        QVERIFY(window.planListModel()
                    ->index(0, 0)
                    .data(Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("Learn Python")));
        test::await(host.stop(), std::chrono::seconds(10));
    }
};

HELIOS_TEST_GUI_MAIN(TestApiWalkthrough)
#include "tst_api_walkthrough.moc"
