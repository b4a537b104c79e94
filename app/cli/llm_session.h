#pragma once

#include "app/cli/llm_request.h"
#include "core/domain/result.h"
#include "core/llm/call_recorder.h"
#include "core/llm/llm_client.h"
#include "core/llm/response_cache.h"

#include <memory>

namespace helios {
class LlmStore;
}

namespace helios::cli {

// One command's connection to a model server, wired as the GUI wires it: the provider behind an
// LlmClient (timeouts, retries, single-flight), the response cache over the database's llm_cache
// table, and a CallRecorder for the metrics and llm_calls. The API key is read from the
// environment variable request.apiKeyVariable on every request and kept nowhere.
class LlmSession
{
public:
    // store may be null: no cache, no history (models). metrics and store must outlive this.
    LlmSession(LlmRequest request, metrics::HeliosMetrics *metrics, LlmStore *store);
    ~LlmSession();

    // Checks the provider settings and, without --model, asks the server for its first model.
    QCoro::Task<Status> start();
    QCoro::Task<Result<QStringList>> models();
    // Waits until every call is in llm_calls; call before the store goes away.
    QCoro::Task<> drain();

    llm::LlmClient &client() { return *m_client; }
    const QString &model() const { return m_model; }
    llm::CancelToken cancelToken() const { return m_cancel; }
    // Temperature and other settings of the command line, without messages.
    llm::ChatRequest baseRequest() const;
    llm::CallOptions callOptions() const;

private:
    Status makeClient();

    LlmRequest m_request;
    metrics::HeliosMetrics *m_metrics;
    LlmStore *m_store;
    QString m_model;
    llm::CancelToken m_cancel;
    std::unique_ptr<llm::ResponseCache> m_cache;
    std::unique_ptr<llm::CallRecorder> m_recorder;
    std::unique_ptr<llm::LlmClient> m_client;
};

} // namespace helios::cli
