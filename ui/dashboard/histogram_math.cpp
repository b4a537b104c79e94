#include "ui/dashboard/histogram_math.h"

#include <cmath>

namespace helios::ui {

using metrics::FamilySnapshot;
using metrics::HistogramSnapshot;
using metrics::SeriesSnapshot;

namespace {

bool isWellFormed(const HistogramSnapshot &h)
{
    return h.cumulativeCounts.size() == h.upperBounds.size() + 1;
}

} // namespace

HistogramSnapshot mergedHistogram(const FamilySnapshot *family)
{
    HistogramSnapshot merged;
    if (!family || family->type != metrics::MetricType::Histogram || family->series.isEmpty())
        return merged;
    bool first = true;
    for (const SeriesSnapshot &series : family->series) {
        const HistogramSnapshot &h = series.histogram;
        if (!isWellFormed(h))
            continue;
        if (first) {
            merged = h;
            first = false;
            continue;
        }
        if (h.upperBounds != merged.upperBounds)
            continue;
        for (qsizetype i = 0; i < h.cumulativeCounts.size(); ++i)
            merged.cumulativeCounts[i] += h.cumulativeCounts.at(i);
        merged.sum += h.sum;
        merged.count += h.count;
    }
    return merged;
}

HistogramSnapshot histogramDelta(const HistogramSnapshot &now, const HistogramSnapshot &before)
{
    if (!isWellFormed(now) || !isWellFormed(before) || before.upperBounds != now.upperBounds ||
        before.count > now.count)
        return now;
    HistogramSnapshot delta = now;
    for (qsizetype i = 0; i < now.cumulativeCounts.size(); ++i) {
        const quint64 was = before.cumulativeCounts.at(i);
        const quint64 is = now.cumulativeCounts.at(i);
        if (was > is) // a bucket went down: not the same histogram
            return now;
        delta.cumulativeCounts[i] = is - was;
    }
    delta.count = now.count - before.count;
    delta.sum = std::max(0.0, now.sum - before.sum);
    return delta;
}

std::optional<double> histogramQuantile(const HistogramSnapshot &histogram, double q)
{
    const double value = histogram.quantile(q);
    if (std::isnan(value))
        return std::nullopt;
    return value;
}

QList<quint64> bucketCounts(const HistogramSnapshot &histogram)
{
    QList<quint64> counts;
    if (!isWellFormed(histogram))
        return counts;
    counts.reserve(histogram.cumulativeCounts.size());
    quint64 below = 0;
    for (quint64 upTo : histogram.cumulativeCounts) {
        counts.append(upTo >= below ? upTo - below : 0);
        below = std::max(below, upTo);
    }
    return counts;
}

} // namespace helios::ui
