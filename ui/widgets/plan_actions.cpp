#include "ui/widgets/plan_actions.h"

#include "ui/dialogs/shortcuts_dialog.h"
#include "ui/models/plan_list_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/widgets/plan_detail_view.h"
#include "ui/widgets/task_board.h"

#include <QAction>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

namespace helios::ui {

namespace {

constexpr int kHintTimeoutMs = 4000;

} // namespace

PlanActions::PlanActions(PlansViewModel &viewModel, TaskEditsViewModel &edits, QMainWindow &window,
                         QListView &planView, PlanDetailView &detail)
    : QObject(&window), m_viewModel(viewModel), m_window(window), m_planView(planView),
      m_detail(detail)
{
    QUndoStack *stack = edits.undoStack();
    m_undo = stack->createUndoAction(&window, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undo->setProperty("shortcutLabel", tr("Undo"));
    m_redo = stack->createRedoAction(&window, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setProperty("shortcutLabel", tr("Redo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    window.addAction(m_undo);
    window.addAction(m_redo);

    m_find = makeAction(tr("&Find tasks"), "findAction");
    m_find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_find, &QAction::triggered, &detail,
            [this]() { m_detail.taskBoard()->focusSearch(); });

    m_markDone = makeAction(tr("Mark task &done"), "markDoneAction");
    m_markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_markDone, &QAction::triggered, this, &PlanActions::markSelectedDone);

    m_refresh = makeAction(tr("&Refresh"), "refreshAction");
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_refresh, &QAction::triggered, &viewModel, &PlansViewModel::refresh);

    m_nextPlan = makeAction(tr("&Next plan"), "nextPlanAction");
    m_nextPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextPlan, &QAction::triggered, this, [this]() { stepPlan(1); });
    m_previousPlan = makeAction(tr("&Previous plan"), "previousPlanAction");
    m_previousPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousPlan, &QAction::triggered, this, [this]() { stepPlan(-1); });

    m_shortcuts = makeAction(tr("&Keyboard shortcuts"), "shortcutsAction");
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcuts, &QAction::triggered, this, &PlanActions::showShortcuts);
}

QAction *PlanActions::makeAction(const QString &text, const char *name)
{
    auto *action = new QAction(text, &m_window);
    action->setObjectName(QString::fromLatin1(name));
    // Reachable by keyboard even while the menu bar is hidden or native.
    m_window.addAction(action);
    return action;
}

void PlanActions::populateEditMenu(QMenu *menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_find);
    menu->addAction(m_markDone);
}

void PlanActions::populateViewMenu(QMenu *menu) const
{
    menu->addAction(m_nextPlan);
    menu->addAction(m_previousPlan);
    menu->addSeparator();
    menu->addAction(m_refresh);
}

void PlanActions::populateHelpMenu(QMenu *menu) const
{
    const QList<QAction *> existing = menu->actions();
    menu->insertAction(existing.isEmpty() ? nullptr : existing.constFirst(), m_shortcuts);
}

void PlanActions::markSelectedDone()
{
    if (!m_detail.isVisible() || !m_detail.taskBoard()->markSelectedDone())
        m_window.statusBar()->showMessage(tr("Select a task first."), kHintTimeoutMs);
}

void PlanActions::stepPlan(int step)
{
    const PlanListModel *plans = m_viewModel.planListModel();
    const int rows = plans->rowCount();
    if (rows == 0)
        return;
    const int current = plans->rowOfPlan(m_viewModel.selectedPlanId());
    const int row = std::clamp(current + step, 0, rows - 1);
    m_viewModel.selectPlan(plans->planIdAt(row));
    m_planView.scrollTo(plans->index(row));
}

void PlanActions::showShortcuts()
{
    QList<QAction *> actions;
    for (QAction *action : m_window.findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty())
            actions << action;
    }
    showShortcutsDialog(&m_window, actions);
}

} // namespace helios::ui
