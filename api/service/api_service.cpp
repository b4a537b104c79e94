#include "api/service/api_service.h"

#include "api/service/api_token.h"
#include "api/service/event_hub.h"
#include "api/service/gallery_json.h"
#include "core/domain/goal_validation.h"
#include "core/io/plan_format.h"
#include "core/io/plan_json.h"
#include "core/jobs/change_watcher.h"
#include "core/jobs/job_service.h"
#include "core/jobs/plan_transfer.h"
#include "core/jobs/template_gallery.h"
#include "core/metrics/metric.h"
#include "core/metrics/metrics_registry.h"
#include "core/metrics/process_stats.h"
#include "core/metrics/prometheus_text.h"
#include "core/planning/goal_deadline.h"
#include "core/today/agenda.h"
#include "core/today/agenda_json.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QUrlQuery>
#include <QWebSocket>

#include <cmath>

namespace helios::api {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeOrNull(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject jobToJson(const Job &job)
{
    return QJsonObject{
        {QStringLiteral("id"), job.id},
        {QStringLiteral("taskId"), job.id},
        {QStringLiteral("kind"), job.kind},
        {QStringLiteral("status"), toString(job.status)},
        {QStringLiteral("stage"), job.stage},
        {QStringLiteral("planId"), idOrNull(job.planId)},
        {QStringLiteral("error"),
         job.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.error)},
        {QStringLiteral("created_at"), dateTimeOrNull(job.createdAt)},
        {QStringLiteral("updated_at"), dateTimeOrNull(job.updatedAt)},
    };
}

// A positive id from a path segment, or 0.
qint64 idFrom(QByteArrayView segment)
{
    bool ok = false;
    const qint64 id = segment.toByteArray().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

// page (from 1) and limit (1..maxLimit) from the query; an error for anything else.
Result<std::pair<int, int>> paging(const HttpRequest &request, int defaultLimit, int maxLimit)
{
    int page = 1;
    int limit = defaultLimit;
    const QString pageText = request.queryValue(u"page");
    const QString limitText = request.queryValue(u"limit");
    bool ok = true;
    if (!pageText.isNull()) {
        page = pageText.toInt(&ok);
        if (!ok || page < 1)
            return Error::usage(
                QCoreApplication::translate("helios", "page must be a whole number from 1."));
    }
    if (!limitText.isNull()) {
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1 || limit > maxLimit)
            return Error::usage(
                QCoreApplication::translate("helios", "limit must be a whole number from 1 to %1.")
                    .arg(maxLimit));
    }
    return std::pair{page, limit};
}

// weekday_hours: seven numbers (Monday first) or one for every day, each from 0 to 24, as
// helios-cli today --weekday-hours takes them.
Result<WeekdayHours> weekdayHoursFrom(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    const auto refusal = [] {
        return Error::usage(QCoreApplication::translate(
            "helios", "weekday_hours must be seven numbers from 0 to 24 separated by commas "
                      "(Monday first), or one for every day."));
    };
    if (parts.size() != 1 && parts.size() != 7)
        return refusal();
    WeekdayHours hours{};
    for (size_t day = 0; day < hours.size(); ++day) {
        bool ok = false;
        const double h =
            QLocale::c().toDouble(parts.at(parts.size() == 1 ? 0 : qsizetype(day)).trimmed(), &ok);
        if (!ok || !std::isfinite(h) || h < 0.0 || h > 24.0)
            return refusal();
        hours[day] = h;
    }
    return hours;
}

Result<QJsonObject> jsonBody(const HttpRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error::usage(
            QCoreApplication::translate("helios", "The request body is not a JSON object."));
    return document.object();
}

bool samePlan(const Plan &a, const Plan &b)
{
    return a.id == b.id && a.goal == b.goal && a.language == b.language && a.kind == b.kind &&
           a.subject == b.subject && a.createdAt == b.createdAt && a.startDate == b.startDate &&
           a.deadline == b.deadline && a.hoursPerWeek == b.hoursPerWeek && a.atRisk == b.atRisk &&
           a.hoursShort == b.hoursShort && a.isTemplate == b.isTemplate && a.tasks == b.tasks;
}

QByteArray contentTypeOf(PlanFormat format)
{
    switch (format) {
    case PlanFormat::Json:
        return "application/json";
    case PlanFormat::ICalendar:
        return "text/calendar; charset=utf-8";
    case PlanFormat::Markdown:
        return "text/markdown; charset=utf-8";
    case PlanFormat::Csv:
        return "text/csv; charset=utf-8";
    case PlanFormat::TodoTxt:
        return "text/plain; charset=utf-8";
    }
    return "application/octet-stream";
}

const QByteArray kJsonType = "application/json";

HttpResponse methodNotAllowed(QByteArray allowed)
{
    HttpResponse response = HttpResponse::error(
        405, QCoreApplication::translate("helios", "This endpoint does not take that method."));
    response.addHeader("Allow", std::move(allowed));
    return response;
}

// A task as the API shows it: the plan file's fields (core/io/plan_json) with its notes and plan.
QJsonObject apiTaskJson(const Plan &plan, const Task &task)
{
    QJsonObject out = taskToJson(plan, task);
    out.insert(QStringLiteral("notes"), task.notes);
    out.insert(QStringLiteral("plan_id"), task.planId);
    return out;
}

QJsonObject apiPlanJson(const Plan &plan)
{
    QJsonObject out = planToJson(plan);
    QJsonArray tasks;
    for (const Task &task : plan.tasks)
        tasks.append(apiTaskJson(plan, task));
    out.insert(QStringLiteral("tasks"), tasks);
    return out;
}

} // namespace

