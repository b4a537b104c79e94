#include "core/jobs/version_service.h"

#include "core/jobs/plan_snapshot.h"
#include "core/jobs/worker_read.h"
#include "core/planning/replanner.h"
#include "core/store/plan_repository.h"
#include "core/store/store.h"
#include "core/store/version_repository.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

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

VersionService::VersionService(Store &store) : m_store(store) {}

QCoro::Task<Result<ReplanProposal>> VersionService::proposeReplan(qint64 planId, QDate today,
                                                                  std::optional<QDate> newDeadline,
                                                                  std::optional<double> newHours)
{
    auto loading = m_store.plan(planId);
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
    const qint64 planId = proposed.id;
    // The first change also keeps the plan as it was (version 1), in the same transaction.
    auto job = [proposed = std::move(proposed), reason](QSqlDatabase &db) {
        return VersionRepository(db).applyVersion(proposed, reason, planSnapshot);
    };
    return resultOnWorker<AppliedVersion>(m_store, std::move(job), planId);
}

QCoro::Task<Result<QList<PlanVersion>>> VersionService::versions(qint64 planId)
{
    auto loading = m_store.plan(planId); // an unknown plan is an error, not an empty list
    Result<Plan> plan = co_await loading;
    if (!plan)
        co_return plan.error();
    auto listing = resultOnWorker<QList<PlanVersion>>(
        m_store, [planId](QSqlDatabase &db) { return VersionRepository(db).versions(planId); });
    Result<QList<PlanVersion>> list = co_await listing;
    co_return list;
}

QCoro::Task<Result<Plan>> VersionService::version(qint64 planId, int version)
{
    auto loading =
        resultOnWorker<std::optional<PlanVersion>>(m_store, [planId, version](QSqlDatabase &db) {
            return VersionRepository(db).version(planId, version);
        });
    const Result<std::optional<PlanVersion>> found = co_await loading;
    if (!found)
        co_return found.error();
    if (!found->has_value())
        co_return noVersion(planId, version);
    co_return planFromSnapshot((*found)->snapshot);
}

QCoro::Task<Result<AppliedVersion>> VersionService::restore(qint64 planId, int versionNumber)
{
    auto loadingCurrent = m_store.plan(planId);
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
    auto applying =
        applyVersion(std::move(*old), QStringLiteral("restore of %1").arg(versionNumber));
    Result<AppliedVersion> restored = co_await applying;
    co_return restored;
}

} // namespace helios
