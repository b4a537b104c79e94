#include "core/planning/deferral.h"

#include "core/planning/dependency_graph.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace helios {

namespace {

// Moves a task so that it starts on `start`, keeping its length in days.
void startOn(Task &task, QDate start)
{
    const qint64 length = task.dueDate.isValid() && task.startDate.isValid()
                              ? std::max<qint64>(0, task.startDate.daysTo(task.dueDate))
                              : 0;
    task.startDate = start;
    task.dueDate = start.addDays(length);
}

} // namespace

Result<Plan> deferToTomorrow(const Plan &plan, qint64 taskId, QDate today)
{
    const auto found = std::find_if(plan.tasks.cbegin(), plan.tasks.cend(),
                                    [taskId](const Task &t) { return t.id == taskId; });
    if (found == plan.tasks.cend())
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no task with id %1.").arg(taskId));
    if (found->isFinished())
        return Error::usage(QCoreApplication::translate(
                                "helios", "“%1” is finished already: there is nothing to move.")
                                .arg(found->title));
    const QDate tomorrow = today.addDays(1);
    if (found->startDate.isValid() && found->startDate >= tomorrow)
        return Error::usage(
            QCoreApplication::translate("helios", "“%1” does not start before %2 anyway.")
                .arg(found->title, found->startDate.toString(Qt::ISODate)));

    Plan moved = plan;
    const int position = static_cast<int>(found - plan.tasks.cbegin());
    Task &task = moved.tasks[position];
    // What is left of it runs from today (or its start, when later) to its due date (or that
    // first day, when it is overdue).
    const QDate from = task.startDate.isValid() ? std::max(task.startDate, today) : today;
    task.startDate = from;
    task.dueDate = task.dueDate.isValid() ? std::max(task.dueDate, from) : from;
    startOn(task, tomorrow);

    // Dependents in a topological order (cycles broken as the scheduler breaks them), each
    // starting no earlier than the due dates of its open prerequisites.
    const DependencyGraph graph = withoutCycles(DependencyGraph::build(moved.tasks));
    for (const int v : workOrder(graph)) {
        Task &dependent = moved.tasks[v];
        if (dependent.isFinished() || !dependent.startDate.isValid())
            continue;
        QDate earliest;
        for (const int u : graph.prerequisites[static_cast<size_t>(v)]) {
            const Task &before = moved.tasks[u];
            if (!before.isFinished() && before.dueDate.isValid() &&
                (!earliest.isValid() || before.dueDate > earliest))
                earliest = before.dueDate;
        }
        if (earliest.isValid() && dependent.startDate < earliest)
            startOn(dependent, earliest);
    }

    if (moved.deadline.isValid()) {
        double late = 0.0;
        for (const Task &t : std::as_const(moved.tasks)) {
            if (!t.isFinished() && t.dueDate.isValid() && t.dueDate > moved.deadline)
                late += std::max(0.0, t.estimateHours);
        }
        if (late > 0.0) {
            moved.atRisk = true;
            moved.hoursShort = std::max(moved.hoursShort, std::round(late * 10.0) / 10.0);
        }
    }
    return moved;
}

} // namespace helios
