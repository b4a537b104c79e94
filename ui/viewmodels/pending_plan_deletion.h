#pragma once

#include <QObject>
#include <QString>

#include <chrono>

class QTimer;
class QUndoStack;

namespace helios::ui {

class PlansViewModel;

// Delete plan with undo, as Todoist and TickTick do it: the plan leaves the list at once and an
// undo bar offers it back for kUndoTime; the plan is deleted from the storage only when that
// time is up, the bar is closed, another plan is deleted or the window quits (commit()). Until
// then it is only hidden (PlansViewModel::hidePlan), in memory: if Helios is killed meanwhile the
// plan is still there at the next start, nothing lost. The deletion is a command on the window's
// one undo stack, so Ctrl+Z brings the plan back while it waits (and Ctrl+Shift+Z deletes it
// again); once committed the stack is cleared, as after any deletion.
class PendingPlanDeletion : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kUndoTime{8000};

    // plans and undoStack must outlive this object; undoStack may be null (no Ctrl+Z then).
    PendingPlanDeletion(PlansViewModel &plans, QUndoStack *undoStack, QObject *parent = nullptr);
    ~PendingPlanDeletion() override;

    // How long the plan waits (tests shorten it).
    void setUndoTime(std::chrono::milliseconds time);
    std::chrono::milliseconds undoTime() const;

    bool isPending() const { return m_planId != 0; }
    qint64 planId() const { return m_planId; }
    QString goal() const { return m_goal; }

public Q_SLOTS:
    // Hides the plan and starts the wait; a plan already waiting is deleted first.
    void deletePlan(qint64 planId, const QString &goal);
    // Brings the waiting plan back.
    void undo();
    // Deletes the waiting plan from the storage now.
    void commit();

Q_SIGNALS:
    // A plan began or stopped waiting.
    void pendingChanged();
    // The waiting plan came back (undone).
    void restored(qint64 planId, const QString &goal);

private:
    friend class DeletePlanCommand;
    void hide(qint64 planId, const QString &goal);
    void restore(qint64 planId);

    PlansViewModel &m_plans;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_timer = nullptr;
    qint64 m_planId = 0;
    QString m_goal;
};

} // namespace helios::ui
