#include "core/metrics/event_loop_lag_probe.h"
#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "tests/support/test_main.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

using namespace helios::metrics;

namespace {

// Holds the event loop as a slow slot would, spinning rather than sleeping.
void busyFor(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
    }
}

} // namespace

class TestEventLoopLagProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMeasureABlockedEventLoop()
    {
        // GIVEN a running probe recording into the Helios lag histogram
        MetricsRegistry registry;
        Histogram &lag = registerHeliosMetrics(registry).uiEventLoopLag.labels();
        EventLoopLagProbe probe(&lag);
        probe.start();
        QTRY_VERIFY(probe.ticks() >= 2);

        // WHEN a slot holds the event loop for 200 ms
        QTimer::singleShot(0, this, []() { busyFor(200); });
        QTRY_VERIFY_WITH_TIMEOUT(probe.maxLagSeconds() >= 0.15, 2000);

        // THEN the maximum and the histogram both saw it
        QVERIFY2(probe.maxLagSeconds() < 1.0, qPrintable(QString::number(probe.maxLagSeconds())));
        QVERIFY(lag.count() >= 1);
        QVERIFY(lag.sum() >= 0.15);
        QCOMPARE(lag.count(), probe.ticks());
        // The exported family has it under its name.
        QVERIFY(registry.snapshot(QString(names::kUiEventLoopLagSeconds)).has_value());
    }

    void shouldForgetTheMaximumOnReset()
    {
        // GIVEN a probe that has seen a 200 ms block
        EventLoopLagProbe probe(nullptr, 20);
        probe.start();
        QTimer::singleShot(0, this, []() { busyFor(200); });
        QTRY_VERIFY(probe.maxLagSeconds() >= 0.15);

        // WHEN it is reset and the loop runs freely
        probe.resetMax();
        QSignalSpy ticks(&probe, &EventLoopLagProbe::lagMeasured);
        QTRY_VERIFY(ticks.count() >= 3);

        // THEN the old block is gone from the maximum
        QVERIFY2(probe.maxLagSeconds() < 0.15, qPrintable(QString::number(probe.maxLagSeconds())));
        QCOMPARE(probe.intervalMs(), 20);
    }

    void shouldNotTickWhenStopped()
    {
        EventLoopLagProbe probe(nullptr, 10);
        probe.start();
        QTRY_VERIFY(probe.ticks() >= 1);
        probe.stop();
        const quint64 seen = probe.ticks();
        // Stopped means its timer is stopped (its queued timeouts go with it): what is still
        // delivered afterwards does not tick, and there is nothing to wait for.
        QVERIFY(!probe.isActive());
        QCoreApplication::processEvents();
        QCOMPARE(probe.ticks(), seen);
    }
};

HELIOS_TEST_MAIN(TestEventLoopLagProbe)
#include "tst_event_loop_lag_probe.moc"
