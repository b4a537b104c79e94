#pragma once

// The three kinds of series a metric family holds. Updating a series is a lock-free atomic, so
// hot paths keep the reference that MetricFamily::labels() returns and call add()/observe().

#include <QtGlobal>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace helios::metrics {

struct HistogramSnapshot;

namespace detail {
// Lock-free add on a double: a compare-and-swap loop (C++20's fetch_add on atomic<double> is the
// same loop, spelled out here so that it is obviously lock-free on every compiler).
inline void atomicAdd(std::atomic<double> &target, double amount)
{
    double current = target.load(std::memory_order_relaxed);
    while (!target.compare_exchange_weak(current, current + amount, std::memory_order_relaxed)) {
    }
}
void rejectCounterDecrease(double amount);
} // namespace detail

// Upper bounds in seconds for request and response latencies (the Prometheus client defaults,
// stretched to the minutes an LLM call may take).
std::vector<double> defaultLatencyBuckets();

// A monotonic total: requests served, tokens sent.
class Counter
{
public:
    Counter() = default;
    Counter(const Counter &) = delete;
    Counter &operator=(const Counter &) = delete;

    // amount must be >= 0; a negative or NaN amount is a programming error and is ignored.
    void add(double amount = 1.0)
    {
        if (!(amount >= 0.0)) {
            detail::rejectCounterDecrease(amount);
            return;
        }
        detail::atomicAdd(m_value, amount);
    }
    double value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0.0};
};

// A value that goes up and down: memory in use, jobs waiting.
class Gauge
{
public:
    Gauge() = default;
    Gauge(const Gauge &) = delete;
    Gauge &operator=(const Gauge &) = delete;

    void set(double value) { m_value.store(value, std::memory_order_relaxed); }
    void add(double amount = 1.0) { detail::atomicAdd(m_value, amount); }
    void sub(double amount = 1.0) { detail::atomicAdd(m_value, -amount); }
    double value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<double> m_value{0.0};
};

// Counts observations into buckets by upper bound (value <= bound), with their sum. Buckets are
// stored per bucket and made cumulative when read, so the +Inf bucket always equals the count.
class Histogram
{
public:
    // upperBounds: finite, strictly increasing; +Inf is implicit. Shared by a family's series.
    explicit Histogram(std::shared_ptr<const std::vector<double>> upperBounds);
    ~Histogram();
    Histogram(const Histogram &) = delete;
    Histogram &operator=(const Histogram &) = delete;

    // NaN observations are dropped: one would make the sum NaN for the rest of the run.
    void observe(double value);

    std::uint64_t count() const;
    double sum() const { return m_sum.load(std::memory_order_relaxed); }
    const std::vector<double> &upperBounds() const { return *m_bounds; }
    HistogramSnapshot snapshot() const;
    // Shorthand for snapshot().quantile(q).
    double quantile(double q) const;

private:
    std::shared_ptr<const std::vector<double>> m_bounds;
    std::unique_ptr<std::atomic<std::uint64_t>[]> m_buckets; // per bucket, last one is +Inf
    std::atomic<double> m_sum{0.0};
};

} // namespace helios::metrics
