#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "tests/support/test_main.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <vector>

using namespace helios::metrics;

namespace {

std::vector<double> toVector(const QList<double> &list)
{
    return std::vector<double>(list.begin(), list.end());
}

// Runs body(threadIndex) on `threads` QThreads at once and waits for all of them. Each thread
// spins until all have started, so the bodies really overlap: otherwise a short body could finish
// before the next thread is even scheduled, and a racy update would go unnoticed.
template <typename Body> void runConcurrently(int threads, Body body)
{
    std::atomic<int> started{0};
    std::vector<std::unique_ptr<QThread>> running;
    for (int t = 0; t < threads; ++t) {
        running.emplace_back(QThread::create([body, t, threads, &started] {
            started.fetch_add(1);
            while (started.load() < threads)
                QThread::yieldCurrentThread();
            body(t);
        }));
    }
    for (auto &thread : running)
        thread->start();
    for (auto &thread : running)
        QVERIFY(thread->wait(60000));
}

QStringList familyNames(const QList<FamilySnapshot> &families)
{
    QStringList names;
    for (const FamilySnapshot &family : families)
        names.append(family.name);
    return names;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAccumulateCounterAdds_data()
    {
        QTest::addColumn<QList<double>>("adds");
        QTest::addColumn<double>("expected");
        QTest::newRow("untouched") << QList<double>{} << 0.0;
        QTest::newRow("ones") << QList<double>{1, 1, 1} << 3.0;
        QTest::newRow("fractions") << QList<double>{0.5, 0.25, 2} << 2.75;
        QTest::newRow("zero is allowed") << QList<double>{0, 4} << 4.0;
        QTest::newRow("token counts") << QList<double>{1200, 345} << 1545.0;
    }

    void shouldAccumulateCounterAdds()
    {
        QFETCH(QList<double>, adds);
        QFETCH(double, expected);
        // GIVEN a fresh counter
        Counter counter;
        // WHEN amounts are added
        for (double amount : adds)
            counter.add(amount);
        // THEN it holds their sum
        QCOMPARE(counter.value(), expected);
    }

    void shouldIgnoreCounterDecrease()
    {
#ifndef QT_NO_DEBUG
        QSKIP("a decrease asserts in debug builds");
#else
        // GIVEN a counter at 2
        Counter counter;
        counter.add(2);
        // WHEN a negative amount (or NaN) is added
        QTest::ignoreMessage(QtWarningMsg, "metrics: a counter cannot go down (add(-1) ignored)");
        counter.add(-1);
        QTest::ignoreMessage(QtWarningMsg, "metrics: a counter cannot go down (add(nan) ignored)");
        counter.add(std::nan(""));
        // THEN it is unchanged: a counter only goes up
        QCOMPARE(counter.value(), 2.0);
#endif
    }

    void shouldSetAndAdjustGauge()
    {
        // GIVEN a gauge
        Gauge gauge;
        QCOMPARE(gauge.value(), 0.0);
        // WHEN it is set, raised and lowered
        gauge.set(10);
        gauge.add(2.5);
        gauge.sub(4);
        gauge.add();
        // THEN it follows, and may go below zero
        QCOMPARE(gauge.value(), 9.5);
        gauge.set(-3);
        QCOMPARE(gauge.value(), -3.0);
    }

    void shouldCountObservationsIntoCumulativeBuckets_data()
    {
        QTest::addColumn<QList<double>>("bounds");
        QTest::addColumn<QList<double>>("observations");
        QTest::addColumn<QList<quint64>>("cumulative"); // one per bound, then +Inf
        QTest::addColumn<double>("sum");

        QTest::newRow("empty") << QList<double>{1, 2} << QList<double>{} << QList<quint64>{0, 0, 0}
                               << 0.0;
        QTest::newRow("one in each")
            << QList<double>{1, 2} << QList<double>{0.5, 1.5, 3} << QList<quint64>{1, 2, 3} << 5.0;
        QTest::newRow("value on a bound counts in that bucket")
            << QList<double>{1, 2} << QList<double>{1, 2} << QList<quint64>{1, 2, 2} << 3.0;
        QTest::newRow("all above")
            << QList<double>{0.1} << QList<double>{5, 6} << QList<quint64>{0, 2} << 11.0;
        QTest::newRow("negative values") << QList<double>{-1, 0, 1} << QList<double>{-2, -0.5, 0}
                                         << QList<quint64>{1, 3, 3, 3} << -2.5;
        QTest::newRow("no buckets but +Inf")
            << QList<double>{} << QList<double>{7, 8} << QList<quint64>{2} << 15.0;
        QTest::newRow("infinity goes to +Inf")
            << QList<double>{1} << QList<double>{qInf()} << QList<quint64>{0, 1} << qInf();
    }

    void shouldCountObservationsIntoCumulativeBuckets()
    {
        QFETCH(QList<double>, bounds);
        QFETCH(QList<double>, observations);
        QFETCH(QList<quint64>, cumulative);
        QFETCH(double, sum);

        // GIVEN a histogram with these bucket bounds
        Histogram histogram(std::make_shared<const std::vector<double>>(toVector(bounds)));
        // WHEN the values are observed
        for (double value : observations)
            histogram.observe(value);
        // THEN buckets read cumulatively, +Inf equals the count, and the sum adds up
        const HistogramSnapshot snapshot = histogram.snapshot();
        QCOMPARE(snapshot.upperBounds, bounds);
        QCOMPARE(snapshot.cumulativeCounts, cumulative);
        QCOMPARE(snapshot.count, quint64(observations.size()));
        QCOMPARE(snapshot.cumulativeCounts.last(), snapshot.count);
        QCOMPARE(histogram.count(), std::uint64_t(observations.size()));
        QCOMPARE(snapshot.sum, sum);
    }

    void shouldDropNaNObservations()
    {
        // GIVEN a histogram with one observation
        Histogram histogram(std::make_shared<const std::vector<double>>(defaultLatencyBuckets()));
        histogram.observe(0.2);
        // WHEN NaN is observed
        histogram.observe(std::nan(""));
        // THEN it is not counted and the sum stays usable
        QCOMPARE(histogram.count(), std::uint64_t(1));
        QCOMPARE(histogram.sum(), 0.2);
    }

    void shouldEstimateQuantileByLinearInterpolation_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        // 10 values in (0,1], 80 in (1,2], none in (2,4], 10 in (4,8]
        QTest::newRow("p50 in the middle of (1,2]") << 0.5 << 1.5;
        QTest::newRow("p95 in the middle of (4,8]") << 0.95 << 6.0;
        QTest::newRow("p10 at the top of the first bucket") << 0.1 << 1.0;
        QTest::newRow("p5 inside the first bucket, which starts at 0") << 0.05 << 0.5;
        QTest::newRow("p90 at the top of (1,2], not in the empty bucket") << 0.9 << 2.0;
        QTest::newRow("p100") << 1.0 << 8.0;
        QTest::newRow("p0 at the start of the first non-empty bucket") << 0.0 << 0.0;
        QTest::newRow("above 1 is clamped") << 1.5 << 8.0;
    }

