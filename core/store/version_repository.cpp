#include "core/store/version_repository.h"

#include "core/domain/plan_limits.h"
#include "core/store/plan_repository.h"
#include "core/store/sql.h"
#include "core/store/sql_values.h"
#include "core/store/sql_versions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace helios {

using namespace sqlv;

VersionRepository::VersionRepository(QSqlDatabase db) : m_db(db) {}

Result<int> VersionRepository::addVersion(qint64 planId, const QString &reason,
                                          const QString &snapshot, const QDateTime &at)
{
    QSqlQuery insert(m_db);
    insert.prepare(sql::insertPlanVersion);
    insert.addBindValue(planId);
    insert.addBindValue(planId);
    insert.addBindValue(timestamp(at.isValid() ? at : QDateTime::currentDateTimeUtc()));
    insert.addBindValue(text(reason));
    insert.addBindValue(text(snapshot));
    if (!insert.exec())
        return queryError(QCoreApplication::translate("helios", "Saving a version of the plan"),
                          insert);
    QSqlQuery number(m_db);
    number.prepare(sql::planVersionNumber);
    number.addBindValue(insert.lastInsertId());
    if (!number.exec() || !number.next())
        return queryError(QCoreApplication::translate("helios", "Saving a version of the plan"),
                          number);
    return number.value(0).toInt();
}

Result<QList<PlanVersion>> VersionRepository::versions(qint64 planId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::planVersions);
    q.addBindValue(planId);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Reading the plan's versions"), q);
    QList<PlanVersion> out;
    while (q.next())
        out.append({q.value(0).toInt(), timestampFrom(q.value(1)), q.value(2).toString(), {}});
    return out;
}

Result<std::optional<PlanVersion>> VersionRepository::version(qint64 planId, int version)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::planVersion);
    q.addBindValue(planId);
    q.addBindValue(version);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Reading a version of the plan"),
                          q);
    if (!q.next())
        return std::optional<PlanVersion>();
    return std::optional<PlanVersion>(PlanVersion{q.value(0).toInt(), timestampFrom(q.value(1)),
                                                  q.value(2).toString(), q.value(3).toString()});
}

Status VersionRepository::insertVersion(qint64 planId, const PlanVersion &version)
{
    QSqlQuery insert(m_db);
    insert.prepare(sql::insertPlanVersionAsIs);
    insert.addBindValue(planId);
    insert.addBindValue(version.version);
    insert.addBindValue(timestamp(version.createdAt.isValid() ? version.createdAt
                                                              : QDateTime::currentDateTimeUtc()));
    insert.addBindValue(text(version.reason));
    insert.addBindValue(text(version.snapshot));
    if (!insert.exec())
        return queryError(QCoreApplication::translate("helios", "Saving a version of the plan"),
                          insert);
    return Ok{};
}

Status VersionRepository::keepOriginal(qint64 planId,
                                       const std::function<QString(const Plan &)> &snapshotOf,
                                       const QList<Task> &stored)
{
    Result<QList<PlanVersion>> existing = versions(planId);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Ok{};
    // The plan as it was before its first change, so that it can be restored; dated when the
    // plan was made, which is when it was so.
    Result<Plan> original = PlanRepository(m_db).planWithoutTasks(planId);
    if (!original)
        return original.error();
    original->tasks = stored;
    if (Result<int> added = addVersion(planId, QStringLiteral("original"), snapshotOf(*original),
                                       original->createdAt);
        !added)
        return added.error();
    return Ok{};
}

namespace {

// Whether a stored task row already holds what `next` would write (its position is next.order).
bool sameRow(const Task &stored, const Task &next, qint64 userId)
{
    const bool sameActual =
        (stored.actualHours < 0 && next.actualHours < 0) || stored.actualHours == next.actualHours;
    return stored.userId == userId && stored.title == next.title && stored.notes == next.notes &&
           stored.status == next.status && stored.estimateHours == next.estimateHours &&
           stored.startDate == next.startDate && stored.dueDate == next.dueDate &&
           stored.order == next.order && stored.milestone == next.milestone && sameActual &&
           stored.event == next.event && stored.notBefore == next.notBefore &&
           stored.dueBy == next.dueBy;
}

} // namespace

