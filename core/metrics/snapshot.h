#pragma once

// Plain copies of metric values, for a dashboard that reads them once a second and for the
// Prometheus text writer. Taking one never blocks the threads that update the metrics.

#include <QList>
#include <QString>
#include <QStringList>

namespace helios::metrics {

enum class MetricType { Counter, Gauge, Histogram };

// "counter", "gauge" or "histogram", as in a # TYPE line.
const char *metricTypeName(MetricType type);

struct HistogramSnapshot
{
    QList<double> upperBounds;       // finite, ascending; +Inf is implicit
    QList<quint64> cumulativeCounts; // one per upper bound, then +Inf (which equals count)
    double sum = 0.0;
    quint64 count = 0;

    // Estimates the q-quantile (0 <= q <= 1; clamped) as Prometheus' histogram_quantile does:
    // find the bucket holding the rank, interpolate linearly inside it (the first bucket starts
    // at 0). A rank in the +Inf bucket gives the highest finite bound. NaN when empty.
    double quantile(double q) const;
};

struct SeriesSnapshot
{
    QStringList labelValues;     // in the order of FamilySnapshot::labelNames
    double value = 0.0;          // counters and gauges
    HistogramSnapshot histogram; // histograms
};

struct FamilySnapshot
{
    QString name;
    QString help;
    MetricType type = MetricType::Counter;
    QStringList labelNames;
    QList<SeriesSnapshot> series; // sorted by label values

    // The series with these label values, or nullptr.
    const SeriesSnapshot *find(const QStringList &labelValues) const;
};

} // namespace helios::metrics
