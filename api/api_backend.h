#pragma once

// What the local API needs from the application: the storage interfaces of core/domain (never
// core/store) and a way to get a planning team. app/ hands them in.

#include "core/agents/planning_team.h"
#include "core/domain/change_feed.h"
#include "core/domain/job_queries.h"
#include "core/domain/job_writes.h"
#include "core/domain/plan_queries.h"
#include "core/domain/plan_writes.h"
#include "core/domain/task_queries.h"
#include "core/domain/task_writes.h"

#include <concepts>
#include <functional>
#include <memory>

namespace helios::api {

// The storage the API works on. It is called from the API's own thread, so the implementation
// must take calls from a second thread, each resuming on the thread that made it: Store does
// (its read cache is locked, its calls come back through QFuture to the caller's thread), which
// is also why the window and the API can share one Store and see each other's writes at once.
struct ApiStorage
{
    PlanQueries &plans;
    PlanWrites &planWrites;
    TaskWrites &tasks;
    JobQueries &jobs;
    JobWrites &jobWrites;
    ChangeFeed &changes;
    TaskQueries &taskQueries; // the day's list (/api/v1/today)

    template <typename S>
    requires std::derived_from<S, PlanQueries> && std::derived_from<S, PlanWrites> &&
        std::derived_from<S, TaskWrites> && std::derived_from<S, JobQueries> &&
        std::derived_from<S, JobWrites> && std::derived_from<S, ChangeFeed> &&
        std::derived_from<S, TaskQueries>
    static ApiStorage over(S &storage)
    {
        return {storage, storage, storage, storage, storage, storage, storage};
    }
};

// A planning team for "planner": "offline" or "model", made on the API's thread for one plan
// (and destroyed there when it is made); a sentence when that planner cannot be had (no model
// server configured). The model name goes into the job's input.
struct ApiTeam
{
    std::shared_ptr<agents::PlanningTeam> team;
    QString provider; // "offline", "openai", "ollama"
    QString model;
};
using ApiTeamFactory = std::function<Result<ApiTeam>(const QString &planner)>;

// The offline planner only: what `helios-cli serve` without a model server offers.
Result<ApiTeam> offlineTeamOnly(const QString &planner);

} // namespace helios::api
