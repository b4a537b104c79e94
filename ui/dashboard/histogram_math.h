#pragma once

// Reading Prometheus-style histograms for the dashboard: merging the series of a family,
// taking the observations of a time window, and quantiles from the buckets. Pure functions.

#include "core/metrics/snapshot.h"

#include <QList>

#include <optional>

namespace helios::ui {

// Every series of a histogram family summed into one (e.g. the latency of all models).
// Series whose bounds differ from the first one's are left out. Empty without a family or series.
metrics::HistogramSnapshot mergedHistogram(const metrics::FamilySnapshot *family);

// The observations made between two snapshots of the same histogram (now minus before, bucket by
// bucket). `now` itself when before is empty, has other bounds or more observations than now
// (the registry was replaced): everything then counts as new.
metrics::HistogramSnapshot histogramDelta(const metrics::HistogramSnapshot &now,
                                          const metrics::HistogramSnapshot &before);

// The q-quantile (0..1) estimated from the buckets the way Prometheus' histogram_quantile does
// (linear inside the bucket that holds the rank; a rank in +Inf gives the highest finite bound).
// Nothing when there are no observations or no finite bound to estimate from.
std::optional<double> histogramQuantile(const metrics::HistogramSnapshot &histogram, double q);

// Observations per bucket (not cumulative): one per finite bound, then the +Inf bucket.
QList<quint64> bucketCounts(const metrics::HistogramSnapshot &histogram);

} // namespace helios::ui
