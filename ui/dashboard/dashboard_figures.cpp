#include "ui/dashboard/dashboard_figures.h"

#include "core/metrics/helios_metrics.h"
#include "ui/dashboard/histogram_math.h"

#include <cmath>

namespace helios::ui {

using metrics::FamilySnapshot;
using metrics::HistogramSnapshot;
namespace names = metrics::names;

namespace {

const FamilySnapshot *familyNamed(const QList<FamilySnapshot> &families, QLatin1StringView name)
{
    for (const FamilySnapshot &family : families) {
        if (family.name == name)
            return &family;
    }
    return nullptr;
}

// The sum of a counter family's series, optionally only those with label == value.
double total(const FamilySnapshot *family, QLatin1StringView label = {},
             QLatin1StringView value = {})
{
    if (!family)
        return 0.0;
    const qsizetype column = label.isEmpty() ? -1 : family->labelNames.indexOf(QString(label));
    if (!label.isEmpty() && column < 0)
        return 0.0;
    double sum = 0.0;
    for (const metrics::SeriesSnapshot &series : family->series) {
        if (column >= 0 && series.labelValues.value(column) != value)
            continue;
        sum += series.value;
    }
    return sum;
}

// The upper bound of the highest non-empty bucket; +Inf when it is the +Inf bucket.
std::optional<double> highestBucketReached(const HistogramSnapshot &h)
{
    const QList<quint64> counts = bucketCounts(h);
    for (qsizetype i = counts.size() - 1; i >= 0; --i) {
        if (counts.at(i) > 0)
            return i < h.upperBounds.size() ? h.upperBounds.at(i) : INFINITY;
    }
    return std::nullopt;
}

} // namespace

DashboardFigures computeDashboardFigures(const QList<FamilySnapshot> &now,
                                         const QList<FamilySnapshot> &before, double seconds)
{
    DashboardFigures f;

    f.llmLatency = mergedHistogram(familyNamed(now, names::kLlmApiResponseTimeSeconds));
    f.llmLatencyP50 = histogramQuantile(f.llmLatency, 0.5);
    f.llmLatencyP95 = histogramQuantile(f.llmLatency, 0.95);

    if (const FamilySnapshot *requests = familyNamed(now, names::kLlmApiRequestsTotal)) {
        const qsizetype column = requests->labelNames.indexOf(QString(metrics::labels::kStatus));
        for (const metrics::SeriesSnapshot &series : requests->series) {
            f.requestsByStatus[series.labelValues.value(column)] += series.value;
            f.requests += series.value;
        }
    }

    const HistogramSnapshot ttft =
        mergedHistogram(familyNamed(now, names::kLlmTimeToFirstTokenSeconds));
    f.timeToFirstTokenP50 = histogramQuantile(ttft, 0.5);
    f.timeToFirstTokenP95 = histogramQuantile(ttft, 0.95);

    const FamilySnapshot *tokens = familyNamed(now, names::kLlmTokensTotal);
    f.tokensIn = total(tokens, metrics::labels::kDirection, metrics::values::kDirectionIn);
    f.tokensOut = total(tokens, metrics::labels::kDirection, metrics::values::kDirectionOut);
    if (f.llmLatency.sum > 0.0 && f.tokensOut > 0.0)
        f.tokensPerSecond = f.tokensOut / f.llmLatency.sum;

    const FamilySnapshot *cache = familyNamed(now, names::kLlmCacheRequestsTotal);
    f.cacheHits = total(cache, metrics::labels::kResult, metrics::values::kCacheHit);
    f.cacheMisses = total(cache, metrics::labels::kResult, metrics::values::kCacheMiss);
    f.cacheJoins = total(cache, metrics::labels::kResult, metrics::values::kCacheJoin);
    const double lookups = f.cacheHits + f.cacheMisses + f.cacheJoins;
    if (lookups > 0.0)
        f.cacheHitRate = (f.cacheHits + f.cacheJoins) / lookups;

    const HistogramSnapshot store =
        mergedHistogram(familyNamed(now, names::kStoreQueryDurationSeconds));
    f.storeQueries = double(store.count);
    f.storeQueryP50 = histogramQuantile(store, 0.5);
    f.storeQueryP95 = histogramQuantile(store, 0.95);

    const HistogramSnapshot lag = mergedHistogram(familyNamed(now, names::kUiEventLoopLagSeconds));
    f.eventLoopLagP95 = histogramQuantile(lag, 0.95);
    f.eventLoopLagMax = highestBucketReached(lag);

    if (const FamilySnapshot *rss = familyNamed(now, names::kProcessResidentMemoryBytes)) {
        const double bytes = total(rss);
        if (bytes > 0.0)
            f.residentMemoryBytes = bytes;
    }

    // Rates and recent quantiles need the previous snapshot and some time between them.
    if (before.isEmpty() || !(seconds > 0.0) || !std::isfinite(seconds))
        return f;
    f.intervalSeconds = seconds;
    const double requestsBefore = total(familyNamed(before, names::kLlmApiRequestsTotal));
    f.requestsPerSecond = std::max(0.0, f.requests - requestsBefore) / seconds;
    const double tokensOutBefore =
        total(familyNamed(before, names::kLlmTokensTotal), metrics::labels::kDirection,
              metrics::values::kDirectionOut);
    f.tokensOutPerSecond = std::max(0.0, f.tokensOut - tokensOutBefore) / seconds;
    f.recentEventLoopLagP95 = histogramQuantile(
        histogramDelta(lag, mergedHistogram(familyNamed(before, names::kUiEventLoopLagSeconds))),
        0.95);
    f.recentStoreQueryP95 = histogramQuantile(
        histogramDelta(store,
                       mergedHistogram(familyNamed(before, names::kStoreQueryDurationSeconds))),
        0.95);
    return f;
}

} // namespace helios::ui
