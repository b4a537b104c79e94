#include "core/agents/plan_assembly.h"

#include "core/planning/offline_planner.h"
#include "core/planning/replanner.h"
#include "core/planning/scheduler.h"

namespace helios::agents {

Plan assemblePlan(const GoalRequest &request, const QString &language, const Analysis &analysis,
                  const QList<DraftTask> &tasks)
{
    const Goal &goal = request.goal;
    Plan plan;
    plan.goal = goal.text.trimmed();
    plan.language = language;
    plan.kind = QStringLiteral("llm");
    plan.subject =
        analysis.subject.isEmpty() ? OfflinePlanner::analyse(goal.text).subject : analysis.subject;
    plan.startDate = goal.today;
    plan.deadline = goal.deadline;
    plan.hoursPerWeek = goal.hoursPerWeek;
    for (int i = 0; i < tasks.size(); ++i) {
        const DraftTask &d = tasks[i];
        Task t;
        t.title = d.title;
        t.notes = d.description;
        t.estimateHours = d.estimateHours;
        t.dependsOn = d.dependsOn;
        t.milestone = d.milestone;
        t.event = d.event; // pinned to the deadline by the scheduler
        t.order = i;
        plan.tasks.append(t);
    }
    ScheduleOptions options{goal.today, goal.deadline, goal.hoursPerWeek};
    options.weekdayHours = request.weekdayHours;
    const ScheduleResult scheduled = Scheduler::schedule(plan.tasks, options);
    plan.atRisk = scheduled.atRisk;
    plan.hoursShort = scheduled.hoursShort;
    return plan;
}

RevisionIds RevisionIds::of(const Plan &plan)
{
    RevisionIds ids;
    int finished = 0;
    int remaining = 0;
    for (int i = 0; i < plan.tasks.size(); ++i) {
        if (plan.tasks[i].isFinished()) {
            const QString id = QStringLiteral("d%1").arg(++finished);
            ids.finished.insert(id, i);
            ids.idOf << id;
        } else {
            const QString id = QStringLiteral("r%1").arg(++remaining);
            ids.remaining.insert(id, i);
            ids.idOf << id;
        }
    }
    return ids;
}

Plan assembleRevision(const Plan &plan, const RevisionIds &ids, const QList<DraftTask> &revised,
                      const ProgressSummary &summary)
{
    // New positions: finished tasks first, in plan order, then the revision in its order.
    QList<int> newPosition(plan.tasks.size(), -1);
    int next = 0;
    for (int i = 0; i < plan.tasks.size(); ++i)
        if (plan.tasks[i].isFinished())
            newPosition[i] = next++;
    const int finishedCount = next;
    for (int j = 0; j < revised.size(); ++j) {
        const auto kept = ids.remaining.constFind(revised[j].id);
        if (kept != ids.remaining.cend())
            newPosition[*kept] = finishedCount + j;
    }

    Plan out = plan;
    out.tasks.clear();
    for (const Task &original : plan.tasks) {
        if (!original.isFinished())
            continue;
        Task t = original;
        t.dependsOn.clear();
        for (const int d : original.dependsOn)
            if (d >= 0 && d < newPosition.size() && newPosition[d] >= 0)
                t.dependsOn << newPosition[d];
        t.order = int(out.tasks.size());
        out.tasks.append(t);
    }
    for (int j = 0; j < revised.size(); ++j) {
        const DraftTask &d = revised[j];
        Task t;
        t.planId = plan.id;
        t.userId = plan.userId;
        const auto kept = ids.remaining.constFind(d.id);
        if (kept != ids.remaining.cend())
            t = plan.tasks[*kept]; // identity, status, time spent and start date stay
        t.title = d.title;
        t.notes = d.description;
        t.estimateHours = d.estimateHours;
        t.milestone = d.milestone;
        t.event = t.event || d.event; // a kept event stays the event
        t.dependsOn.clear();
        for (const int p : d.dependsOn)
            t.dependsOn << finishedCount + p;
        for (const QString &f : d.dependsOnFinished)
            t.dependsOn << newPosition[ids.finished.value(f)];
        std::sort(t.dependsOn.begin(), t.dependsOn.end());
        t.order = int(out.tasks.size());
        out.tasks.append(t);
    }
    const std::optional<QDate> deadline =
        summary.deadline.isValid() ? std::optional<QDate>(summary.deadline) : std::nullopt;
    const std::optional<double> hours =
        summary.hoursPerWeek > 0 ? std::optional<double>(summary.hoursPerWeek) : std::nullopt;
    return replan(out, summary.today, deadline, hours);
}

} // namespace helios::agents
