#include "ui/viewmodels/pending_plan_deletion.h"

#include "ui/models/display_format.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QPointer>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace helios::ui {

// The deletion on the undo stack: redo hides the plan (pushing it does), undo brings it back.
// Once the plan is deleted for good or brought back by the bar while other commands sit above
// it, the command is spent: it does nothing, and the stack drops it when it reaches it.
class DeletePlanCommand : public QUndoCommand
{
public:
    DeletePlanCommand(PendingPlanDeletion &pending, qint64 planId, const QString &goal)
        : QUndoCommand(PendingPlanDeletion::tr("Delete plan “%1”")
                           .arg(shortened(goal.simplified(), kMaxGoalInSentence))),
          m_pending(&pending), m_planId(planId), m_goal(goal)
    {}

    void redo() override
    {
        if (m_pending && !isObsolete())
            m_pending->hide(m_planId, m_goal);
    }

    void undo() override
    {
        if (m_pending && m_pending->planId() == m_planId)
            m_pending->restore(m_planId);
        else
            setObsolete(true);
    }

    qint64 planId() const { return m_planId; }

private:
    QPointer<PendingPlanDeletion> m_pending;
    qint64 m_planId;
    QString m_goal;
};

PendingPlanDeletion::PendingPlanDeletion(PlansViewModel &plans, QUndoStack *undoStack,
                                         QObject *parent)
    : QObject(parent), m_plans(plans), m_undoStack(undoStack), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kUndoTime);
    connect(m_timer, &QTimer::timeout, this, &PendingPlanDeletion::commit);
}

// A plan still waiting when this goes without commit() (the window commits when it closes) is
// not deleted: it is in the storage, and it is listed again at the next start.
PendingPlanDeletion::~PendingPlanDeletion() = default;

void PendingPlanDeletion::setUndoTime(std::chrono::milliseconds time)
{
    m_timer->setInterval(time);
}

std::chrono::milliseconds PendingPlanDeletion::undoTime() const
{
    return m_timer->intervalAsDuration();
}

void PendingPlanDeletion::deletePlan(qint64 planId, const QString &goal)
{
    if (planId <= 0 || planId == m_planId)
        return;
    commit();
    if (m_undoStack)
        m_undoStack->push(new DeletePlanCommand(*this, planId, goal)); // calls hide()
    else
        hide(planId, goal);
}

void PendingPlanDeletion::undo()
{
    if (!isPending())
        return;
    // Ctrl+Z's way when the deletion is the last thing done, so that redo can delete it again;
    // else it comes back on its own and the edits made since stay.
    const int top = m_undoStack ? m_undoStack->index() - 1 : -1;
    const auto *command =
        top >= 0 ? dynamic_cast<const DeletePlanCommand *>(m_undoStack->command(top)) : nullptr;
    if (command && command->planId() == m_planId)
        m_undoStack->undo();
    else
        restore(m_planId);
}

void PendingPlanDeletion::commit()
{
    if (!isPending())
        return;
    m_timer->stop();
    const qint64 planId = std::exchange(m_planId, 0);
    m_goal.clear();
    m_plans.deletePlan(planId);
    Q_EMIT pendingChanged();
}

void PendingPlanDeletion::hide(qint64 planId, const QString &goal)
{
    commit();
    m_planId = planId;
    m_goal = goal;
    m_plans.hidePlan(planId);
    m_timer->start();
    Q_EMIT pendingChanged();
}

void PendingPlanDeletion::restore(qint64 planId)
{
    if (planId != m_planId || !isPending())
        return;
    m_timer->stop();
    const QString goal = std::exchange(m_goal, QString());
    m_planId = 0;
    m_plans.unhidePlan(planId);
    Q_EMIT pendingChanged();
    Q_EMIT restored(planId, goal);
}

} // namespace helios::ui
