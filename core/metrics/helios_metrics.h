#pragma once

// The metrics Helios records, by name, with their label names and the label values in use.
// app/ calls registerHeliosMetrics() once and hands the result (or parts of it) to services.

#include "core/metrics/metric_family.h"

#include <QLatin1StringView>

namespace helios::metrics {

class MetricsRegistry;

namespace names {
inline constexpr QLatin1StringView kLlmApiRequestsTotal{"llm_api_requests_total"};
inline constexpr QLatin1StringView kLlmApiResponseTimeSeconds{"llm_api_response_time_seconds"};
inline constexpr QLatin1StringView kLlmTimeToFirstTokenSeconds{"llm_time_to_first_token_seconds"};
inline constexpr QLatin1StringView kLlmTokensTotal{"llm_tokens_total"};
inline constexpr QLatin1StringView kLlmCacheRequestsTotal{"llm_cache_requests_total"};
inline constexpr QLatin1StringView kStoreQueryDurationSeconds{"store_query_duration_seconds"};
inline constexpr QLatin1StringView kStoreQueryCacheRequestsTotal{
    "store_query_cache_requests_total"};
inline constexpr QLatin1StringView kUiEventLoopLagSeconds{"ui_event_loop_lag_seconds"};
inline constexpr QLatin1StringView kProcessResidentMemoryBytes{"process_resident_memory_bytes"};
} // namespace names

namespace labels {
inline constexpr QLatin1StringView kModel{"model"};
inline constexpr QLatin1StringView kStatus{"status"};
inline constexpr QLatin1StringView kDirection{"direction"};
inline constexpr QLatin1StringView kResult{"result"};
inline constexpr QLatin1StringView kQuery{"query"};
} // namespace labels

// Label values with a fixed vocabulary.
namespace values {
inline constexpr QLatin1StringView kStatusOk{"ok"};
inline constexpr QLatin1StringView kStatusError{"error"};
inline constexpr QLatin1StringView kDirectionIn{"in"};   // prompt tokens
inline constexpr QLatin1StringView kDirectionOut{"out"}; // completion tokens
inline constexpr QLatin1StringView kCacheHit{"hit"};
inline constexpr QLatin1StringView kCacheMiss{"miss"};
inline constexpr QLatin1StringView kCacheJoin{"join"}; // joined a request already in flight
} // namespace values

struct HeliosMetrics
{
    CounterFamily &llmApiRequests;          // {model, status}
    HistogramFamily &llmApiResponseTime;    // {model}, seconds
    HistogramFamily &llmTimeToFirstToken;   // {model}, seconds
    CounterFamily &llmTokens;               // {model, direction}
    CounterFamily &llmCacheRequests;        // {result}: hit | miss | join
    HistogramFamily &storeQueryDuration;    // {query}, seconds
    CounterFamily &storeQueryCacheRequests; // {result}: hit | miss
    HistogramFamily &uiEventLoopLag;        // seconds
    GaugeFamily &processResidentMemory;     // bytes
};

// Registers (or finds, on a second call) every Helios metric in registry, which must outlive the
// returned references.
HeliosMetrics registerHeliosMetrics(MetricsRegistry &registry);

// Upper bounds for store queries: most take well under a millisecond.
std::vector<double> storeQueryBuckets();
// Upper bounds for event loop lag, around the 16 ms of a 60 Hz frame.
std::vector<double> eventLoopLagBuckets();

} // namespace helios::metrics
