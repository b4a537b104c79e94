#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace helios::ui {

class PlanDetailView;
class PlanEditor;
class PlansViewModel;
class TaskEditDialog;

// The window's editing of a saved plan: Edit → Add task (Ctrl+T: the one-line field under the
// tasks), Edit task… (F2: title, hours, milestone, start day, what it waits for), Remove task
// (Delete on the tasks) and Rename plan… (Ctrl+Shift+R). All go to PlanEditor; every one is on
// the undo stack. Dragging a task's bar in the timeline moves it the same way
// (PlanEditor::moveTask). Disabled until setEditor() and while no plan is shown.
class PlanEditActions : public QObject
{
    Q_OBJECT

public:
    PlanEditActions(PlansViewModel &viewModel, QMainWindow &window, PlanDetailView &detail);

    void setEditor(PlanEditor *editor);
    PlanEditor *editor() const { return m_editor; }
    void populateEditMenu(QMenu *menu) const;

    QAction *addTaskAction() const { return m_addTask; }
    QAction *editTaskAction() const { return m_editTask; }
    QAction *removeTaskAction() const { return m_removeTask; }
    QAction *renamePlanAction() const { return m_renamePlan; }
    TaskEditDialog *taskDialog() const; // the open one, or nullptr

public Q_SLOTS:
    void editSelectedTask();
    void removeSelectedTask();
    void renamePlan();

private:
    QAction *makeAction(const QString &text, const char *name, const QKeySequence &key);
    void updateEnabled();

    PlansViewModel &m_viewModel;
    QMainWindow &m_window;
    PlanDetailView &m_detail;
    PlanEditor *m_editor = nullptr;
    QAction *m_addTask = nullptr;
    QAction *m_editTask = nullptr;
    QAction *m_removeTask = nullptr;
    QAction *m_renamePlan = nullptr;
    QPointer<TaskEditDialog> m_taskDialog;
};

} // namespace helios::ui
