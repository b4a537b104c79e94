#include "core/planning/plan_edit.h"

#include "core/domain/goal.h"
#include "core/planning/dependency_graph.h"
#include "core/planning/replanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <vector>

namespace helios {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios", text);
}

Error noTask(qint64 taskId)
{
    return Error::notFound(tr("There is no task with id %1 in this plan.").arg(taskId));
}

// Puts the tasks in a new order: order[i] is the old position of the task that goes to i. Every
// dependency follows its task; dependencies on tasks left out are dropped.
QList<Task> reordered(const QList<Task> &tasks, const std::vector<int> &order)
{
    std::vector<int> newPosition(static_cast<size_t>(tasks.size()), -1);
    for (size_t i = 0; i < order.size(); ++i)
        newPosition[static_cast<size_t>(order[i])] = static_cast<int>(i);
    QList<Task> out;
    out.reserve(static_cast<qsizetype>(order.size()));
    for (size_t i = 0; i < order.size(); ++i) {
        Task task = tasks[order[i]];
        QList<int> dependsOn;
        for (const int p : std::as_const(task.dependsOn)) {
            if (p >= 0 && p < tasks.size() && newPosition[static_cast<size_t>(p)] >= 0)
                dependsOn.append(newPosition[static_cast<size_t>(p)]);
        }
        task.dependsOn = dependsOn;
        task.order = static_cast<int>(i);
        out.append(std::move(task));
    }
    return out;
}

std::vector<int> identityWithout(qsizetype size, int left)
{
    std::vector<int> order;
    order.reserve(static_cast<size_t>(size));
    for (int i = 0; i < size; ++i) {
        if (i != left)
            order.push_back(i);
    }
    return order;
}

Status checkTitle(const QString &title)
{
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return Error::usage(tr("A task needs a title."));
    if (trimmed.size() > kMaxEditedTitleLength)
        return Error::usage(tr("A task's title can be at most %1 characters long; this one has %2.")
                                .arg(kMaxEditedTitleLength)
                                .arg(trimmed.size()));
    return Ok{};
}

Status checkEstimate(double hours)
{
    if (!std::isfinite(hours) || hours <= 0.0 || hours > kMaxEditedEstimateHours)
        return Error::usage(tr("An estimate is a number of hours above 0 and at most %1.")
                                .arg(kMaxEditedEstimateHours));
    return Ok{};
}

// The prerequisites named by id, as positions; the task itself, an unknown id or one that would
// close a cycle is refused.
Result<QList<int>> prerequisitePositions(const QList<Task> &tasks, int position,
                                         const QList<qint64> &ids)
{
    QHash<qint64, int> byId;
    for (int i = 0; i < tasks.size(); ++i) {
        if (tasks[i].id > 0)
            byId.insert(tasks[i].id, i);
    }
    QList<int> positions;
    for (const qint64 id : ids) {
        const auto found = byId.constFind(id);
        if (found == byId.cend())
            return noTask(id);
        if (*found == position)
            return Error::usage(tr("A task cannot depend on itself."));
        if (!positions.contains(*found))
            positions.append(*found);
    }
    std::sort(positions.begin(), positions.end());
    return positions;
}

bool closesCycle(const QList<Task> &tasks, int position)
{
    const DependencyGraph graph = DependencyGraph::build(tasks);
    int count = 0;
    const std::vector<int> component = stronglyConnectedComponents(graph, count);
    const int mine = component[static_cast<size_t>(position)];
    return std::count(component.cbegin(), component.cend(), mine) > 1;
}

Plan reschedule(const Plan &plan, QDate today, int freePosition)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    const QDate start = plan.startDate.isValid() && plan.startDate > day ? plan.startDate : day;
    // Overdue work keeps its dates: the scheduler leaves finished tasks alone, so they pass as
    // skipped for the one call.
    Plan work = plan;
    std::vector<std::pair<int, TaskStatus>> kept;
    for (int i = 0; i < work.tasks.size(); ++i) {
        Task &task = work.tasks[i];
        if (i != freePosition && !task.isFinished() && task.dueDate.isValid() &&
            task.dueDate < day) {
            kept.emplace_back(i, task.status);
            task.status = TaskStatus::Skipped;
        }
    }
    Plan next = replan(work, start);
    for (const auto &[position, status] : kept)
        next.tasks[position].status = status;
    return next;
}

// Where a task asked to start on `day` goes in the plan's order: before the first unfinished task
// (other than itself) that the plan without it starts on or after that day; at the end when none
// does. Returns the new order of old positions.
std::vector<int> orderForMove(const Plan &plan, int position, QDate day, QDate today)
{
    Plan without = plan;
    without.tasks[position].status = TaskStatus::Skipped; // takes no time
    const Plan scheduled = reschedule(without, today, -1);
    int target = -1;
    for (int i = 0; i < scheduled.tasks.size(); ++i) {
        const Task &task = scheduled.tasks[i];
        if (i == position || task.isFinished() || !task.startDate.isValid() || task.startDate < day)
            continue;
        const Task *best = target >= 0 ? &scheduled.tasks[target] : nullptr;
        if (!best || task.startDate < best->startDate)
            target = i;
    }
    std::vector<int> order = identityWithout(plan.tasks.size(), position);
    if (target < 0) {
        order.push_back(position);
    } else {
        order.insert(std::find(order.begin(), order.end(), target), position);
    }
    return order;
}

