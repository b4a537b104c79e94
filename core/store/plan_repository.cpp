#include "core/store/plan_repository.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace helios {

namespace {

const QString kLocalEmail = QStringLiteral("local@helios.invalid");

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Optional text columns are NOT NULL with '' for nothing; a null QString would bind as NULL.
QString orEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Error queryError(const QString &what, const QSqlQuery &q)
{
    return Error::storage(describeSqlError(what, q.lastError()));
}

// Rolls back unless committed, so that an early return never leaves a half-written plan.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_active(db.transaction()) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool active() const { return m_active; }
    bool commit()
    {
        m_active = !m_db.commit();
        return !m_active;
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

// A task row as selected by the HELIOS_TASK_COLUMNS of sql.cpp; dependencies stay ids (the
// last column) until the whole plan is known.
Task taskFromRow(const QSqlQuery &q, QString *dependencyIds)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.planId = q.value(1).toLongLong();
    t.userId = q.value(2).toLongLong();
    t.title = q.value(3).toString();
    t.notes = q.value(4).toString();
    t.status = taskStatusFromString(q.value(5).toString()).value_or(TaskStatus::Todo);
    t.estimateHours = q.value(6).toDouble();
    t.startDate = dateFrom(q.value(7));
    t.dueDate = dateFrom(q.value(8));
    t.order = q.value(9).toInt();
    t.milestone = q.value(10).toString();
    t.actualHours = q.value(11).isNull() ? -1.0 : q.value(11).toDouble();
    *dependencyIds = q.value(12).toString();
    return t;
}

// Turns the dependency ids of one plan's tasks into positions in that plan.
void resolveDependencies(QList<Task> &tasks, const QList<QString> &dependencyIds)
{
    QHash<qint64, int> positionOfId;
    for (int i = 0; i < tasks.size(); ++i) {
        tasks[i].order = i;
        positionOfId.insert(tasks[i].id, i);
    }
    for (int i = 0; i < tasks.size(); ++i) {
        const QStringList ids = dependencyIds[i].split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &id : ids) {
            const auto it = positionOfId.constFind(id.toLongLong());
            if (it != positionOfId.constEnd())
                tasks[i].dependsOn.append(*it);
        }
        std::sort(tasks[i].dependsOn.begin(), tasks[i].dependsOn.end());
    }
}

Plan planFromRow(const QSqlQuery &q)
{
    Plan plan;
    plan.id = q.value(0).toLongLong();
    plan.userId = q.value(1).toLongLong();
    plan.goal = q.value(2).toString();
    plan.language = q.value(3).toString();
    plan.kind = q.value(4).toString();
    plan.subject = q.value(5).toString();
    plan.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    plan.startDate = dateFrom(q.value(7));
    plan.deadline = dateFrom(q.value(8));
    plan.hoursPerWeek = q.value(9).toDouble();
    plan.atRisk = q.value(10).toInt() != 0;
    plan.hoursShort = q.value(11).toDouble();
    plan.isTemplate = q.value(12).toInt() != 0;
    return plan;
}

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

} // namespace

PlanRepository::PlanRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> PlanRepository::ensureLocalUser()
{
    QSqlQuery find(m_db);
    find.prepare(sql::findUserByEmail);
    find.addBindValue(kLocalEmail);
    if (!find.exec())
        return queryError(QStringLiteral("Reading the local profile"), find);
    if (find.next())
        return find.value(0).toLongLong();

    QSqlQuery insert(m_db);
    insert.prepare(sql::insertUser);
    insert.addBindValue(QStringLiteral("Local user"));
    insert.addBindValue(kLocalEmail);
    insert.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    if (!insert.exec())
        return queryError(QStringLiteral("Creating the local profile"), insert);
    return insert.lastInsertId().toLongLong();
}

Result<Plan> PlanRepository::insertPlan(Plan plan, qint64 userId)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Error::storage(
            describeSqlError(QStringLiteral("Saving the plan"), m_db.lastError()));
    Result<Plan> inserted = insertPlanRows(std::move(plan), userId);
    if (!inserted)
        return inserted.error();
    if (!tx.commit())
        return Error::storage(
            describeSqlError(QStringLiteral("Saving the plan"), m_db.lastError()));
    return inserted;
}

Result<QList<Plan>> PlanRepository::insertPlans(QList<Plan> plans, qint64 userId)
{
    Transaction tx(m_db);
    if (!tx.active())
        return Error::storage(
            describeSqlError(QStringLiteral("Saving the plans"), m_db.lastError()));
    for (Plan &plan : plans) {
        Result<Plan> inserted = insertPlanRows(std::move(plan), userId);
        if (!inserted)
            return inserted.error();
        plan = std::move(*inserted);
    }
    if (!tx.commit())
        return Error::storage(
            describeSqlError(QStringLiteral("Saving the plans"), m_db.lastError()));
    return plans;
}

