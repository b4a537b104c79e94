#include "core/metrics/metric.h"

#include "core/metrics/snapshot.h"

#include <QtDebug>

#include <algorithm>
#include <cmath>

namespace helios::metrics {

namespace detail {
void rejectCounterDecrease(double amount)
{
    qWarning("metrics: a counter cannot go down (add(%g) ignored)", amount);
    Q_ASSERT_X(false, "Counter::add", "a counter only goes up");
}
} // namespace detail

std::vector<double> defaultLatencyBuckets()
{
    return {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300};
}

Histogram::Histogram(std::shared_ptr<const std::vector<double>> upperBounds)
    : m_bounds(upperBounds ? std::move(upperBounds)
                           : std::make_shared<const std::vector<double>>()),
      m_buckets(std::make_unique<std::atomic<std::uint64_t>[]>(m_bounds->size() + 1))
{}

Histogram::~Histogram() = default;

void Histogram::observe(double value)
{
    if (std::isnan(value))
        return;
    // The first bucket whose bound is >= value; past the end is the +Inf bucket.
    const auto bucket = std::lower_bound(m_bounds->begin(), m_bounds->end(), value);
    m_buckets[std::size_t(bucket - m_bounds->begin())].fetch_add(1, std::memory_order_relaxed);
    detail::atomicAdd(m_sum, value);
}

std::uint64_t Histogram::count() const
{
    std::uint64_t total = 0;
    for (std::size_t i = 0; i <= m_bounds->size(); ++i)
        total += m_buckets[i].load(std::memory_order_relaxed);
    return total;
}

HistogramSnapshot Histogram::snapshot() const
{
    HistogramSnapshot result;
    result.upperBounds = QList<double>(m_bounds->begin(), m_bounds->end());
    result.cumulativeCounts.reserve(qsizetype(m_bounds->size() + 1));
    quint64 running = 0;
    for (std::size_t i = 0; i <= m_bounds->size(); ++i) {
        running += m_buckets[i].load(std::memory_order_relaxed);
        result.cumulativeCounts.append(running);
    }
    result.count = running;
    result.sum = sum();
    return result;
}

double Histogram::quantile(double q) const
{
    return snapshot().quantile(q);
}

} // namespace helios::metrics