    void shouldEstimateQuantileByLinearInterpolation()
    {
        QFETCH(double, q);
        QFETCH(double, expected);
        // GIVEN a histogram with a known spread of values
        Histogram histogram(
            std::make_shared<const std::vector<double>>(std::vector<double>{1, 2, 4, 8}));
        for (int i = 0; i < 10; ++i)
            histogram.observe(0.5);
        for (int i = 0; i < 80; ++i)
            histogram.observe(1.5);
        for (int i = 0; i < 10; ++i)
            histogram.observe(6);
        // WHEN a quantile is estimated
        const double estimate = histogram.quantile(q);
        // THEN it is interpolated linearly inside the bucket that holds the rank
        QCOMPARE(estimate, expected);
    }

    void shouldKeepQuantileInsideTheBucketOfTheTrueQuantile_data()
    {
        QTest::addColumn<double>("q");
        QTest::newRow("p50") << 0.5;
        QTest::newRow("p95") << 0.95;
        QTest::newRow("p99") << 0.99;
    }

    void shouldKeepQuantileInsideTheBucketOfTheTrueQuantile()
    {
        QFETCH(double, q);
        // GIVEN latencies drawn from a skewed distribution, observed into the default buckets
        QRandomGenerator random(42);
        const std::vector<double> bounds = defaultLatencyBuckets();
        Histogram histogram(std::make_shared<const std::vector<double>>(bounds));
        std::vector<double> values;
        for (int i = 0; i < 5000; ++i) {
            const double value = std::exp(random.bounded(1.0) * 8 - 6); // 0.0025 .. 7.4 s
            values.push_back(value);
            histogram.observe(value);
        }
        std::sort(values.begin(), values.end());
        const double truth = values[std::size_t(std::ceil(q * double(values.size()))) - 1];
        // WHEN the quantile is estimated from the buckets
        const double estimate = histogram.quantile(q);
        // THEN it lies within the bounds of the bucket that holds the true quantile
        const auto upper = std::lower_bound(bounds.begin(), bounds.end(), truth);
        QVERIFY(upper != bounds.end());
        const double lower = upper == bounds.begin() ? 0.0 : *(upper - 1);
        QVERIFY2(estimate >= lower && estimate <= *upper,
                 qPrintable(QStringLiteral("estimate %1, true %2, bucket (%3, %4]")
                                .arg(estimate)
                                .arg(truth)
                                .arg(lower)
                                .arg(*upper)));
    }

