#include "api/model_teams.h"

#include "core/agents/offline_planning_team.h"
#include "core/llm/call_recorder.h"
#include "core/llm/llm_client.h"
#include "core/llm/provider_factory.h"
#include "core/metrics/helios_metrics.h"

#include <QCoreApplication>

namespace helios::api {

void ModelServerChoice::set(std::optional<ModelServer> server)
{
    const QMutexLocker lock(&m_mutex);
    m_server = std::move(server);
}

std::optional<ModelServer> ModelServerChoice::current() const
{
    const QMutexLocker lock(&m_mutex);
    return m_server;
}

namespace {

// One plan's team over a model server: its connection (client, response cache, call recorder) is
// made on the thread that runs the plan when the plan starts, so that its sockets live there, and
// asks the server for its first model when none is named, as the window and the CLI do.
class ServerTeam final : public agents::PlanningTeam
{
public:
    ServerTeam(ModelServer server, ModelTeamParts parts)
        : m_server(std::move(server)), m_parts(parts)
    {}

    ~ServerTeam() override
    {
        m_client.reset(); // before the cache and the recorder it uses
    }

    QCoro::Task<Result<Plan>> generate(agents::GoalRequest request, agents::ProgressSink sink,
                                       llm::CancelToken cancel) override
    {
        auto connecting = connect();
        const Status connected = co_await connecting;
        if (!connected)
            co_return connected.error();
        agents::LlmPlanningTeam team(*m_client, m_server.team);
        auto generating = team.generate(std::move(request), std::move(sink), std::move(cancel));
        Result<Plan> plan = co_await generating;
        auto draining = m_recorder->drain();
        co_await draining;
        if (!plan) // the sentence, as the job keeps it; the key is redacted in it
            qWarning("Local API: a plan on %s failed: %s", qPrintable(m_server.provider.model),
                     qPrintable(plan.error().message));
        co_return plan;
    }

    QCoro::Task<Result<Plan>> revise(Plan plan, agents::ProgressSummary summary,
                                     agents::ProgressSink sink, llm::CancelToken cancel) override
    {
        auto connecting = connect();
        const Status connected = co_await connecting;
        if (!connected)
            co_return connected.error();
        agents::LlmPlanningTeam team(*m_client, m_server.team);
        auto revising = team.revise(std::move(plan), summary, std::move(sink), std::move(cancel));
        Result<Plan> revised = co_await revising;
        auto draining = m_recorder->drain();
        co_await draining;
        co_return revised;
    }

private:
    Status makeClient()
    {
        m_client.reset();
        Result<std::unique_ptr<llm::Provider>> provider =
            llm::makeProvider(m_server.provider, m_server.apiKey);
        if (!provider)
            return provider.error();
        if (!m_recorder)
            m_recorder = std::make_unique<llm::CallRecorder>(m_parts.metrics, m_parts.calls);
        if (m_parts.cache && !m_cache) {
            m_cache = std::make_unique<llm::ResponseCache>(m_parts.cache, m_server.cache);
            if (m_parts.metrics)
                m_cache->countInto(m_parts.metrics->llmCacheRequests);
        }
        m_client = std::make_unique<llm::LlmClient>(std::move(*provider));
        m_client->setResponseCache(m_cache.get());
        m_recorder->watch(*m_client);
        return Ok{};
    }

    QCoro::Task<Status> connect()
    {
        if (m_client)
            co_return Ok{};
        if (const Status made = makeClient(); !made)
            co_return made;
        if (!m_server.provider.model.trimmed().isEmpty())
            co_return Ok{};
        // No model named: the server's first one, and the client made again with it.
        auto listing = m_client->provider()->models();
        const Result<QStringList> models = co_await listing;
        if (!models)
            co_return models.error();
        if (models->isEmpty())
            co_return Error::provider(QCoreApplication::translate(
                "helios", "The model server offers no models; choose one in its settings."));
        m_server.provider.model = models->constFirst();
        co_return makeClient();
    }

    ModelServer m_server;
    ModelTeamParts m_parts;
    std::unique_ptr<llm::ResponseCache> m_cache; // outlives the client
    std::unique_ptr<llm::CallRecorder> m_recorder;
    std::unique_ptr<llm::LlmClient> m_client;
};

} // namespace

ApiTeamFactory modelServerTeams(std::shared_ptr<const ModelServerChoice> choice,
                                ModelTeamParts parts)
{
    return [choice = std::move(choice), parts](const QString &planner) -> Result<ApiTeam> {
        if (planner != QLatin1String("model"))
            return offlineTeamOnly(planner);
        std::optional<ModelServer> server = choice->current();
        if (!server || server->provider.kind == llm::ProviderKind::Offline)
            return offlineTeamOnly(planner); // the sentence: no model server is set up
        const QString provider = llm::toString(server->provider.kind);
        const QString model = server->provider.model.trimmed();
        return ApiTeam{std::make_shared<ServerTeam>(std::move(*server), parts), provider, model};
    };
}

} // namespace helios::api
