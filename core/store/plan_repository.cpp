#include "core/store/plan_repository.h"

#include "core/domain/plain_text.h"
#include "core/domain/plan_limits.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/sql_values.h"
#include "core/store/sql_versions.h"
#include "core/store/sqlite_statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <numeric>

namespace helios {

using sqlv::dateFrom;
using sqlv::queryError;
using sqlv::timestamp;
using sqlv::Transaction;

namespace {

const QString kLocalEmail = QStringLiteral("local@helios.invalid");

PlanSummary summaryFromRow(const QSqlQuery &q)
{
    PlanSummary s;
    s.id = q.value(0).toLongLong();
    s.goal = q.value(1).toString();
    s.createdAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    s.deadline = dateFrom(q.value(3));
    s.atRisk = q.value(4).toInt() != 0;
    s.hoursShort = q.value(5).toDouble();
    s.taskCount = q.value(6).toInt();
    s.doneCount = q.value(7).toInt();
    s.totalHours = q.value(8).toDouble();
    s.doneHours = q.value(9).toDouble();
    return s;
}

// A task row as selected by the HELIOS_TASK_COLUMNS of sql.cpp, read through the C API (no
// QVariant per cell); dependencies stay ids (the last column) until the whole plan is known.
Task taskFromRow(const SqliteStatement &q, QList<qint64> *dependencyIds)
{
    Task t;
    t.id = q.int64(0);
    t.planId = q.int64(1);
    t.userId = q.int64(2);
    t.title = q.text(3);
    t.notes = q.text(4);
    t.status = taskStatusFromString(QString::fromLatin1(q.bytes(5))).value_or(TaskStatus::Todo);
    t.estimateHours = q.real(6);
    t.startDate = q.date(7);
    t.dueDate = q.date(8);
    t.order = int(q.int64(9));
    t.milestone = q.text(10);
    t.actualHours = q.isNull(11) ? -1.0 : q.real(11);
    t.event = q.int64(12) != 0;
    t.notBefore = q.date(13);
    t.dueBy = q.date(14);
    // group_concat of ids: "12,13"
    dependencyIds->clear();
    const QByteArrayView ids = q.bytes(15);
    qint64 id = 0;
    bool inNumber = false;
    for (const char c : ids) {
        if (c >= '0' && c <= '9') {
            id = id * 10 + (c - '0');
            inNumber = true;
        } else if (inNumber) {
            dependencyIds->append(id);
            id = 0;
            inNumber = false;
        }
    }
    if (inNumber)
        dependencyIds->append(id);
    return t;
}

// Turns the dependency ids of one plan's tasks into positions in that plan. The tasks come in
// any order; they leave in the order of their stored position.
void resolveDependencyIds(QList<Task> &tasks, QList<QList<qint64>> &dependencyIds)
{
    if (!std::is_sorted(tasks.cbegin(), tasks.cend(),
                        [](const Task &a, const Task &b) { return a.order < b.order; })) {
        QList<int> byPosition(tasks.size());
        std::iota(byPosition.begin(), byPosition.end(), 0);
        std::stable_sort(byPosition.begin(), byPosition.end(),
                         [&](int a, int b) { return tasks[a].order < tasks[b].order; });
        QList<Task> sortedTasks;
        QList<QList<qint64>> sortedIds;
        for (const int i : std::as_const(byPosition)) {
            sortedTasks.append(std::move(tasks[i]));
            sortedIds.append(std::move(dependencyIds[i]));
        }
        tasks = std::move(sortedTasks);
        dependencyIds = std::move(sortedIds);
    }
    QHash<qint64, int> positionOfId;
    positionOfId.reserve(tasks.size());
    for (int i = 0; i < tasks.size(); ++i) {
        tasks[i].order = i;
        positionOfId.insert(tasks[i].id, i);
    }
    for (int i = 0; i < tasks.size(); ++i) {
        for (const qint64 id : dependencyIds[i]) {
            const auto it = positionOfId.constFind(id);
            if (it != positionOfId.constEnd())
                tasks[i].dependsOn.append(*it);
        }
        std::sort(tasks[i].dependsOn.begin(), tasks[i].dependsOn.end());
    }
}

Plan planFromRow(const SqliteStatement &q)
{
    Plan plan;
    plan.id = q.int64(0);
    plan.userId = q.int64(1);
    plan.goal = q.text(2);
    plan.language = q.text(3);
    plan.kind = q.text(4);
    plan.subject = q.text(5);
    plan.createdAt = QDateTime::fromString(q.text(6), Qt::ISODateWithMs);
    plan.startDate = q.date(7);
    plan.deadline = q.date(8);
    plan.hoursPerWeek = q.real(9);
    plan.atRisk = q.int64(10) != 0;
    plan.hoursShort = q.real(11);
    plan.isTemplate = q.int64(12) != 0;
    plan.kindScore = q.real(13);
    plan.kindReason = sqlv::stringList(q.text(14));
    return plan;
}

} // namespace

PlanRepository::PlanRepository(QSqlDatabase db) : m_db(db) {} // QSqlDatabase has no move

Result<qint64> PlanRepository::ensureLocalUser()
{
    QSqlQuery find(m_db);
    find.prepare(sql::findUserByEmail);
    find.addBindValue(kLocalEmail);
    if (!find.exec())
        return queryError(QCoreApplication::translate("helios", "Reading the local profile"), find);
    if (find.next())
        return find.value(0).toLongLong();
    find.finish();

    // OR IGNORE: another connection opening a fresh database at the same moment may create the
    // profile between the look-up and the insert; then that one is read back below.
    QSqlQuery insert(m_db);
    insert.prepare(sql::insertUser);
    insert.addBindValue(QStringLiteral("Local user"));
    insert.addBindValue(kLocalEmail);
    insert.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    if (!insert.exec())
        return queryError(QCoreApplication::translate("helios", "Creating the local profile"),
                          insert);
    if (!find.exec())
        return queryError(QCoreApplication::translate("helios", "Reading the local profile"), find);
    if (!find.next())
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Creating the local profile"), find.lastError()));
    return find.value(0).toLongLong();
}

Result<Plan> PlanRepository::insertPlan(Plan plan, qint64 userId)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Saving the plan"), m_db.lastError()));
    Result<Plan> inserted = insertPlanRows(std::move(plan), userId);
    if (!inserted)
        return inserted.error();
    if (!tx.commit())
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Saving the plan"), m_db.lastError()));
    return inserted;
}