    void shouldEstimateNoQuantileForAnEmptyHistogram()
    {
        Histogram histogram(std::make_shared<const std::vector<double>>(defaultLatencyBuckets()));
        QVERIFY(std::isnan(histogram.quantile(0.5)));
    }

    void shouldGiveHighestBoundForRankInInfBucket()
    {
        // GIVEN every observation above the highest bound
        Histogram histogram(std::make_shared<const std::vector<double>>(std::vector<double>{1, 2}));
        histogram.observe(50);
        histogram.observe(70);
        // THEN the estimate is the highest finite bound (nothing better is known)
        QCOMPARE(histogram.quantile(0.5), 2.0);
    }

    void shouldUseDefaultLatencyBuckets()
    {
        MetricsRegistry registry;
        HistogramFamily &family = registry.histogram(QStringLiteral("call_seconds"), QString());
        const std::vector<double> expected{0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
                                           2.5,   5,    10,    30,   60,  120,  300};
        QCOMPARE(family.upperBounds(), expected);
        QCOMPARE(family.labels().upperBounds(), expected);
    }

    void shouldDropTrailingInfBound()
    {
        MetricsRegistry registry;
        HistogramFamily &family =
            registry.histogram(QStringLiteral("h"), QString(), {}, {1, 2, qInf()});
        QCOMPARE(family.upperBounds(), (std::vector<double>{1, 2}));
        QCOMPARE(registry.snapshot().size(), 1); // exported: a trailing +Inf is no mistake
    }

    void shouldReturnSameFamilyForSameName()
    {
        // GIVEN a registry with a labelled counter
        MetricsRegistry registry;
        const QStringList labels{QStringLiteral("model"), QStringLiteral("status")};
        CounterFamily &first =
            registry.counter(QStringLiteral("requests_total"), "Requests", labels);
        first.labels({QStringLiteral("llama3"), QStringLiteral("ok")}).add();
        // WHEN the same name is registered again
        CounterFamily &second =
            registry.counter(QStringLiteral("requests_total"), "Requests", labels);
        // THEN it is the same family, with the same series and values
        QCOMPARE(&second, &first);
        QCOMPARE(&second.labels({QStringLiteral("llama3"), QStringLiteral("ok")}),
                 &first.labels({QStringLiteral("llama3"), QStringLiteral("ok")}));
        QCOMPARE(second.labels({QStringLiteral("llama3"), QStringLiteral("ok")}).value(), 1.0);
        QCOMPARE(registry.snapshot().size(), 1);
    }

