#include "core/jobs/version_service.h"

#include "core/jobs/plan_snapshot.h"
#include "core/planning/replanner.h"

#include <QCoreApplication>
#include <QSet>

namespace helios {

namespace {

Error noVersion(qint64 planId, int version)
{
    return Error::notFound(QCoreApplication::translate(
                               "helios", "Plan %1 has no version %2; 'versions %1' lists them.")
                               .arg(planId)
                               .arg(version));
}

} // namespace

VersionService::VersionService(PlanQueries &plans, VersionQueries &versionQueries,
                               VersionWrites &versionWrites)
    : m_plans(plans), m_versionQueries(versionQueries), m_versionWrites(versionWrites)
{}

QCoro::Task<Result<ReplanProposal>> VersionService::proposeReplan(qint64 planId, QDate today,
                                                                  std::optional<QDate> newDeadline,
                                                                  std::optional<double> newHours)
{
    auto loading = m_plans.plan(planId);
    Result<Plan> current = co_await loading;
    if (!current)
        co_return current.error();
    ReplanProposal proposal;
    proposal.current = *current;
    proposal.proposed = replan(*current, today, newDeadline, newHours);
    proposal.diff = diffPlans(proposal.current, proposal.proposed);
    co_return proposal;
}

QCoro::Task<Result<AppliedVersion>> VersionService::applyVersion(Plan proposed, QString reason)
{
    // The storage keeps the plan as it was before its first change as version 1, "original", in
    // the same transaction, and reports the number it gave the new version.
    return m_versionWrites.applyVersion(std::move(proposed), std::move(reason), &planSnapshot);
}

QCoro::Task<Result<QList<PlanVersion>>> VersionService::versions(qint64 planId)
{
    auto loading = m_plans.plan(planId); // an unknown plan is an error, not an empty list
    Result<Plan> plan = co_await loading;
    if (!plan)
        co_return plan.error();
    auto listing = m_versionQueries.versions(planId);
    Result<QList<PlanVersion>> list = co_await listing;
    co_return list;
}

QCoro::Task<Result<Plan>> VersionService::current(qint64 planId)
{
    return m_plans.plan(planId);
}

QCoro::Task<Result<Plan>> VersionService::version(qint64 planId, int version)
{
    auto loading = m_versionQueries.version(planId, version);
    const Result<std::optional<PlanVersion>> found = co_await loading;
    if (!found)
        co_return found.error();
    if (!found->has_value())
        co_return noVersion(planId, version);
    co_return planFromSnapshot((*found)->snapshot);
}

QCoro::Task<Result<AppliedVersion>> VersionService::restore(qint64 planId, int versionNumber,
                                                            std::function<Plan(Plan)> adjust)
{
    auto loadingCurrent = m_plans.plan(planId);
    Result<Plan> current = co_await loadingCurrent;
    if (!current)
        co_return current.error();
    auto loadingOld = version(planId, versionNumber);
    Result<Plan> old = co_await loadingOld;
    if (!old)
        co_return old.error();
    // Task ids that are no longer this plan's may belong to another plan by now.
    QSet<qint64> ids;
    for (const Task &t : current->tasks)
        ids.insert(t.id);
    for (Task &t : old->tasks) {
        if (!ids.contains(t.id))
            t.id = 0;
    }
    old->id = current->id;
    old->userId = current->userId;
    old->isTemplate = current->isTemplate;
    if (adjust)
        *old = adjust(std::move(*old));
    auto applying =
        applyVersion(std::move(*old), QStringLiteral("restore of %1").arg(versionNumber));
    Result<AppliedVersion> restored = co_await applying;
    co_return restored;
}

} // namespace helios
