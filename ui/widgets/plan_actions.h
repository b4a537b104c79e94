#pragma once

#include <QObject>

class QAction;
class QListView;
class QMainWindow;
class QMenu;

namespace helios::ui {

class PlanDetailView;
class PlansViewModel;
class TaskEditsViewModel;

// The main window's Edit and View actions and their keyboard shortcuts: undo and redo of task
// edits, find, mark the selected task done, refresh, next and previous plan, and Help's list of
// shortcuts. Kept apart from MainWindow so that the window only lays out and wires.
class PlanActions : public QObject
{
    Q_OBJECT

public:
    PlanActions(PlansViewModel &viewModel, TaskEditsViewModel &edits, QMainWindow &window,
                QListView &planView, PlanDetailView &detail);

    // Fills the menus; help gets "Keyboard shortcuts" at its top.
    void populateEditMenu(QMenu *menu) const;
    void populateViewMenu(QMenu *menu) const;
    void populateHelpMenu(QMenu *menu) const;

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *findAction() const { return m_find; }
    QAction *markDoneAction() const { return m_markDone; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *nextPlanAction() const { return m_nextPlan; }
    QAction *previousPlanAction() const { return m_previousPlan; }
    QAction *shortcutsAction() const { return m_shortcuts; }

private:
    QAction *makeAction(const QString &text, const char *name);
    void markSelectedDone();
    void stepPlan(int step);
    void showShortcuts();

    PlansViewModel &m_viewModel;
    QMainWindow &m_window;
    QListView &m_planView;
    PlanDetailView &m_detail;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_markDone = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_nextPlan = nullptr;
    QAction *m_previousPlan = nullptr;
    QAction *m_shortcuts = nullptr;
};

} // namespace helios::ui