Result<EditOutcome> renamePlan(const Plan &plan, const QString &goal)
{
    const QString text = goal.trimmed();
    if (text.isEmpty())
        return Error::usage(tr("A plan needs a goal."));
    if (text.size() > kMaxGoalLength)
        return Error::usage(tr("A goal can be at most %1 characters long; this one has %2.")
                                .arg(kMaxGoalLength)
                                .arg(text.size()));
    EditOutcome outcome;
    outcome.plan = plan;
    outcome.plan.goal = text;
    return outcome;
}

Result<EditOutcome> addTask(const Plan &plan, const PlanEdit &edit, QDate today)
{
    Task task = edit.task;
    task.title = task.title.trimmed();
    task.milestone = task.milestone.trimmed();
    if (Status ok = checkTitle(task.title); !ok)
        return ok.error();
    if (Status ok = checkEstimate(task.estimateHours); !ok)
        return ok.error();
    task.id = 0;
    task.planId = plan.id;
    task.userId = plan.userId;
    task.status = TaskStatus::Todo;
    task.startDate = task.dueDate = QDate();
    task.actualHours = -1.0;
    task.dependsOn.clear();

    // After the last task of its milestone, else at the end.
    int at = static_cast<int>(plan.tasks.size());
    if (!task.milestone.isEmpty()) {
        for (int i = static_cast<int>(plan.tasks.size()) - 1; i >= 0; --i) {
            if (plan.tasks[i].milestone == task.milestone) {
                at = i + 1;
                break;
            }
        }
    }
    Plan next = plan;
    next.tasks.append(task);
    std::vector<int> order =
        identityWithout(next.tasks.size(), static_cast<int>(plan.tasks.size()));
    order.insert(order.begin() + at, static_cast<int>(plan.tasks.size()));
    next.tasks = reordered(next.tasks, order);
    if (edit.fields.dependsOn) {
        Result<QList<int>> prerequisites =
            prerequisitePositions(next.tasks, at, *edit.fields.dependsOn);
        if (!prerequisites)
            return prerequisites.error();
        next.tasks[at].dependsOn = *prerequisites;
    }
    EditOutcome outcome;
    outcome.plan = reschedule(next, today, -1);
    outcome.rescheduled = true;
    outcome.addedPosition = at;
    return outcome;
}

Result<EditOutcome> removeTask(const Plan &plan, int position, QDate today)
{
    // The tasks that waited for it now wait for what it waited for, so the order of the work
    // stays as it was.
    Plan next = plan;
    const QList<int> inherited = plan.tasks[position].dependsOn;
    for (int i = 0; i < next.tasks.size(); ++i) {
        Task &task = next.tasks[i];
        if (!task.dependsOn.contains(position))
            continue;
        task.dependsOn.removeAll(position);
        for (const int p : inherited) {
            if (p != i && !task.dependsOn.contains(p))
                task.dependsOn.append(p);
        }
    }
    next.tasks = reordered(next.tasks, identityWithout(next.tasks.size(), position));
    EditOutcome outcome;
    outcome.plan = reschedule(next, today, -1);
    outcome.rescheduled = true;
    return outcome;
}

