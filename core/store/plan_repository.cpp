#include "core/store/plan_repository.h"

#include "core/store/database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace helios {

namespace {

const QString kLocalEmail = QStringLiteral("local@helios.invalid");

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
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

} // namespace

PlanRepository::PlanRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> PlanRepository::ensureLocalUser()
{
    QSqlQuery find(m_db);
    find.prepare(QStringLiteral("SELECT id FROM users WHERE email = ?"));
    find.addBindValue(kLocalEmail);
    if (!find.exec())
        return queryError(QStringLiteral("Reading the local profile"), find);
    if (find.next())
        return find.value(0).toLongLong();

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO users (name, email, created_at) VALUES (?, ?, ?)"));
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
        return Error::storage(describeSqlError(QStringLiteral("Saving the plan"), m_db.lastError()));

    if (!plan.createdAt.isValid())
        plan.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery insertPlan(m_db);
    insertPlan.prepare(QStringLiteral(
        "INSERT INTO plans (user_id, goal, language, kind, subject, created_at, start_date, deadline,"
        " hours_per_week, at_risk, hours_short, is_template) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insertPlan.addBindValue(userId);
    insertPlan.addBindValue(plan.goal);
    insertPlan.addBindValue(plan.language);
    insertPlan.addBindValue(plan.kind);
    insertPlan.addBindValue(plan.subject);
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
    insertTask.prepare(QStringLiteral(
        "INSERT INTO tasks (plan_id, user_id, title, notes, status, estimate_hours, start_date,"
        " due_date, position, milestone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < plan.tasks.size(); ++i) {
        Task &task = plan.tasks[i];
        task.order = i;
        insertTask.addBindValue(plan.id);
        insertTask.addBindValue(userId);
        insertTask.addBindValue(task.title);
        insertTask.addBindValue(task.notes);
        insertTask.addBindValue(toString(task.status));
        insertTask.addBindValue(task.estimateHours);
        insertTask.addBindValue(dateValue(task.startDate));
        insertTask.addBindValue(dateValue(task.dueDate));
        insertTask.addBindValue(i);
        insertTask.addBindValue(task.milestone);
        if (!insertTask.exec())
            return queryError(QStringLiteral("Saving the plan's tasks"), insertTask);
        task.id = insertTask.lastInsertId().toLongLong();
        task.planId = plan.id;
        task.userId = userId;
    }

    QSqlQuery insertDependency(m_db);
    insertDependency.prepare(
        QStringLiteral("INSERT OR IGNORE INTO task_dependencies (task_id, depends_on_id) VALUES (?, ?)"));
    for (const Task &task : std::as_const(plan.tasks)) {
        for (int position : task.dependsOn) {
            if (position < 0 || position >= plan.tasks.size() || position == task.order)
                continue;
            insertDependency.addBindValue(task.id);
            insertDependency.addBindValue(plan.tasks[position].id);
            if (!insertDependency.exec())
                return queryError(QStringLiteral("Saving the plan's dependencies"), insertDependency);
        }
    }

    if (!tx.commit())
        return Error::storage(describeSqlError(QStringLiteral("Saving the plan"), m_db.lastError()));
    return plan;
}

Result<QList<PlanSummary>> PlanRepository::planSummaries(qint64 userId)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.id, p.goal, p.created_at, p.deadline, p.at_risk, p.hours_short,"
        " COUNT(t.id), COALESCE(SUM(t.status IN ('done', 'skipped')), 0),"
        " COALESCE(SUM(t.estimate_hours), 0),"
        " COALESCE(SUM(CASE WHEN t.status IN ('done', 'skipped') THEN t.estimate_hours END), 0)"
        " FROM plans p LEFT JOIN tasks t ON t.plan_id = p.id"
        " WHERE p.user_id = ? AND p.is_template = 0"
        " GROUP BY p.id ORDER BY p.created_at DESC, p.id DESC"));
    q.addBindValue(userId);
    if (!q.exec())
        return queryError(QStringLiteral("Listing plans"), q);
    QList<PlanSummary> summaries;
    while (q.next()) {
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
        summaries.append(s);
    }
    return summaries;
}

Result<Plan> PlanRepository::plan(qint64 planId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, user_id, goal, language, kind, subject, created_at, start_date, deadline,"
        " hours_per_week, at_risk, hours_short, is_template FROM plans WHERE id = ?"));
    q.addBindValue(planId);
    if (!q.exec())
        return queryError(QStringLiteral("Reading the plan"), q);
    if (!q.next())
        return Error::notFound(QStringLiteral("There is no plan with id %1.").arg(planId));
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

    Result<QList<Task>> tasks = tasksOf(planId);
    if (!tasks)
        return tasks.error();
    plan.tasks = std::move(*tasks);
    return plan;
}

Result<QList<Task>> PlanRepository::tasksOf(qint64 planId)
{
    // Dependencies come along in the same statement, so a plan loads in two queries.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.plan_id, t.user_id, t.title, t.notes, t.status, t.estimate_hours,"
        " t.start_date, t.due_date, t.position, t.milestone,"
        " (SELECT group_concat(d.depends_on_id) FROM task_dependencies d WHERE d.task_id = t.id)"
        " FROM tasks t WHERE t.plan_id = ? ORDER BY t.position"));
    q.addBindValue(planId);
    if (!q.exec())
        return queryError(QStringLiteral("Reading the plan's tasks"), q);
    QList<Task> tasks;
    QList<QString> dependencyIds;
    QHash<qint64, int> positionOfId;
    while (q.next()) {
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
        t.order = static_cast<int>(tasks.size());
        t.milestone = q.value(10).toString();
        positionOfId.insert(t.id, t.order);
        dependencyIds.append(q.value(11).toString());
        tasks.append(std::move(t));
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
    return tasks;
}

Result<Task> PlanRepository::setTaskStatus(qint64 taskId, TaskStatus status)
{
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE tasks SET status = ? WHERE id = ?"));
    update.addBindValue(toString(status));
    update.addBindValue(taskId);
    if (!update.exec())
        return queryError(QStringLiteral("Updating the task"), update);
    if (update.numRowsAffected() == 0)
        return Error::notFound(QStringLiteral("There is no task with id %1.").arg(taskId));

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT plan_id FROM tasks WHERE id = ?"));
    q.addBindValue(taskId);
    if (!q.exec() || !q.next())
        return queryError(QStringLiteral("Reading the task"), q);
    Result<Plan> owner = plan(q.value(0).toLongLong());
    if (!owner)
        return owner.error();
    for (const Task &t : std::as_const(owner->tasks)) {
        if (t.id == taskId)
            return t;
    }
    return Error::notFound(QStringLiteral("There is no task with id %1.").arg(taskId));
}

} // namespace helios
