#pragma once

#include "core/llm/llm_client.h"

#include <QObject>

#include <qcoro/qcorotask.h>

namespace helios {
class LlmCallWrites;
namespace metrics {
struct HeliosMetrics;
}
} // namespace helios

namespace helios::llm {

// Turns every finished model call of an LlmClient into metrics (llm_api_requests_total,
// response time, time to first token, tokens) and a row in the llm_calls table, so the history
// survives restarts. Cache hits are rows with cached = 1 but are not API requests: they count in
// llm_cache_requests_total (the ResponseCache's) and spend no tokens.
//
// metrics and calls (the call log, LlmStore in the application) may each be null; both must
// outlive the recorder. Before the call log goes away, await drain() so that no append is left
// waiting on it.
class CallRecorder : public QObject
{
    Q_OBJECT

public:
    CallRecorder(metrics::HeliosMetrics *metrics, LlmCallWrites *calls, QObject *parent = nullptr);

    void watch(LlmClient &client);
    void record(const CallRecord &call);

    int pendingWrites() const { return m_pending; }
    QCoro::Task<> drain();

Q_SIGNALS:
    void drained();

private:
    QCoro::Task<> append(CallRecord call);

    metrics::HeliosMetrics *m_metrics;
    LlmCallWrites *m_calls;
    int m_pending = 0;
};

} // namespace helios::llm
