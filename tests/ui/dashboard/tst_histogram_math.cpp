#include "core/metrics/metric.h"
#include "tests/support/test_main.h"
#include "ui/dashboard/histogram_math.h"

#include <memory>

using namespace helios;
using namespace helios::ui;
using metrics::FamilySnapshot;
using metrics::HistogramSnapshot;

namespace {

HistogramSnapshot histogram(QList<double> bounds, QList<quint64> cumulative, double sum = 0.0)
{
    HistogramSnapshot h;
    h.upperBounds = std::move(bounds);
    h.cumulativeCounts = std::move(cumulative);
    h.count = h.cumulativeCounts.isEmpty() ? 0 : h.cumulativeCounts.last();
    h.sum = sum;
    return h;
}

FamilySnapshot family(QList<HistogramSnapshot> histograms)
{
    FamilySnapshot f;
    f.name = QStringLiteral("latency_seconds");
    f.type = metrics::MetricType::Histogram;
    f.labelNames = {QStringLiteral("model")};
    int i = 0;
    for (HistogramSnapshot &h : histograms) {
        metrics::SeriesSnapshot s;
        s.labelValues = {QStringLiteral("m%1").arg(i++)};
        s.histogram = std::move(h);
        f.series.append(s);
    }
    return f;
}

} // namespace

class TestHistogramMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldEstimateQuantilesFromBuckets_data()
    {
        QTest::addColumn<QList<double>>("bounds");
        QTest::addColumn<QList<quint64>>("cumulative");
        QTest::addColumn<double>("q");
        QTest::addColumn<bool>("known");
        QTest::addColumn<double>("expected");

        QTest::newRow("empty") << QList<double>{0.1, 1.0} << QList<quint64>{0, 0, 0} << 0.5 << false
                               << 0.0;
        QTest::newRow("only +Inf bucket")
            << QList<double>{} << QList<quint64>{3} << 0.5 << false << 0.0;
        QTest::newRow("one bucket, from 0")
            << QList<double>{1.0} << QList<quint64>{4, 4} << 0.5 << true << 0.5;
        QTest::newRow("median at a bucket's top")
            << QList<double>{0.1, 0.2, 0.4} << QList<quint64>{0, 10, 20, 20} << 0.5 << true << 0.2;
        QTest::newRow("interpolated inside a bucket")
            << QList<double>{0.1, 0.2, 0.4} << QList<quint64>{0, 10, 20, 20} << 0.75 << true << 0.3;
        QTest::newRow("rank in +Inf gives the highest bound")
            << QList<double>{0.1, 1.0} << QList<quint64>{1, 1, 10} << 0.95 << true << 1.0;
        QTest::newRow("q above 1 is clamped")
            << QList<double>{1.0, 2.0} << QList<quint64>{2, 4, 4} << 7.0 << true << 2.0;
        QTest::newRow("malformed counts")
            << QList<double>{1.0, 2.0} << QList<quint64>{2, 4} << 0.5 << false << 0.0;
    }

    void shouldEstimateQuantilesFromBuckets()
    {
        QFETCH(QList<double>, bounds);
        QFETCH(QList<quint64>, cumulative);
        QFETCH(double, q);
        QFETCH(bool, known);
        QFETCH(double, expected);

        const std::optional<double> value = histogramQuantile(histogram(bounds, cumulative), q);

        QCOMPARE(value.has_value(), known);
        if (known)
            QVERIFY2(qAbs(*value - expected) < 1e-9, qPrintable(QString::number(*value)));
    }

    void shouldAgreeWithARecordedHistogram()
    {
        // GIVEN a real histogram with 90 fast and 10 slow observations
        metrics::Histogram h(
            std::make_shared<const std::vector<double>>(std::vector<double>{0.1, 0.5, 1.0, 5.0}));
        for (int i = 0; i < 90; ++i)
            h.observe(0.05);
        for (int i = 0; i < 10; ++i)
            h.observe(3.0);

        // THEN the median is in the first bucket and the p95 in the 1..5 s one
        const HistogramSnapshot s = h.snapshot();
        QVERIFY(*histogramQuantile(s, 0.5) <= 0.1);
        const double p95 = *histogramQuantile(s, 0.95);
        QVERIFY2(p95 > 1.0 && p95 <= 5.0, qPrintable(QString::number(p95)));
        QCOMPARE(bucketCounts(s), (QList<quint64>{90, 0, 0, 10, 0}));
    }

    void shouldMergeTheSeriesOfAFamily()
    {
        const FamilySnapshot f =
            family({histogram({0.1, 1.0}, {1, 2, 3}, 2.5), histogram({0.1, 1.0}, {0, 4, 4}, 1.0),
                    histogram({5.0}, {9, 9}, 9.0)}); // other bounds: left out

        const HistogramSnapshot merged = mergedHistogram(&f);

        QCOMPARE(merged.upperBounds, (QList<double>{0.1, 1.0}));
        QCOMPARE(merged.cumulativeCounts, (QList<quint64>{1, 6, 7}));
        QCOMPARE(merged.count, quint64(7));
        QCOMPARE(merged.sum, 3.5);
        QCOMPARE(mergedHistogram(nullptr).count, quint64(0));
        const FamilySnapshot noSeries;
        QCOMPARE(mergedHistogram(&noSeries).count, quint64(0));
    }

    void shouldTakeTheObservationsOfAWindow()
    {
        const HistogramSnapshot before = histogram({0.1, 1.0}, {1, 2, 3}, 2.0);
        const HistogramSnapshot now = histogram({0.1, 1.0}, {1, 5, 8}, 9.0);

        const HistogramSnapshot window = histogramDelta(now, before);

        QCOMPARE(window.cumulativeCounts, (QList<quint64>{0, 3, 5}));
        QCOMPARE(window.count, quint64(5));
        QCOMPARE(window.sum, 7.0);
        QCOMPARE(bucketCounts(window), (QList<quint64>{0, 3, 2}));
        // An empty or unrelated "before" makes everything new
        QCOMPARE(histogramDelta(now, HistogramSnapshot{}).cumulativeCounts, now.cumulativeCounts);
        QCOMPARE(histogramDelta(before, now).cumulativeCounts, before.cumulativeCounts);
        QCOMPARE(histogramDelta(now, histogram({0.2}, {1, 1})).count, now.count);
    }
};

HELIOS_TEST_MAIN(TestHistogramMath)
#include "tst_histogram_math.moc"