    void shouldKeepSeriesApartByLabelValues()
    {
        // GIVEN a family with two labels
        MetricsRegistry registry;
        CounterFamily &family = registry.counter(QStringLiteral("t_total"), QString(),
                                                 {QStringLiteral("a"), QStringLiteral("b")});
        // WHEN series with different values are updated
        family.labels({QStringLiteral("x"), QStringLiteral("y")}).add(2);
        family.labels({QStringLiteral("y"), QStringLiteral("x")}).add(5);
        family.labels({QStringLiteral("x"), QStringLiteral("y")}).add(1);
        // THEN each tuple has its own total
        const std::optional<FamilySnapshot> snapshot = registry.snapshot(QStringLiteral("t_total"));
        QVERIFY(snapshot.has_value());
        QCOMPARE(snapshot->series.size(), 2);
        QCOMPARE(snapshot->find({QStringLiteral("x"), QStringLiteral("y")})->value, 3.0);
        QCOMPARE(snapshot->find({QStringLiteral("y"), QStringLiteral("x")})->value, 5.0);
        QVERIFY(snapshot->find({QStringLiteral("x"), QStringLiteral("x")}) == nullptr);
    }

    void shouldRefuseConflictingOrInvalidRegistration_data()
    {
        QTest::addColumn<QString>("kind"); // what is registered second
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QList<double>>("bounds");

        const QStringList model{QStringLiteral("model")};
        QTest::newRow("same name, other type") << "gauge"
                                               << "taken" << model << QList<double>{};
        QTest::newRow("same name, other labels")
            << "histogram"
            << "taken" << QStringList{QStringLiteral("query")} << QList<double>{1};
        QTest::newRow("same name, other buckets") << "histogram"
                                                  << "taken" << model << QList<double>{1, 2};
        QTest::newRow("invalid metric name") << "counter"
                                             << "2fast" << QStringList{} << QList<double>{};
        QTest::newRow("metric name with a dash") << "counter"
                                                 << "my-metric" << QStringList{} << QList<double>{};
        QTest::newRow("invalid label name")
            << "counter"
            << "ok_name" << QStringList{QStringLiteral("bad label")} << QList<double>{};
        QTest::newRow("reserved label name")
            << "gauge"
            << "ok_name" << QStringList{QStringLiteral("__name")} << QList<double>{};
        QTest::newRow("duplicate label name")
            << "gauge"
            << "ok_name" << QStringList{QStringLiteral("a"), QStringLiteral("a")}
            << QList<double>{};
        QTest::newRow("le on a histogram")
            << "histogram"
            << "ok_name" << QStringList{QStringLiteral("le")} << QList<double>{1};
        QTest::newRow("unsorted buckets") << "histogram"
                                          << "ok_name" << QStringList{} << QList<double>{2, 1};
        QTest::newRow("NaN bucket") << "histogram"
                                    << "ok_name" << QStringList{} << QList<double>{1, qQNaN()};
    }

    void shouldRefuseConflictingOrInvalidRegistration()
    {
#ifndef QT_NO_DEBUG
        QSKIP("a conflicting registration asserts in debug builds");
#else
        QFETCH(QString, kind);
        QFETCH(QString, name);
        QFETCH(QStringList, labels);
        QFETCH(QList<double>, bounds);

        // GIVEN a registry holding a histogram "taken" by model, buckets {1}
        MetricsRegistry registry;
        HistogramFamily &taken = registry.histogram(
            QStringLiteral("taken"), QStringLiteral("Taken."), {QStringLiteral("model")}, {1});
        taken.labels({QStringLiteral("m")}).observe(0.5);

        // WHEN a family is registered that conflicts or has an invalid name
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^metrics: cannot register")));
        MetricFamily *family = nullptr;
        if (kind == u"counter") {
            CounterFamily &f = registry.counter(name, QString(), labels);
            f.labels(QStringList(labels.size(), QStringLiteral("v"))).add(); // harmless to use
            family = &f;
        } else if (kind == u"gauge") {
            GaugeFamily &f = registry.gauge(name, QString(), labels);
            f.labels(QStringList(labels.size(), QStringLiteral("v"))).set(3);
            family = &f;
        } else {
            HistogramFamily &f = registry.histogram(name, QString(), labels, toVector(bounds));
            f.labels(QStringList(labels.size(), QStringLiteral("v"))).observe(0.5);
            family = &f;
        }

        // THEN a working family comes back, but it is not the existing one and is not exported
        QVERIFY(family != &taken);
        const QList<FamilySnapshot> all = registry.snapshot();
        QCOMPARE(familyNames(all), QStringList{QStringLiteral("taken")});
        QCOMPARE(all.first().type, MetricType::Histogram);
        QCOMPARE(all.first().series.size(), 1);
        QCOMPARE(all.first().series.first().histogram.count, quint64(1));
#endif
    }

