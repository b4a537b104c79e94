#pragma once

// A metric family: one name, help text and set of label names, with one series per distinct
// tuple of label values. MetricsRegistry creates families and owns them; a family owns its series,
// so references to both stay valid for the registry's lifetime.
//
//     CounterFamily &requests = registry.counter("llm_api_requests_total", "...", {"model",
//     "status"}); Counter &ok = requests.labels({"llama3", "ok"}); // a brief lock; keep the
//     reference ok.add();                                         // lock-free from here on

#include "core/metrics/metric.h"
#include "core/metrics/snapshot.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace helios::metrics {

class MetricFamily
{
public:
    virtual ~MetricFamily();
    MetricFamily(const MetricFamily &) = delete;
    MetricFamily &operator=(const MetricFamily &) = delete;

    MetricType type() const { return m_type; }
    const QString &name() const { return m_name; }
    const QString &help() const { return m_help; }
    const QStringList &labelNames() const { return m_labelNames; }
    // Histogram bucket upper bounds (finite, ascending); empty for counters and gauges.
    const std::vector<double> &upperBounds() const { return *m_upperBounds; }

    // A copy of every series, sorted by label values. Locks the family briefly.
    virtual FamilySnapshot snapshot() const = 0;

protected:
    MetricFamily(MetricType type, QString name, QString help, QStringList labelNames,
                 std::vector<double> upperBounds);
    const std::shared_ptr<const std::vector<double>> &sharedUpperBounds() const
    {
        return m_upperBounds;
    }

private:
    MetricType m_type;
    QString m_name;
    QString m_help;
    QStringList m_labelNames;
    std::shared_ptr<const std::vector<double>> m_upperBounds;
};

// Series is Counter, Gauge or Histogram (explicitly instantiated in metric_family.cpp).
template <typename Series> class Family final : public MetricFamily
{
public:
    // Prefer MetricsRegistry::counter()/gauge()/histogram(), which validate names and return the
    // existing family for a name already registered. upperBounds is used by histograms only.
    Family(QString name, QString help, QStringList labelNames,
           std::vector<double> upperBounds = {});
    ~Family() override;

    // The series for these label values (one per label name, in order), created on first use.
    // A wrong number of values is a programming error: it asserts and returns a series that is
    // never exported. A family without labels has one series, labels() with no values.
    Series &labels(const QStringList &labelValues = {});

    FamilySnapshot snapshot() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

extern template class Family<Counter>;
extern template class Family<Gauge>;
extern template class Family<Histogram>;

using CounterFamily = Family<Counter>;
using GaugeFamily = Family<Gauge>;
using HistogramFamily = Family<Histogram>;

} // namespace helios::metrics
