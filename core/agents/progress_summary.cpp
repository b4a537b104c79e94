#include "core/agents/planning_team.h"
#include "core/planning/replanner.h"

namespace helios::agents {

ProgressSummary ProgressSummary::of(const Plan &plan, QDate today)
{
    ProgressSummary s;
    s.today = today;
    s.deadline = plan.deadline;
    s.hoursPerWeek = plan.hoursPerWeek;
    for (const Task &t : plan.tasks) {
        if (t.isFinished()) {
            ++s.finishedCount;
            if (t.status == TaskStatus::Done && t.actualHours >= 0) {
                s.doneEstimateHours += t.estimateHours;
                s.doneActualHours += t.actualHours;
            }
            continue;
        }
        ++s.remainingCount;
        s.remainingEstimateHours += t.estimateHours;
        if (t.dueDate.isValid() && t.dueDate < today)
            ++s.overdueCount;
    }
    s.pace = measuredPace(plan.tasks, today);
    return s;
}

QString ProgressSummary::describe() const
{
    QStringList lines;
    lines << QStringLiteral("Today: %1. Deadline: %2. Time available: %3 hours per week.")
                 .arg(today.toString(Qt::ISODate),
                      deadline.isValid() ? deadline.toString(Qt::ISODate) : QStringLiteral("none"))
                 .arg(hoursPerWeek);
    lines << QStringLiteral("Finished tasks: %1. Remaining tasks: %2 (%3 hours estimated), "
                            "%4 of them overdue.")
                 .arg(finishedCount)
                 .arg(remainingCount)
                 .arg(remainingEstimateHours)
                 .arg(overdueCount);
    if (doneEstimateHours > 0)
        lines << QStringLiteral("Done tasks with known time took %1 hours against %2 estimated.")
                     .arg(doneActualHours)
                     .arg(doneEstimateHours);
    lines << QStringLiteral("Pace so far: %1% of the work that was due is finished.")
                 .arg(qRound(pace * 100));
    return lines.join(u'\n');
}

} // namespace helios::agents
