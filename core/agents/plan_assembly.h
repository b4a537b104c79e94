#pragma once

#include "core/agents/answers.h"
#include "core/agents/planning_team.h"

#include <QHash>

namespace helios::agents {

// The plan a generate() returns: the planner's tasks (dependencies as positions) on the calendar
// from goal.today, with the goal's weekly hours or weekday hours and its deadline.
Plan assemblePlan(const GoalRequest &request, const QString &language, const Analysis &analysis,
                  const QList<DraftTask> &tasks);

// How a plan's tasks were named in the reviser's prompt: finished ones "d1", "d2", ..., the
// remaining ones "r1", "r2", ... (numbered in plan order), each mapped to its position.
struct RevisionIds
{
    QHash<QString, int> finished;
    QHash<QString, int> remaining;
    QStringList idOf; // by position in the plan

    static RevisionIds of(const Plan &plan);
};

// The proposal a revise() returns: the finished tasks first, unchanged but for their position
// (and a dependency on a remaining task the revision dropped); then the revised tasks. A revised
// task that repeats a remaining task's id keeps that task's identity (id, status, time spent,
// start date); the others are new. Scheduled from summary.today with summary's deadline and
// weekly hours (done tasks keep their dates).
Plan assembleRevision(const Plan &plan, const RevisionIds &ids, const QList<DraftTask> &revised,
                      const ProgressSummary &summary);

} // namespace helios::agents