    void shouldRefuseWrongNumberOfLabelValues()
    {
#ifndef QT_NO_DEBUG
        QSKIP("a wrong number of label values asserts in debug builds");
#else
        // GIVEN a family with two labels
        MetricsRegistry registry;
        CounterFamily &family = registry.counter(QStringLiteral("r_total"), QString(),
                                                 {QStringLiteral("a"), QStringLiteral("b")});
        // WHEN it is given one value
        QTest::ignoreMessage(QtWarningMsg, "metrics: r_total takes 2 label values, got 1");
        family.labels({QStringLiteral("only")}).add();
        // THEN nothing is exported for it
        QVERIFY(registry.snapshot(QStringLiteral("r_total"))->series.isEmpty());
#endif
    }

    void shouldCountExactlyUnderConcurrentIncrements_data()
    {
        QTest::addColumn<bool>("lookUpEachTime");
        QTest::newRow("held reference") << false;
        QTest::newRow("label look-up on every add") << true;
    }

    void shouldCountExactlyUnderConcurrentIncrements()
    {
        QFETCH(bool, lookUpEachTime);
        constexpr int threads = 8;
        constexpr int addsPerThread = 100000;

        // GIVEN a labelled counter shared by 8 threads
        MetricsRegistry registry;
        CounterFamily &family =
            registry.counter(QStringLiteral("hits_total"), QString(), {QStringLiteral("model")});
        const QStringList labels{QStringLiteral("llama3")};
        // WHEN each adds 1 a hundred thousand times at once (a second series gets 0.5 each time)
        runConcurrently(threads, [&](int) {
            Counter &held = family.labels(labels);
            Counter &halves = family.labels({QStringLiteral("halves")});
            for (int i = 0; i < addsPerThread; ++i) {
                (lookUpEachTime ? family.labels(labels) : held).add();
                halves.add(0.5);
                if (i % 4096 == 0) // let the 8 threads take turns on the cores mid-loop
                    QThread::yieldCurrentThread();
            }
        });
        // THEN no increment is lost
        QCOMPARE(family.labels(labels).value(), double(threads * addsPerThread));
        QCOMPARE(family.labels({QStringLiteral("halves")}).value(), threads * addsPerThread * 0.5);
    }

    void shouldObserveExactlyUnderConcurrentObservations()
    {
        constexpr int threads = 8;
        constexpr int observationsPerThread = 100000;
        // GIVEN a histogram and a gauge shared by 8 threads
        MetricsRegistry registry;
        Histogram &histogram =
            registry.histogram(QStringLiteral("lat_seconds"), QString(), {}, {1, 2}).labels();
        Gauge &gauge = registry.gauge(QStringLiteral("level"), QString()).labels();
        // WHEN each thread observes values into every bucket and moves the gauge up and back
        runConcurrently(threads, [&](int t) {
            for (int i = 0; i < observationsPerThread; ++i) {
                histogram.observe(double(i % 3) + 0.5); // 0.5, 1.5, 2.5
                gauge.add(t + 1);
                gauge.sub(t);
            }
        });
        // THEN counts, buckets and sum are exact
        const HistogramSnapshot snapshot = histogram.snapshot();
        const quint64 total = quint64(threads) * observationsPerThread;
        QCOMPARE(snapshot.count, total);
        const quint64 perBucket = quint64(threads) * 33334;
        QCOMPARE(snapshot.cumulativeCounts.at(0), perBucket);
        QCOMPARE(snapshot.cumulativeCounts.at(1), perBucket + quint64(threads) * 33333);
        QCOMPARE(snapshot.cumulativeCounts.at(2), total);
        QCOMPARE(snapshot.sum, double(threads) * (33334 * 0.5 + 33333 * 1.5 + 33333 * 2.5));
        QCOMPARE(gauge.value(), double(total));
    }

