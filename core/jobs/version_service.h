#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_queries.h"
#include "core/domain/plan_version.h"
#include "core/domain/result.h"
#include "core/domain/version_queries.h"
#include "core/domain/version_writes.h"
#include "core/planning/plan_diff.h"

#include <QDate>

#include <qcoro/qcorotask.h>

#include <concepts>
#include <functional>
#include <optional>

namespace helios {

// Something that keeps plans and their versions (the Store, the tests' in-memory storage).
template <typename S>
concept VersionStorage = std::derived_from<S, PlanQueries> &&
    std::derived_from<S, VersionQueries> && std::derived_from<S, VersionWrites>;

// A re-plan waiting for the person's decision: nothing is saved until applyVersion().
struct ReplanProposal
{
    Plan current;
    Plan proposed;
    PlanDiff diff;
};

// Versions of plans: every accepted re-plan, revision or restore is a new version; versions
// are kept, listed, compared and restored. The first change of a plan also saves the plan as it
// was, as version 1 ("original"), so that it can always be restored.
class VersionService
{
public:
    // The storage must outlive the service.
    VersionService(PlanQueries &plans, VersionQueries &versionQueries,
                   VersionWrites &versionWrites);
    template <VersionStorage S>
    explicit VersionService(S &storage) : VersionService(storage, storage, storage)
    {}

    // Reschedules the plan's remaining work from today (core/planning/replanner); saves nothing.
    QCoro::Task<Result<ReplanProposal>> proposeReplan(qint64 planId, QDate today,
                                                      std::optional<QDate> newDeadline = {},
                                                      std::optional<double> newHoursPerWeek = {});
    // Makes proposed the plan's current state and records it as a new version; returns the plan
    // as saved and the version's number.
    QCoro::Task<Result<AppliedVersion>> applyVersion(Plan proposed, QString reason);
    QCoro::Task<Result<QList<PlanVersion>>> versions(qint64 planId);
    QCoro::Task<Result<Plan>> version(qint64 planId, int version);
    // The plan as it is stored now.
    QCoro::Task<Result<Plan>> current(qint64 planId);
    // Makes version `version` current again, as a new version "restore of N". adjust, when
    // given, sees the plan about to be saved (a synced plan keeps the server's latest edits:
    // core/jobs/merged_first.h).
    QCoro::Task<Result<AppliedVersion>> restore(qint64 planId, int version,
                                                std::function<Plan(Plan)> adjust = {});

private:
    PlanQueries &m_plans;
    VersionQueries &m_versionQueries;
    VersionWrites &m_versionWrites;
};

} // namespace helios
