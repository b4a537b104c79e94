#include "ui/dashboard/metrics_history.h"

namespace helios::ui {

namespace {

std::optional<double> scaled(const std::optional<double> &value, double factor)
{
    return value ? std::optional<double>(*value * factor) : std::nullopt;
}

} // namespace

void MetricsHistory::append(double at, const DashboardFigures &figures)
{
    Sample sample;
    sample.at = at;
    sample.requestsPerSecond = figures.requestsPerSecond;
    sample.tokensPerSecond = figures.tokensOutPerSecond;
    sample.lagMs = scaled(figures.recentEventLoopLagP95, 1000.0);
    sample.storeMs = scaled(figures.recentStoreQueryP95, 1000.0);
    sample.memoryMiB = scaled(figures.residentMemoryBytes, 1.0 / (1024.0 * 1024.0));
    m_samples.push_back(sample);
    while (!m_samples.empty() && m_samples.front().at < at - m_span)
        m_samples.pop_front();
}

QList<QPointF> MetricsHistory::points(Series series) const
{
    QList<QPointF> result;
    if (m_samples.empty())
        return result;
    result.reserve(static_cast<qsizetype>(m_samples.size()));
    const double newest = m_samples.back().at;
    for (const Sample &s : m_samples) {
        std::optional<double> y;
        switch (series) {
        case Series::RequestsPerSecond:
            y = s.requestsPerSecond;
            break;
        case Series::TokensPerSecond:
            y = s.tokensPerSecond;
            break;
        case Series::EventLoopLagMs:
            y = s.lagMs;
            break;
        case Series::StoreQueryMs:
            y = s.storeMs;
            break;
        case Series::ResidentMemoryMiB:
            y = s.memoryMiB;
            break;
        }
        if (y)
            result.append({s.at - newest, *y});
    }
    return result;
}

} // namespace helios::ui