Result<Plan> PlanRepository::insertPlanRows(Plan plan, qint64 userId)
{
    if (!plan.createdAt.isValid())
        plan.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery insertPlan(m_db);
    insertPlan.prepare(sql::insertPlan);
    insertPlan.addBindValue(userId);
    insertPlan.addBindValue(plan.goal);
    insertPlan.addBindValue(orEmpty(plan.language));
    insertPlan.addBindValue(orEmpty(plan.kind));
    insertPlan.addBindValue(orEmpty(plan.subject));
    insertPlan.addBindValue(timestamp(plan.createdAt));
    insertPlan.addBindValue(dateValue(plan.startDate));
    insertPlan.addBindValue(dateValue(plan.deadline));
    insertPlan.addBindValue(plan.hoursPerWeek);
    insertPlan.addBindValue(plan.atRisk ? 1 : 0);
    insertPlan.addBindValue(plan.hoursShort);
    insertPlan.addBindValue(plan.isTemplate ? 1 : 0);
    if (!insertPlan.exec())
        return queryError(QStringLiteral("Saving the plan"), insertPlan);
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
        insertTask.addBindValue(orEmpty(task.notes));
        insertTask.addBindValue(toString(task.status));
        insertTask.addBindValue(task.estimateHours);
        insertTask.addBindValue(dateValue(task.startDate));
        insertTask.addBindValue(dateValue(task.dueDate));
        insertTask.addBindValue(i);
        insertTask.addBindValue(orEmpty(task.milestone));
        insertTask.addBindValue(task.actualHours >= 0 ? QVariant(task.actualHours)
                                                      : QVariant(QMetaType::fromType<double>()));
        if (!insertTask.exec())
            return queryError(QStringLiteral("Saving the plan's tasks"), insertTask);
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
                return queryError(QStringLiteral("Saving the plan's dependencies"),
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
        return queryError(QStringLiteral("Listing plans"), q);
    QList<PlanSummary> summaries;
    while (q.next())
        summaries.append(summaryFromRow(q));
    return summaries;
}

Result<Plan> PlanRepository::plan(qint64 planId)
{
    QSqlQuery q(m_db);
    q.prepare(sql::planById);
    q.addBindValue(planId);
    if (!q.exec())
        return queryError(QStringLiteral("Reading the plan"), q);
    if (!q.next())
        return Error::notFound(QStringLiteral("There is no plan with id %1.").arg(planId));
    Plan plan = planFromRow(q);
    Result<QList<Task>> tasks = tasksOf(planId);
    if (!tasks)
        return tasks.error();
    plan.tasks = std::move(*tasks);
    return plan;
}

Result<QList<Task>> PlanRepository::tasksOf(qint64 planId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::tasksOfPlan);
    q.addBindValue(planId);
    if (!q.exec())
        return queryError(QStringLiteral("Reading the plan's tasks"), q);
    QList<Task> tasks;
    QList<QString> dependencyIds;
    while (q.next()) {
        QString ids;
        tasks.append(taskFromRow(q, &ids));
        dependencyIds.append(ids);
    }
    resolveDependencies(tasks, dependencyIds);
    return tasks;
}

Result<QList<Plan>> PlanRepository::plansWithTasks(qint64 userId)
{
    // Query 1: the plans.
    QSqlQuery plans(m_db);
    plans.setForwardOnly(true);
    plans.prepare(sql::plansOfUser);
    plans.addBindValue(userId);
    if (!plans.exec())
        return queryError(QStringLiteral("Listing plans"), plans);
    QList<Plan> result;
    QHash<qint64, int> indexOfPlan;
    while (plans.next()) {
        indexOfPlan.insert(plans.value(0).toLongLong(), static_cast<int>(result.size()));
        result.append(planFromRow(plans));
    }

    // Query 2: every task of those plans, dependencies included, grouped by plan.
    QSqlQuery tasks(m_db);
    tasks.setForwardOnly(true);
    tasks.prepare(sql::tasksOfUser);
    tasks.addBindValue(userId);
    if (!tasks.exec())
        return queryError(QStringLiteral("Reading the plans' tasks"), tasks);
    QList<QList<QString>> dependencyIds(result.size());
    while (tasks.next()) {
        QString ids;
        Task task = taskFromRow(tasks, &ids);
        const auto owner = indexOfPlan.constFind(task.planId);
        if (owner == indexOfPlan.constEnd())
            continue;
        result[*owner].tasks.append(std::move(task));
        dependencyIds[*owner].append(ids);
    }
    for (int i = 0; i < result.size(); ++i)
        resolveDependencies(result[i].tasks, dependencyIds[i]);
    return result;
}

