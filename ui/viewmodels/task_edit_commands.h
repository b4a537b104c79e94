#pragma once

#include "core/domain/task.h"

#include <QPointer>
#include <QUndoCommand>

namespace helios::ui {

class TaskEditsViewModel;

// Undoable edits of one task. Doing and undoing are both store writes through TaskEditsViewModel,
// so the store, the table and the plan list always agree with what the person sees.

class SetTaskStatusCommand : public QUndoCommand
{
public:
    SetTaskStatusCommand(TaskEditsViewModel &edits, qint64 taskId, const QString &title,
                         TaskStatus before, TaskStatus after);
    void undo() override;
    void redo() override;

private:
    QPointer<TaskEditsViewModel> m_edits;
    qint64 m_taskId;
    TaskStatus m_before;
    TaskStatus m_after;
};

class SetTaskNotesCommand : public QUndoCommand
{
public:
    SetTaskNotesCommand(TaskEditsViewModel &edits, qint64 taskId, const QString &title,
                        QString before, QString after);
    void undo() override;
    void redo() override;

private:
    QPointer<TaskEditsViewModel> m_edits;
    qint64 m_taskId;
    QString m_before;
    QString m_after;
};

} // namespace helios::ui
