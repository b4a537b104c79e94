#include "ui/planning/planning_teams.h"

#include "core/agents/llm_planning_team.h"
#include "core/agents/offline_planning_team.h"
#include "core/llm/call_recorder.h"
#include "core/llm/llm_client.h"
#include "core/llm/provider_factory.h"
#include "core/llm/response_cache.h"
#include "core/metrics/helios_metrics.h"

#include <QPointer>

namespace helios::ui {

struct PlanningTeams::Connection
{
    AppSettings settings;                      // the model resolved when the settings named none
    std::shared_ptr<llm::ResponseCache> cache; // declared first: outlives the client
    std::unique_ptr<llm::LlmClient> client;
};

namespace {

// An LlmPlanningTeam that keeps its connection alive for as long as it lives.
class ModelTeam final : public agents::PlanningTeam
{
public:
    ModelTeam(std::shared_ptr<void> keepAlive, llm::LlmClient &client,
              agents::LlmTeamOptions options)
        : m_keepAlive(std::move(keepAlive)), m_team(client, std::move(options))
    {}

    QCoro::Task<Result<Plan>> generate(agents::GoalRequest request, agents::ProgressSink sink,
                                       llm::CancelToken cancel) override
    {
        return m_team.generate(std::move(request), std::move(sink), std::move(cancel));
    }