Result<QList<Plan>> PlanRepository::insertPlans(QList<Plan> plans, qint64 userId,
                                                const AlsoInTransaction &alsoInTransaction)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Saving the plans"), m_db.lastError()));
    for (Plan &plan : plans) {
        Result<Plan> inserted = insertPlanRows(std::move(plan), userId);
        if (!inserted)
            return inserted.error();
        plan = std::move(*inserted);
    }
    if (alsoInTransaction) {
        if (Status also = alsoInTransaction(m_db, plans); !also)
            return also.error();
    }
    if (!tx.commit())
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Saving the plans"), m_db.lastError()));
    return plans;
}

Result<Plan> PlanRepository::insertPlanRows(Plan plan, qint64 userId)
{
    // Whatever way the plan came in, its texts are stored as plain text and within the limits.
    makePlainText(plan);
    if (Status within = checkPlanLimits(plan); !within)
        return within.error();
    if (!plan.createdAt.isValid())
        plan.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery insertPlan(m_db);
    insertPlan.prepare(sql::insertPlan);
    insertPlan.addBindValue(userId);
    insertPlan.addBindValue(plan.goal);
    insertPlan.addBindValue(sqlv::text(plan.language));
    insertPlan.addBindValue(sqlv::text(plan.kind));
    insertPlan.addBindValue(sqlv::text(plan.subject));
    insertPlan.addBindValue(timestamp(plan.createdAt));
    insertPlan.addBindValue(sqlv::date(plan.startDate));
    insertPlan.addBindValue(sqlv::date(plan.deadline));
    insertPlan.addBindValue(plan.hoursPerWeek);
    insertPlan.addBindValue(plan.atRisk ? 1 : 0);
    insertPlan.addBindValue(plan.hoursShort);
    insertPlan.addBindValue(plan.isTemplate ? 1 : 0);
    insertPlan.addBindValue(plan.kindScore);
    insertPlan.addBindValue(sqlv::stringListText(plan.kindReason));
    if (!insertPlan.exec())
        return queryError(QCoreApplication::translate("helios", "Saving the plan"), insertPlan);
    plan.id = insertPlan.lastInsertId().toLongLong();
    plan.userId = userId;

    QSqlQuery insertTask(m_db);
    insertTask.prepare(sql::insertTask);
    for (int i = 0; i < plan.tasks.size(); ++i) {
        Task &task = plan.tasks[i];
        task.order = i;
        insertTask.addBindValue(plan.id);
        insertTask.addBindValue(userId);
        insertTask.addBindValue(task.title);
        insertTask.addBindValue(sqlv::text(task.notes));
        insertTask.addBindValue(toString(task.status));
        insertTask.addBindValue(task.estimateHours);
        insertTask.addBindValue(sqlv::date(task.startDate));
        insertTask.addBindValue(sqlv::date(task.dueDate));
        insertTask.addBindValue(i);
        insertTask.addBindValue(sqlv::text(task.milestone));
        insertTask.addBindValue(task.actualHours >= 0 ? QVariant(task.actualHours)
                                                      : QVariant(QMetaType::fromType<double>()));
        insertTask.addBindValue(task.event ? 1 : 0);
        insertTask.addBindValue(sqlv::date(task.notBefore));
        insertTask.addBindValue(sqlv::date(task.dueBy));
        if (!insertTask.exec())
            return queryError(QCoreApplication::translate("helios", "Saving the plan's tasks"),
                              insertTask);
        task.id = insertTask.lastInsertId().toLongLong();
        task.planId = plan.id;
        task.userId = userId;
    }

    QSqlQuery insertDependency(m_db);
    insertDependency.prepare(sql::insertDependency);
    for (const Task &task : std::as_const(plan.tasks)) {
        for (int position : task.dependsOn) {
            if (position < 0 || position >= plan.tasks.size() || position == task.order)
                continue;
            insertDependency.addBindValue(task.id);
            insertDependency.addBindValue(plan.tasks[position].id);
            if (!insertDependency.exec())
                return queryError(
                    QCoreApplication::translate("helios", "Saving the plan's dependencies"),
                    insertDependency);
        }
    }
    return plan;
}

