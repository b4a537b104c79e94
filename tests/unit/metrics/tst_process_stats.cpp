#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "core/metrics/process_stats.h"
#include "tests/support/test_main.h"

#include <QFile>
#include <QRegularExpression>

#include <cmath>
#include <cstddef>
#include <memory>

using namespace helios::metrics;

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

} // namespace

class TestProcessStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportResidentMemory()
    {
#if !defined(__linux__) && !defined(_WIN32) && !defined(__APPLE__)
        QSKIP("resident memory is not read on this system");
#endif
        // GIVEN this running test process
        // WHEN its resident size is read
        const quint64 bytes = ProcessStats::residentSetBytes();
        // THEN it is more than nothing and less than anything plausible for a test
        QVERIFY2(bytes > kMiB, qPrintable(QString::number(bytes)));
        QVERIFY2(bytes < 8192 * kMiB, qPrintable(QString::number(bytes)));
#if defined(__linux__)
        // AND on Linux it agrees with VmRSS in /proc/self/status (a second source, in kB)
        QFile status(QStringLiteral("/proc/self/status"));
        QVERIFY(status.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromLatin1(status.readAll());
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("VmRSS:\\s+(\\d+) kB")).match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        const double vmRss = match.captured(1).toDouble() * 1024;
        QVERIFY2(std::abs(double(bytes) - vmRss) < 0.1 * vmRss,
                 qPrintable(QStringLiteral("statm %1, VmRSS %2").arg(bytes).arg(vmRss)));
#endif
    }

    void shouldGrowAfterTouching64MiB()
    {
#if !defined(__linux__)
        QSKIP("growth is checked on Linux");
#endif
        // GIVEN the resident size now
        const quint64 before = ProcessStats::residentSetBytes();
        // WHEN 64 MiB are allocated and every page is written
        const std::size_t size = 64 * kMiB;
        std::unique_ptr<char[]> block(new char[size]); // not initialised: only the loop touches it
        volatile char *pages = block.get();
        for (std::size_t i = 0; i < size; i += 4096)
            pages[i] = char(i / 4096);
        const quint64 after = ProcessStats::residentSetBytes();
        block.reset();
        // THEN the resident size grew by about that much
        const qint64 grown = qint64(after) - qint64(before);
        QVERIFY2(grown >= qint64(56 * kMiB),
                 qPrintable(QStringLiteral("grew by %1 bytes").arg(grown)));
    }

    void shouldUpdateTheResidentMemoryGauge()
    {
        // GIVEN the Helios metrics
        MetricsRegistry registry;
        const HeliosMetrics metrics = registerHeliosMetrics(registry);
        Gauge &gauge = metrics.processResidentMemory.labels();
        QCOMPARE(gauge.value(), 0.0);
        // WHEN the process figures are updated
        ProcessStats::updateResidentMemory(gauge);
        // THEN process_resident_memory_bytes holds the resident size
#if defined(__linux__)
        QVERIFY(gauge.value() > double(kMiB));
        const std::optional<FamilySnapshot> snapshot =
            registry.snapshot(QStringLiteral("process_resident_memory_bytes"));
        QVERIFY(snapshot.has_value());
        QCOMPARE(snapshot->series.first().value, gauge.value());
#endif
    }
};

HELIOS_TEST_MAIN(TestProcessStats)
#include "tst_process_stats.moc"