// Sends one response and records it in the metrics, under the route's template.
class ApiService::Answer
{
public:
    Answer(ApiService *service, HttpReply reply) : m_service(service), m_reply(std::move(reply))
    {
        m_timer.start();
    }
    void setRoute(QByteArray route) { m_route = std::move(route); }
    const QByteArray &route() const { return m_route; }
    void send(HttpResponse response) const
    {
        if (ApiService *service = m_service.data()) {
            const QString route = QString::fromLatin1(m_route);
            service->m_requests.labels({route, QString::number(response.status)}).add();
            service->m_durations.labels({route}).observe(double(m_timer.nsecsElapsed()) / 1e9);
        }
        m_reply.send(std::move(response));
    }

private:
    QPointer<ApiService> m_service;
    HttpReply m_reply;
    QElapsedTimer m_timer;
    QByteArray m_route = "other";
};

struct ApiService::CachedPlan
{
    Plan plan;
    ResponseCache::Entry entry;
};

// The plan list's pages (JSON, gzip, ETag), made once for each list the store gives. Store keeps
// its read cached and hands out the same shared list until a write or its time-to-live, so
// knowing whether the pages still show it costs a pointer comparison; a list read again is a new
// one, and the pages are made again from it.
struct ApiService::CachedPlanList
{
    QList<PlanSummary> plans; // held: its data cannot be freed and reused while it is compared
    QHash<QPair<int, int>, ResponseCache::Entry> pages; // by (page, limit)

    bool shows(const QList<PlanSummary> &current) const
    {
        return current.size() == plans.size() && current.constData() == plans.constData();
    }
};

ApiService::ApiService(ApiStorage storage, ApiTeamFactory teams, metrics::MetricsRegistry &registry,
                       ApiOptions options, QObject *parent)
    : QObject(parent), m_storage(storage), m_teams(std::move(teams)), m_registry(registry),
      m_requests(registry.counter(QStringLiteral("http_requests_total"),
                                  QStringLiteral("Requests answered by the local API."),
                                  {QStringLiteral("route"), QStringLiteral("status")})),
      m_durations(registry.histogram(
          QStringLiteral("http_request_duration_seconds"),
          QStringLiteral("Time from a request's arrival to its response, in seconds."),
          {QStringLiteral("route")},
          {0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
           0.5, 1, 2.5})),
      m_subscribers(registry
                        .gauge(QStringLiteral("api_event_subscribers"),
                               QStringLiteral("WebSocket clients listening to /api/v1/events."))
                        .labels()),
      m_residentMemory(registry
                           .gauge(QStringLiteral("process_resident_memory_bytes"),
                                  QStringLiteral("Resident memory of the Helios process."))
                           .labels()),
      m_options(std::move(options)),
      m_jobs(std::make_unique<JobService>(storage.jobs, storage.jobWrites, storage.planWrites)),
      m_gallery(std::make_unique<TemplateGallery>(storage.plans, storage.planWrites)),
      m_galleryCache(m_options.publicPlansTtlMs, 256)
{
    m_hub = new EventHub(this);
    m_watcher = new ChangeWatcher(storage.changes, m_options.changePollMs, this);
    connect(m_watcher, &ChangeWatcher::changed, this, &ApiService::onChanges);
    connect(m_jobs.get(), &JobService::jobChanged, this, &ApiService::onJobChanged);
}

ApiService::~ApiService()
{
    for (const llm::CancelToken &cancel : std::as_const(m_running))
        cancel.cancel();
}

