#pragma once

// "planner": "model" for the local API: a team over the model server the window's Settings or
// `helios-cli serve`'s model server options name. The server's settings can change while the API
// runs (the window's Settings are saved on the GUI thread); the API's thread reads them when a
// plan is asked for, and each plan gets its own connection on the API's thread, which is
// destroyed with the team once the plan is made.

#include "api/api_backend.h"
#include "core/agents/llm_planning_team.h"
#include "core/llm/chat.h"
#include "core/llm/response_cache.h"

#include <QMutex>

#include <functional>
#include <memory>
#include <optional>

namespace helios {
class LlmCacheStorage;
class LlmCallWrites;
namespace metrics {
struct HeliosMetrics;
}
} // namespace helios

namespace helios::api {

// A model server as the window and the CLI configure it. The key is never here: apiKey answers
// it on every request (from any thread) and keeps it nowhere else.
struct ModelServer
{
    llm::ProviderConfig provider; // an empty model: the first one the server lists
    std::function<QString()> apiKey;
    agents::LlmTeamOptions team; // timeouts, temperature, context, bypassCache
    llm::ResponseCacheOptions cache;
};

// The model server in use, set from one thread and read from another. Empty: none configured.
class ModelServerChoice
{
public:
    void set(std::optional<ModelServer> server);
    std::optional<ModelServer> current() const;

private:
    mutable QMutex m_mutex;
    std::optional<ModelServer> m_server;
};

// What the teams record into, as the window's and the CLI's teams do: the metrics
// (llm_api_requests_total, …), the response cache's storage (llm_cache) and the call log
// (llm_calls). Each may be null; all must outlive the API server, and be callable from its thread.
struct ModelTeamParts
{
    metrics::HeliosMetrics *metrics = nullptr;
    LlmCacheStorage *cache = nullptr;
    LlmCallWrites *calls = nullptr;
};

// The API's team factory: the offline planner for "offline", a team over the chosen model server
// for "model", or the one sentence saying no model server is set up. choice must outlive it.
ApiTeamFactory modelServerTeams(std::shared_ptr<const ModelServerChoice> choice,
                                ModelTeamParts parts);

} // namespace helios::api
