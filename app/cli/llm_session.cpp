#include "app/cli/llm_session.h"

#include "core/llm/provider_factory.h"
#include "core/metrics/helios_metrics.h"
#include "core/store/llm_store.h"

#include <QCoreApplication>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

} // namespace

LlmSession::LlmSession(LlmRequest request, metrics::HeliosMetrics *metrics, LlmStore *store)
    : m_request(std::move(request)), m_metrics(metrics), m_store(store), m_model(m_request.model)
{}

LlmSession::~LlmSession()
{
    // The client's coroutines are over by now; it goes before the cache and recorder it uses.
    m_client.reset();
}

Status LlmSession::makeClient()
{
    if (m_client)
        return Ok{};
    llm::ProviderConfig config;
    config.kind = m_request.provider;
    config.endpoint = m_request.endpoint;
    config.model = m_model;
    const QString variable = m_request.apiKeyVariable;
    auto apiKey = [variable] { return qEnvironmentVariable(variable.toLocal8Bit().constData()); };
    Result<std::unique_ptr<llm::Provider>> provider = llm::makeProvider(config, apiKey);
    if (!provider)
        return provider.error();
    m_client = std::make_unique<llm::LlmClient>(std::move(*provider));
    if (m_store) {
        m_cache = std::make_unique<llm::ResponseCache>(m_store);
        if (m_metrics)
            m_cache->countInto(m_metrics->llmCacheRequests);
        m_client->setResponseCache(m_cache.get());
    }
    m_recorder = std::make_unique<llm::CallRecorder>(m_metrics, m_store);
    m_recorder->watch(*m_client);
    return Ok{};
}

QCoro::Task<Result<QStringList>> LlmSession::models()
{
    if (Status made = makeClient(); !made)
        co_return made.error();
    auto listing = m_client->provider()->models();
    Result<QStringList> models = co_await listing;
    co_return models;
}

QCoro::Task<Status> LlmSession::start()
{
    if (!m_model.isEmpty()) {
        co_return makeClient();
    }
    // Without a model name, the server's first model; the client is made again with it.
    auto listing = models();
    Result<QStringList> listed = co_await listing;
    if (!listed)
        co_return listed.error();
    if (listed->isEmpty())
        co_return Error::provider(tr("The model server offers no models; name one with --model."));
    m_model = listed->constFirst();
    m_client.reset();
    m_recorder.reset();
    m_cache.reset();
    co_return makeClient();
}

QCoro::Task<> LlmSession::drain()
{
    if (!m_recorder)
        co_return;
    auto draining = m_recorder->drain();
    co_await draining;
}

llm::ChatRequest LlmSession::baseRequest() const
{
    llm::ChatRequest request;
    if (m_request.temperature)
        request.temperature = *m_request.temperature;
    return request;
}

llm::CallOptions LlmSession::callOptions() const
{
    llm::CallOptions options;
    options.stream = m_request.stream;
    options.bypassCache = m_request.noCache;
    if (m_request.timeoutSeconds > 0) {
        options.deadlineMs = m_request.timeoutSeconds * 1000;
        options.firstByteTimeoutMs = std::min(options.firstByteTimeoutMs, options.deadlineMs);
    }
    return options;
}

} // namespace helios::cli