void ApiService::attach(HttpServer &server)
{
    QPointer<ApiService> self(this);
    server.setHandler([self](HttpRequest request, HttpReply reply) {
        if (self)
            self->serve(std::move(request), std::move(reply));
        else
            reply.send(HttpResponse::error(
                503, QCoreApplication::translate("helios", "The local API is stopping.")));
    });
    server.setWebSocketHandler(
        [self](const HttpRequest &request) -> std::optional<HttpResponse> {
            if (!self)
                return HttpResponse::error(
                    503, QCoreApplication::translate("helios", "The local API is stopping."));
            return self->checkUpgrade(request);
        },
        [self](QWebSocket *socket, const HttpRequest &) {
            if (!self) {
                socket->deleteLater();
                return;
            }
            self->m_hub->add(socket);
            self->m_subscribers.set(self->m_hub->subscriberCount());
            connect(socket, &QWebSocket::disconnected, self.data(), [self] {
                if (self)
                    self->m_subscribers.set(self->m_hub->subscriberCount());
            });
        });
    server.setRejectionObserver([self](int status) {
        if (self)
            self->m_requests.labels({QStringLiteral("none"), QString::number(status)}).add();
    });
}

void ApiService::start()
{
    m_watcher->start();
}

int ApiService::subscriberCount() const
{
    return m_hub->subscriberCount();
}

std::optional<HttpResponse> ApiService::checkUpgrade(const HttpRequest &request)
{
    HttpResponse refusal;
    if (request.path != "/api/v1/events")
        refusal = HttpResponse::error(
            404, QCoreApplication::translate("helios", "There is no such endpoint."));
    else if (!bearerMatches(request.header("authorization"), m_options.token)) {
        refusal = HttpResponse::error(
            401, QCoreApplication::translate("helios", "A valid bearer token is needed."));
        refusal.addHeader("WWW-Authenticate", "Bearer");
    } else
        return std::nullopt;
    m_requests.labels({QStringLiteral("/api/v1/events"), QString::number(refusal.status)}).add();
    return refusal;
}

QCoro::Task<> ApiService::serve(HttpRequest request, HttpReply reply)
{
    Answer answer(this, std::move(reply));
    QPointer<ApiService> self(this);
    auto routing = route(request, answer);
    std::optional<HttpResponse> response = co_await routing;
    if (response)
        answer.send(std::move(*response));
}

QCoro::Task<std::optional<HttpResponse>> ApiService::route(const HttpRequest &request,
                                                           Answer &answer)
{
    if (request.path == "/healthz") {
        answer.setRoute("/healthz");
        co_return HttpResponse::json(200, "{\"status\":\"ok\"}");
    }
    const bool known = request.path == "/metrics" || request.path.startsWith("/api/v1/");
    if (!known) {
        co_return HttpResponse::error(
            404, QCoreApplication::translate("helios", "There is no such endpoint."));
    }
    if (!bearerMatches(request.header("authorization"), m_options.token)) {
        answer.setRoute("unauthorized");
        HttpResponse response = HttpResponse::error(
            401, QCoreApplication::translate("helios", "A valid bearer token is needed."));
        response.addHeader("WWW-Authenticate", "Bearer");
        co_return response;
    }
    if (request.path == "/metrics") {
        answer.setRoute("/metrics");
        if (request.method != "GET")
            co_return methodNotAllowed("GET, HEAD");
        co_return metricsText();
    }
    // /api/v1/...: only a new plan is answered later (202 once its job exists)
    const QList<QByteArrayView> rest =
        splitView(QByteArrayView(request.path).sliced(1), '/').mid(2);
    if (rest.size() == 1 && rest.first() == "plans" && request.method == "POST") {
        answer.setRoute("/api/v1/plans");
        co_return createPlan(request, answer);
    }
    auto answering = routeV1(request, rest, answer);
    co_return co_await answering;
}

