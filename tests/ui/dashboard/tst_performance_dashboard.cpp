#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/recording_error_reporter.h"
#include "ui/dashboard/performance_dashboard.h"
#include "ui/dashboard/performance_view_model.h"
#include "ui/dashboard/rolling_chart_view.h"
#include "ui/i18n/translations.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/widgets/main_window.h"

#include <QAction>
#include <QBarSet>
#include <QLineSeries>
#include <QSettings>

using namespace helios;
using namespace helios::ui;
namespace m = helios::metrics;

class TestPerformanceDashboard : public QObject
{
    Q_OBJECT

private:
    AppTranslations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_performance_dashboard"));
        QSettings().clear();
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void shouldUpdateWhenTheRegistryChanges()
    {
        // GIVEN a dashboard on a registry with nothing recorded
        m::MetricsRegistry registry;
        const m::HeliosMetrics h = m::registerHeliosMetrics(registry);
        PerformanceViewModel viewModel(registry, nullptr);
        PerformanceDashboard dashboard(viewModel);
        dashboard.resize(1200, 820);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        viewModel.tick();
        QCOMPARE(dashboard.figureText(QStringLiteral("requests")), QStringLiteral("0"));
        QCOMPARE(dashboard.figureText(QStringLiteral("latency")), QStringLiteral("– / –"));
        QCOMPARE(dashboard.figureText(QStringLiteral("cache")), QStringLiteral("–"));

        // WHEN requests, latencies, tokens, cache look-ups and lag are recorded and it ticks
        h.llmApiRequests.labels({QStringLiteral("llama3"), QStringLiteral("ok")}).add(1234);
        h.llmApiRequests.labels({QStringLiteral("llama3"), QStringLiteral("error")}).add(2);
        for (int i = 0; i < 10; ++i)
            h.llmApiResponseTime.labels({QStringLiteral("llama3")}).observe(0.8);
        h.llmTokens.labels({QStringLiteral("llama3"), QStringLiteral("in")}).add(52000);
        h.llmTokens.labels({QStringLiteral("llama3"), QStringLiteral("out")}).add(800);
        h.llmCacheRequests.labels({QStringLiteral("hit")}).add(1);
        h.llmCacheRequests.labels({QStringLiteral("miss")}).add(3);
        h.uiEventLoopLag.labels().observe(0.004);
        viewModel.tick();

        // THEN the cards show them in the locale's format
        QCOMPARE(dashboard.figureText(QStringLiteral("requests")), QStringLiteral("1,236"));
        QVERIFY2(
            dashboard.figureDetail(QStringLiteral("requests")).contains(QStringLiteral("2 failed")),
            qPrintable(dashboard.figureDetail(QStringLiteral("requests"))));
        QCOMPARE(dashboard.figureText(QStringLiteral("latency")),
                 QStringLiteral("750 ms / 975 ms"));
        QCOMPARE(dashboard.figureText(QStringLiteral("tokens")), QStringLiteral("52,000 / 800"));
        QCOMPARE(dashboard.figureText(QStringLiteral("tokensPerSecond")), QStringLiteral("100.0"));
        QCOMPARE(dashboard.figureText(QStringLiteral("cache")), QStringLiteral("25.0%"));
        const QString lag = dashboard.figureText(QStringLiteral("lag"));
        QVERIFY2(lag.startsWith(QStringLiteral("4.8")) && lag.endsWith(QStringLiteral(" ms")),
                 qPrintable(lag));
        QVERIFY(dashboard.figureText(QStringLiteral("memory")).endsWith(QStringLiteral("MiB")));
        // AND the histogram has a bar per bucket with the ten requests in the 0.5..1 s one
        QBarSet *bars = dashboard.latencyBars();
        QCOMPARE(bars->count(), 16);
        qreal total = 0;
        for (int i = 0; i < bars->count(); ++i)
            total += bars->at(i);
        QCOMPARE(total, 10.0);
        QCOMPARE(bars->at(7), 10.0);
        // AND the rolling charts got a point per tick
        QCOMPARE(dashboard.rollingChart(0)->series(0)->count(), 2);
        QCOMPARE(dashboard.rollingChart(3)->series(0)->count(), 2);
    }

    void shouldNameTimedOutRequestsInWords()
    {
        // GIVEN a dashboard
        m::MetricsRegistry registry;
        const m::HeliosMetrics h = m::registerHeliosMetrics(registry);
        PerformanceViewModel viewModel(registry, nullptr);
        PerformanceDashboard dashboard(viewModel);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));

        // WHEN a request timed out (the LLM client's "timeout" status)
        h.llmApiRequests.labels({QStringLiteral("llama3"), QStringLiteral("timeout")}).add(3);
        viewModel.tick();

        // THEN the requests card says so in words, not with the metric's label value
        const QString detail = dashboard.figureDetail(QStringLiteral("requests"));
        QVERIFY2(detail.contains(QStringLiteral("3 timed out")), qPrintable(detail));
        QVERIFY2(!detail.contains(QStringLiteral("timeout")), qPrintable(detail));
    }

    void shouldNotRedrawWhileHidden()
    {
        m::MetricsRegistry registry;
        PerformanceViewModel viewModel(registry, nullptr);
        PerformanceDashboard dashboard(viewModel);
        const int before = dashboard.updates();
        viewModel.tick();
        viewModel.tick();
        QCOMPARE(dashboard.updates(), before);
        // Shown, it catches up at once
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QCOMPARE(dashboard.updates(), before + 1);
        QCOMPARE(dashboard.rollingChart(0)->series(0)->count(), 2);
    }

    void shouldOpenFromTheViewMenuOfTheMainWindow()
    {
        // GIVEN the main window with a performance view-model
        test::MemoryFixture fixture;
        test::RecordingErrorReporter errors;
        PlansViewModel plans({.plans = fixture.service(), .openStorage = fixture.opener()});
        TaskEditsViewModel edits({.plans = fixture.service()}, plans);
        m::MetricsRegistry registry;
        PerformanceViewModel performance(registry, nullptr);
        MainWindow window(
            {.plans = plans, .edits = edits, .errors = errors, .performance = &performance});
        window.show();
        plans.start();
        QTRY_COMPARE(plans.state(), PlansViewModel::State::Ready);
        QVERIFY(window.performanceAction()->isEnabled());
        QVERIFY(!window.performanceDashboard());

        // WHEN View → Performance is chosen twice
        window.performanceAction()->trigger();
        PerformanceDashboard *dashboard = window.performanceDashboard();
        window.performanceAction()->trigger();

        // THEN one dashboard window is open
        QVERIFY(dashboard);
        QCOMPARE(window.performanceDashboard(), dashboard);
        QTRY_VERIFY(dashboard->isVisible());
        QVERIFY(dashboard->isWindow());
        dashboard->close();
        QTRY_VERIFY(!plans.isBusy());
    }

    void shouldDisableTheEntryWithoutAViewModel()
    {
        test::MemoryFixture fixture;
        test::RecordingErrorReporter errors;
        PlansViewModel plans({.plans = fixture.service(), .openStorage = fixture.opener()});
        TaskEditsViewModel edits({.plans = fixture.service()}, plans);
        MainWindow window({.plans = plans, .edits = edits, .errors = errors});
        QVERIFY(!window.performanceAction()->isEnabled());
        window.openPerformanceDashboard();
        QVERIFY(!window.performanceDashboard());
    }
};

HELIOS_TEST_GUI_MAIN(TestPerformanceDashboard)
#include "tst_performance_dashboard.moc"
