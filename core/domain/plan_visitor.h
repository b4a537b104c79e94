#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_version.h"

#include <QList>

namespace helios {

// Receives plans one task at a time, so that exports of any size keep memory flat. The store
// calls it on a worker thread: begin(), then for each plan beginPlan(), its tasks in order, its
// saved versions (only when wantsVersions()) and endPlan(), then finish(). Any call returning
// false stops the walk (finish() is not called); the visitor keeps its own reason.
class PlanVisitor
{
public:
    virtual ~PlanVisitor() = default;

    virtual bool begin() { return true; }
    // `plan` without its tasks.
    virtual bool beginPlan(const Plan &plan) = 0;
    // `task` with dependsOn empty: its prerequisites come as task ids, since positions would need
    // the whole plan in memory.
    virtual bool visitTask(const Task &task, const QList<qint64> &dependencyIds) = 0;
    // Whether the walk should read each plan's saved versions (whole snapshots, one at a time);
    // only the lossless format needs them.
    virtual bool wantsVersions() const { return false; }
    // One saved version of the plan being walked, snapshot included, oldest first.
    virtual bool visitVersion(const PlanVersion &) { return true; }
    virtual bool endPlan(const Plan &plan) = 0;
    virtual bool finish() { return true; }
};

} // namespace helios