QCoro::Task<HttpResponse> ApiService::routeV1(const HttpRequest &request,
                                              const QList<QByteArrayView> &rest, Answer &answer)
{
    const QByteArray &method = request.method;
    const QByteArrayView first = rest.value(0);
    if (first == "plans") {
        auto answering = routePlans(request, rest, answer);
        co_return co_await answering;
    }
    if (rest.size() == 1 && first == "openapi.json") {
        answer.setRoute("/api/v1/openapi.json");
        if (method != "GET")
            co_return methodNotAllowed("GET, HEAD");
        QFile file(QStringLiteral(":/api/openapi.json"));
        if (!file.open(QIODevice::ReadOnly))
            co_return HttpResponse::error(
                500, QCoreApplication::translate(
                         "helios", "The API description is missing from this build."));
        co_return HttpResponse::json(200, file.readAll());
    }
    if (first == "jobs" && rest.size() == 2) {
        answer.setRoute("/api/v1/jobs/{id}");
        const qint64 id = idFrom(rest.at(1));
        if (method != "GET" && method != "DELETE")
            co_return methodNotAllowed("GET, HEAD, DELETE");
        if (id == 0)
            co_return HttpResponse::error(
                404, QCoreApplication::translate("helios", "There is no job with that id."));
        auto answering = method == "DELETE" ? cancelJob(id) : job(id);
        co_return co_await answering;
    }
    if (first == "tasks" && rest.size() == 2) {
        answer.setRoute("/api/v1/tasks/{id}");
        if (method != "PATCH")
            co_return methodNotAllowed("PATCH");
        const qint64 id = idFrom(rest.at(1));
        if (id == 0)
            co_return HttpResponse::error(
                404, QCoreApplication::translate("helios", "There is no task with that id."));
        auto patching = patchTask(request, id);
        co_return co_await patching;
    }
    if (rest.size() == 1 && (first == "public-plans" || first == "today")) {
        answer.setRoute(first == "today" ? "/api/v1/today" : "/api/v1/public-plans");
        if (method != "GET")
            co_return methodNotAllowed("GET, HEAD");
        auto reading = first == "today" ? today(request) : publicPlans(request);
        co_return co_await reading;
    }
    if (first == "events" && rest.size() == 1) {
        answer.setRoute("/api/v1/events");
        co_return HttpResponse::error(
            426, QCoreApplication::translate("helios", "Open /api/v1/events as a WebSocket."));
    }
    co_return HttpResponse::error(
        404, QCoreApplication::translate("helios", "There is no such endpoint."));
}

QCoro::Task<HttpResponse> ApiService::routePlans(const HttpRequest &request,
                                                 const QList<QByteArrayView> &rest, Answer &answer)
{
    if (rest.size() == 1) {
        answer.setRoute("/api/v1/plans");
        if (request.method != "GET")
            co_return methodNotAllowed("GET, HEAD, POST");
        auto listing = listPlans(request);
        co_return co_await listing;
    }
    const bool exporting = rest.size() == 3 && rest.at(2) == "export";
    if (rest.size() != 2 && !exporting)
        co_return HttpResponse::error(
            404, QCoreApplication::translate("helios", "There is no such endpoint."));
    answer.setRoute(exporting ? "/api/v1/plans/{id}/export" : "/api/v1/plans/{id}");
    if (request.method != "GET")
        co_return methodNotAllowed("GET, HEAD");
    const qint64 id = idFrom(rest.at(1));
    if (id == 0)
        co_return HttpResponse::error(
            404, QCoreApplication::translate("helios", "There is no plan with that id."));
    auto reading = exporting ? exportPlan(request, id) : onePlan(request, id);
    co_return co_await reading;
}

HttpResponse ApiService::metricsText()
{
    metrics::ProcessStats::updateResidentMemory(m_residentMemory);
    HttpResponse response;
    response.contentType = metrics::kPrometheusContentType;
    response.body = metrics::toPrometheusText(m_registry);
    return response;
}

QCoro::Task<HttpResponse> ApiService::listPlans(const HttpRequest &request)
{
    const Result<std::pair<int, int>> page = paging(request, 20, 100);
    if (!page)
        co_return errorFor(page.error());
    QPointer<ApiService> self(this);
    auto reading = m_storage.plans.plans();
    const Result<QList<PlanSummary>> plans = co_await reading;
    if (!self)
        co_return HttpResponse::error(
            503, QCoreApplication::translate("helios", "The local API is stopping."));
    if (!plans)
        co_return storageError(plans.error());
    if (!m_planList || !m_planList->shows(*plans)) {
        m_planList = std::make_unique<CachedPlanList>();
        m_planList->plans = *plans;
    }
    const auto [number, limit] = *page;
    auto made = m_planList->pages.constFind({number, limit});
    if (made == m_planList->pages.cend()) {
        if (m_planList->pages.size() >= 256)
            m_planList->pages.clear();
        QJsonArray data;
        const qsizetype from = qsizetype(number - 1) * limit;
        for (qsizetype i = from; i < plans->size() && i < from + limit; ++i)
            data.append(planSummaryToJson(plans->at(i)));
        made = m_planList->pages.insert(
            {number, limit},
            ResponseCache::make(compact(QJsonObject{{QStringLiteral("page"), number},
                                                    {QStringLiteral("limit"), limit},
                                                    {QStringLiteral("total"), plans->size()},
                                                    {QStringLiteral("data"), data}})));
    }
    co_return ResponseCache::respond(*made, request);
}

