#include "core/metrics/helios_metrics.h"

#include "core/metrics/metrics_registry.h"

namespace helios::metrics {

std::vector<double> storeQueryBuckets()
{
    return {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
            0.025,  0.05,    0.1,    0.25,  0.5,    1,     2.5};
}

std::vector<double> eventLoopLagBuckets()
{
    return {0.001, 0.0025, 0.005, 0.01, 0.016, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
}

HeliosMetrics registerHeliosMetrics(MetricsRegistry &registry)
{
    using namespace names;
    const QString model = labels::kModel;
    return HeliosMetrics{
        registry.counter(kLlmApiRequestsTotal,
                         QStringLiteral("LLM API requests, by model and outcome."),
                         {model, labels::kStatus}),
        registry.histogram(
            kLlmApiResponseTimeSeconds,
            QStringLiteral("LLM API response time in seconds, until the whole answer "
                           "has arrived."),
            {model}),
        registry.histogram(
            kLlmTimeToFirstTokenSeconds,
            QStringLiteral("Seconds from sending an LLM request to the first streamed "
                           "token."),
            {model}),
        registry.counter(kLlmTokensTotal,
                         QStringLiteral("LLM tokens, sent (in) and received (out)."),
                         {model, labels::kDirection}),
        registry.counter(kLlmCacheRequestsTotal,
                         QStringLiteral("LLM response cache look-ups: hit, miss, or join (waited "
                                        "for the same request already in flight)."),
                         {labels::kResult}),
        registry.histogram(kStoreQueryDurationSeconds,
                           QStringLiteral("Store query duration in seconds, by query."),
                           {labels::kQuery}, storeQueryBuckets()),
        registry.counter(kStoreQueryCacheRequestsTotal,
                         QStringLiteral("Store query cache look-ups: hit or miss."),
                         {labels::kResult}),
        registry.histogram(kUiEventLoopLagSeconds,
                           QStringLiteral("How late the GUI event loop ran a timer, in seconds."),
                           {}, eventLoopLagBuckets()),
        registry.gauge(kProcessResidentMemoryBytes,
                       QStringLiteral("Resident memory size in bytes.")),
    };
}

} // namespace helios::metrics
