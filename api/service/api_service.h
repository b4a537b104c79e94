#pragma once

// The endpoints of the local API (docs/API.md), over the services the window uses: it answers
// what an HttpServer reads, and sends events to the WebSocket subscribers. Lives on the API's
// thread (ApiServer makes it there).

#include "api/api_backend.h"
#include "api/http/http_server.h"
#include "api/service/response_cache.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace helios {
class JobService;
class TemplateGallery;
struct Job;
namespace metrics {
class MetricsRegistry;
class Counter;
class Histogram;
template <typename Series> class Family;
using CounterFamily = Family<Counter>;
using HistogramFamily = Family<Histogram>;
class Gauge;
} // namespace metrics
class ChangeWatcher;
} // namespace helios

namespace helios::api {

class EventHub;

struct ApiOptions
{
    QByteArray token;             // the bearer token every request but /healthz must carry
    int changePollMs = 250;       // how often the change feed is read (other processes' changes)
    int publicPlansTtlMs = 60000; // how long a public-plans page is served from the cache
    // The day new plans and the gallery's built-in plans start from; null: the current date
    // (test seam).
    QDate today;
};

class ApiService : public QObject
{
    Q_OBJECT

public:
    ApiService(ApiStorage storage, ApiTeamFactory teams, metrics::MetricsRegistry &registry,
               ApiOptions options, QObject *parent = nullptr);
    ~ApiService() override;

    // Takes the server's requests and WebSocket upgrades.
    void attach(HttpServer &server);
    // Starts hearing changes (events for other processes' work, cache invalidation).
    void start();
    int subscriberCount() const;

private:
    class Answer;
    struct CachedPlan;
    struct CachedPlanList;

    QCoro::Task<> serve(HttpRequest request, HttpReply reply);
    QCoro::Task<std::optional<HttpResponse>> route(const HttpRequest &request, Answer &answer);
    QCoro::Task<HttpResponse> routeV1(const HttpRequest &request, const QList<QByteArrayView> &rest,
                                      Answer &answer);
    QCoro::Task<HttpResponse> routePlans(const HttpRequest &request,
                                         const QList<QByteArrayView> &rest, Answer &answer);
    std::optional<HttpResponse> checkUpgrade(const HttpRequest &request);

    HttpResponse metricsText();
    QCoro::Task<HttpResponse> listPlans(const HttpRequest &request);
    QCoro::Task<HttpResponse> onePlan(const HttpRequest &request, qint64 planId);
    QCoro::Task<HttpResponse> exportPlan(const HttpRequest &request, qint64 planId);
    QCoro::Task<HttpResponse> job(qint64 jobId);
    QCoro::Task<HttpResponse> cancelJob(qint64 jobId);
    QCoro::Task<HttpResponse> patchTask(const HttpRequest &request, qint64 taskId);
    QCoro::Task<HttpResponse> publicPlans(const HttpRequest &request);
    QCoro::Task<HttpResponse> today(const HttpRequest &request);
    // POST /api/v1/plans answers (202) as soon as the job exists; the plan is made after.
    std::optional<HttpResponse> createPlan(const HttpRequest &request, Answer answer);
    QCoro::Task<> generate(ApiTeam team, Goal goal, QString input, Answer answer);

    void onChanges(const QList<Change> &changes);
    void onJobChanged(const Job &job);
    QCoro::Task<> announceFailedJob(qint64 jobId);
    void announce(const QByteArray &json);
    HttpResponse storageError(const Error &error) const;
    HttpResponse errorFor(const Error &error) const;
    QDate currentDay() const;

    ApiStorage m_storage;
    ApiTeamFactory m_teams;
    metrics::MetricsRegistry &m_registry;
    metrics::CounterFamily &m_requests;
    metrics::HistogramFamily &m_durations;
    metrics::Gauge &m_subscribers;
    metrics::Gauge &m_residentMemory;
    ApiOptions m_options;
    std::unique_ptr<JobService> m_jobs;
    std::unique_ptr<TemplateGallery> m_gallery;
    ChangeWatcher *m_watcher = nullptr;
    EventHub *m_hub = nullptr;
    ResponseCache m_galleryCache;
    QHash<qint64, std::shared_ptr<CachedPlan>> m_planCache;
    std::unique_ptr<CachedPlanList> m_planList;
    QHash<qint64, llm::CancelToken> m_running; // jobs this process is making
    QSet<qint64> m_announcedJobs;              // PLAN_GENERATED or JOB_FAILED sent
};

} // namespace helios::api
