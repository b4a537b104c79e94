#include "core/store/store.h"

#include "core/metrics/helios_metrics.h"
#include "core/metrics/metric.h"
#include "core/store/database.h"
#include "core/store/database_lock.h"
#include "core/store/plan_repository.h"
#include "core/store/query_cache.h"
#include "core/store/query_timing.h"
#include "core/store/version_repository.h"

#include <QDir>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace helios {

namespace {

// Runs fn(repository) on a worker of `pool` with that thread's connection and brings the
// result back to the awaiting coroutine; its time on the worker is recorded as `query`.
template <typename Fn>
auto onWorker(QThreadPool &pool, Database &database, metrics::HistogramFamily *durations,
              QLatin1StringView query, Fn fn)
    -> QCoro::Task<decltype(fn(std::declval<PlanRepository &>()))>
{
    using R = decltype(fn(std::declval<PlanRepository &>()));
    auto job = [&database, durations, query, fn = std::move(fn)]() -> R {
        const QueryTiming timing(durations, query);
        Result<QSqlDatabase> db = database.connection();
        if (!db)
            return db.error();
        PlanRepository repository(*db);
        return fn(repository);
    };
    QFuture<R> future = QtConcurrent::run(&pool, std::move(job));
    R result = co_await future;
    co_return result;
}

} // namespace

QString resolveDatabasePath(const QString &override)
{
    // A path that is a symbolic link stands for the file it names: the database's companions
    // (-wal and -shm, which SQLite puts there too, backups, the log) and a restore go beside it.
    if (!override.isEmpty())
        return databaseFileBehind(QDir::cleanPath(QDir::current().absoluteFilePath(override)));
    const QString fromEnv = qEnvironmentVariable("HELIOS_DB");
    if (!fromEnv.isEmpty())
        return databaseFileBehind(QDir::cleanPath(QDir::current().absoluteFilePath(fromEnv)));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/helios.db");
}

namespace {
StoreOptions withWorkers(int workerThreads)
{
    StoreOptions options;
    options.workerThreads = workerThreads;
    return options;
}
} // namespace

Store::Store(const QString &databasePath, int workerThreads)
    : Store(databasePath, withWorkers(workerThreads))
{}

Store::Store(const QString &databasePath, const StoreOptions &options)
    : m_database(std::make_unique<Database>(databasePath)),
      m_cache(std::make_unique<QueryCache>(options.queryCacheEntries,
                                           std::chrono::milliseconds(options.queryCacheTtlMs)))
{
    m_database->setMaxPageCount(options.maxPageCount);
    m_database->setConnectionOpened(options.connectionOpened);
    m_pool.setMaxThreadCount(std::max(1, options.workerThreads));
    m_pool.setExpiryTimeout(-1); // keep workers, and so their connections, alive
    m_dailyBackup = options.dailyBackup;
    m_clock = options.clock ? options.clock : [] { return QDateTime::currentDateTimeUtc(); };
    m_queryDurations = options.queryDurations;
    m_queryCacheRequests = options.queryCacheRequests;
    m_background.setMaxThreadCount(1); // one at a time: a restore waits for a backup under way
}

Store::~Store()
{
    m_background.waitForDone();
    m_pool.waitForDone();
}

const QString &Store::path() const
{
    return m_database->path();
}

QCoro::Task<Status> Store::open()
{
    Database &database = *m_database;
    auto job = [&database, durations = m_queryDurations]() -> Result<qint64> {
        const QueryTiming timing(durations, QLatin1StringView("open"));
        if (Status prepared = database.prepare(); !prepared)
            return prepared.error();
        Result<QSqlDatabase> db = database.connection();
        if (!db)
            return db.error();
        return PlanRepository(*db).ensureLocalUser();
    };
    QFuture<Result<qint64>> future = QtConcurrent::run(&m_pool, std::move(job));
    Result<qint64> user = co_await future;
    if (!user)
        co_return user.error();
    m_userId = *user;
    if (m_dailyBackup)
        startDailyBackup();
    co_return Ok{};
}

namespace {
// Cache tags: what a cached read depends on, and so which writes invalidate it.
const QString kPlansTag = QStringLiteral("plans");           // the plan list
const QString kStatisticsTag = QStringLiteral("statistics"); // figures over all tasks
const QString kTemplatesTag = QStringLiteral("templates");   // template pages
QString planTag(qint64 planId)
{
    return QStringLiteral("plan:%1").arg(planId);
}
} // namespace