QCoro::Task<HttpResponse> ApiService::onePlan(const HttpRequest &request, qint64 planId)
{
    QPointer<ApiService> self(this);
    auto reading = m_storage.plans.plan(planId);
    Result<Plan> plan = co_await reading;
    if (!self)
        co_return HttpResponse::error(
            503, QCoreApplication::translate("helios", "The local API is stopping."));
    if (!plan)
        co_return errorFor(plan.error());
    if (plan->isTemplate)
        co_return HttpResponse::error(
            404, QCoreApplication::translate("helios", "There is no plan with id %1.").arg(planId));
    // The JSON and its gzip are made once per state of the plan: the store's read is cached,
    // and comparing it with the plan last shown costs far less than writing it again.
    std::shared_ptr<CachedPlan> &cached = m_planCache[planId];
    if (!cached || !samePlan(cached->plan, *plan)) {
        if (m_planCache.size() > 64)
            m_planCache.clear();
        auto made = std::make_shared<CachedPlan>();
        made->entry = ResponseCache::make(compact(apiPlanJson(*plan)));
        made->plan = std::move(*plan);
        m_planCache[planId] = made;
        co_return ResponseCache::respond(made->entry, request);
    }
    co_return ResponseCache::respond(cached->entry, request);
}

QCoro::Task<HttpResponse> ApiService::exportPlan(const HttpRequest &request, qint64 planId)
{
    const QString formatName = request.queryValue(u"format");
    const std::optional<PlanFormat> format =
        planFormatNamed(formatName.isNull() ? QStringLiteral("json") : formatName);
    if (!format)
        co_return HttpResponse::error(
            400, QCoreApplication::translate("helios",
                                             "format must be one of json, ics, md, csv, todotxt."));
    auto checking = m_storage.plans.plan(planId);
    const Result<Plan> plan = co_await checking;
    if (!plan)
        co_return errorFor(plan.error());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PlanTransfer transfer(m_storage.plans, m_storage.planWrites);
    ExportOptions options;
    options.onePlan = true;
    auto exporting = transfer.exportToDevice(planId, *format, buffer, options);
    const Status exported = co_await exporting;
    if (!exported)
        co_return errorFor(exported.error());
    HttpResponse response;
    response.contentType = contentTypeOf(*format);
    response.body = buffer.data();
    response.addHeader("Content-Disposition", "attachment; filename=\"plan-" +
                                                  QByteArray::number(planId) + '.' +
                                                  planFormatSuffix(*format).toLatin1() + '"');
    co_return response;
}

QCoro::Task<HttpResponse> ApiService::job(qint64 jobId)
{
    auto reading = m_jobs->job(jobId);
    const Result<Job> found = co_await reading;
    if (!found)
        co_return errorFor(found.error());
    co_return HttpResponse::json(200, compact(jobToJson(*found)));
}

QCoro::Task<HttpResponse> ApiService::cancelJob(qint64 jobId)
{
    QPointer<ApiService> self(this);
    auto cancelling = m_jobs->requestCancel(jobId);
    const Result<Job> cancelled = co_await cancelling;
    if (!self)
        co_return HttpResponse::error(
            503, QCoreApplication::translate("helios", "The local API is stopping."));
    if (!cancelled) {
        if (cancelled.error().kind == Error::Kind::Usage)
            co_return HttpResponse::error(409, cancelled.error().message);
        co_return errorFor(cancelled.error());
    }
    if (const auto it = m_running.constFind(jobId); it != m_running.constEnd())
        it->cancel(); // ours: stop at once rather than at the next look at the job's row
    co_return HttpResponse::json(200, compact(jobToJson(*cancelled)));
}