    void shouldSnapshotFamiliesSortedByName()
    {
        // GIVEN families registered out of order
        MetricsRegistry registry;
        registry.gauge(QStringLiteral("zeta"), QStringLiteral("Z.")).labels().set(4);
        registry.counter(QStringLiteral("alpha_total"), QStringLiteral("A.")).labels().add(2);
        registry.histogram(QStringLiteral("mid_seconds"), QStringLiteral("M."), {}, {1})
            .labels()
            .observe(0.5);
        // WHEN the UI takes a snapshot
        const QList<FamilySnapshot> snapshot = registry.snapshot();
        // THEN families come by name, with type, help and values
        QCOMPARE(familyNames(snapshot),
                 (QStringList{QStringLiteral("alpha_total"), QStringLiteral("mid_seconds"),
                              QStringLiteral("zeta")}));
        QCOMPARE(snapshot.at(0).type, MetricType::Counter);
        QCOMPARE(snapshot.at(0).help, QStringLiteral("A."));
        QCOMPARE(snapshot.at(0).series.first().value, 2.0);
        QCOMPARE(snapshot.at(1).type, MetricType::Histogram);
        QCOMPARE(snapshot.at(1).series.first().histogram.cumulativeCounts, (QList<quint64>{1, 1}));
        QCOMPARE(snapshot.at(2).type, MetricType::Gauge);
        QCOMPARE(snapshot.at(2).series.first().value, 4.0);
        QVERIFY(!registry.snapshot(QStringLiteral("missing")).has_value());
    }

    void shouldRegisterEveryHeliosMetricOnce()
    {
        // GIVEN a registry
        MetricsRegistry registry;
        // WHEN the Helios metrics are registered twice
        const HeliosMetrics first = registerHeliosMetrics(registry);
        const HeliosMetrics second = registerHeliosMetrics(registry);
        // THEN they are the same families, with the documented names, types and labels
        QCOMPARE(&second.llmApiRequests, &first.llmApiRequests);
        QCOMPARE(&second.processResidentMemory, &first.processResidentMemory);
        QCOMPARE(&second.uiEventLoopLag, &first.uiEventLoopLag);

        struct Expected
        {
            const MetricFamily &family;
            const char *name;
            MetricType type;
            QStringList labels;
        };
        const QString model = QStringLiteral("model");
        const Expected expected[] = {
            {first.llmApiRequests,
             "llm_api_requests_total",
             MetricType::Counter,
             {model, QStringLiteral("status")}},
            {first.llmApiResponseTime,
             "llm_api_response_time_seconds",
             MetricType::Histogram,
             {model}},
            {first.llmTimeToFirstToken,
             "llm_time_to_first_token_seconds",
             MetricType::Histogram,
             {model}},
            {first.llmTokens,
             "llm_tokens_total",
             MetricType::Counter,
             {model, QStringLiteral("direction")}},
            {first.llmCacheRequests,
             "llm_cache_requests_total",
             MetricType::Counter,
             {QStringLiteral("result")}},
            {first.storeQueryDuration,
             "store_query_duration_seconds",
             MetricType::Histogram,
             {QStringLiteral("query")}},
            {first.storeQueryCacheRequests,
             "store_query_cache_requests_total",
             MetricType::Counter,
             {QStringLiteral("result")}},
            {first.uiEventLoopLag, "ui_event_loop_lag_seconds", MetricType::Histogram, {}},
            {first.processResidentMemory, "process_resident_memory_bytes", MetricType::Gauge, {}},
        };
        QStringList names;
        for (const Expected &e : expected) {
            QCOMPARE(e.family.name(), QString::fromLatin1(e.name));
            QCOMPARE(e.family.type(), e.type);
            QCOMPARE(e.family.labelNames(), e.labels);
            QVERIFY2(!e.family.help().isEmpty(), e.name);
            names.append(e.family.name());
        }
        QCOMPARE(first.llmApiResponseTime.upperBounds(), defaultLatencyBuckets());
        names.sort();
        QCOMPARE(familyNames(registry.snapshot()), names);
        QCOMPARE(QString(names::kLlmApiRequestsTotal), QStringLiteral("llm_api_requests_total"));
    }
};

HELIOS_TEST_MAIN(TestMetrics)
#include "tst_metrics.moc"