Status VersionRepository::replacePlan(Plan &plan, const QString &what, const QList<Task> &stored)
{
    QSqlQuery update(m_db);
    update.prepare(sql::updatePlanSchedule);
    update.addBindValue(date(plan.startDate));
    update.addBindValue(date(plan.deadline));
    update.addBindValue(plan.hoursPerWeek);
    update.addBindValue(plan.atRisk ? 1 : 0);
    update.addBindValue(plan.hoursShort);
    update.addBindValue(plan.id);
    if (!update.exec())
        return queryError(what, update);
    if (update.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no plan with id %1.").arg(plan.id));

    // New tasks get ids above any this plan ever had (SQLite would hand out the ids of the tasks
    // deleted just below again, and an earlier version's diff would take a new task for a
    // renamed old one).
    qint64 nextId = 0;
    if (std::any_of(plan.tasks.cbegin(), plan.tasks.cend(),
                    [](const Task &task) { return task.id <= 0; })) {
        QSqlQuery highest(m_db);
        highest.prepare(sql::highestTaskIdOfPlanHistory);
        highest.addBindValue(plan.id);
        if (!highest.exec() || !highest.next())
            return queryError(what, highest);
        nextId = highest.value(0).toLongLong() + 1;
    }

    // Only the rows that differ are written: a sync that received one task's change, or an edit
    // of one task, rewrote every row of a plan of thousands (each a delete, an insert and four
    // index entries, and its prerequisites again), which was most of such a commit's time.
    QHash<qint64, int> storedAt; // task id → its index in stored
    storedAt.reserve(stored.size());
    for (int i = 0; i < stored.size(); ++i)
        storedAt.insert(stored.at(i).id, i);
    QSet<qint64> kept; // stored rows the new version keeps (written in place when they differ)
    for (const Task &task : std::as_const(plan.tasks)) {
        if (task.id > 0 && storedAt.contains(task.id))
            kept.insert(task.id);
    }
    QSqlQuery remove(m_db);
    remove.prepare(sql::deleteTask);
    for (const Task &task : stored) {
        if (kept.contains(task.id))
            continue;
        remove.addBindValue(task.id);
        remove.addBindValue(plan.id);
        if (!remove.exec())
            return queryError(what, remove);
    }

    const auto bindRow = [&plan](QSqlQuery &q, const Task &task, int position) {
        q.addBindValue(plan.userId);
        q.addBindValue(task.title);
        q.addBindValue(text(task.notes));
        q.addBindValue(toString(task.status));
        q.addBindValue(task.estimateHours);
        q.addBindValue(date(task.startDate));
        q.addBindValue(date(task.dueDate));
        q.addBindValue(position);
        q.addBindValue(text(task.milestone));
        q.addBindValue(task.actualHours >= 0 ? QVariant(task.actualHours)
                                             : QVariant(QMetaType::fromType<double>()));
        q.addBindValue(task.event ? 1 : 0);
        q.addBindValue(date(task.notBefore));
        q.addBindValue(date(task.dueBy));
    };
    QSqlQuery insert(m_db);
    insert.prepare(sql::insertTaskWithId);
    QSqlQuery rewrite(m_db);
    rewrite.prepare(sql::updateTaskRow);
    QSet<qint64> written;
    for (int i = 0; i < plan.tasks.size(); ++i) {
        Task &task = plan.tasks[i];
        task.order = i;
        const int at = task.id > 0 && !written.contains(task.id) ? storedAt.value(task.id, -1) : -1;
        if (at >= 0) {
            if (!sameRow(stored.at(at), task, plan.userId)) {
                bindRow(rewrite, task, i);
                rewrite.addBindValue(task.id);
                rewrite.addBindValue(plan.id);
                if (!rewrite.exec())
                    return queryError(what, rewrite);
            }
        } else {
            // A task id used twice fails here (the row exists), as it always did.
            insert.addBindValue(task.id > 0 ? task.id : nextId++);
            insert.addBindValue(plan.id);
            bindRow(insert, task, i);
            if (!insert.exec())
                return queryError(what, insert);
            task.id = insert.lastInsertId().toLongLong();
        }
        written.insert(task.id);
        task.planId = plan.id;
        task.userId = plan.userId;
    }

    // Prerequisites, by id: a kept task whose prerequisites are the ones stored keeps its rows.
    const auto idsOf = [](const QList<Task> &tasks, const Task &task) {
        QList<qint64> ids;
        for (int position : task.dependsOn) {
            if (position >= 0 && position < tasks.size() && position != task.order)
                ids.append(tasks.at(position).id);
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    };
    QSqlQuery clear(m_db);
    clear.prepare(sql::deleteDependenciesOfTask);
    QSqlQuery dependency(m_db);
    dependency.prepare(sql::insertDependency);
    for (const Task &task : std::as_const(plan.tasks)) {
        const QList<qint64> wanted = idsOf(plan.tasks, task);
        if (const int at = kept.contains(task.id) ? storedAt.value(task.id, -1) : -1; at >= 0) {
            if (idsOf(stored, stored.at(at)) == wanted)
                continue;
            clear.addBindValue(task.id);
            if (!clear.exec())
                return queryError(what, clear);
        }
        for (qint64 id : wanted) {
            dependency.addBindValue(task.id);
            dependency.addBindValue(id);
            if (!dependency.exec())
                return queryError(what, dependency);
        }
    }
    return Ok{};
}

Result<AppliedVersion> VersionRepository::applyVersion(
    Plan plan, const QString &reason, const std::function<QString(const Plan &)> &snapshotOf,
    const std::function<Status(const QList<Task> &)> &before,
    const std::function<Status(const Plan &)> &after, const QDateTime &amendFrom)
{
    const QString what =
        QCoreApplication::translate("helios", "Saving the new version of the plan");
    makePlainText(plan);
    if (Status within = checkPlanLimits(plan); !within)
        return within.error();
    // The write lock first: the versions are read and then appended to, and another process
    // appending in between must wait rather than make both read the same last number.
    ImmediateTransaction tx(m_db);
    if (!tx.active())
        return Error::storage(describeSqlError(what, tx.error()));
    // Read once: what `before` checks is what the replacement compares with.
    Result<QList<Task>> stored = PlanRepository(m_db).tasksOf(plan.id);
    if (!stored)
        return stored.error();
    if (before) {
        if (Status checked = before(*stored); !checked)
            return checked.error();
    }
    if (Status kept = keepOriginal(plan.id, snapshotOf, *stored); !kept)
        return kept.error();
    if (Status replaced = replacePlan(plan, what, *stored); !replaced)
        return replaced.error();
    std::optional<int> amended;
    if (amendFrom.isValid()) {
        Result<QList<PlanVersion>> existing = versions(plan.id);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty() && existing->constLast().reason == reason &&
            existing->constLast().version > 1 && existing->constLast().createdAt >= amendFrom) {
            QSqlQuery update(m_db);
            update.prepare(sql::amendPlanVersion);
            update.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
            update.addBindValue(text(snapshotOf(plan)));
            update.addBindValue(plan.id);
            update.addBindValue(existing->constLast().version);
            if (!update.exec())
                return queryError(what, update);
            amended = existing->constLast().version;
        }
    }
    Result<int> added =
        amended ? Result<int>(*amended) : addVersion(plan.id, reason, snapshotOf(plan));
    if (!added)
        return added.error();
    if (after) {
        if (Status also = after(plan); !also)
            return also.error();
    }
    if (!tx.commit())
        return Error::storage(describeSqlError(what, tx.error()));
    return AppliedVersion{std::move(plan), *added};
}

Result<Plan> VersionRepository::applyEdit(Plan plan, const QString &reason,
                                          const std::function<QString(const Plan &)> &snapshotOf,
                                          const QDateTime &sessionStart)
{
    const QString what = QCoreApplication::translate("helios", "Saving the change to the plan");
    makePlainText(plan);
    if (Status within = checkPlanLimits(plan); !within)
        return within.error();
    ImmediateTransaction tx(m_db);
    if (!tx.active())
        return Error::storage(describeSqlError(what, tx.error()));
    Result<QList<Task>> stored = PlanRepository(m_db).tasksOf(plan.id);
    if (!stored)
        return stored.error();
    if (Status kept = keepOriginal(plan.id, snapshotOf, *stored); !kept)
        return kept.error();
    Result<QList<PlanVersion>> existing = versions(plan.id);
    if (!existing)
        return existing.error();
    if (Status replaced = replacePlan(plan, what, *stored); !replaced)
        return replaced.error();
    QSqlQuery goal(m_db);
    goal.prepare(sql::updatePlanGoal);
    goal.addBindValue(plan.goal);
    goal.addBindValue(plan.id);
    if (!goal.exec())
        return queryError(what, goal);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool amend = !existing->isEmpty() && existing->constLast().reason == reason &&
                       existing->constLast().version > 1 && sessionStart.isValid() &&
                       existing->constLast().createdAt >= sessionStart;
    if (amend) {
        QSqlQuery update(m_db);
        update.prepare(sql::amendPlanVersion);
        update.addBindValue(timestamp(now));
        update.addBindValue(text(snapshotOf(plan)));
        update.addBindValue(plan.id);
        update.addBindValue(existing->constLast().version);
        if (!update.exec())
            return queryError(what, update);
    } else if (Result<int> added = addVersion(plan.id, reason, snapshotOf(plan), now); !added) {
        return added.error();
    }
    if (!tx.commit())
        return Error::storage(describeSqlError(what, tx.error()));
    return plan;
}

namespace {

Job jobFromRow(const QSqlQuery &q)
{
    Job job;
    job.id = q.value(0).toLongLong();
    job.kind = q.value(1).toString();
    job.status = jobStatusFromString(q.value(2).toString()).value_or(JobStatus::Failed);
    job.input = q.value(3).toString();
    job.error = q.value(4).toString();
    job.planId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    job.createdAt = timestampFrom(q.value(6));
    job.updatedAt = timestampFrom(q.value(7));
    job.stage = q.value(8).toString();
    job.ownerPid = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    return job;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Status VersionRepository::removePlan(qint64 planId)
{
    QSqlQuery remove(m_db);
    remove.prepare(sql::deletePlan);
    remove.addBindValue(planId);
    if (!remove.exec())
        return queryError(QCoreApplication::translate("helios", "Deleting the plan"), remove);
    if (remove.numRowsAffected() != 1)
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no plan with id %1.").arg(planId));
    return Ok{};
}

JobRepository::JobRepository(QSqlDatabase db) : m_db(db) {}

Result<Job> JobRepository::insert(Job job)
{
    job.createdAt = job.updatedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(sql::insertJob);
    q.addBindValue(job.kind);
    q.addBindValue(toString(job.status));
    q.addBindValue(text(job.input));
    q.addBindValue(text(job.error));
    q.addBindValue(idOrNull(job.planId));
    q.addBindValue(timestamp(job.createdAt));
    q.addBindValue(timestamp(job.updatedAt));
    q.addBindValue(text(job.stage));
    q.addBindValue(idOrNull(job.ownerPid));
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Saving the job"), q);
    job.id = q.lastInsertId().toLongLong();
    return job;
}

Status JobRepository::update(const Job &job)
{
    QSqlQuery q(m_db);
    q.prepare(sql::updateJob);
    q.addBindValue(toString(job.status));
    q.addBindValue(text(job.error));
    q.addBindValue(idOrNull(job.planId));
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(job.stage));
    q.addBindValue(idOrNull(job.ownerPid));
    q.addBindValue(job.id);
    q.addBindValue(toString(job.status));
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Updating the job"), q);
    if (q.numRowsAffected() == 1)
        return Ok{};
    // Nothing changed: either there is no such job, or it is finished (cancelled by another
    // process, perhaps, or completed) and this update would have made it pending or running
    // again.
    Result<std::optional<Job>> existing = this->job(job.id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no job with id %1.").arg(job.id));
    return Ok{};
}

Result<std::optional<Job>> JobRepository::job(qint64 id)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::jobById);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Reading the job"), q);
    if (!q.next())
        return std::optional<Job>();
    return std::optional<Job>(jobFromRow(q));
}

Result<QList<Job>> JobRepository::recent(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::recentJobs);
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Reading the jobs"), q);
    QList<Job> out;
    while (q.next())
        out.append(jobFromRow(q));
    return out;
}

Result<int> JobRepository::interruptOrphans(const std::function<bool(qint64)> &isAlive)
{
    QList<Job> orphans;
    for (JobStatus status : {JobStatus::Pending, JobStatus::Running}) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql::jobsWithStatus);
        q.addBindValue(toString(status));
        if (!q.exec())
            return queryError(QCoreApplication::translate("helios", "Reading the jobs"), q);
        while (q.next()) {
            Job job = jobFromRow(q);
            if (job.ownerPid <= 0 || !isAlive(job.ownerPid))
                orphans.append(job);
        }
    }
    for (Job &job : orphans) {
        job.status = JobStatus::Interrupted;
        job.error = interruptedJobError(job.stage);
        job.ownerPid = 0;
        if (Status s = update(job); !s)
            return s.error();
    }
    return static_cast<int>(orphans.size());
}

} // namespace helios