Result<Task> PlanRepository::setTaskStatus(qint64 taskId, TaskStatus status)
{
    QSqlQuery update(m_db);
    update.prepare(sql::setTaskStatus);
    update.addBindValue(toString(status));
    update.addBindValue(taskId);
    if (!update.exec())
        return queryError(QStringLiteral("Updating the task"), update);
    if (update.numRowsAffected() == 0)
        return Error::notFound(QStringLiteral("There is no task with id %1.").arg(taskId));

    QSqlQuery q(m_db);
    q.prepare(sql::planOfTask);
    q.addBindValue(taskId);
    if (!q.exec() || !q.next())
        return queryError(QStringLiteral("Reading the task"), q);
    // The whole plan is read so that the task comes back with its dependencies as positions.
    Result<Plan> owner = plan(q.value(0).toLongLong());
    if (!owner)
        return owner.error();
    for (const Task &t : std::as_const(owner->tasks)) {
        if (t.id == taskId)
            return t;
    }
    return Error::notFound(QStringLiteral("There is no task with id %1.").arg(taskId));
}

Status PlanRepository::setTemplate(qint64 planId, bool isTemplate)
{
    QSqlQuery update(m_db);
    update.prepare(sql::setTemplate);
    update.addBindValue(isTemplate ? 1 : 0);
    update.addBindValue(planId);
    if (!update.exec())
        return queryError(QStringLiteral("Updating the plan"), update);
    if (update.numRowsAffected() == 0)
        return Error::notFound(QStringLiteral("There is no plan with id %1.").arg(planId));
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
        return queryError(QStringLiteral("Counting templates"), count);
    result.total = count.value(0).toInt();

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::templateSummaries);
    q.addBindValue(result.limit);
    q.addBindValue(static_cast<qint64>(result.page - 1) * result.limit);
    if (!q.exec())
        return queryError(QStringLiteral("Listing templates"), q);
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
        return queryError(QStringLiteral("Computing statistics"), q);
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
            return queryError(QStringLiteral("Computing statistics"), overdue);
        stats.overdue += overdue.value(0).toInt();
    }
    return stats;
}

Status PlanRepository::forEachTask(qint64 userId, const std::function<bool(const Task &)> &visit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true); // no client-side row cache: memory stays flat
    q.prepare(sql::streamTasks);
    q.addBindValue(userId);
    if (!q.exec())
        return queryError(QStringLiteral("Reading tasks"), q);
    QString ids;
    while (q.next()) {
        Task task = taskFromRow(q, &ids);
        // Dependencies stay unresolved here: positions need the whole plan.
        if (!visit(task))
            break;
    }
    return Ok{};
}

namespace {

QList<qint64> idsFrom(const QString &dependencyIds)
{
    QList<qint64> ids;
    for (const QStringView id :
         QStringView(dependencyIds).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

Status PlanRepository::visitPlans(qint64 userId, std::optional<qint64> planId, PlanVisitor &visitor)
{
    // The plan rows are few and small: read them first, then merge the one ordered task cursor
    // into them (both are ordered by plan id).
    QSqlQuery plans(m_db);
    plans.setForwardOnly(true);
    plans.prepare(planId ? sql::planById : sql::plansOfUser);
    plans.addBindValue(planId ? *planId : userId);
    if (!plans.exec())
        return queryError(QStringLiteral("Reading plans"), plans);
    QList<Plan> headers;
    while (plans.next())
        headers.append(planFromRow(plans));
    plans.finish();
    if (planId && headers.isEmpty())
        return Error::notFound(QStringLiteral("There is no plan with id %1.").arg(*planId));

    QSqlQuery tasks(m_db);
    tasks.setForwardOnly(true); // no client-side row cache: memory stays flat
    tasks.prepare(planId ? sql::tasksOfPlan : sql::tasksOfUser);
    tasks.addBindValue(planId ? *planId : userId);
    if (!tasks.exec())
        return queryError(QStringLiteral("Reading tasks"), tasks);

    if (!visitor.begin())
        return Ok{};
    bool haveRow = tasks.next();
    for (const Plan &header : std::as_const(headers)) {
        if (!visitor.beginPlan(header))
            return Ok{};
        QString dependencyIds;
        while (haveRow && tasks.value(1).toLongLong() <= header.id) {
            const Task task = taskFromRow(tasks, &dependencyIds);
            if (task.planId == header.id && !visitor.visitTask(task, idsFrom(dependencyIds)))
                return Ok{};
            haveRow = tasks.next();
        }
        if (!visitor.endPlan(header))
            return Ok{};
    }
    if (tasks.lastError().isValid())
        return queryError(QStringLiteral("Reading tasks"), tasks);
    visitor.finish();
    return Ok{};
}

} // namespace helios