Result<QList<PlanSummary>> PlanRepository::planSummaries(qint64 userId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::planSummaries);
    q.addBindValue(userId);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Listing plans"), q);
    QList<PlanSummary> summaries;
    while (q.next())
        summaries.append(summaryFromRow(q));
    return summaries;
}

Result<Plan> PlanRepository::plan(qint64 planId)
{
    Result<Plan> plan = planWithoutTasks(planId);
    if (!plan)
        return plan;
    Result<QList<Task>> tasks = tasksOf(planId);
    if (!tasks)
        return tasks.error();
    plan->tasks = std::move(*tasks);
    return plan;
}

Result<Plan> PlanRepository::planWithoutTasks(qint64 planId)
{
    Result<SqliteStatement> q = SqliteStatement::prepare(
        m_db, sql::planById, QCoreApplication::translate("helios", "Reading the plan"));
    if (!q)
        return q.error();
    q->bind(1, planId);
    if (!q->next()) {
        if (q->failed())
            return q->error();
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no plan with id %1.").arg(planId));
    }
    return planFromRow(*q);
}

Result<QList<Task>> PlanRepository::tasksOf(qint64 planId)
{
    Result<SqliteStatement> q = SqliteStatement::prepare(
        m_db, sql::tasksOfPlan, QCoreApplication::translate("helios", "Reading the plan's tasks"));
    if (!q)
        return q.error();
    q->bind(1, planId);
    QList<Task> tasks;
    QList<QList<qint64>> dependencyIds;
    // As many as there are, at once: grown task by task, the list of a plan of thousands holds
    // up to twice their room, and both copies while it grows (a sync reads the plan each round).
    {
        Result<SqliteStatement> count = SqliteStatement::prepare(
            m_db, sql::taskCountOfPlan,
            QCoreApplication::translate("helios", "Reading the plan's tasks"));
        if (!count)
            return count.error();
        count->bind(1, planId);
        if (count->next()) {
            tasks.reserve(count->int64(0));
            dependencyIds.reserve(count->int64(0));
        }
        if (count->failed())
            return count->error();
    }
    QList<qint64> ids;
    while (q->next()) {
        tasks.append(taskFromRow(*q, &ids));
        dependencyIds.append(ids);
    }
    if (q->failed())
        return q->error();
    resolveDependencyIds(tasks, dependencyIds);
    return tasks;
}

