#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "tests/support/test_main.h"
#include "ui/dashboard/dashboard_figures.h"
#include "ui/dashboard/metrics_history.h"

using namespace helios;
using namespace helios::ui;
namespace m = helios::metrics;

namespace {

// A registry with some of everything: 3 ok and 1 failed request over two models, their
// latencies, streamed answers, tokens, cache look-ups, store queries, event loop lag and memory.
void record(const m::HeliosMetrics &h)
{
    const QString a = QStringLiteral("llama3");
    const QString b = QStringLiteral("qwen2");
    h.llmApiRequests.labels({a, QStringLiteral("ok")}).add(2);
    h.llmApiRequests.labels({b, QStringLiteral("ok")}).add(1);
    h.llmApiRequests.labels({b, QStringLiteral("error")}).add(1);
    for (double s : {0.2, 0.3, 0.4})
        h.llmApiResponseTime.labels({a}).observe(s);
    h.llmApiResponseTime.labels({b}).observe(3.0);
    h.llmTimeToFirstToken.labels({a}).observe(0.04);
    h.llmTimeToFirstToken.labels({a}).observe(0.06);
    h.llmTokens.labels({a, QStringLiteral("in")}).add(1200);
    h.llmTokens.labels({a, QStringLiteral("out")}).add(300);
    h.llmTokens.labels({b, QStringLiteral("out")}).add(90);
    h.llmCacheRequests.labels({QStringLiteral("hit")}).add(3);
    h.llmCacheRequests.labels({QStringLiteral("miss")}).add(4);
    h.llmCacheRequests.labels({QStringLiteral("join")}).add(1);
    for (int i = 0; i < 100; ++i)
        h.storeQueryDuration.labels({i % 2 ? QStringLiteral("plans") : QStringLiteral("tasks")})
            .observe(0.0003);
    h.uiEventLoopLag.labels().observe(0.002);
    h.uiEventLoopLag.labels().observe(0.03);
    h.processResidentMemory.labels().set(150.0 * 1024 * 1024);
}

} // namespace

class TestDashboardFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldComputeEveryFigureFromASnapshot()
    {
        // GIVEN a registry with recorded values
        m::MetricsRegistry registry;
        record(m::registerHeliosMetrics(registry));

        // WHEN the first figures are computed
        const DashboardFigures f = computeDashboardFigures(registry.snapshot(), {}, 0.0);

        // THEN requests add up over models, by status
        QCOMPARE(f.requests, 4.0);
        QCOMPARE(f.requestsByStatus.value(QStringLiteral("ok")), 3.0);
        QCOMPARE(f.requestsByStatus.value(QStringLiteral("error")), 1.0);
        // AND the latency histogram merges the models: median in the 0.25..0.5 s bucket, p95 in
        // the 2.5..5 s one
        QCOMPARE(f.llmLatency.count, quint64(4));
        QVERIFY(*f.llmLatencyP50 > 0.25 && *f.llmLatencyP50 <= 0.5);
        QVERIFY(*f.llmLatencyP95 > 2.5 && *f.llmLatencyP95 <= 5.0);
        QVERIFY(*f.timeToFirstTokenP50 > 0.025 && *f.timeToFirstTokenP50 <= 0.05);
        // AND tokens, and the speed: 390 answer tokens in 3.9 s of responses
        QCOMPARE(f.tokensIn, 1200.0);
        QCOMPARE(f.tokensOut, 390.0);
        QVERIFY(qAbs(*f.tokensPerSecond - 100.0) < 1e-9);
        // AND the cache served 4 of 8 look-ups (hits and joins)
        QCOMPARE(f.cacheHitRate.value(), 0.5);
        QCOMPARE(f.cacheJoins, 1.0);
        // AND store queries, lag and memory
        QCOMPARE(f.storeQueries, 100.0);
        QVERIFY(*f.storeQueryP95 > 0.00025 && *f.storeQueryP95 <= 0.0005);
        QVERIFY(*f.eventLoopLagP95 > 0.025 && *f.eventLoopLagP95 <= 0.05);
        QCOMPARE(f.eventLoopLagMax.value(), 0.05);
        QCOMPARE(f.residentMemoryBytes.value(), 150.0 * 1024 * 1024);
        // AND without a previous snapshot there are no rates
        QCOMPARE(f.requestsPerSecond, 0.0);
        QVERIFY(!f.recentEventLoopLagP95);
    }

    void shouldComputeRatesAndRecentQuantilesOverTheInterval()
    {
        // GIVEN a snapshot, then 6 more requests, 120 tokens and slow lag over 2 s
        m::MetricsRegistry registry;
        const m::HeliosMetrics h = m::registerHeliosMetrics(registry);
        record(h);
        const QList<m::FamilySnapshot> before = registry.snapshot();
        h.llmApiRequests.labels({QStringLiteral("llama3"), QStringLiteral("ok")}).add(6);
        h.llmTokens.labels({QStringLiteral("llama3"), QStringLiteral("out")}).add(120);
        for (int i = 0; i < 10; ++i)
            h.uiEventLoopLag.labels().observe(0.2);

        const DashboardFigures f = computeDashboardFigures(registry.snapshot(), before, 2.0);

        // THEN the rates are per second of the interval
        QCOMPARE(f.intervalSeconds, 2.0);
        QCOMPARE(f.requestsPerSecond, 3.0);
        QCOMPARE(f.tokensOutPerSecond, 60.0);
        // AND the recent lag is that of the last 10 observations only
        QVERIFY(*f.recentEventLoopLagP95 > 0.1 && *f.recentEventLoopLagP95 <= 0.25);
        // AND no store query in the interval means no recent store figure
        QVERIFY(!f.recentStoreQueryP95);
    }

    void shouldShowNothingForAnEmptyRegistry()
    {
        m::MetricsRegistry registry;
        const DashboardFigures f = computeDashboardFigures(registry.snapshot(), {}, 0.0);
        QCOMPARE(f.requests, 0.0);
        QVERIFY(!f.llmLatencyP50);
        QVERIFY(!f.cacheHitRate);
        QVERIFY(!f.tokensPerSecond);
        QVERIFY(!f.residentMemoryBytes);
        QVERIFY(!f.eventLoopLagMax);
    }

    void shouldKeepAShortRollingHistory()
    {
        // GIVEN 200 samples a second apart, the memory growing by 1 MiB each
        MetricsHistory history(120.0);
        for (int i = 0; i < 200; ++i) {
            DashboardFigures f;
            f.requestsPerSecond = i;
            f.residentMemoryBytes = double(i) * 1024 * 1024;
            if (i % 2 == 0)
                f.recentEventLoopLagP95 = 0.004;
            history.append(1000.0 + i, f);
        }

        // THEN only the last two minutes are kept, x in seconds before the newest
        QCOMPARE(history.size(), 121);
        const QList<QPointF> requests = history.points(MetricsHistory::Series::RequestsPerSecond);
        QCOMPARE(requests.size(), 121);
        QCOMPARE(requests.first(), QPointF(-120, 79));
        QCOMPARE(requests.last(), QPointF(0, 199));
        QCOMPARE(history.points(MetricsHistory::Series::ResidentMemoryMiB).last().y(), 199.0);
        // AND unknown figures are left out
        const QList<QPointF> lag = history.points(MetricsHistory::Series::EventLoopLagMs);
        QCOMPARE(lag.size(), 60);
        QCOMPARE(lag.first().y(), 4.0);
        QVERIFY(history.points(MetricsHistory::Series::StoreQueryMs).isEmpty());
    }
};

HELIOS_TEST_MAIN(TestDashboardFigures)
#include "tst_dashboard_figures.moc"
