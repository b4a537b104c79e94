#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace helios::ui {

class PlansViewModel;
class TaskEditsViewModel;
class TaskDetailsPane;
class TaskFilterBar;
class TaskFilterModel;
class TaskTreeModel;

// The current plan's tasks: a filter bar, the tasks grouped by milestone (status editable in
// place), and the selected task's details with its notes. When a filter hides every task it
// says so and offers to clear it. Edits go to TaskEditsViewModel, which records them for undo.
class TaskBoard : public QWidget
{
    Q_OBJECT

public:
    TaskBoard(PlansViewModel &viewModel, TaskEditsViewModel &edits, QWidget *parent = nullptr);

    QTreeView *taskView() const { return m_view; }
    TaskTreeModel *treeModel() const { return m_tree; }
    TaskFilterModel *filterModel() const { return m_filter; }
    TaskFilterBar *filterBar() const { return m_filterBar; }
    TaskDetailsPane *detailsPane() const { return m_details; }
    // One line to add a task ("Read chapter 4 2h #Basics"); Enter asks for it to be added.
    QLineEdit *quickAddEdit() const { return m_quickAdd; }
    QSplitter *splitter() const { return m_splitter; }
    // The selected task's id, 0 when a milestone or nothing is selected.
    qint64 selectedTaskId() const;
    bool isShowingNoMatch() const;

public Q_SLOTS:
    void focusSearch();
    // Sets the selected task's status to done, as an edit in the tree would, and moves the
    // selection to the next task, so that a run of tasks is ticked off key after key; false
    // when no task is selected.
    bool markSelectedDone();
    void focusQuickAdd();
    // Selects and shows the task, clearing filters that hide it.
    void selectTask(qint64 taskId);

Q_SIGNALS:
    void quickAddRequested(const QString &line);

private:
    QWidget *createNoMatchPage();
    void sizeColumns();
    void fitColumns();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void expandMilestones(const QModelIndex &parent, int first, int last);
    void updateDetails();
    void updateNoMatch();

    PlansViewModel &m_viewModel;
    TaskTreeModel *m_tree = nullptr;
    TaskFilterModel *m_filter = nullptr;
    TaskFilterBar *m_filterBar = nullptr;
    QTreeView *m_view = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_noMatch = nullptr;
    TaskDetailsPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_noMatchLater = nullptr;
    QLineEdit *m_quickAdd = nullptr;
    QList<int> m_columnWidths; // each column's width as sizeColumns made it (hidden ones too)
};

} // namespace helios::ui
