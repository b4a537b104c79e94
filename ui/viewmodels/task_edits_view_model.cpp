#include "ui/viewmodels/task_edits_view_model.h"

#include "core/jobs/plan_service.h"
#include "ui/models/display_format.h"
#include "ui/models/task_table_model.h"
#include "ui/viewmodels/plan_editor.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edit_commands.h"

#include <QUndoStack>

#include <qcoro/qcorotask.h>

namespace helios::ui {

TaskEditsViewModel::TaskEditsViewModel(Services services, PlansViewModel &plans, QObject *parent)
    : QObject(parent), m_service(services.plans), m_plans(plans),
      m_busy(this, [this](bool busy) { Q_EMIT busyChanged(busy); }),
      m_undoStack(new QUndoStack(this))
{
    connect(plans.taskTableModel(), &TaskTableModel::statusChangeRequested, this,
            &TaskEditsViewModel::editTaskStatus);
    // Edits of the deleted plan's tasks can no longer be undone.
    connect(&plans, &PlansViewModel::planDeleted, m_undoStack, &QUndoStack::clear);
    if (services.planEdits)
        m_planEditor = new PlanEditor(plans, *this, *services.planEdits, this);
}

TaskEditsViewModel::~TaskEditsViewModel() = default;

void TaskEditsViewModel::editTaskStatus(qint64 taskId, TaskStatus status)
{
    const Task *task = m_plans.currentTask(taskId);
    if (!task) {
        setTaskStatus(taskId, status);
        return;
    }
    if (task->status == status) {
        m_plans.taskTableModel()->updateTask(*task);
        return;
    }
    m_undoStack->push(new SetTaskStatusCommand(*this, taskId, task->title, task->status, status));
}

void TaskEditsViewModel::editTaskNotes(qint64 taskId, const QString &notes)
{
    const Task *task = m_plans.currentTask(taskId);
    if (!task) {
        setTaskNotes(taskId, notes);
        return;
    }
    if (task->notes == notes)
        return;
    m_undoStack->push(new SetTaskNotesCommand(*this, taskId, task->title, task->notes, notes));
}

void TaskEditsViewModel::setTaskStatus(qint64 taskId, TaskStatus status)
{
    QCoro::connect(m_service.setTaskStatus(taskId, status), this,
                   [this, busy = m_busy.enter()](const Result<Task> &saved) {
                       if (!saved) {
                           showFailure(saved.error());
                           return;
                       }
                       m_plans.showStoredTask(*saved, true);
                       m_plans.showStatus(
                           tr("“%1” is now %2.").arg(saved->title, statusLabel(saved->status)),
                           false);
                       m_plans.reload(); // the list's progress
                   });
}

void TaskEditsViewModel::setTaskNotes(qint64 taskId, const QString &notes)
{
    QCoro::connect(m_service.setTaskNotes(taskId, notes), this,
                   [this, busy = m_busy.enter()](const Result<Task> &saved) {
                       if (!saved) {
                           showFailure(saved.error());
                           return;
                       }
                       m_plans.showStoredTask(*saved, false);
                       m_plans.showStatus(tr("Notes of “%1” saved.").arg(saved->title), false);
                   });
}

void TaskEditsViewModel::showFailure(const Error &error)
{
    m_plans.showStatus(error.message, true);
    // Put the table back as the storage has it.
    m_plans.reloadCurrentPlan();
}

} // namespace helios::ui
