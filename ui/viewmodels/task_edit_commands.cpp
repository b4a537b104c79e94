#include "ui/viewmodels/task_edit_commands.h"

#include "ui/models/display_format.h"
#include "ui/viewmodels/task_edits_view_model.h"

#include <QCoreApplication>

namespace helios::ui {

namespace {

// The task's title as the Edit menu shows it in "Undo …": a long title made the menu as wide as
// the screen.
QString menuTitle(const QString &title)
{
    return shortened(title.simplified(), 40);
}

} // namespace

SetTaskStatusCommand::SetTaskStatusCommand(TaskEditsViewModel &edits, qint64 taskId,
                                           const QString &title, TaskStatus before,
                                           TaskStatus after)
    : m_edits(&edits), m_taskId(taskId), m_before(before), m_after(after)
{
    setText(QCoreApplication::translate("TaskEdit", "Set “%1” to %2")
                .arg(menuTitle(title), statusLabel(after)));
}

void SetTaskStatusCommand::undo()
{
    if (m_edits)
        m_edits->setTaskStatus(m_taskId, m_before);
}

void SetTaskStatusCommand::redo()
{
    if (m_edits)
        m_edits->setTaskStatus(m_taskId, m_after);
}

SetTaskNotesCommand::SetTaskNotesCommand(TaskEditsViewModel &edits, qint64 taskId,
                                         const QString &title, QString before, QString after)
    : m_edits(&edits), m_taskId(taskId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(
        QCoreApplication::translate("TaskEdit", "Edit the notes of “%1”").arg(menuTitle(title)));
}

void SetTaskNotesCommand::undo()
{
    if (m_edits)
        m_edits->setTaskNotes(m_taskId, m_before);
}

void SetTaskNotesCommand::redo()
{
    if (m_edits)
        m_edits->setTaskNotes(m_taskId, m_after);
}

} // namespace helios::ui
