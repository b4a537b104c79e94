#include "core/planning/due_today.h"

#include <algorithm>

namespace helios {

QList<DueTask> tasksDueBy(const QList<Plan> &plans, QDate today)
{
    QList<DueTask> out;
    for (const Plan &plan : plans) {
        if (plan.isTemplate)
            continue;
        for (const Task &task : plan.tasks) {
            if (task.isFinished() || !task.startDate.isValid() || !task.dueDate.isValid())
                continue;
            if (task.startDate > today)
                continue;
            DueTask due{task, plan.goal, task.dueDate < today};
            due.task.planId = plan.id;
            due.task.dependsOn.clear(); // positions mean nothing outside the plan
            out.append(std::move(due));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DueTask &a, const DueTask &b) {
        if (a.task.dueDate != b.task.dueDate)
            return a.task.dueDate < b.task.dueDate;
        if (a.task.planId != b.task.planId)
            return a.task.planId < b.task.planId;
        return a.task.order < b.task.order;
    });
    return out;
}

} // namespace helios
