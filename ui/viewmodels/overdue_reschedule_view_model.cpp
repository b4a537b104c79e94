#include "ui/viewmodels/overdue_reschedule_view_model.h"

#include "core/jobs/version_service.h"
#include "ui/models/plan_diff_model.h"

#include <QPointer>

namespace helios::ui {

OverdueRescheduleViewModel::OverdueRescheduleViewModel(VersionService &versions, QObject *parent)
    : QObject(parent), m_versions(versions), m_diffModel(new PlanDiffModel(this))
{}

OverdueRescheduleViewModel::~OverdueRescheduleViewModel() = default;

QString OverdueRescheduleViewModel::summary() const
{
    return m_diffModel->summary();
}

void OverdueRescheduleViewModel::start(const QList<qint64> &planIds, QDate today)
{
    if (isBusy())
        return;
    m_planIds = planIds;
    m_today = today;
    m_index = 0;
    m_accepted = 0;
    m_skipped = 0;
    if (m_planIds.isEmpty()) {
        setState(State::Finished);
        Q_EMIT finished(0, 0);
        return;
    }
    propose();
}

void OverdueRescheduleViewModel::accept()
{
    if (m_state == State::Reviewing)
        apply();
}

void OverdueRescheduleViewModel::skip()
{
    if (m_state != State::Reviewing && m_state != State::Failed)
        return;
    ++m_skipped;
    next();
}

void OverdueRescheduleViewModel::retry()
{
    if (m_state == State::Failed)
        propose();
}

void OverdueRescheduleViewModel::cancel()
{
    if (m_state == State::Finished || m_state == State::Idle)
        return;
    ++m_generation; // a proposal or save under way no longer moves on
    m_skipped += static_cast<int>(m_planIds.size()) - m_index;
    m_index = static_cast<int>(m_planIds.size());
    setState(State::Finished);
    Q_EMIT finished(m_accepted, m_skipped);
}

void OverdueRescheduleViewModel::next()
{
    ++m_index;
    if (m_index >= m_planIds.size()) {
        setState(State::Finished);
        Q_EMIT finished(m_accepted, m_skipped);
        return;
    }
    propose();
}

void OverdueRescheduleViewModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QCoro::Task<> OverdueRescheduleViewModel::propose()
{
    QPointer self(this);
    const quint64 generation = ++m_generation;
    m_error.clear();
    m_diffModel->clear();
    m_current = {};
    m_proposed = {};
    m_diff = {};
    Q_EMIT proposalChanged();
    setState(State::Proposing);
    auto proposing = m_versions.proposeReplan(m_planIds.at(m_index), m_today);
    Result<ReplanProposal> proposal = co_await proposing;
    if (!self || generation != m_generation)
        co_return;
    if (!proposal) {
        m_error = proposal.error().message;
        setState(State::Failed);
        co_return;
    }
    m_current = std::move(proposal->current);
    m_proposed = std::move(proposal->proposed);
    m_diff = std::move(proposal->diff);
    m_diffModel->setDiff(m_diff, m_current, m_proposed);
    Q_EMIT proposalChanged();
    setState(State::Reviewing);
}

QCoro::Task<> OverdueRescheduleViewModel::apply()
{
    QPointer self(this);
    const quint64 generation = ++m_generation;
    const qint64 planId = m_proposed.id;
    setState(State::Applying);
    auto applying = m_versions.applyVersion(m_proposed, QStringLiteral("replan"));
    Result<Plan> saved = co_await applying;
    if (!self)
        co_return;
    if (saved)
        Q_EMIT planRescheduled(planId);
    if (generation != m_generation)
        co_return;
    if (!saved) {
        m_error = saved.error().message;
        setState(State::Failed);
        co_return;
    }
    ++m_accepted;
    next();
}

} // namespace helios::ui
