#pragma once

#include "core/domain/error.h"
#include "core/domain/task.h"
#include "ui/viewmodels/busy_counter.h"

#include <QObject>
#include <QString>

class QUndoStack;

namespace helios {
class PlanEditService;
class PlanService;
} // namespace helios

namespace helios::ui {

class PlanEditor;
class PlansViewModel;

// The person's edits of the current plan's tasks, with undo and redo, and no widgets: a status
// changed in the task table or with Mark done, notes typed in the details pane, and (given a
// PlanEditService) the plan's own edits through planEditor(): rename the plan, add, remove,
// rename, re-estimate, re-date and move tasks. Each edit is a storage write, recorded on the one
// undo stack; what the storage answers is
// shown through the plans' view-model (the task, the list's progress, the status line). Edits of
// a deleted plan can no longer be undone.
class TaskEditsViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    // What the edits need. plans must outlive the view-model.
    struct Services
    {
        PlanService &plans;
        // Editing the plan itself (PlanEditor); none: planEditor() is null and the window's
        // Add task, Edit task…, Remove task and Rename plan… stay disabled.
        PlanEditService *planEdits = nullptr;
    };

    // plans: the list whose current plan is edited; it must outlive this object.
    TaskEditsViewModel(Services services, PlansViewModel &plans, QObject *parent = nullptr);
    ~TaskEditsViewModel() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    // The plan's edits (on the same undo stack), or nullptr without a PlanEditService.
    PlanEditor *planEditor() const { return m_planEditor; }
    // True while a write started here is still running.
    bool isBusy() const { return m_busy.isBusy(); }

public Q_SLOTS:
    // The person's edits of a task of the current plan: written and recorded for undo.
    void editTaskStatus(qint64 taskId, helios::TaskStatus status);
    void editTaskNotes(qint64 taskId, const QString &notes);
    // Storage writes, not recorded for undo (undo and redo themselves call these).
    void setTaskStatus(qint64 taskId, helios::TaskStatus status);
    void setTaskNotes(qint64 taskId, const QString &notes);

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    void showFailure(const Error &error);

    PlanService &m_service;
    PlansViewModel &m_plans;
    BusyCounter m_busy;
    QUndoStack *m_undoStack = nullptr;
    PlanEditor *m_planEditor = nullptr;
};

} // namespace helios::ui
