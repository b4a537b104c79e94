#pragma once

// The figures of the performance dashboard, computed from two registry snapshots a moment
// apart. Pure: no registry, no clock, no widgets.

#include "core/metrics/snapshot.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace helios::ui {

struct DashboardFigures
{
    // Since the registry was created (the program started).
    metrics::HistogramSnapshot llmLatency; // all models together, seconds
    std::optional<double> llmLatencyP50;
    std::optional<double> llmLatencyP95;
    QMap<QString, double> requestsByStatus; // all models together
    double requests = 0.0;
    std::optional<double> timeToFirstTokenP50; // seconds
    std::optional<double> timeToFirstTokenP95;
    double tokensIn = 0.0;
    double tokensOut = 0.0;
    // Completion tokens per second of response time: how fast answers are generated.
    std::optional<double> tokensPerSecond;
    double cacheHits = 0.0;
    double cacheMisses = 0.0;
    double cacheJoins = 0.0;
    // (hits + joins) / all look-ups: the share of requests that did not go to the model.
    std::optional<double> cacheHitRate;
    double storeQueries = 0.0;
    std::optional<double> storeQueryP50; // seconds, all queries together
    std::optional<double> storeQueryP95;
    std::optional<double> eventLoopLagP95; // seconds
    std::optional<double> eventLoopLagMax; // the upper bound of the highest bucket reached
    std::optional<double> residentMemoryBytes;

    // Over the interval since the previous snapshot (0 or nothing for the first one).
    double intervalSeconds = 0.0;
    double requestsPerSecond = 0.0;
    double tokensOutPerSecond = 0.0;
    std::optional<double> recentEventLoopLagP95;
    std::optional<double> recentStoreQueryP95;
};

// `before` may be empty (the first sample); seconds is the time between the two snapshots.
// Families that are missing count as zero / unknown, so a registry without some metrics works.
DashboardFigures computeDashboardFigures(const QList<metrics::FamilySnapshot> &now,
                                         const QList<metrics::FamilySnapshot> &before,
                                         double seconds);

} // namespace helios::ui
