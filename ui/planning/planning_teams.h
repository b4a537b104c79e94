#pragma once

#include "core/agents/planning_team.h"
#include "core/domain/result.h"
#include "ui/settings/app_settings.h"

#include <QObject>

#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>

namespace helios {
class LlmCacheStorage;
class LlmCallWrites;
namespace metrics {
struct HeliosMetrics;
}
namespace llm {
class CallRecorder;
class ResponseCache;
} // namespace llm
} // namespace helios

namespace helios::ui {

// The planners the GUI offers: the offline planner always, and the model server chosen in
// Settings when there is one. Owns the connection to that server as the CLI's LlmSession does:
// the provider behind an LlmClient, the response cache over llm_cache, and a CallRecorder that
// feeds the metrics registry and llm_calls. configure() makes a new connection when the settings
// change; a team already handed out keeps the connection it started with until it is destroyed,
// so a plan being made while Settings are saved finishes on its server. GUI thread only.
class PlanningTeams : public QObject
{
    Q_OBJECT

public:
    // The API key of a server, asked for on every request (ApiKeyStore::keyFunction).
    using KeyFunction = std::function<std::function<QString()>(llm::ProviderKind, const QUrl &)>;

    // metrics, cache (the response cache's storage) and calls (the call log) may be null (no
    // metrics, no persistent cache, no history); all must outlive this. The application hands
    // in its LlmStore for both.
    PlanningTeams(metrics::HeliosMetrics *metrics, LlmCacheStorage *cache, LlmCallWrites *calls,
                  KeyFunction keys, QObject *parent = nullptr);
    ~PlanningTeams() override;

    void configure(const AppSettings &settings);
    const AppSettings &settings() const { return m_settings; }

    // Settings name a model server (which may still be unreachable).
    bool hasModel() const { return m_settings.usesModelServer(); }
    // "llama3 on http://127.0.0.1:11434" ("the server's first model on …" without a model).
    QString modelLabel() const;

    // A team for one generation or revision. With useModel, a team over the model server:
    // without a chosen model the server is asked for its models and the first is used (a Provider
    // error when it has none or cannot be reached); regenerate bypasses the response cache.
    // Without useModel, the offline planner.
    QCoro::Task<Result<std::shared_ptr<agents::PlanningTeam>>> team(bool useModel,
                                                                    bool regenerate = false);

    // The model team for Adapt plan's "Revise with the model", or nullptr when no model server is
    // configured or its model is not known yet (no model chosen and none asked for so far). The
    // team stays valid until the settings change the server; asking again returns the same one.
    agents::PlanningTeam *revisionTeam();

    // Empties the response cache (memory and llm_cache). Settings → Clear cache.
    QCoro::Task<Status> clearCache();
    // Waits until every finished call is in llm_calls; await before the store goes away.
    QCoro::Task<> drain();
    int pendingWrites() const;

Q_SIGNALS:
    void configured();

private:
    struct Connection;

    // A connection for settings, or the sentence saying why they cannot be used.
    Result<std::shared_ptr<Connection>> connect(const AppSettings &settings);
    void ensureCache();

    metrics::HeliosMetrics *m_metrics;
    LlmCacheStorage *m_cacheStorage;
    KeyFunction m_keys;
    AppSettings m_settings;
    std::shared_ptr<llm::ResponseCache> m_cache;
    std::unique_ptr<llm::CallRecorder> m_recorder;
    std::shared_ptr<Connection> m_connection; // for m_settings; null until first needed
    std::shared_ptr<agents::PlanningTeam> m_revisionTeam;
    std::weak_ptr<Connection> m_revisionConnection; // the connection m_revisionTeam uses
};

} // namespace helios::ui
