#include "core/llm/call_recorder.h"

#include "core/domain/llm_call_writes.h"
#include "core/metrics/helios_metrics.h"
#include "core/metrics/metric.h"

#include <QLoggingCategory>

#include <qcoro/qcorosignal.h>

namespace helios::llm {

namespace {
Q_LOGGING_CATEGORY(lcCalls, "helios.llm.calls")
}

CallRecorder::CallRecorder(metrics::HeliosMetrics *metrics, LlmCallWrites *calls, QObject *parent)
    : QObject(parent), m_metrics(metrics), m_calls(calls)
{}

void CallRecorder::watch(LlmClient &client)
{
    connect(&client, &LlmClient::callFinished, this, &CallRecorder::record);
}

void CallRecorder::record(const CallRecord &call)
{
    if (m_metrics && !call.cached) {
        using namespace metrics;
        m_metrics->llmApiRequests.labels({call.model, call.status}).add();
        if (call.status != QLatin1String("cancelled"))
            m_metrics->llmApiResponseTime.labels({call.model}).observe(call.latencyMs / 1000.0);
        if (call.timeToFirstTokenMs >= 0)
            m_metrics->llmTimeToFirstToken.labels({call.model})
                .observe(call.timeToFirstTokenMs / 1000.0);
        if (call.tokensIn > 0)
            m_metrics->llmTokens.labels({call.model, QString(values::kDirectionIn)})
                .add(static_cast<double>(call.tokensIn));
        if (call.tokensOut > 0)
            m_metrics->llmTokens.labels({call.model, QString(values::kDirectionOut)})
                .add(static_cast<double>(call.tokensOut));
    }
    if (m_calls)
        append(call);
}

QCoro::Task<> CallRecorder::append(CallRecord call)
{
    LlmCallRecord row;
    row.calledAt = QDateTime::currentDateTimeUtc().addMSecs(-qint64(call.latencyMs));
    row.provider = call.provider;
    row.model = call.model;
    row.status = call.status;
    row.latencyMs = call.latencyMs;
    row.ttftMs = call.timeToFirstTokenMs;
    row.tokensIn = call.cached ? 0 : call.tokensIn;
    row.tokensOut = call.cached ? 0 : call.tokensOut;
    row.cached = call.cached;
    ++m_pending;
    auto writing = m_calls->appendCall(std::move(row));
    const Status written = co_await writing;
    if (!written)
        qCWarning(lcCalls) << "Could not record a model call:" << written.error().message;
    if (--m_pending == 0)
        Q_EMIT drained();
}

QCoro::Task<> CallRecorder::drain()
{
    if (m_pending == 0)
        co_return;
    auto waiting = qCoro(this, &CallRecorder::drained);
    co_await waiting;
}

} // namespace helios::llm
