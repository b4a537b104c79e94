#pragma once

// MemoryStorage: every storage interface of core/domain, in memory, for service and view-model
// tests that need no database file. It passes the same contract suite as Store and LlmStore
// (tests/unit/contract), so what a test learns on it holds for SQLite: ids, positions and
// version numbers, orderings, NotFound sentences, all-or-nothing saves, the "original" version,
// interrupted jobs, the LLM cache's LRU order.
//
// Calls do their work at once, in the order they are made, and finish at the next turn of the
// event loop (as Store's calls finish when its worker is done): a test must let the loop run
// (QCoro::waitFor, tests/support/coro_test.h). setCompletion(Immediately) finishes them within
// the call instead, as QCoro does when the Store's future is already done. pause() holds every
// call's completion until resume(), so that a test can look at a view-model while its call is
// under way; failNext() makes the next call of a kind fail as a damaged database would.
// Callbacks and visitors run on the calling thread, within the call. Use from one thread.

#include "core/domain/backups.h"
#include "core/domain/change_feed.h"
#include "core/domain/job_queries.h"
#include "core/domain/job_writes.h"
#include "core/domain/llm_cache_storage.h"
#include "core/domain/llm_call_queries.h"
#include "core/domain/llm_call_writes.h"
#include "core/domain/plan_queries.h"
#include "core/domain/plan_writes.h"
#include "core/domain/sync_queries.h"
#include "core/domain/sync_writes.h"
#include "core/domain/task_queries.h"
#include "core/domain/task_writes.h"
#include "core/domain/version_queries.h"
#include "core/domain/version_writes.h"

#include <QHash>
#include <QLatin1StringView>

#include <functional>
#include <memory>
#include <vector>

