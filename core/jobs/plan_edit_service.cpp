#include "core/jobs/plan_edit_service.h"

#include "core/jobs/plan_snapshot.h"

namespace helios {

namespace {

const QString kEditReason = QStringLiteral("edit");

} // namespace

PlanEditService::PlanEditService(PlanQueries &plans, VersionWrites &versionWrites)
    : m_plans(plans), m_versionWrites(versionWrites),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void PlanEditService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime PlanEditService::sessionStart() const
{
    return m_clock().addSecs(-60LL * kSessionMinutes);
}

QCoro::Task<Result<PlanEditService::Edited>> PlanEditService::edit(qint64 planId, PlanEdit edit,
                                                                   QDate today)
{
    auto loading = m_plans.plan(planId);
    Result<Plan> current = co_await loading;
    if (!current)
        co_return current.error();
    auto editing = this->edit(std::move(current).value(), std::move(edit), today);
    Result<Edited> edited = co_await editing;
    co_return edited;
}

QCoro::Task<Result<PlanEditService::Edited>> PlanEditService::edit(Plan current, PlanEdit edit,
                                                                   QDate today)
{
    Result<EditOutcome> outcome = applyEdit(current, edit, today);
    if (!outcome)
        co_return outcome.error();
    auto saving =
        m_versionWrites.applyEdit(outcome->plan, kEditReason, &planSnapshot, sessionStart());
    Result<Plan> saved = co_await saving;
    if (!saved)
        co_return saved.error();
    Edited edited;
    edited.before = std::move(current);
    edited.after = std::move(saved).value();
    edited.diff = std::move(outcome->diff);
    edited.rescheduled = outcome->rescheduled;
    edited.addedPosition = outcome->addedPosition;
    co_return edited;
}

QCoro::Task<Result<Plan>> PlanEditService::save(Plan plan)
{
    return m_versionWrites.applyEdit(std::move(plan), kEditReason, &planSnapshot, sessionStart());
}

} // namespace helios
