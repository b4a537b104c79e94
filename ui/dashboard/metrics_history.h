#pragma once

#include "ui/dashboard/dashboard_figures.h"

#include <QList>
#include <QPointF>

#include <deque>
#include <optional>

namespace helios::ui {

// The last couple of minutes of dashboard figures, one sample per tick, for the rolling line
// charts. Bounded: the oldest sample goes when a new one would make the history longer than its
// span.
class MetricsHistory
{
public:
    enum class Series {
        RequestsPerSecond,
        TokensPerSecond,
        EventLoopLagMs, // recent p95
        StoreQueryMs,   // recent p95
        ResidentMemoryMiB,
    };

    explicit MetricsHistory(double spanSeconds = 120.0) : m_span(spanSeconds) {}

    // `at`: seconds on a monotonic clock; samples must come in increasing time.
    void append(double at, const DashboardFigures &figures);
    void clear() { m_samples.clear(); }

    int size() const { return static_cast<int>(m_samples.size()); }
    double spanSeconds() const { return m_span; }

    // x: seconds before the newest sample (-span..0); y: the figure. Samples where the figure is
    // unknown are left out.
    QList<QPointF> points(Series series) const;

private:
    struct Sample
    {
        double at = 0.0;
        double requestsPerSecond = 0.0;
        double tokensPerSecond = 0.0;
        std::optional<double> lagMs;
        std::optional<double> storeMs;
        std::optional<double> memoryMiB;
    };

    double m_span;
    std::deque<Sample> m_samples;
};

} // namespace helios::ui
