#pragma once

// The set of metric families of one running Helios. Created once in app/ and handed to the
// services that record metrics; there is no global instance. Thread-safe: families may be
// registered, updated and read from any thread.

#include "core/metrics/metric_family.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace helios::metrics {

class MetricsRegistry
{
public:
    MetricsRegistry();
    ~MetricsRegistry();
    MetricsRegistry(const MetricsRegistry &) = delete;
    MetricsRegistry &operator=(const MetricsRegistry &) = delete;

    // Each returns the family registered under name, creating it on first use. Asking again with
    // the same type, label names (and buckets) returns the same family. An invalid name or label
    // name, or a name already taken with another type, label names or buckets, is a programming
    // error: it asserts, warns, and returns a working family that is never exported.
    CounterFamily &counter(const QString &name, const QString &help,
                           const QStringList &labelNames = {});
    GaugeFamily &gauge(const QString &name, const QString &help,
                       const QStringList &labelNames = {});
    // upperBounds: finite and strictly increasing; a trailing +Inf is dropped (it is implicit).
    HistogramFamily &histogram(const QString &name, const QString &help,
                               const QStringList &labelNames = {},
                               std::vector<double> upperBounds = defaultLatencyBuckets());

    // Every exported family, sorted by name, each with its series sorted by label values.
    QList<FamilySnapshot> snapshot() const;
    // One family, or nothing if no family has that name.
    std::optional<FamilySnapshot> snapshot(const QString &name) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace helios::metrics