QCoro::Task<HttpResponse> ApiService::patchTask(const HttpRequest &request, qint64 taskId)
{
    const Result<QJsonObject> body = jsonBody(request);
    if (!body)
        co_return errorFor(body.error());
    std::optional<TaskStatus> status;
    std::optional<QString> notes;
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() == QLatin1String("status")) {
            status =
                it.value().isString() ? taskStatusFromString(it.value().toString()) : std::nullopt;
            if (!status)
                co_return HttpResponse::error(
                    400, QCoreApplication::translate(
                             "helios", "status must be one of todo, in_progress, done, skipped."));
        } else if (it.key() == QLatin1String("notes")) {
            if (!it.value().isString())
                co_return HttpResponse::error(
                    400, QCoreApplication::translate("helios", "notes must be a string."));
            notes = it.value().toString();
            if (notes->size() > 20000)
                co_return HttpResponse::error(
                    400, QCoreApplication::translate("helios",
                                                     "notes may be 20,000 characters at most."));
        } else {
            // What the client sent is not repeated: it could be anything, a token included.
            co_return HttpResponse::error(
                400, QCoreApplication::translate("helios",
                                                 "Only a task's status and notes can be changed."));
        }
    }
    if (!status && !notes)
        co_return HttpResponse::error(
            400, QCoreApplication::translate("helios", "Send a status, notes or both."));
    Result<Task> task = Error::notFound(QString());
    if (status) {
        auto setting = m_storage.tasks.setTaskStatus(taskId, *status);
        task = co_await setting;
        if (!task)
            co_return errorFor(task.error());
    }
    if (notes) {
        auto setting = m_storage.tasks.setTaskNotes(taskId, *notes);
        task = co_await setting;
        if (!task)
            co_return errorFor(task.error());
    }
    m_watcher->pollSoon();
    auto reading = m_storage.plans.plan(task->planId);
    const Result<Plan> plan = co_await reading;
    co_return HttpResponse::json(200, compact(apiTaskJson(plan ? *plan : Plan(), *task)));
}

QCoro::Task<HttpResponse> ApiService::publicPlans(const HttpRequest &request)
{
    const Result<std::pair<int, int>> page = paging(request, 20, 100);
    if (!page)
        co_return errorFor(page.error());
    GalleryQuery query;
    std::tie(query.page, query.limit) = *page;
    query.category = request.queryValue(u"category").trimmed();
    query.search = request.queryValue(u"search").trimmed().left(200);
    query.language = request.queryValue(u"language") == QLatin1String("zh") ? QStringLiteral("zh")
                                                                            : QStringLiteral("en");
    query.today = currentDay();
    if (!query.category.isEmpty() && query.category != kOwnTemplatesCategory) {
        bool known = false;
        for (const GalleryCategory &category : TemplateGallery::categories(query.language))
            known = known || category.id == query.category;
        if (!known)
            co_return HttpResponse::error(
                400, QCoreApplication::translate("helios", "There is no such template category."));
    }
    // The key is the query as understood, so that equivalent URLs share one entry.
    const QByteArray key = QUrlQuery{{QStringLiteral("page"), QString::number(query.page)},
                                     {QStringLiteral("limit"), QString::number(query.limit)},
                                     {QStringLiteral("category"), query.category},
                                     {QStringLiteral("search"), query.search},
                                     {QStringLiteral("language"), query.language}}
                               .toString(QUrl::FullyEncoded)
                               .toUtf8();
    if (std::optional<ResponseCache::Entry> hit = m_galleryCache.find(key)) {
        HttpResponse response = ResponseCache::respond(*hit, request);
        response.addHeader("X-Cache", "hit");
        co_return response;
    }
    const quint64 generation = m_galleryCache.generation();
    QPointer<ApiService> self(this);
    auto reading = m_gallery->page(query);
    const Result<Page<GalleryTemplate>> templates = co_await reading;
    if (!self)
        co_return HttpResponse::error(
            503, QCoreApplication::translate("helios", "The local API is stopping."));
    if (!templates)
        co_return storageError(templates.error());
    QJsonArray data;
    for (const GalleryTemplate &entry : templates->items)
        data.append(galleryTemplateToJson(entry));
    const QByteArray body = compact(QJsonObject{{QStringLiteral("page"), templates->page},
                                                {QStringLiteral("limit"), templates->limit},
                                                {QStringLiteral("total"), templates->total},
                                                {QStringLiteral("data"), data}});
    ResponseCache::Entry entry;
    if (m_galleryCache.generation() == generation) // nothing changed while it was read
        entry = m_galleryCache.put(key, body);
    else
        entry = ResponseCache::make(body);
    HttpResponse response = ResponseCache::respond(entry, request);
    response.addHeader("X-Cache", "miss");
    co_return response;
}

