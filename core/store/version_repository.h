#pragma once

#include "core/domain/job.h"
#include "core/domain/plan.h"
#include "core/domain/plan_version.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace helios {

// Versions of plans on one connection (a store worker's). Synchronous.
class VersionRepository
{
public:
    explicit VersionRepository(QSqlDatabase db);

    // Appends a version made at `at` (now when null); returns its number.
    Result<int> addVersion(qint64 planId, const QString &reason, const QString &snapshot,
                           const QDateTime &at = {});
    Result<QList<PlanVersion>> versions(qint64 planId); // without snapshots, oldest first
    Result<std::optional<PlanVersion>> version(qint64 planId, int version);
    // Adds a version with its own number and time, as it was in another database (imports; the
    // caller holds the transaction). A number the plan already has is an error.
    Status insertVersion(qint64 planId, const PlanVersion &version);

    // In one transaction (taking the write lock first): when the plan has no versions yet, keeps
    // it as it is stored as version 1 ("original"); then replaces the stored plan's dates, weekly
    // hours, risk and all its tasks by plan's (tasks with an id keep it, new ones get one;
    // dependencies follow positions) and appends a version whose snapshot is snapshotOf(the plan
    // as saved). Returns the saved plan and the number of the version appended.
    // `before` runs first inside the transaction with the plan's tasks as stored (an error
    // writes nothing; the same list the replacement compares with), `after` last with
    // the plan as saved (an error undoes everything): a sync's commit checks and writes its own
    // state with the version, all or nothing. amendFrom, when valid: the newest version is
    // amended instead (as applyEdit's) when it has `reason`, is not the original and was made at
    // or after it; the number returned is then the amended one.
    Result<AppliedVersion> applyVersion(
        Plan plan, const QString &reason, const std::function<QString(const Plan &)> &snapshotOf,
        const std::function<Status(const QList<Task> &)> &before = {},
        const std::function<Status(const Plan &)> &after = {}, const QDateTime &amendFrom = {});
    // The same for an edit (VersionWrites::applyEdit): the goal too, and the newest version is
    // amended instead of a new one added when it has `reason` and was made at or after
    // sessionStart. Keeps the original first when the plan has no version yet.
    Result<Plan> applyEdit(Plan plan, const QString &reason,
                           const std::function<QString(const Plan &)> &snapshotOf,
                           const QDateTime &sessionStart);

    // Deletes a plan with its tasks, their dependencies and all its versions; a job that made it
    // keeps its row without the plan. NotFound when there is no such plan.
    Status removePlan(qint64 planId);

private:
    // The plan's dates, risk and tasks become plan's (the caller holds the transaction);
    // `stored`: the plan's tasks as stored (PlanRepository::tasksOf), read in that transaction.
    Status replacePlan(Plan &plan, const QString &what, const QList<Task> &stored);
    // Version 1, "original", dated at the plan's creation, when the plan has no version yet;
    // `stored`: the plan's tasks as stored (tasksOf), read in the caller's transaction.
    Status keepOriginal(qint64 planId, const std::function<QString(const Plan &)> &snapshotOf,
                        const QList<Task> &stored);

    QSqlDatabase m_db;
};

// Background jobs on one connection. Synchronous.
class JobRepository
{
public:
    explicit JobRepository(QSqlDatabase db);

    Result<Job> insert(Job job);   // fills id and times
    Status update(const Job &job); // status, error, plan, stage, owner; stamps updated_at
    Result<std::optional<Job>> job(qint64 id);
    Result<QList<Job>> recent(int limit); // newest first
    // Running or pending jobs whose owner process is gone (isAlive(pid) false) become
    // interrupted, with an error saying so. Returns how many.
    Result<int> interruptOrphans(const std::function<bool(qint64)> &isAlive);

private:
    QSqlDatabase m_db;
};

} // namespace helios
