#pragma once

#include "core/domain/plan.h"

#include <QList>

namespace helios {

// The chain of dependent tasks that is longest in remaining hours: the work that has to happen
// one step after another however it is arranged, and so the part of a plan that decides how soon
// it can finish.
//
// Model: each unfinished task lasts its estimate in hours; finished (done or skipped) tasks last
// nothing and, as in the Scheduler, hold nothing back, so a chain never runs through them. Bad
// dependency positions and cycles are handled as in the Scheduler (a cycle loses the edges that
// close it, inside it the earlier position goes first).
//
// Slack is per task: how many hours it could grow before the chain through it becomes longer
// than the critical path, i.e. the critical path length minus the longest chain through the task.
// Critical tasks have 0; a finished task has the whole path length (it constrains nothing).
// For one person working alone every extra hour moves the finish date; slack says which growth
// also lengthens the chain that cannot be shortened by reordering or by help.
struct CriticalPath
{
    QList<int> path;          // positions in the plan, prerequisites first; empty: no work left
    double hours = 0.0;       // length of the path: the sum of its tasks' estimates
    QList<double> slackHours; // per position in the plan, the same size as the task list

    bool isCritical(int position) const { return path.contains(position); }
};

// O(n + e). Ties (two chains of the same length) go to the lower positions, so the result is
// deterministic.
CriticalPath criticalPath(const QList<Task> &tasks);
inline CriticalPath criticalPath(const Plan &plan)
{
    return criticalPath(plan.tasks);
}

} // namespace helios
