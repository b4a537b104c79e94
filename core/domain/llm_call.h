#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

#include <vector>

namespace helios {

// One call to an LLM provider, as the dashboard and the metrics history see it.
struct LlmCallRecord
{
    QDateTime calledAt;
    QString provider;
    QString model;
    QString status; // "ok", "error", "cancelled", ...
    double latencyMs = 0;
    double ttftMs = -1; // negative: not streamed or not measured (NULL in the table)
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    bool cached = false;

    friend bool operator==(const LlmCallRecord &, const LlmCallRecord &) = default;
};

// The calls in a time range, summed up for the dashboard.
struct LlmCallSummary
{
    qint64 calls = 0;
    QMap<QString, qint64> byStatus;
    // Latency percentiles (nearest rank) of the calls that reached the model: cache hits are
    // left out, they say nothing about the model. 0 when there were none.
    double p50LatencyMs = 0;
    double p95LatencyMs = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    double cacheHitShare = 0; // cached calls / all calls, 0..1
};

// Nearest-rank percentile (0 < p <= 100) of values; sorts them partially. 0 for none.
double percentile(std::vector<double> &values, double p);

} // namespace helios
