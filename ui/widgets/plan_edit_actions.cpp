#include "ui/widgets/plan_edit_actions.h"

#include "ui/charts/plan_charts_view.h"
#include "ui/charts/timeline_view.h"
#include "ui/dialogs/task_edit_dialog.h"
#include "ui/viewmodels/plan_editor.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/widgets/plan_detail_view.h"
#include "ui/widgets/task_board.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <tuple>

namespace helios::ui {

namespace {

constexpr int kHintTimeoutMs = 4000;

} // namespace

PlanEditActions::PlanEditActions(PlansViewModel &viewModel, QMainWindow &window,
                                 PlanDetailView &detail)
    : QObject(&window), m_viewModel(viewModel), m_window(window), m_detail(detail)
{
    m_addTask = makeAction(tr("&Add task"), "addTaskAction", QKeySequence(Qt::CTRL | Qt::Key_T));
    m_addTask->setToolTip(tr("Type a task in one line: title, then hours and #milestone"));
    connect(m_addTask, &QAction::triggered, &detail,
            [this]() { m_detail.taskBoard()->focusQuickAdd(); });
    // Rename, re-estimate, move to a day or a milestone, what it waits for: one dialog, F2 as
    // renaming is elsewhere (Ctrl+E is Export).
    m_editTask = makeAction(tr("&Edit task…"), "editTaskAction", QKeySequence(Qt::Key_F2));
    connect(m_editTask, &QAction::triggered, this, &PlanEditActions::editSelectedTask);
    // Ctrl+T and F2 act on the plan page only: on the Today page Ctrl+T is Move to tomorrow.
    for (QAction *action : {m_addTask, m_editTask}) {
        m_window.removeAction(action);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        detail.addAction(action);
    }
    m_removeTask = makeAction(tr("Re&move task"), "removeTaskAction", QKeySequence::Delete);
    // Delete removes a task only where tasks are listed (on the plan list it deletes the plan).
    m_removeTask->setShortcutContext(Qt::WidgetShortcut);
    detail.taskView()->addAction(m_removeTask);
    connect(m_removeTask, &QAction::triggered, this, &PlanEditActions::removeSelectedTask);
    m_renamePlan = makeAction(tr("Rename &plan…"), "renamePlanAction",
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_renamePlan, &QAction::triggered, this, &PlanEditActions::renamePlan);

    connect(&viewModel, &PlansViewModel::currentPlanChanged, this, &PlanEditActions::updateEnabled);
    connect(&viewModel, &PlansViewModel::stateChanged, this, &PlanEditActions::updateEnabled);
    connect(detail.taskBoard(), &TaskBoard::quickAddRequested, this, [this](const QString &line) {
        if (m_editor)
            m_editor->quickAdd(line);
    });
    // Dragging a bar in the timeline moves the task as Edit task…'s start day does.
    TimelineView *timeline = detail.chartsView()->timelineView();
    connect(timeline, &TimelineView::taskMoveRequested, this,
            [this](qint64 taskId, const QDate &start) {
                if (m_editor && m_editor->canEdit())
                    m_editor->moveTask(taskId, start);
            });
    // While dragging, the bar shows where the scheduler will put the task, not the raw day:
    // worked out on the thread pool on the plan as shown (a copy shares its tasks).
    timeline->setLandingFunction([this](qint64 taskId, const QDate &start) {
        if (!m_editor || !m_editor->canEdit())
            return QtFuture::makeReadyFuture(TimelineView::Landing{});
        return QtConcurrent::run(
            [plan = m_viewModel.currentPlan(), today = m_viewModel.today(), taskId, start]() {
                TimelineView::Landing landing;
                const Result<std::pair<QDate, QDate>> days =
                    PlanEditor::landingOf(plan, taskId, start, today);
                if (!days)
                    landing.refusal = days.error().message;
                else
                    std::tie(landing.start, landing.due) = *days;
                return landing;
            });
    });
    connect(timeline, &TimelineView::dragRefused, this, [this](const QString &reason) {
        m_window.statusBar()->showMessage(reason, kHintTimeoutMs);
    });
    updateEnabled();
}

TaskEditDialog *PlanEditActions::taskDialog() const
{
    return m_taskDialog;
}

QAction *PlanEditActions::makeAction(const QString &text, const char *name, const QKeySequence &key)
{
    auto *action = new QAction(text, &m_window);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(key);
    m_window.addAction(action);
    return action;
}

void PlanEditActions::setEditor(PlanEditor *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor) {
        // The task an edit was about stays selected (a new one is selected).
        connect(m_editor, &PlanEditor::edited, this, [this](qint64 taskId) {
            if (taskId != 0)
                m_detail.taskBoard()->selectTask(taskId);
        });
    }
    updateEnabled();
}

void PlanEditActions::populateEditMenu(QMenu *menu) const
{
    menu->addSeparator();
    menu->addAction(m_addTask);
    menu->addAction(m_editTask);
    menu->addAction(m_removeTask);
    menu->addSeparator();
    menu->addAction(m_renamePlan);
}

void PlanEditActions::updateEnabled()
{
    const bool can = m_editor && m_editor->canEdit();
    for (QAction *action : {m_addTask, m_editTask, m_removeTask, m_renamePlan})
        action->setEnabled(can);
    m_detail.taskBoard()->quickAddEdit()->setEnabled(can);
    m_detail.chartsView()->timelineView()->setEditable(can);
}

void PlanEditActions::editSelectedTask()
{
    const qint64 taskId = m_detail.taskBoard()->selectedTaskId();
    if (!m_editor || taskId == 0) {
        m_window.statusBar()->showMessage(tr("Select a task first."), kHintTimeoutMs);
        return;
    }
    if (m_taskDialog)
        m_taskDialog->close();
    auto *dialog =
        new TaskEditDialog(m_viewModel.currentPlan(), taskId, m_viewModel.today(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TaskEditDialog::changesAccepted, m_editor, &PlanEditor::editTask);
    m_taskDialog = dialog;
    dialog->open();
}

void PlanEditActions::removeSelectedTask()
{
    const qint64 taskId = m_detail.taskBoard()->selectedTaskId();
    if (!m_editor || taskId == 0) {
        m_window.statusBar()->showMessage(tr("Select a task first."), kHintTimeoutMs);
        return;
    }
    // No question: Undo (Ctrl+Z) brings it back.
    m_editor->removeTask(taskId);
}

void PlanEditActions::renamePlan()
{
    if (!m_editor || !m_editor->canEdit())
        return;
    auto *dialog = new QInputDialog(&m_window);
    dialog->setObjectName(QStringLiteral("renamePlanDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename plan"));
    dialog->setLabelText(tr("What do you want to achieve?"));
    dialog->setTextValue(m_viewModel.currentPlan().goal);
    dialog->setOkButtonText(tr("Rename"));
    dialog->setCancelButtonText(tr("Cancel"));
    connect(dialog, &QInputDialog::textValueSelected, m_editor, &PlanEditor::renamePlan);
    dialog->open();
}

} // namespace helios::ui