Result<QList<Plan>> PlanRepository::plansWithTasks(qint64 userId)
{
    // Query 1: the plans.
    Result<SqliteStatement> plans = SqliteStatement::prepare(
        m_db, sql::plansOfUser, QCoreApplication::translate("helios", "Listing plans"));
    if (!plans)
        return plans.error();
    plans->bind(1, userId);
    QList<Plan> result;
    QHash<qint64, int> indexOfPlan;
    while (plans->next()) {
        indexOfPlan.insert(plans->int64(0), static_cast<int>(result.size()));
        result.append(planFromRow(*plans));
    }
    if (plans->failed())
        return plans->error();

    // Query 2: every task of those plans, dependencies included, ordered by plan.
    Result<SqliteStatement> tasks = SqliteStatement::prepare(
        m_db, sql::tasksOfUser, QCoreApplication::translate("helios", "Reading the plans' tasks"));
    if (!tasks)
        return tasks.error();
    tasks->bind(1, userId);
    QList<QList<QList<qint64>>> dependencyIds(result.size());
    QList<qint64> ids;
    int owner = -1;
    qint64 ownerId = 0;
    while (tasks->next()) {
        const qint64 planId = tasks->int64(1);
        if (owner < 0 || planId != ownerId) { // rows come grouped by plan
            ownerId = planId;
            owner = indexOfPlan.value(planId, -1);
        }
        if (owner < 0)
            continue;
        result[owner].tasks.append(taskFromRow(*tasks, &ids));
        dependencyIds[owner].append(ids);
    }
    if (tasks->failed())
        return tasks->error();
    for (int i = 0; i < result.size(); ++i)
        resolveDependencyIds(result[i].tasks, dependencyIds[i]);
    return result;
}

