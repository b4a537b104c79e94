#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "tests/support/coro_test.h"
#include "tests/support/memory_storage.h"
#include "tests/support/test_main.h"
#include "ui/dashboard/performance_view_model.h"

#include <QSignalSpy>

#include <qcoro/qcorotask.h>

#include <cmath>

using namespace helios;
using namespace helios::ui;
namespace m = helios::metrics;

namespace {

// Thursday 8 January 2026, 15:00 local time. In the test locale (en_US) weeks start on Sunday,
// so this week began on 4 January.
QDateTime thursdayAfternoon()
{
    return QDateTime(QDate(2026, 1, 8), QTime(15, 0));
}

LlmCallRecord call(const QDateTime &at, const char *status, double latencyMs, bool cached = false,
                   qint64 tokensIn = 100, qint64 tokensOut = 40)
{
    LlmCallRecord r;
    r.calledAt = at;
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("llama3");
    r.status = QString::fromLatin1(status);
    r.latencyMs = latencyMs;
    r.tokensIn = tokensIn;
    r.tokensOut = tokensOut;
    r.cached = cached;
    return r;
}

} // namespace

class TestPerformanceViewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldTurnRecordedMetricsIntoFigures()
    {
        // GIVEN a registry with two requests and a view-model on a fake monotonic clock
        m::MetricsRegistry registry;
        const m::HeliosMetrics h = m::registerHeliosMetrics(registry);
        h.llmApiRequests.labels({QStringLiteral("llama3"), QStringLiteral("ok")}).add(2);
        h.llmApiResponseTime.labels({QStringLiteral("llama3")}).observe(0.4);
        h.llmApiResponseTime.labels({QStringLiteral("llama3")}).observe(0.45);
        h.llmCacheRequests.labels({QStringLiteral("miss")}).add(2);
        PerformanceViewModel viewModel(registry, nullptr);
        qint64 now = 10'000;
        viewModel.setClocks([&now]() { return now; }, {});
        QSignalSpy changed(&viewModel, &PerformanceViewModel::figuresChanged);

        // WHEN it ticks, then 4 more requests arrive and it ticks 2 s later
        viewModel.tick();
        QCOMPARE(viewModel.requests(), 2.0);
        QVERIFY(viewModel.llmLatencyP50() > 0.25 && viewModel.llmLatencyP50() <= 0.5);
        QCOMPARE(viewModel.cacheHitRate(), 0.0);
        h.llmApiRequests.labels({QStringLiteral("llama3"), QStringLiteral("error")}).add(4);
        now += 2000;
        viewModel.tick();

        // THEN the figures and the history follow
        QCOMPARE(changed.count(), 2);
        QCOMPARE(viewModel.ticks(), 2);
        QCOMPARE(viewModel.requests(), 6.0);
        QCOMPARE(viewModel.figures().requestsByStatus.value(QStringLiteral("error")), 4.0);
        QCOMPARE(viewModel.figures().requestsPerSecond, 2.0);
        const QList<QPointF> rate =
            viewModel.history().points(MetricsHistory::Series::RequestsPerSecond);
        QCOMPARE(rate.size(), 2);
        QCOMPARE(rate.last(), QPointF(0, 2.0));
        QCOMPARE(rate.first().x(), -2.0);
        // AND the tick read the process's memory into the gauge
        QVERIFY2(viewModel.residentMemoryBytes() > 1024 * 1024,
                 qPrintable(QString::number(viewModel.residentMemoryBytes())));
        QVERIFY(registry.snapshot(QString(m::names::kProcessResidentMemoryBytes))
                    ->series.first()
                    .value > 0);
    }

    void shouldLeaveMemoryAloneWhenAskedTo()
    {
        m::MetricsRegistry registry;
        m::registerHeliosMetrics(registry).processResidentMemory.labels().set(42);
        PerformanceViewModel viewModel(registry, nullptr);
        viewModel.setSamplesResidentMemory(false);
        viewModel.tick();
        QCOMPARE(viewModel.residentMemoryBytes(), 42.0);
        // Nothing recorded: NaN, not 0, so that a view can tell "none yet" from "zero"
        QVERIFY(std::isnan(viewModel.llmLatencyP95()));
    }

    void shouldTickOnItsTimerOnlyWhileRunning()
    {
        m::MetricsRegistry registry;
        PerformanceViewModel viewModel(registry, nullptr);
        viewModel.setInterval(50);
        QSignalSpy running(&viewModel, &PerformanceViewModel::runningChanged);
        viewModel.start();
        QVERIFY(viewModel.isRunning());
        QTRY_VERIFY(viewModel.ticks() >= 3);
        viewModel.stop();
        const int ticks = viewModel.ticks();
        QTest::qWait(150);
        QCOMPARE(viewModel.ticks(), ticks);
        QCOMPARE(running.count(), 2);
    }

    void shouldSumUpTodayAndThisWeekFromTheCallLog()
    {
        // GIVEN a call log with calls today, earlier this week and last week (the SQLite log's
        // own sums are tested in unit/store/llm_repositories)
        test::MemoryStorage store;
        const QDateTime now = thursdayAfternoon();
        const QList<LlmCallRecord> calls{
            call(now.addSecs(-5LL * 3600), "ok", 100),              // today 10:00
            call(now.addSecs(-4LL * 3600), "error", 300),           // today 11:00
            call(now.addSecs(-3LL * 3600), "ok", 1, true, 100, 40), // today, from the cache
            call(now.addDays(-3), "ok", 200, false, 500, 200),      // Monday
            call(now.addDays(-7), "ok", 900, false, 9000, 9000),    // last week
        };
        for (const LlmCallRecord &c : calls) {
            const auto appended = test::await(store.appendCall(c));
            QVERIFY(appended && appended->ok());
        }
        m::MetricsRegistry registry;
        PerformanceViewModel viewModel(registry, &store);
        viewModel.setClocks({}, [when = now]() { return when; });
        QSignalSpy history(&viewModel, &PerformanceViewModel::callHistoryChanged);

        // WHEN the history is read (on the store's worker)
        // (no check that it is loading right after the call: QCoro does not suspend on a future
        // the worker already finished, so on a busy machine the read can end within the call)
        viewModel.refreshCallHistory();
        QTRY_VERIFY(!viewModel.isCallHistoryLoading());

        // THEN today has three calls, one failed, one from the cache
        QVERIFY2(viewModel.callHistoryError().isEmpty(), qPrintable(viewModel.callHistoryError()));
        QVERIFY(viewModel.hasCallHistory());
        const LlmCallSummary &today = viewModel.callsToday();
        QCOMPARE(today.calls, qint64(3));
        QCOMPARE(today.byStatus.value(QStringLiteral("error")), qint64(1));
        QCOMPARE(today.tokensIn, qint64(300));
        QVERIFY(qAbs(today.cacheHitShare - 1.0 / 3.0) < 1e-9);
        QCOMPARE(today.p50LatencyMs, 100.0); // the cache hit says nothing about the model
        // AND this week adds Monday's call but not last week's
        const LlmCallSummary &week = viewModel.callsThisWeek();
        QCOMPARE(week.calls, qint64(4));
        QCOMPARE(week.tokensOut, qint64(320));
        QCOMPARE(history.count(), 2); // loading, loaded
    }

    void shouldSayWhyTheCallLogCannotBeRead()
    {
        // GIVEN a call log that cannot be read (the SQLite log's own errors, a folder or a
        // damaged file, are tested in unit/store)
        test::MemoryStorage store;
        store.failNext(QLatin1StringView("llm_call_summary"),
                       Error::storage(QStringLiteral("The database is damaged.")));
        m::MetricsRegistry registry;
        PerformanceViewModel viewModel(registry, &store);

        viewModel.refreshCallHistory();
        QTRY_VERIFY(!viewModel.isCallHistoryLoading());

        QVERIFY2(viewModel.callHistoryError().contains(QStringLiteral("The database is damaged.")),
                 qPrintable(viewModel.callHistoryError()));
        QVERIFY(!viewModel.hasCallHistory());
    }
};

HELIOS_TEST_MAIN(TestPerformanceViewModel)
#include "tst_performance_view_model.moc"