QCoro::Task<HttpResponse> ApiService::today(const HttpRequest &request)
{
    QDate day = currentDay();
    if (const QString dateText = request.queryValue(u"date"); !dateText.isNull()) {
        day = parseIsoDate(dateText);
        if (!day.isValid())
            co_return HttpResponse::error(
                400,
                QCoreApplication::translate("helios", "date must be a day written YYYY-MM-DD."));
    }
    AgendaOptions options;
    if (const QString hoursText = request.queryValue(u"weekday_hours"); !hoursText.isNull()) {
        const Result<WeekdayHours> hours = weekdayHoursFrom(hoursText);
        if (!hours)
            co_return errorFor(hours.error());
        options.weekdayHours = *hours;
    }
    // The same day's list as helios-cli today --json and the window's Today page: one read of
    // the open tasks, then core/today's buildAgenda.
    auto reading = m_storage.taskQueries.openTasksStartingBy(agendaHorizon(day, options));
    const Result<QList<PlannedTask>> open = co_await reading;
    if (!open)
        co_return storageError(open.error());
    co_return HttpResponse::json(200, compact(agendaToJson(buildAgenda(*open, day, options))));
}

std::optional<HttpResponse> ApiService::createPlan(const HttpRequest &request, Answer answer)
{
    const Result<QJsonObject> body = jsonBody(request);
    if (!body)
        return errorFor(body.error());
    const QJsonObject &o = *body;
    for (auto it = o.begin(); it != o.end(); ++it) {
        static const QStringList known{QStringLiteral("goal"), QStringLiteral("deadline"),
                                       QStringLiteral("hours_per_week"), QStringLiteral("planner"),
                                       QStringLiteral("start_date")};
        if (!known.contains(it.key()))
            return HttpResponse::error(
                400,
                QCoreApplication::translate("helios", "A new plan takes only goal, deadline, "
                                                      "hours_per_week, planner and start_date."));
    }
    Goal goal;
    if (!o.value(QLatin1String("goal")).isString())
        return HttpResponse::error(400,
                                   QCoreApplication::translate("helios", "goal must be a string."));
    goal.text = o.value(QLatin1String("goal")).toString().trimmed();
    goal.today = currentDay();
    const QJsonValue deadline = o.value(QLatin1String("deadline"));
    if (!deadline.isUndefined() && !deadline.isNull()) {
        goal.deadline = deadline.isString() ? parseIsoDate(deadline.toString()) : QDate();
        if (!goal.deadline.isValid())
            return HttpResponse::error(
                400, QCoreApplication::translate("helios",
                                                 "deadline must be a date written YYYY-MM-DD."));
    }
    const QJsonValue start = o.value(QLatin1String("start_date"));
    if (!start.isUndefined() && !start.isNull()) {
        goal.today = start.isString() ? parseIsoDate(start.toString()) : QDate();
        if (!goal.today.isValid())
            return HttpResponse::error(
                400, QCoreApplication::translate("helios",
                                                 "start_date must be a date written YYYY-MM-DD."));
    }
    const QJsonValue hours = o.value(QLatin1String("hours_per_week"));
    if (!hours.isUndefined()) {
        if (!hours.isDouble())
            return HttpResponse::error(
                400, QCoreApplication::translate("helios", "hours_per_week must be a number."));
        goal.hoursPerWeek = hours.toDouble();
    } else if (const std::optional<double> said = hoursPerWeekInGoal(goal.text)) {
        goal.hoursPerWeek = *said; // the goal's words: "8 hours a week", "每天一小时"
    }
    const QJsonValue plannerValue = o.value(QLatin1String("planner"));
    if (!plannerValue.isUndefined() && !plannerValue.isString())
        return HttpResponse::error(400, QCoreApplication::translate(
                                            "helios", "planner must be \"offline\" or \"model\"."));
    const QString planner = plannerValue.toString(QStringLiteral("offline"));
    if (planner != QLatin1String("offline") && planner != QLatin1String("model"))
        return HttpResponse::error(400, QCoreApplication::translate(
                                            "helios", "planner must be \"offline\" or \"model\"."));
    if (const Status valid = validateGoal(goal); !valid)
        return errorFor(valid.error());
    Result<ApiTeam> team = m_teams ? m_teams(planner) : offlineTeamOnly(planner);
    if (!team)
        return errorFor(team.error());
    const QString input = generationJobInput(goal, team->provider, team->model);
    generate(std::move(*team), goal, input, std::move(answer));
    return std::nullopt;
}

