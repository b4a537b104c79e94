#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_version.h"
#include "core/domain/result.h"

#include <QList>

#include <qcoro/qcorotask.h>

#include <functional>

namespace helios {

// Changes to whole plans (see PlanQueries for what every storage interface promises).
class PlanWrites
{
public:
    // The versions to keep with a freshly saved plan (an imported file's history): called with
    // the plan's index in the list being saved and the plan as saved (ids filled in), inside
    // the save, perhaps on another thread. An error undoes the whole save.
    using VersionsOfSaved =
        std::function<Result<QList<PlanVersion>>(qsizetype index, const Plan &saved)>;

    virtual ~PlanWrites() = default;

    // Saves a new plan with all its tasks, all or nothing. Returns it as saved: plan, task and
    // user ids filled in, createdAt now when it was not set, each task's order its position.
    // Dependencies on the task itself or outside the plan are dropped; a task without a title
    // (a null one) is refused as a Storage error and nothing is saved.
    virtual QCoro::Task<Result<Plan>> savePlan(Plan plan) = 0;
    // Saves several new plans, and the versions versionsOf (may be empty) gives for each with
    // their own numbers and times, all or nothing. A version number a plan already has is a
    // Storage error.
    virtual QCoro::Task<Result<QList<Plan>>> savePlans(QList<Plan> plans,
                                                       VersionsOfSaved versionsOf) = 0;
    // Deletes a plan with its tasks and versions; a job that made it keeps its record, with
    // planId 0.
    virtual QCoro::Task<Status> deletePlan(qint64 planId) = 0;
    // Offers a plan as a template (a starting point for new goals), or stops offering it.
    virtual QCoro::Task<Status> setTemplate(qint64 planId, bool isTemplate) = 0;
};

} // namespace helios
