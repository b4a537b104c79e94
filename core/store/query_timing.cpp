#include "core/store/query_timing.h"

#include "core/metrics/metric.h"

namespace helios {

QueryTiming::QueryTiming(metrics::HistogramFamily *durations, QLatin1StringView query)
    : m_durations(durations), m_query(query)
{
    if (m_durations)
        m_clock.start();
}

QueryTiming::~QueryTiming()
{
    if (m_durations)
        m_durations->labels({QString(m_query)}).observe(double(m_clock.nsecsElapsed()) / 1e9);
}

} // namespace helios