template <typename T, typename Read>
QCoro::Task<Result<T>> Store::cachedRead(QLatin1StringView query, QString key, QStringList tags,
                                         Read read)
{
    std::optional<T> hit = m_cache->get<T>(key);
    if (m_queryCacheRequests)
        m_queryCacheRequests
            ->labels(
                {hit ? QString(metrics::values::kCacheHit) : QString(metrics::values::kCacheMiss)})
            .add();
    if (hit)
        co_return std::move(*hit);
    const quint64 generation = m_cache->generation();
    QCoro::Task<Result<T>> reading =
        onWorker(m_pool, *m_database, m_queryDurations, query, std::move(read));
    Result<T> result = co_await std::move(reading);
    if (result)
        m_cache->put(key, std::any(result.value()), tags, generation);
    co_return result;
}

void Store::invalidate(const QStringList &tags)
{
    m_cache->invalidate(tags);
}

void Store::dropCachedPlans(const QList<qint64> &planIds)
{
    QStringList tags{kPlansTag, kStatisticsTag, kTemplatesTag};
    for (qint64 id : planIds)
        tags.append(planTag(id));
    invalidate(tags);
}

QCoro::Task<Status> Store::runOnWorker(std::function<Status(QSqlDatabase &)> fn,
                                       qint64 changedPlanId, QLatin1StringView query)
{
    Database &database = *m_database;
    auto job = [&database, durations = m_queryDurations, query, fn = std::move(fn)]() -> Status {
        const QueryTiming timing(durations, query);
        Result<QSqlDatabase> db = database.connection();
        if (!db)
            return db.error();
        return fn(*db);
    };
    QFuture<Status> future = QtConcurrent::run(&m_pool, std::move(job));
    Status result = co_await future;
    if (result && changedPlanId != 0)
        invalidate({kPlansTag, kStatisticsTag, kTemplatesTag, planTag(changedPlanId)});
    co_return result;
}

quint64 Store::queryCacheHits() const
{
    return m_cache->stats().hits;
}

quint64 Store::queryCacheMisses() const
{
    return m_cache->stats().misses;
}

// Writes invalidate what they touch both before they start (so no read already under way is
// cached) and after they finish (so nothing read in between survives). Captured values are
// kept out of co_await expressions: GCC 12 destroys some of their temporaries twice.
QCoro::Task<Result<Plan>> Store::savePlan(Plan plan)
{
    const QStringList touched{kPlansTag, kStatisticsTag, kTemplatesTag};
    invalidate(touched);
    auto write = [plan = std::move(plan), userId = m_userId](PlanRepository &repo) {
        return repo.insertPlan(plan, userId);
    };
    QCoro::Task<Result<Plan>> writing = onWorker(m_pool, *m_database, m_queryDurations,
                                                 QLatin1StringView("save_plan"), std::move(write));
    Result<Plan> result = co_await std::move(writing);
    invalidate(touched);
    co_return result;
}

namespace {
// Inside the transaction that saved `saved`: the versions versionsOf gives for each plan.
Status insertVersionsOfSaved(QSqlDatabase &db, const QList<Plan> &saved,
                             const PlanWrites::VersionsOfSaved &versionsOf)
{
    VersionRepository repository(db);
    for (qsizetype i = 0; i < saved.size(); ++i) {
        Result<QList<PlanVersion>> versions = versionsOf(i, saved.at(i));
        if (!versions)
            return versions.error();
        for (const PlanVersion &version : std::as_const(*versions)) {
            if (Status inserted = repository.insertVersion(saved.at(i).id, version); !inserted)
                return inserted.error();
        }
    }
    return Ok{};
}
} // namespace

QCoro::Task<Result<QList<Plan>>> Store::savePlans(QList<Plan> plans, VersionsOfSaved versionsOf)
{
    const QStringList touched{kPlansTag, kStatisticsTag, kTemplatesTag};
    invalidate(touched);
    auto write = [plans = std::move(plans), userId = m_userId,
                  versionsOf = std::move(versionsOf)](PlanRepository &repo) {
        PlanRepository::AlsoInTransaction also;
        if (versionsOf)
            also = [&versionsOf](QSqlDatabase &db, const QList<Plan> &saved) {
                return insertVersionsOfSaved(db, saved, versionsOf);
            };
        return repo.insertPlans(plans, userId, also);
    };
    QCoro::Task<Result<QList<Plan>>> writing = onWorker(
        m_pool, *m_database, m_queryDurations, QLatin1StringView("save_plans"), std::move(write));
    Result<QList<Plan>> result = co_await std::move(writing);
    invalidate(touched);
    co_return result;
}

QCoro::Task<Result<Task>> Store::setTaskStatus(qint64 taskId, TaskStatus status)
{
    invalidate({kPlansTag, kStatisticsTag, kTemplatesTag});
    auto write = [taskId, status](PlanRepository &repo) {
        return repo.setTaskStatus(taskId, status);
    };
    QCoro::Task<Result<Task>> writing =
        onWorker(m_pool, *m_database, m_queryDurations, QLatin1StringView("set_task_status"),
                 std::move(write));
    Result<Task> result = co_await std::move(writing);
    // The owning plan is known only now; before, the generation bump kept any read of it that
    // was under way from being cached.
    invalidate({kPlansTag, kStatisticsTag, kTemplatesTag, planTag(result ? result->planId : 0)});
    co_return result;
}