namespace helios::test {

class MemoryStorageGate;

class MemoryStorage final : public PlanQueries,
                            public PlanWrites,
                            public TaskQueries,
                            public TaskWrites,
                            public VersionQueries,
                            public VersionWrites,
                            public JobQueries,
                            public JobWrites,
                            public LlmCallQueries,
                            public LlmCallWrites,
                            public LlmCacheStorage,
                            public Backups,
                            public ChangeFeed,
                            public SyncQueries,
                            public SyncWrites
{
public:
    enum class Completion { NextTurn, Immediately };

    MemoryStorage();
    ~MemoryStorage() override;
    MemoryStorage(const MemoryStorage &) = delete;
    MemoryStorage &operator=(const MemoryStorage &) = delete;

    // PlanQueries
    QCoro::Task<Result<QList<PlanSummary>>> plans() override;
    QCoro::Task<Result<Plan>> plan(qint64 planId) override;
    QCoro::Task<Result<qint64>> planIdOfTask(qint64 taskId) override;
    QCoro::Task<Result<QList<Plan>>> plansWithTasks() override;
    QCoro::Task<Result<Page<PlanSummary>>> templates(int page, int limit) override;
    QCoro::Task<Result<TaskStatistics>> statistics(QDate today) override;
    QCoro::Task<Status> visitPlans(std::optional<qint64> planId, PlanVisitor &visitor) override;
    // TaskQueries
    QCoro::Task<Result<QList<PlannedTask>>> openTasksStartingBy(QDate last) override;
    QCoro::Task<Result<Task>> task(qint64 taskId) override;
    // PlanWrites, TaskWrites
    QCoro::Task<Result<Plan>> savePlan(Plan plan) override;
    QCoro::Task<Result<QList<Plan>>> savePlans(QList<Plan> plans,
                                               VersionsOfSaved versionsOf) override;
    QCoro::Task<Status> deletePlan(qint64 planId) override;
    QCoro::Task<Status> setTemplate(qint64 planId, bool isTemplate) override;
    QCoro::Task<Result<Task>> setTaskStatus(qint64 taskId, TaskStatus status) override;
    QCoro::Task<Result<Task>> setTaskNotes(qint64 taskId, QString notes) override;
    // VersionQueries, VersionWrites
    QCoro::Task<Result<QList<PlanVersion>>> versions(qint64 planId) override;
    QCoro::Task<Result<std::optional<PlanVersion>>> version(qint64 planId, int version) override;
    QCoro::Task<Result<AppliedVersion>> applyVersion(Plan plan, QString reason,
                                                     SnapshotOf snapshotOf) override;
    QCoro::Task<Result<Plan>> applyEdit(Plan plan, QString reason, SnapshotOf snapshotOf,
                                        QDateTime sessionStart) override;
    // JobQueries, JobWrites
    QCoro::Task<Result<std::optional<Job>>> job(qint64 jobId) override;
    QCoro::Task<Result<QList<Job>>> recentJobs(int limit) override;
    QCoro::Task<Result<Job>> insertJob(Job job) override;
    QCoro::Task<Status> updateJob(Job job) override;
    QCoro::Task<Result<int>> interruptOrphanedJobs(std::function<bool(qint64)> isAlive) override;
    // LlmCallQueries, LlmCallWrites
    QCoro::Task<Result<LlmCallSummary>> callSummary(QDateTime from, QDateTime to) override;
    QCoro::Task<Result<QList<LlmCallRecord>>> recentCalls(int limit) override;
    QCoro::Task<Status> appendCall(LlmCallRecord record) override;
    // LlmCacheStorage
    QCoro::Task<Result<std::optional<LlmCacheRow>>> cacheTake(QString key, QDateTime now,
                                                              QDateTime expiredBefore) override;
    QCoro::Task<Status> cachePut(QString key, QByteArray payload, QDateTime now, int maxEntries,
                                 QList<std::pair<QString, QDateTime>> used) override;
    QCoro::Task<Result<int>> cacheRemoveCreatedBefore(QDateTime cutoff) override;
    QCoro::Task<Status> cacheClear() override;
    QCoro::Task<Result<LlmCacheUsage>> cacheUsage() override;
    // Backups: takeBackup() makes them (the Store's are files the daily backup and `helios-cli
    // backup` write).
    QCoro::Task<Result<QList<BackupInfo>>> backups() override;
    QCoro::Task<Result<RestoreOutcome>> restore(QString backupFile) override;

    // ChangeFeed: recorded as the Store's triggers record them.
    QCoro::Task<Result<qint64>> lastChange() override;
    QCoro::Task<Result<QList<Change>>> changesSince(qint64 after, int limit) override;

    // SyncQueries, SyncWrites: a plan's deletion takes its binding with it, as in the Store.
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

    // A copy of everything stored now, listed by backups() under a name of its own ("memory:…");
    // returns that name.
    QString takeBackup(const QString &kind = QStringLiteral("manual"));

    void setCompletion(Completion completion) { m_completion = completion; }
    // The time writes stamp (createdAt, updatedAt, versions, backups); UTC now by default.
    void setClock(std::function<QDateTime()> clock);
    // While paused, calls still do their work at once but finish only at resume(), in order.
    void pause();
    void resume();
    int waitingCalls() const { return m_waiting; }
    // The next call of that kind (the Store's query labels: "plans", "plan", "save_plan",
    // "set_task_status", "apply_version", "insert_job", "llm_cache_put", ...) fails with error
    // and changes nothing.
    void failNext(QLatin1StringView call, Error error);
    // How many calls of that kind were made.
    int calls(QLatin1StringView call) const { return m_calls.value(QString(call)); }

private:
    struct State;
    struct Stored;
    struct BackupCopy;

    template <typename R, typename Work> QCoro::Task<R> run(QLatin1StringView call, Work work);
    template <typename R> QCoro::Task<R> finish(R result);
    // applyVersion and applyEdit: amend the newest version when it is of this session.
    Result<AppliedVersion> replaceWithVersion(Plan plan, const QString &reason,
                                              const SnapshotOf &snapshotOf,
                                              const QDateTime &amendFrom, const char *what,
                                              bool writeGoal);
    QDateTime now() const;
    // A sync commit's items, outbox, conflicts and binding state (the binding exists).
    void writeSyncCommit(const SyncCommit &commit, const std::optional<Plan> &saved);

    std::unique_ptr<State> m_state;
    std::unique_ptr<MemoryStorageGate> m_gate;
    std::function<QDateTime()> m_clock;
    Completion m_completion = Completion::NextTurn;
    bool m_paused = false;
    int m_waiting = 0;
    QHash<QString, int> m_calls;
    QHash<QString, Error> m_failures;
    std::vector<BackupCopy> m_backups; // in the order they were taken
};

} // namespace helios::test
