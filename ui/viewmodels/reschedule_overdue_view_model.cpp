#include "ui/viewmodels/reschedule_overdue_view_model.h"

#include "ui/viewmodels/adapt_plan_view_model.h"

#include <algorithm>

namespace helios::ui {

RescheduleOverdueViewModel::RescheduleOverdueViewModel(const Agenda &agenda,
                                                       const ProposalFactory &makeProposal,
                                                       QObject *parent)
    : QObject(parent)
{
    const QHash<qint64, int> counts = agenda.overdueByPlan();
    for (const qint64 planId : agenda.plansWithOverdue()) {
        Entry entry;
        entry.planId = planId;
        entry.overdue = counts.value(planId);
        const auto first =
            std::find_if(agenda.overdue.cbegin(), agenda.overdue.cend(),
                         [planId](const AgendaItem &item) { return item.task.planId == planId; });
        entry.goal = first != agenda.overdue.cend() ? first->planGoal : QString();
        entry.proposal = makeProposal ? makeProposal() : nullptr;
        if (!entry.proposal)
            continue;
        entry.proposal->setParent(this);
        const int index = int(m_entries.size());
        connect(entry.proposal, &AdaptPlanViewModel::stateChanged, this,
                [this, index]() { onProposalState(index); });
        connect(entry.proposal, &AdaptPlanViewModel::applied, this,
                [this](qint64 plan, int version) { Q_EMIT planRescheduled(plan, version); });
        m_entries.append(entry);
    }
}

int RescheduleOverdueViewModel::overdueTasks() const
{
    int sum = 0;
    for (const Entry &entry : m_entries)
        sum += entry.overdue;
    return sum;
}

int RescheduleOverdueViewModel::waiting() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) {
        return entry.decision == Decision::Waiting;
    }));
}

int RescheduleOverdueViewModel::accepted() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) {
        return entry.decision == Decision::Accepted;
    }));
}

void RescheduleOverdueViewModel::proposeAll()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.decision == Decision::Waiting)
            entry.proposal->proposeForPlan(entry.planId);
    }
}

void RescheduleOverdueViewModel::accept(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_entries[index].proposal->accept();
}

void RescheduleOverdueViewModel::reject(int index)
{
    if (index < 0 || index >= m_entries.size() || m_entries[index].decision != Decision::Waiting)
        return;
    AdaptPlanViewModel *proposal = m_entries[index].proposal;
    if (proposal->state() == AdaptPlanViewModel::State::Proposing)
        proposal->cancel();
    else
        proposal->reject();
    setDecision(index, Decision::Rejected);
}

void RescheduleOverdueViewModel::onProposalState(int index)
{
    using State = AdaptPlanViewModel::State;
    switch (m_entries[index].proposal->state()) {
    case State::Applied:
        setDecision(index, Decision::Accepted);
        return;
    case State::Failed:
        setDecision(index, Decision::Failed);
        return;
    case State::Idle:
    case State::Proposing:
    case State::Proposed:
    case State::Applying:
        Q_EMIT entryChanged(index);
        return;
    }
}

void RescheduleOverdueViewModel::setDecision(int index, Decision decision)
{
    if (m_entries[index].decision == decision)
        return;
    m_entries[index].decision = decision;
    Q_EMIT entryChanged(index);
    if (isFinished())
        Q_EMIT finished();
}

} // namespace helios::ui
