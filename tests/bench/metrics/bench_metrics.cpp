// Metrics benchmarks: the hot path must stay close to a bare atomic. Each figure is printed next
// to a baseline measured in the same run. Usage: bench_metrics_metrics [--quick] [--json FILE]
//   add        Counter::add through a held reference vs std::atomic<uint64_t>::fetch_add
//   labels     labels({model, status}).add() on every call (a map look-up under a mutex)
//   observe    Histogram::observe into the 15 default latency buckets
//   contended  8 threads adding to one counter at once, per add
//   render     snapshot + Prometheus text of the Helios metrics with a realistic set of series

#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "core/metrics/prometheus_text.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>

using namespace helios::metrics;

namespace {

struct Sizes
{
    int adds = 20'000'000;
    int lookups = 2'000'000;
    int observations = 5'000'000;
    int contendedPerThread = 2'000'000;
    int renders = 2'000;
};

template <typename Body> double nsPerOp(int ops, Body body)
{
    QElapsedTimer timer;
    timer.start();
    body();
    return double(timer.nsecsElapsed()) / double(ops);
}

QJsonObject benchAdd(const Sizes &sizes)
{
    Counter counter;
    std::atomic<std::uint64_t> plain{0};
    const double atomicNs = nsPerOp(sizes.adds, [&] {
        for (int i = 0; i < sizes.adds; ++i)
            plain.fetch_add(1, std::memory_order_relaxed);
    });
    const double counterNs = nsPerOp(sizes.adds, [&] {
        for (int i = 0; i < sizes.adds; ++i)
            counter.add();
    });
    std::printf("add, %d times, one thread (total %.0f)\n", sizes.adds, counter.value());
    std::printf("  Counter::add        %7.2f ns\n", counterNs);
    std::printf("  atomic fetch_add    %7.2f ns   (Counter / atomic = %.2f)\n", atomicNs,
                counterNs / atomicNs);
    return {{QStringLiteral("counterNs"), counterNs}, {QStringLiteral("atomicNs"), atomicNs}};
}

QJsonObject benchLabels(const Sizes &sizes)
{
    MetricsRegistry registry;
    CounterFamily &family = registerHeliosMetrics(registry).llmApiRequests;
    const QStringList models{QStringLiteral("llama3"), QStringLiteral("qwen2.5:7b"),
                             QStringLiteral("mistral")};
    const QStringList statuses{QStringLiteral("ok"), QStringLiteral("error")};
    std::vector<QStringList> keys;
    for (const QString &m : models) {
        for (const QString &s : statuses)
            keys.push_back({m, s});
    }
    const double lookupNs = nsPerOp(sizes.lookups, [&] {
        for (int i = 0; i < sizes.lookups; ++i)
            family.labels(keys[std::size_t(i) % keys.size()]).add();
    });
    std::printf("labels({model, status}).add(), %d times over %d series\n", sizes.lookups,
                int(keys.size()));
    std::printf("  look-up and add     %7.2f ns\n", lookupNs);
    return {{QStringLiteral("lookupNs"), lookupNs}};
}

QJsonObject benchObserve(const Sizes &sizes)
{
    Histogram histogram(std::make_shared<const std::vector<double>>(defaultLatencyBuckets()));
    Counter counter;
    const double observeNs = nsPerOp(sizes.observations, [&] {
        for (int i = 0; i < sizes.observations; ++i)
            histogram.observe(double(i % 1000) * 0.05); // 0 .. 50 s, across the buckets
    });
    const double addNs = nsPerOp(sizes.observations, [&] {
        for (int i = 0; i < sizes.observations; ++i)
            counter.add(double(i % 1000) * 0.05);
    });
    std::printf("observe, %d values into 15 buckets (p95 estimate %.2f s)\n", sizes.observations,
                histogram.quantile(0.95));
    std::printf("  Histogram::observe  %7.2f ns   (%.1fx a Counter::add of the same values)\n",
                observeNs, observeNs / addNs);
    return {{QStringLiteral("observeNs"), observeNs}, {QStringLiteral("counterAddNs"), addNs}};
}

QJsonObject benchContended(const Sizes &sizes)
{
    constexpr int threads = 8;
    Counter counter;
    std::atomic<int> started{0};
    std::vector<std::unique_ptr<QThread>> running;
    for (int t = 0; t < threads; ++t) {
        running.emplace_back(QThread::create([&] {
            started.fetch_add(1);
            while (started.load() < threads)
                QThread::yieldCurrentThread();
            for (int i = 0; i < sizes.contendedPerThread; ++i)
                counter.add();
        }));
    }
    QElapsedTimer timer;
    timer.start();
    for (auto &thread : running)
        thread->start();
    for (auto &thread : running)
        thread->wait();
    const int total = threads * sizes.contendedPerThread;
    const double ns = double(timer.nsecsElapsed()) / double(total);
    std::printf("contended, %d threads x %d adds on one counter (%s)\n", threads,
                sizes.contendedPerThread, counter.value() == double(total) ? "exact" : "LOST ADDS");
    std::printf("  wall time per add   %7.2f ns\n", ns);
    return {{QStringLiteral("nsPerAdd"), ns}, {QStringLiteral("exact"), counter.value() == total}};
}

QJsonObject benchRender(const Sizes &sizes)
{
    MetricsRegistry registry;
    const HeliosMetrics m = registerHeliosMetrics(registry);
    const QStringList models{QStringLiteral("llama3"), QStringLiteral("qwen2.5:7b"),
                             QStringLiteral("mistral")};
    for (const QString &model : models) {
        m.llmApiRequests.labels({model, QStringLiteral("ok")}).add(10);
        m.llmApiRequests.labels({model, QStringLiteral("error")}).add(1);
        m.llmApiResponseTime.labels({model}).observe(2.5);
        m.llmTimeToFirstToken.labels({model}).observe(0.4);
        m.llmTokens.labels({model, QStringLiteral("in")}).add(1000);
        m.llmTokens.labels({model, QStringLiteral("out")}).add(300);
    }
    for (const char *query : {"plans_for_user", "plan_by_id", "insert_plan", "update_task"})
        m.storeQueryDuration.labels({QString::fromLatin1(query)}).observe(0.002);
    qsizetype bytes = 0;
    const double snapshotNs = nsPerOp(sizes.renders, [&] {
        for (int i = 0; i < sizes.renders; ++i)
            bytes += registry.snapshot().size();
    });
    const double renderNs = nsPerOp(sizes.renders, [&] {
        for (int i = 0; i < sizes.renders; ++i)
            bytes += toPrometheusText(registry).size();
    });
    const qsizetype textBytes = toPrometheusText(registry).size();
    std::printf("render the Helios metrics (%lld bytes of text), %d times\n",
                static_cast<long long>(textBytes), sizes.renders);
    std::printf("  snapshot            %7.1f us\n", snapshotNs / 1e3);
    std::printf("  snapshot + text     %7.1f us\n", renderNs / 1e3);
    return {{QStringLiteral("snapshotUs"), snapshotNs / 1e3},
            {QStringLiteral("renderUs"), renderNs / 1e3},
            {QStringLiteral("textBytes"), double(textBytes)},
            {QStringLiteral("checksum"), double(bytes)}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Sizes sizes;
    if (args.contains(QStringLiteral("--quick")))
        sizes = Sizes{100'000, 10'000, 10'000, 10'000, 10};
    QJsonObject report;
    report[QStringLiteral("add")] = benchAdd(sizes);
    report[QStringLiteral("labels")] = benchLabels(sizes);
    report[QStringLiteral("observe")] = benchObserve(sizes);
    report[QStringLiteral("contended")] = benchContended(sizes);
    report[QStringLiteral("render")] = benchRender(sizes);
    const int json = static_cast<int>(args.indexOf(QStringLiteral("--json")));
    if (json > 0 && json + 1 < args.size()) {
        QFile out(args[json + 1]);
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(report).toJson());
    }
    return report[QStringLiteral("contended")][QStringLiteral("exact")].toBool() ? 0 : 1;
}