    QCoro::Task<Result<Plan>> revise(Plan plan, agents::ProgressSummary summary,
                                     agents::ProgressSink sink, llm::CancelToken cancel) override
    {
        return m_team.revise(std::move(plan), summary, std::move(sink), std::move(cancel));
    }

private:
    std::shared_ptr<void> m_keepAlive;
    agents::LlmPlanningTeam m_team;
};

bool sameServer(const AppSettings &a, const AppSettings &b)
{
    return a.provider == b.provider && a.endpointUrl() == b.endpointUrl() &&
           a.model.trimmed() == b.model.trimmed() && a.maxConcurrent == b.maxConcurrent &&
           a.connectTimeoutSeconds == b.connectTimeoutSeconds &&
           a.firstByteTimeoutSeconds == b.firstByteTimeoutSeconds &&
           a.idleTimeoutSeconds == b.idleTimeoutSeconds && a.deadlineSeconds == b.deadlineSeconds;
}

bool sameCacheOptions(const llm::ResponseCacheOptions &a, const llm::ResponseCacheOptions &b)
{
    return a.memoryEntries == b.memoryEntries && a.maxPersistentEntries == b.maxPersistentEntries &&
           a.ttl == b.ttl;
}

agents::LlmTeamOptions teamOptions(const AppSettings &settings, bool regenerate)
{
    agents::LlmTeamOptions options;
    options.call = settings.callOptions();
    options.call.bypassCache = regenerate;
    options.contextTokens = settings.contextTokens;
    options.temperature = settings.temperature;
    return options;
}

} // namespace

PlanningTeams::PlanningTeams(metrics::HeliosMetrics *metrics, LlmCacheStorage *cache,
                             LlmCallWrites *calls, KeyFunction keys, QObject *parent)
    : QObject(parent), m_metrics(metrics), m_cacheStorage(cache), m_keys(std::move(keys)),
      m_recorder(std::make_unique<llm::CallRecorder>(metrics, calls))
{}

PlanningTeams::~PlanningTeams()
{
    m_connection.reset();
}

void PlanningTeams::configure(const AppSettings &settings)
{
    const bool serverChanged = !sameServer(settings, m_settings);
    const bool cacheChanged = !sameCacheOptions(settings.cacheOptions(), m_settings.cacheOptions());
    m_settings = settings;
    if (serverChanged || cacheChanged)
        m_connection.reset(); // made again on the next team(); running teams keep theirs
    if (cacheChanged)
        m_cache.reset();
    Q_EMIT configured();
}

QString PlanningTeams::modelLabel() const
{
    if (!hasModel())
        return {};
    const QString server = m_settings.endpointUrl().toDisplayString();
    const QString model = m_settings.model.trimmed();
    if (model.isEmpty())
        return tr("the first model of %1").arg(server);
    return tr("%1 on %2").arg(model, server);
}

void PlanningTeams::ensureCache()
{
    if (m_cache)
        return;
    m_cache = std::make_shared<llm::ResponseCache>(m_cacheStorage, m_settings.cacheOptions());
    if (m_metrics)
        m_cache->countInto(m_metrics->llmCacheRequests);
}

Result<std::shared_ptr<PlanningTeams::Connection>>
PlanningTeams::connect(const AppSettings &settings)
{
    ensureCache();
    const llm::ProviderConfig config = settings.providerConfig();
    Result<std::unique_ptr<llm::Provider>> provider =
        llm::makeProvider(config, m_keys ? m_keys(config.kind, config.endpoint) : nullptr);
    if (!provider)
        return provider.error(); // the sentence saying why the settings cannot be used
    auto connection = std::make_shared<Connection>();
    connection->settings = settings;
    connection->cache = m_cache;
    connection->client = std::make_unique<llm::LlmClient>(std::move(*provider));
    connection->client->setResponseCache(m_cacheStorage ? m_cache.get() : nullptr);
    m_recorder->watch(*connection->client);
    return std::shared_ptr<Connection>(std::move(connection));
}

QCoro::Task<Result<std::shared_ptr<agents::PlanningTeam>>> PlanningTeams::team(bool useModel,
                                                                               bool regenerate)
{
    if (!useModel || !hasModel())
        co_return std::shared_ptr<agents::PlanningTeam>(
            std::make_shared<agents::OfflinePlanningTeam>());

    QPointer<PlanningTeams> self(this);
    if (!m_connection) {
        Result<std::shared_ptr<Connection>> connected = connect(m_settings);
        if (!connected)
            co_return connected.error();
        std::shared_ptr<Connection> connection = std::move(connected).value();
        if (connection->settings.model.trimmed().isEmpty()) {
            // No model chosen: the server's first one, asked for once per configuration.
            const AppSettings asked = m_settings;
            auto listing = connection->client->provider()->models();
            Result<QStringList> models = co_await listing;
            if (!self)
                co_return Error::cancelled();
            if (!models)
                co_return models.error();
            if (models->isEmpty())
                co_return Error::provider(
                    tr("The model server offers no models; choose one in Settings."));
            if (!(asked == m_settings)) // the settings changed while we asked
                co_return Error::provider(tr("The settings changed; try again."));
            AppSettings resolved = m_settings;
            resolved.model = models->constFirst();
            Result<std::shared_ptr<Connection>> withModel = connect(resolved);
            if (!withModel)
                co_return withModel.error();
            connection = std::move(withModel).value();
        }
        m_connection = std::move(connection);
    }
    llm::LlmClient &client = *m_connection->client;
    co_return std::shared_ptr<agents::PlanningTeam>(
        std::make_shared<ModelTeam>(m_connection, client, teamOptions(m_settings, regenerate)));
}

agents::PlanningTeam *PlanningTeams::revisionTeam()
{
    if (!hasModel())
        return nullptr;
    if (!m_connection) {
        if (m_settings.model.trimmed().isEmpty())
            return nullptr; // the server's first model is looked up by the next New goal
        Result<std::shared_ptr<Connection>> connected = connect(m_settings);
        if (!connected)
            return nullptr;
        m_connection = std::move(connected).value();
    }
    if (!m_revisionTeam || m_revisionConnection.lock() != m_connection) {
        m_revisionTeam = std::make_shared<ModelTeam>(m_connection, *m_connection->client,
                                                     teamOptions(m_settings, false));
        m_revisionConnection = m_connection;
    }
    return m_revisionTeam.get();
}

QCoro::Task<Status> PlanningTeams::clearCache()
{
    ensureCache();
    std::shared_ptr<llm::ResponseCache> cache = m_cache;
    auto clearing = cache->clear();
    const Status cleared = co_await clearing;
    co_return cleared;
}

int PlanningTeams::pendingWrites() const
{
    return m_recorder->pendingWrites();
}

QCoro::Task<> PlanningTeams::drain()
{
    auto draining = m_recorder->drain();
    co_await draining;
}

} // namespace helios::ui
