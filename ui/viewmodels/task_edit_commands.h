#pragma once

#include "core/domain/task.h"

#include <QPointer>
#include <QUndoCommand>

namespace helios::ui {

class PlansViewModel;

// Undoable edits of one task. Doing and undoing are both store writes through the view-model,
// so the store, the table and the plan list always agree with what the person sees.

class SetTaskStatusCommand : public QUndoCommand
{
public:
    SetTaskStatusCommand(PlansViewModel &viewModel, qint64 taskId, const QString &title,
                         TaskStatus before, TaskStatus after);
    void undo() override;
    void redo() override;

private:
    QPointer<PlansViewModel> m_viewModel;
    qint64 m_taskId;
    TaskStatus m_before;
    TaskStatus m_after;
};

class SetTaskNotesCommand : public QUndoCommand
{
public:
    SetTaskNotesCommand(PlansViewModel &viewModel, qint64 taskId, const QString &title,
                        QString before, QString after);
    void undo() override;
    void redo() override;

private:
    QPointer<PlansViewModel> m_viewModel;
    qint64 m_taskId;
    QString m_before;
    QString m_after;
};

} // namespace helios::ui
