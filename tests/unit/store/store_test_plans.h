#pragma once

// A plan of `tasks` one-day tasks from 2026-11-27 (1-3 hours each), for the store tests that
// need rows to read and count. chained: each task depends on the one before it.

#include "core/domain/plan.h"

namespace helios::test {

inline Plan storePlan(const QString &goal, int tasks, bool chained)
{
    Plan plan;
    plan.goal = goal;
    plan.startDate = QDate(2026, 11, 27);
    plan.hoursPerWeek = 10;
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.title = QStringLiteral("%1 task %2").arg(goal).arg(i);
        t.estimateHours = 1 + i % 3;
        t.dueDate = QDate(2026, 11, 27).addDays(i);
        t.startDate = t.dueDate;
        if (chained && i > 0)
            t.dependsOn = {i - 1};
        plan.tasks.append(t);
    }
    return plan;
}

} // namespace helios::test
