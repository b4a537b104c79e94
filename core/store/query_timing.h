#pragma once

#include "core/metrics/metric_family.h"

#include <QElapsedTimer>
#include <QLatin1StringView>

namespace helios {

// Times one store operation on its worker thread and records the seconds into
// store_query_duration_seconds{query} when it ends (whether it succeeded or not). With no
// histogram it records nothing.
class QueryTiming
{
public:
    QueryTiming(metrics::HistogramFamily *durations, QLatin1StringView query);
    ~QueryTiming();
    QueryTiming(const QueryTiming &) = delete;
    QueryTiming &operator=(const QueryTiming &) = delete;

private:
    metrics::HistogramFamily *m_durations;
    QLatin1StringView m_query;
    QElapsedTimer m_clock;
};

} // namespace helios