QCoro::Task<> ApiService::generate(ApiTeam team, Goal goal, QString input, Answer answer)
{
    QPointer<ApiService> self(this);
    llm::CancelToken cancel;
    auto jobId = std::make_shared<qint64>(0);
    auto jobCreated = [self, answer, jobId, cancel](qint64 id) {
        *jobId = id;
        if (self)
            self->m_running.insert(id, cancel);
        HttpResponse response = HttpResponse::json(
            202, compact(QJsonObject{{QStringLiteral("taskId"), id},
                                     {QStringLiteral("status"), QStringLiteral("pending")}}));
        response.addHeader("Location", "/api/v1/jobs/" + QByteArray::number(id));
        answer.send(std::move(response));
    };
    agents::GoalRequest request{goal, std::nullopt, QString()};
    std::shared_ptr<agents::PlanningTeam> planningTeam = team.team;
    auto generating = m_jobs->generatePlan(*planningTeam, request, input, cancel, jobCreated);
    const Result<Plan> plan = co_await generating;
    if (*jobId == 0) { // the job could not even be recorded
        answer.send(self && !plan
                        ? self->storageError(plan.error())
                        : HttpResponse::error(503, QCoreApplication::translate(
                                                       "helios", "The local API is stopping.")));
        co_return;
    }
    if (!self)
        co_return;
    m_running.remove(*jobId);
    m_watcher->pollSoon();
}

void ApiService::onJobChanged(const Job &job)
{
    if (job.kind != QLatin1String("generate_plan") || m_announcedJobs.contains(job.id))
        return;
    if (job.status == JobStatus::Completed && job.planId > 0) {
        m_announcedJobs.insert(job.id);
        m_running.remove(job.id);
        announce(compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("PLAN_GENERATED")},
                                     {QStringLiteral("taskId"), job.id},
                                     {QStringLiteral("planId"), job.planId}}));
    } else if (job.status == JobStatus::Failed || job.status == JobStatus::Cancelled ||
               job.status == JobStatus::Interrupted) {
        m_announcedJobs.insert(job.id);
        m_running.remove(job.id);
        announce(compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("JOB_FAILED")},
                                     {QStringLiteral("taskId"), job.id},
                                     {QStringLiteral("status"), toString(job.status)},
                                     {QStringLiteral("error"), job.error}}));
    }
}

void ApiService::onChanges(const QList<Change> &changes)
{
    bool plansChanged = false;
    for (const Change &change : changes) {
        switch (change.kind) {
        case Change::Kind::Job:
            if (m_announcedJobs.contains(change.entityId))
                break;
            if (change.status == toString(JobStatus::Completed) && change.planId > 0) {
                Job job;
                job.id = change.entityId;
                job.kind = QStringLiteral("generate_plan");
                job.status = JobStatus::Completed;
                job.planId = change.planId;
                onJobChanged(job);
            } else if (change.status == toString(JobStatus::Failed) ||
                       change.status == toString(JobStatus::Cancelled) ||
                       change.status == toString(JobStatus::Interrupted)) {
                announceFailedJob(change.entityId);
            }
            break;
        case Change::Kind::Task:
            announce(compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("TASK_UPDATED")},
                                         {QStringLiteral("id"), change.entityId},
                                         {QStringLiteral("planId"), change.planId},
                                         {QStringLiteral("status"), change.status}}));
            break;
        case Change::Kind::Plan:
            plansChanged = true;
            m_planCache.remove(change.planId);
            break;
        }
    }
    if (plansChanged)
        m_galleryCache.clear();
    if (m_announcedJobs.size() > 10000)
        m_announcedJobs.clear();
}

QCoro::Task<> ApiService::announceFailedJob(qint64 jobId)
{
    QPointer<ApiService> self(this);
    auto reading = m_jobs->job(jobId);
    const Result<Job> job = co_await reading;
    if (self && job)
        onJobChanged(*job);
}

void ApiService::announce(const QByteArray &json)
{
    m_hub->broadcast(json);
}

HttpResponse ApiService::storageError(const Error &error) const
{
    // The store's sentence may name the database file; the client gets a sentence without it.
    qWarning("Local API: %s", qPrintable(error.message));
    return HttpResponse::error(
        500,
        QCoreApplication::translate(
            "helios", "The database could not be read or written (the server's log says why)."));
}

HttpResponse ApiService::errorFor(const Error &error) const
{
    switch (error.kind) {
    case Error::Kind::Usage:
        return HttpResponse::error(400, error.message);
    case Error::Kind::NotFound:
        return HttpResponse::error(404, error.message);
    case Error::Kind::Provider:
        return HttpResponse::error(502, error.message);
    case Error::Kind::Validation:
        return HttpResponse::error(422, error.message);
    case Error::Kind::Cancelled:
        return HttpResponse::error(409, error.message);
    case Error::Kind::Storage:
        break;
    }
    return storageError(error);
}

QDate ApiService::currentDay() const
{
    return m_options.today.isValid() ? m_options.today : QDate::currentDate();
}

} // namespace helios::api
