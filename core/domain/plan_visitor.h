#pragma once

#include "core/domain/plan.h"

#include <QList>

namespace helios {

// Receives plans one task at a time, so that exports of any size keep memory flat. The store
// calls it on a worker thread: begin(), then for each plan beginPlan(), its tasks in order and
// endPlan(), then finish(). Any call returning false stops the walk (finish() is not called);
// the visitor keeps its own reason.
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
    virtual bool endPlan(const Plan &plan) = 0;
    virtual bool finish() { return true; }
};

} // namespace helios
