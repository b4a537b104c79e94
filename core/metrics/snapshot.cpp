#include "core/metrics/snapshot.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace helios::metrics {

const char *metricTypeName(MetricType type)
{
    switch (type) {
    case MetricType::Counter:
        return "counter";
    case MetricType::Gauge:
        return "gauge";
    case MetricType::Histogram:
        return "histogram";
    }
    return "untyped";
}

double HistogramSnapshot::quantile(double q) const
{
    if (count == 0 || std::isnan(q) || cumulativeCounts.size() != upperBounds.size() + 1)
        return std::numeric_limits<double>::quiet_NaN();
    q = std::clamp(q, 0.0, 1.0);
    const double rank = q * double(count);

    // The first non-empty bucket whose cumulative count reaches the rank.
    qsizetype bucket = 0;
    quint64 below = 0;
    for (; bucket < cumulativeCounts.size(); ++bucket) {
        const quint64 upTo = cumulativeCounts.at(bucket);
        if (upTo > below && double(upTo) >= rank)
            break;
        below = upTo;
    }
    if (bucket >= upperBounds.size()) // the +Inf bucket: nothing better than the last bound
        return upperBounds.isEmpty() ? std::numeric_limits<double>::quiet_NaN()
                                     : upperBounds.last();

    const double end = upperBounds.at(bucket);
    const double start = bucket > 0 ? upperBounds.at(bucket - 1) : std::min(0.0, end);
    const double inBucket = double(cumulativeCounts.at(bucket) - below);
    const double fraction = std::clamp((rank - double(below)) / inBucket, 0.0, 1.0);
    return start + (end - start) * fraction;
}

const SeriesSnapshot *FamilySnapshot::find(const QStringList &labelValues) const
{
    for (const SeriesSnapshot &s : series) {
        if (s.labelValues == labelValues)
            return &s;
    }
    return nullptr;
}

} // namespace helios::metrics
