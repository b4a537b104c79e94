// The Store's plan versions (VersionQueries, VersionWrites) and plan deletion, on its workers
// through VersionRepository. Writes drop every cached read of the plan they change.

#include "core/store/plan_repository.h"
#include "core/store/store.h"
#include "core/store/store_worker.h"
#include "core/store/version_repository.h"

namespace helios {

QCoro::Task<Result<QList<PlanVersion>>> Store::versions(qint64 planId)
{
    return resultOnWorker<QList<PlanVersion>>(
        QLatin1StringView("versions"),
        [planId](QSqlDatabase &db) { return VersionRepository(db).versions(planId); });
}

QCoro::Task<Result<std::optional<PlanVersion>>> Store::version(qint64 planId, int version)
{
    return resultOnWorker<std::optional<PlanVersion>>(
        QLatin1StringView("version"), [planId, version](QSqlDatabase &db) {
            return VersionRepository(db).version(planId, version);
        });
}

QCoro::Task<Result<AppliedVersion>> Store::applyVersion(Plan plan, QString reason,
                                                        SnapshotOf snapshotOf)
{
    const qint64 planId = plan.id;
    // VersionRepository keeps the original first and reads the new number in one transaction.
    auto work = [plan = std::move(plan), reason = std::move(reason),
                 snapshotOf = std::move(snapshotOf)](QSqlDatabase &db) -> Result<AppliedVersion> {
        return VersionRepository(db).applyVersion(plan, reason, snapshotOf);
    };
    return resultOnWorker<AppliedVersion>(QLatin1StringView("apply_version"), std::move(work),
                                          planId);
}

QCoro::Task<Result<Plan>> Store::applyEdit(Plan plan, QString reason, SnapshotOf snapshotOf,
                                           QDateTime sessionStart)
{
    const qint64 planId = plan.id;
    auto work = [plan = std::move(plan), reason = std::move(reason),
                 snapshotOf = std::move(snapshotOf), sessionStart](QSqlDatabase &db) {
        return VersionRepository(db).applyEdit(plan, reason, snapshotOf, sessionStart);
    };
    return resultOnWorker<Plan>(QLatin1StringView("apply_edit"), std::move(work), planId);
}

QCoro::Task<Status> Store::deletePlan(qint64 planId)
{
    auto work = [planId](QSqlDatabase &db) -> Status {
        return VersionRepository(db).removePlan(planId);
    };
    return runOnWorker(std::move(work), planId, QLatin1StringView("delete_plan"));
}

} // namespace helios