Result<EditOutcome> editTask(const Plan &plan, int position, const TaskFieldsEdit &fields,
                             QDate today)
{
    Plan next = plan;
    Task &task = next.tasks[position];
    bool movesDates = false;
    if (fields.title) {
        if (Status ok = checkTitle(*fields.title); !ok)
            return ok.error();
        task.title = fields.title->trimmed();
    }
    if (fields.estimateHours) {
        if (Status ok = checkEstimate(*fields.estimateHours); !ok)
            return ok.error();
        movesDates = movesDates || std::abs(*fields.estimateHours - task.estimateHours) > 1e-9;
        task.estimateHours = *fields.estimateHours;
    }
    if (fields.milestone)
        task.milestone = fields.milestone->trimmed();
    if (fields.notes)
        task.notes = *fields.notes;
    if (fields.dependsOn) {
        Result<QList<int>> prerequisites =
            prerequisitePositions(next.tasks, position, *fields.dependsOn);
        if (!prerequisites)
            return prerequisites.error();
        QList<int> before = task.dependsOn;
        std::sort(before.begin(), before.end());
        movesDates = movesDates || before != *prerequisites;
        task.dependsOn = *prerequisites;
        if (closesCycle(next.tasks, position))
            return Error::usage(tr("“%1” cannot wait for that: one of those tasks already waits "
                                   "for it.")
                                    .arg(task.title));
    }
    int freePosition = -1;
    if (fields.start) {
        if (!fields.start->isValid())
            return Error::usage(tr("That is not a day in the calendar."));
        if (task.isFinished())
            return Error::usage(tr("“%1” is finished and keeps its dates; set it to do first to "
                                   "move it.")
                                    .arg(task.title));
        const QDate day = today.isValid() ? today : QDate::currentDate();
        if (*fields.start < day)
            return Error::usage(tr("A task can be moved to today or a later day, not to %1.")
                                    .arg(fields.start->toString(Qt::ISODate)));
        if (task.dueBy.isValid() && *fields.start > task.dueBy)
            return Error::usage(tr("“%1” must be done by %2, so it cannot start on %3.")
                                    .arg(task.title, task.dueBy.toString(Qt::ISODate),
                                         fields.start->toString(Qt::ISODate)));
        const std::vector<int> order = orderForMove(next, position, *fields.start, today);
        next.tasks = reordered(next.tasks, order);
        freePosition =
            static_cast<int>(std::find(order.cbegin(), order.cend(), position) - order.cbegin());
        movesDates = true;
    }
    EditOutcome outcome;
    outcome.plan = movesDates ? reschedule(next, today, freePosition) : next;
    outcome.rescheduled = movesDates;
    if (fields.start && outcome.plan.tasks[freePosition].startDate < *fields.start) {
        // Its place in the order was not enough (what waits for it comes first in the work
        // order): the day is kept with the task (notBefore), so it never starts earlier.
        next.tasks[freePosition].notBefore = *fields.start;
        outcome.plan = reschedule(next, today, freePosition);
    }
    return outcome;
}

} // namespace

PlanEdit PlanEdit::renamePlan(QString goal)
{
    PlanEdit edit;
    edit.kind = Kind::RenamePlan;
    edit.goal = std::move(goal);
    return edit;
}

PlanEdit PlanEdit::addTask(Task task, QList<qint64> prerequisites)
{
    PlanEdit edit;
    edit.kind = Kind::AddTask;
    edit.task = std::move(task);
    if (!prerequisites.isEmpty())
        edit.fields.dependsOn = std::move(prerequisites);
    return edit;
}

PlanEdit PlanEdit::removeTask(qint64 taskId)
{
    PlanEdit edit;
    edit.kind = Kind::RemoveTask;
    edit.taskId = taskId;
    return edit;
}

PlanEdit PlanEdit::editTask(qint64 taskId, TaskFieldsEdit fields)
{
    PlanEdit edit;
    edit.kind = Kind::EditTask;
    edit.taskId = taskId;
    edit.fields = std::move(fields);
    return edit;
}

Task quickTask(const QString &line)
{
    Task task;
    QString text = line.simplified();
    static const QRegularExpression milestone(QStringLiteral("\\s*#\\s*([^#]+)$"));
    if (const QRegularExpressionMatch m = milestone.match(text); m.hasMatch()) {
        task.milestone = m.captured(1).trimmed();
        text.truncate(m.capturedStart(0));
    }
    static const QRegularExpression hours(
        QStringLiteral(
            "\\s*(\\d+(?:[.,]\\d+)?)\\s*(h|hrs?|hours?|小时|个小时|m|mins?|minutes?|分钟)$"),
        QRegularExpression::CaseInsensitiveOption);
    task.estimateHours = 1.0;
    if (const QRegularExpressionMatch m = hours.match(text); m.hasMatch()) {
        const double amount =
            QString(m.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble();
        const QString unit = m.captured(2).toLower();
        const bool minutes = unit.startsWith(QLatin1Char('m')) || unit == QStringLiteral("分钟");
        task.estimateHours = minutes ? amount / 60.0 : amount;
        text.truncate(m.capturedStart(0));
    }
    task.title = text.trimmed();
    return task;
}

int positionOfTask(const Plan &plan, qint64 taskId)
{
    for (int i = 0; i < plan.tasks.size(); ++i) {
        if (plan.tasks[i].id == taskId)
            return i;
    }
    return -1;
}

Plan rescheduleAfterEdit(const Plan &plan, QDate today)
{
    return reschedule(plan, today, -1);
}

Result<EditOutcome> applyEdit(const Plan &plan, const PlanEdit &edit, QDate today)
{
    Result<EditOutcome> outcome;
    switch (edit.kind) {
    case PlanEdit::Kind::RenamePlan:
        outcome = renamePlan(plan, edit.goal);
        break;
    case PlanEdit::Kind::AddTask:
        outcome = addTask(plan, edit, today);
        break;
    case PlanEdit::Kind::RemoveTask:
    case PlanEdit::Kind::EditTask: {
        const int position = positionOfTask(plan, edit.taskId);
        if (position < 0)
            return noTask(edit.taskId);
        if (edit.kind == PlanEdit::Kind::RemoveTask)
            outcome = removeTask(plan, position, today);
        else
            outcome = editTask(plan, position, edit.fields, today);
        break;
    }
    }
    if (outcome)
        outcome->diff = diffPlans(plan, outcome->plan);
    return outcome;
}

} // namespace helios