Result<Task> PlanRepository::setTaskStatus(qint64 taskId, TaskStatus status)
{
    QSqlQuery update(m_db);
    update.prepare(sql::setTaskStatus);
    update.addBindValue(toString(status));
    update.addBindValue(taskId);
    if (!update.exec())
        return queryError(QCoreApplication::translate("helios", "Updating the task"), update);
    if (update.numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no task with id %1.").arg(taskId));
    return storedTask(taskId);
}

Result<Task> PlanRepository::setTaskNotes(qint64 taskId, const QString &notes)
{
    const QString plain = plainText(notes, true);
    if (Status within = checkNotesLength(plain); !within)
        return within.error();
    QSqlQuery update(m_db);
    update.prepare(sql::setTaskNotes);
    // A null QString would bind as SQL NULL, which the column refuses: no notes is "".
    update.addBindValue(plain.isNull() ? QStringLiteral("") : plain);
    update.addBindValue(taskId);
    if (!update.exec())
        return queryError(QCoreApplication::translate("helios", "Updating the task's notes"),
                          update);
    if (update.numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no task with id %1.").arg(taskId));
    return storedTask(taskId);
}

Result<Task> PlanRepository::task(qint64 taskId)
{
    return storedTask(taskId);
}

Result<Task> PlanRepository::storedTask(qint64 taskId)
{
    QSqlQuery q(m_db);
    q.prepare(sql::planOfTask);
    q.addBindValue(taskId);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Reading the task"), q);
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no task with id %1.").arg(taskId));
    // The whole plan is read so that the task comes back with its dependencies as positions.
    Result<Plan> owner = plan(q.value(0).toLongLong());
    if (!owner)
        return owner.error();
    for (const Task &t : std::as_const(owner->tasks)) {
        if (t.id == taskId)
            return t;
    }
    return Error::notFound(
        QCoreApplication::translate("helios", "There is no task with id %1.").arg(taskId));
}

Result<qint64> PlanRepository::planIdOfTask(qint64 taskId)
{
    QSqlQuery q(m_db);
    q.prepare(sql::planOfTask);
    q.addBindValue(taskId);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Reading the task"), q);
    if (!q.next())
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no task with id %1.").arg(taskId));
    return q.value(0).toLongLong();
}

Status PlanRepository::setTemplate(qint64 planId, bool isTemplate)
{
    QSqlQuery update(m_db);
    update.prepare(sql::setTemplate);
    update.addBindValue(isTemplate ? 1 : 0);
    update.addBindValue(planId);
    if (!update.exec())
        return queryError(QCoreApplication::translate("helios", "Updating the plan"), update);
    if (update.numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no plan with id %1.").arg(planId));
    return Ok{};
}

Result<Page<PlanSummary>> PlanRepository::templates(int page, int limit)
{
    Page<PlanSummary> result;
    result.page = std::max(1, page);
    result.limit = std::clamp(limit, 1, 500);

    QSqlQuery count(m_db);
    count.prepare(sql::countTemplates);
    if (!count.exec() || !count.next())
        return queryError(QCoreApplication::translate("helios", "Counting templates"), count);
    result.total = count.value(0).toInt();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::templateSummaries);
    q.addBindValue(result.limit);
    q.addBindValue(static_cast<qint64>(result.page - 1) * result.limit);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Listing templates"), q);
    while (q.next())
        result.items.append(summaryFromRow(q));
    return result;
}

Result<TaskStatistics> PlanRepository::statistics(qint64 userId, const QDate &today)
{
    TaskStatistics stats;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::taskStatistics);
    q.addBindValue(userId);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Computing statistics"), q);
    while (q.next()) {
        const int count = q.value(1).toInt();
        const double hours = q.value(2).toDouble();
        stats.total += count;
        stats.totalHours += hours;
        switch (taskStatusFromString(q.value(0).toString()).value_or(TaskStatus::Todo)) {
        case TaskStatus::Todo:
            stats.todo += count;
            break;
        case TaskStatus::InProgress:
            stats.inProgress += count;
            break;
        case TaskStatus::Done:
            stats.done += count;
            stats.finishedHours += hours;
            break;
        case TaskStatus::Skipped:
            stats.skipped += count;
            stats.finishedHours += hours;
            break;
        }
    }
    for (TaskStatus status : {TaskStatus::Todo, TaskStatus::InProgress}) {
        QSqlQuery overdue(m_db);
        overdue.prepare(sql::overdueTasks);
        overdue.addBindValue(toString(status));
        overdue.addBindValue(today.toString(Qt::ISODate));
        if (!overdue.exec() || !overdue.next())
            return queryError(QCoreApplication::translate("helios", "Computing statistics"),
                              overdue);
        stats.overdue += overdue.value(0).toInt();
    }
    return stats;
}

Result<QList<PlannedTask>> PlanRepository::openTasksStartingBy(qint64 userId, const QDate &last)
{
    QList<PlannedTask> tasks;
    if (!last.isValid())
        return tasks;
    Result<SqliteStatement> q =
        SqliteStatement::prepare(m_db, sql::openTasksStartingBy,
                                 QCoreApplication::translate("helios", "Reading today's tasks"));
    if (!q)
        return q.error();
    q->bind(1, last.toString(Qt::ISODate));
    q->bind(2, userId);
    QList<qint64> ids;
    while (q->next()) {
        PlannedTask planned;
        planned.task = taskFromRow(*q, &ids);
        planned.planGoal = q->text(16);
        planned.planHoursPerWeek = q->real(17);
        tasks.append(std::move(planned));
    }
    if (q->failed())
        return q->error();
    return tasks;
}

Status PlanRepository::forEachTask(qint64 userId, const std::function<bool(const Task &)> &visit)
{
    // A forward-only cursor with no row cache: memory stays flat.
    Result<SqliteStatement> q = SqliteStatement::prepare(
        m_db, sql::streamTasks, QCoreApplication::translate("helios", "Reading tasks"));
    if (!q)
        return q.error();
    q->bind(1, userId);
    QList<qint64> ids;
    while (q->next()) {
        // Dependencies stay unresolved here: positions need the whole plan.
        if (!visit(taskFromRow(*q, &ids)))
            return Ok{};
    }
    if (q->failed())
        return q->error();
    return Ok{};
}

Status PlanRepository::visitPlans(qint64 userId, std::optional<qint64> planId, PlanVisitor &visitor)
{
    // The plan rows are few and small: read them first. Then each plan's tasks in position order
    // from its own cursor (idx_tasks_plan), so that only one task is in memory at a time.
    Result<SqliteStatement> plans =
        SqliteStatement::prepare(m_db, planId ? sql::planById : sql::plansOfUser,
                                 QCoreApplication::translate("helios", "Reading plans"));
    if (!plans)
        return plans.error();
    plans->bind(1, planId ? *planId : userId);
    QList<Plan> headers;
    while (plans->next())
        headers.append(planFromRow(*plans));
    if (plans->failed())
        return plans->error();
    if (planId && headers.isEmpty())
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no plan with id %1.").arg(*planId));

    if (!visitor.begin())
        return Ok{};
    QList<qint64> dependencyIds;
    for (const Plan &header : std::as_const(headers)) {
        if (!visitor.beginPlan(header))
            return Ok{};
        Result<SqliteStatement> tasks = SqliteStatement::prepare(
            m_db, sql::tasksOfPlan, QCoreApplication::translate("helios", "Reading tasks"));
        if (!tasks)
            return tasks.error();
        tasks->bind(1, header.id);
        while (tasks->next()) {
            const Task task = taskFromRow(*tasks, &dependencyIds);
            std::sort(dependencyIds.begin(), dependencyIds.end());
            if (!visitor.visitTask(task, dependencyIds))
                return Ok{};
        }
        if (tasks->failed())
            return tasks->error();
        if (visitor.wantsVersions()) {
            // One snapshot in memory at a time, however many versions the plan has.
            Result<SqliteStatement> versions = SqliteStatement::prepare(
                m_db, sql::planVersionSnapshots,
                QCoreApplication::translate("helios", "Reading the plan's versions"));
            if (!versions)
                return versions.error();
            versions->bind(1, header.id);
            while (versions->next()) {
                const PlanVersion version{
                    static_cast<int>(versions->int64(0)),
                    QDateTime::fromString(versions->text(1), Qt::ISODateWithMs), versions->text(2),
                    versions->text(3)};
                if (!visitor.visitVersion(version))
                    return Ok{};
            }
            if (versions->failed())
                return versions->error();
        }
        if (!visitor.endPlan(header))
            return Ok{};
    }
    visitor.finish();
    return Ok{};
}

} // namespace helios