QCoro::Task<Result<Task>> Store::setTaskNotes(qint64 taskId, QString notes)
{
    // Notes are part of the plan read; summaries and statistics do not show them.
    invalidate({kPlansTag});
    auto write = [taskId, notes = std::move(notes)](PlanRepository &repo) {
        return repo.setTaskNotes(taskId, notes);
    };
    QCoro::Task<Result<Task>> writing =
        onWorker(m_pool, *m_database, m_queryDurations, QLatin1StringView("set_task_notes"),
                 std::move(write));
    Result<Task> result = co_await std::move(writing);
    invalidate({kPlansTag, planTag(result ? result->planId : 0)});
    co_return result;
}

QCoro::Task<Status> Store::setTemplate(qint64 planId, bool isTemplate)
{
    const QStringList touched{kPlansTag, kTemplatesTag, planTag(planId)};
    invalidate(touched);
    auto write = [planId, isTemplate](PlanRepository &repo) {
        return repo.setTemplate(planId, isTemplate);
    };
    QCoro::Task<Status> writing = onWorker(m_pool, *m_database, m_queryDurations,
                                           QLatin1StringView("set_template"), std::move(write));
    Status result = co_await std::move(writing);
    invalidate(touched);
    co_return result;
}

QCoro::Task<Result<QList<PlanSummary>>> Store::plans()
{
    return cachedRead<QList<PlanSummary>>(
        QLatin1StringView("plans"), QStringLiteral("plans"), {kPlansTag},
        [userId = m_userId](PlanRepository &repo) { return repo.planSummaries(userId); });
}

QCoro::Task<Result<Plan>> Store::plan(qint64 planId)
{
    return cachedRead<Plan>(QLatin1StringView("plan"), planTag(planId), {planTag(planId)},
                            [planId](PlanRepository &repo) { return repo.plan(planId); });
}

QCoro::Task<Result<qint64>> Store::planIdOfTask(qint64 taskId)
{
    auto read = [taskId](PlanRepository &repo) { return repo.planIdOfTask(taskId); };
    return onWorker(m_pool, *m_database, m_queryDurations, QLatin1StringView("plan_id_of_task"),
                    std::move(read));
}

QCoro::Task<Result<Page<PlanSummary>>> Store::templates(int page, int limit)
{
    return cachedRead<Page<PlanSummary>>(
        QLatin1StringView("templates"), QStringLiteral("templates:%1:%2").arg(page).arg(limit),
        {kTemplatesTag},
        [page, limit](PlanRepository &repo) { return repo.templates(page, limit); });
}

QCoro::Task<Result<TaskStatistics>> Store::statistics(QDate today)
{
    return cachedRead<TaskStatistics>(
        QLatin1StringView("statistics"),
        QStringLiteral("statistics:%1").arg(today.toString(Qt::ISODate)), {kStatisticsTag},
        [userId = m_userId, today](PlanRepository &repo) {
            return repo.statistics(userId, today);
        });
}

QCoro::Task<Result<QList<Plan>>> Store::plansWithTasks()
{
    // Not cached: it is for whole-database work such as exports.
    return onWorker(
        m_pool, *m_database, m_queryDurations, QLatin1StringView("plans_with_tasks"),
        [userId = m_userId](PlanRepository &repo) { return repo.plansWithTasks(userId); });
}

QCoro::Task<Result<QList<PlannedTask>>> Store::openTasksStartingBy(QDate last)
{
    return onWorker(m_pool, *m_database, m_queryDurations,
                    QLatin1StringView("open_tasks_starting_by"),
                    [userId = m_userId, last](PlanRepository &repo) {
                        return repo.openTasksStartingBy(userId, last);
                    });
}

QCoro::Task<Result<Task>> Store::task(qint64 taskId)
{
    return onWorker(m_pool, *m_database, m_queryDurations, QLatin1StringView("task"),
                    [taskId](PlanRepository &repo) { return repo.task(taskId); });
}

QCoro::Task<Status> Store::forEachTask(std::function<bool(const Task &)> visit)
{
    return onWorker(m_pool, *m_database, m_queryDurations, QLatin1StringView("for_each_task"),
                    [userId = m_userId, visit = std::move(visit)](PlanRepository &repo) {
                        return repo.forEachTask(userId, visit);
                    });
}

QCoro::Task<Status> Store::visitPlans(std::optional<qint64> planId, PlanVisitor &visitor)
{
    return onWorker(m_pool, *m_database, m_queryDurations, QLatin1StringView("visit_plans"),
                    [userId = m_userId, planId, &visitor](PlanRepository &repo) {
                        return repo.visitPlans(userId, planId, visitor);
                    });
}

} // namespace helios
