#pragma once

#include "core/domain/backups.h"
#include "core/domain/change_feed.h"
#include "core/domain/job_queries.h"
#include "core/domain/job_writes.h"
#include "core/domain/plan_queries.h"
#include "core/domain/plan_writes.h"
#include "core/domain/sync_queries.h"
#include "core/domain/sync_writes.h"
#include "core/domain/task_queries.h"
#include "core/domain/task_writes.h"
#include "core/domain/version_queries.h"
#include "core/domain/version_writes.h"

#include <QString>
#include <QThreadPool>

#include <qcoro/qcorotask.h>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace helios::metrics {
class Counter;
class Histogram;
template <typename Series> class Family;
using CounterFamily = Family<Counter>;
using HistogramFamily = Family<Histogram>;
} // namespace helios::metrics

namespace helios {

class Database;

class QueryCache;

struct StoreOptions
{
    int workerThreads = 2;       // size of the pool that runs SQL
    int maxPageCount = 0;        // > 0 caps the file size (tests use it to meet a full disk)
    int queryCacheEntries = 256; // LRU capacity of the read cache
    int queryCacheTtlMs = 30000; // how long a cached read may be served
    // Called on a worker thread with each connection right after it is opened (test seam:
    // statement tracing).
    std::function<void(QSqlDatabase &)> connectionOpened;
    // Once open() succeeds, write the daily backup in the background (at most one per calendar
    // day, the last seven kept); a failure is logged, never reported. The CLI and GUI turn it on.
    bool dailyBackup = false;
    // The time for backup names and the daily backup's day (test seam).
    std::function<QDateTime()> clock;
    // When set (store_query_duration_seconds, label "query"), every call records how long its
    // work took on the worker thread, labelled by the call ("plan", "save_plan", ...). It must
    // outlive the Store.
    metrics::HistogramFamily *queryDurations = nullptr;
    // When set (store_query_cache_requests_total, label "result"), every cached read counts a
    // "hit" or a "miss". It must outlive the Store.
    metrics::CounterFamily *queryCacheRequests = nullptr;
};

// The asynchronous face of the store: every call runs its SQL on a bounded pool of worker
// threads (each with its own connection) and comes back to the calling coroutine. The GUI
// thread never runs SQL. It implements the storage interfaces of core/domain, which is all that
// services and view-models see of it; app/ creates it and hands it in.
class Store final : public PlanQueries,
                    public PlanWrites,
                    public TaskQueries,
                    public TaskWrites,
                    public VersionQueries,
                    public VersionWrites,
                    public JobQueries,
                    public JobWrites,
                    public Backups,
                    public ChangeFeed,
                    public SyncQueries,
                    public SyncWrites
{
public:
    explicit Store(const QString &databasePath, int workerThreads = 2);
    Store(const QString &databasePath, const StoreOptions &options);
    ~Store() override;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const;

    // Creates the file if needed, brings the schema up to date and makes sure the local
    // profile exists. Call once before anything else.
    QCoro::Task<Status> open();

    // PlanWrites and TaskWrites. A plan and all its tasks are saved in one transaction;
    // savePlans saves the plans and their versions in one.
    QCoro::Task<Result<Plan>> savePlan(Plan plan) override;
    QCoro::Task<Result<QList<Plan>>> savePlans(QList<Plan> plans,
                                               VersionsOfSaved versionsOf) override;
    QCoro::Task<Status> deletePlan(qint64 planId) override; // store_versions.cpp
    QCoro::Task<Status> setTemplate(qint64 planId, bool isTemplate) override;
    QCoro::Task<Result<Task>> setTaskStatus(qint64 taskId, TaskStatus status) override;
    QCoro::Task<Result<Task>> setTaskNotes(qint64 taskId, QString notes) override;

    // PlanQueries. The plan list, a plan, the templates and the statistics are cached (LRU and
    // TTL, StoreOptions); every write drops what it changes. plansWithTasks reads all plans in
    // two queries; visitPlans walks them with forward-only cursors, calling the visitor on a
    // store worker thread.
    QCoro::Task<Result<QList<PlanSummary>>> plans() override;
    QCoro::Task<Result<Plan>> plan(qint64 planId) override;
    QCoro::Task<Result<qint64>> planIdOfTask(qint64 taskId) override;
    QCoro::Task<Result<QList<Plan>>> plansWithTasks() override;
    QCoro::Task<Result<Page<PlanSummary>>> templates(int page, int limit) override;
    QCoro::Task<Result<TaskStatistics>> statistics(QDate today) override;
    QCoro::Task<Status> visitPlans(std::optional<qint64> planId, PlanVisitor &visitor) override;
    // TaskQueries. Not cached: the day's list is read when it is shown and after each change.
    QCoro::Task<Result<QList<PlannedTask>>> openTasksStartingBy(QDate last) override;
    QCoro::Task<Result<Task>> task(qint64 taskId) override;
    // Calls visit for every task on a store worker thread, forward-only (memory stays flat);
    // visit returns false to stop. Dependencies are not resolved.
    QCoro::Task<Status> forEachTask(std::function<bool(const Task &)> visit);

    // VersionQueries and VersionWrites (store_versions.cpp).
    QCoro::Task<Result<QList<PlanVersion>>> versions(qint64 planId) override;
    QCoro::Task<Result<std::optional<PlanVersion>>> version(qint64 planId, int version) override;
    QCoro::Task<Result<AppliedVersion>> applyVersion(Plan plan, QString reason,
                                                     SnapshotOf snapshotOf) override;
    QCoro::Task<Result<Plan>> applyEdit(Plan plan, QString reason, SnapshotOf snapshotOf,
                                        QDateTime sessionStart) override;

    // JobQueries and JobWrites (store_jobs.cpp).
    QCoro::Task<Result<std::optional<Job>>> job(qint64 jobId) override;
    QCoro::Task<Result<QList<Job>>> recentJobs(int limit) override;
    QCoro::Task<Result<Job>> insertJob(Job job) override;
    QCoro::Task<Status> updateJob(Job job) override;
    QCoro::Task<Result<int>> interruptOrphanedJobs(std::function<bool(qint64)> isAlive) override;

    // Backups (store_backups.cpp). The list is read off the calling thread. A restore (see
    // restoreBackup in backup_operations.h) waits for the calls under way, closes every
    // connection, swaps the checked backup in, keeping the replaced file, and opens the store
    // again. A refused backup leaves the database as it was, and the store as open (or as
    // failed) as before.
    QCoro::Task<Result<QList<BackupInfo>>> backups() override;
    QCoro::Task<Result<RestoreOutcome>> restore(QString backupFile) override;

    // ChangeFeed (store_changes.cpp): reading changes also drops the cached reads of the plans
    // they name, so changes made by other processes reach this Store's cached reads.
    QCoro::Task<Result<qint64>> lastChange() override;
    QCoro::Task<Result<QList<Change>>> changesSince(qint64 after, int limit) override;
    // SyncQueries and SyncWrites (store_sync.cpp; schema version 6).
    QCoro::Task<Result<QList<SyncBinding>>> bindings() override;
    QCoro::Task<Result<SyncBinding>> binding(qint64 bindingId) override;
    QCoro::Task<Result<QList<SyncItem>>> items(qint64 bindingId) override;
    QCoro::Task<Result<QList<SyncItem>>> itemPrints(qint64 bindingId) override;
    QCoro::Task<Result<QHash<QString, SyncItem>>> itemsByUid(qint64 bindingId,
                                                             QStringList uids) override;
    QCoro::Task<Result<QList<OutboxEntry>>> outbox(qint64 bindingId) override;
    QCoro::Task<Result<QList<OutboxEntry>>> outboxPage(qint64 bindingId, qint64 afterId,
                                                       int limit) override;
    QCoro::Task<Result<QList<SyncConflict>>> conflicts(int limit) override;
    QCoro::Task<Result<QHash<qint64, QDateTime>>> taskChangeTimes(qint64 planId) override;
    QCoro::Task<Result<SyncBinding>> saveBinding(SyncBinding binding) override;
    QCoro::Task<Status> removeBinding(qint64 bindingId) override;
    QCoro::Task<Result<SyncCommitOutcome>> commitSync(SyncCommit commit) override;
    // Hits and misses of the read cache, for the metrics.
    quint64 queryCacheHits() const;
    quint64 queryCacheMisses() const;

private:
    // Runs fn with a worker's connection, for the store's other repositories (plan versions,
    // jobs). When fn succeeds and changedPlanId is not 0, every cached read of that plan, of the
    // plan list, the templates and the statistics is dropped.
    // query labels its duration (StoreOptions::queryDurations).
    QCoro::Task<Status> runOnWorker(std::function<Status(QSqlDatabase &)> fn,
                                    qint64 changedPlanId = 0,
                                    QLatin1StringView query = QLatin1StringView("run_on_worker"));
    // The same for work that yields a value (QSqlDatabase & -> Result<T>); store_worker.h.
    template <typename T, typename Work>
    QCoro::Task<Result<T>> resultOnWorker(QLatin1StringView query, Work work,
                                          qint64 changedPlanId = 0);
    template <typename T, typename Read>
    QCoro::Task<Result<T>> cachedRead(QLatin1StringView query, QString key, QStringList tags,
                                      Read read);
    void invalidate(const QStringList &tags);
    void dropCachedPlans(const QList<qint64> &planIds);
    void startDailyBackup(); // store_backups.cpp

    std::unique_ptr<Database> m_database;
    std::unique_ptr<QueryCache> m_cache;
    QThreadPool m_pool;
    qint64 m_userId = 0;
    bool m_dailyBackup = false;
    std::function<QDateTime()> m_clock;
    metrics::HistogramFamily *m_queryDurations = nullptr;
    metrics::CounterFamily *m_queryCacheRequests = nullptr;
    // Whole-file work (daily backup, backup listing, restore) on its own thread, so that it
    // never holds up a store call. Declared last: it is destroyed (and waited for) first.
    QThreadPool m_background;
};

// Where the database lives: the override (from --db) if given, else $HELIOS_DB, else
// helios.db in QStandardPaths::AppDataLocation. A path that is a symbolic link gives the file it
// names.
QString resolveDatabasePath(const QString &override);

} // namespace helios
