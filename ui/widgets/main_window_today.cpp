// MainWindow's Today: the Today button above the plan list and View → Today, the Today page in
// place of the selected plan, opened first once any plan exists; a task opened from Today shown
// in its plan; the plan list's overdue counts. The work goes through TodayViewModel.

#include "ui/models/plan_list_model.h"
#include "ui/models/today_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/today_view_model.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_actions.h"
#include "ui/widgets/plan_detail_view.h"
#include "ui/widgets/plan_version_actions.h"
#include "ui/widgets/task_board.h"
#include "ui/widgets/today_view.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace helios::ui {

namespace {

constexpr int kStatusTimeoutMs = 6000;

} // namespace

void MainWindow::connectToday()
{
    if (!m_today)
        return;
    m_todayView = new TodayView(*m_today, m_right);
    m_right->insertWidget(0, m_todayView);
    connect(m_todayView, &TodayView::openTaskRequested, this, &MainWindow::openTask);
    // Reschedule overdue: the re-plan Adapt plan makes, for every plan with overdue tasks.
    m_todayView->setCanReschedule(m_versionActions && m_versionActions->canRescheduleOverdue());
    connect(m_todayView, &TodayView::rescheduleOverdueRequested, this, [this]() {
        if (m_versionActions)
            m_versionActions->openRescheduleOverdue(m_today->agenda());
    });
    createTodayButton();

    m_todayAction = new QAction(tr("&Today"), this);
    m_todayAction->setObjectName(QStringLiteral("todayAction"));
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_todayAction->setToolTip(
        tr("Every plan's tasks for today, the overdue ones and what is next"));
    connect(m_todayAction, &QAction::triggered, this, &MainWindow::showToday);
    addAction(m_todayAction);
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        const QList<QAction *> existing = view->actions();
        QAction *first = existing.isEmpty() ? nullptr : existing.constFirst();
        view->insertAction(first, m_todayAction);
        view->insertSeparator(first);
    }

    // The plan the person picks is shown; Today stays until then.
    connect(m_planView, &QListView::clicked, this, &MainWindow::showPlan);
    connect(m_planView, &QListView::activated, this, &MainWindow::showPlan);
    connect(m_planView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        if (m_planView->hasFocus())
            showPlan();
    });
    connect(m_actions->nextPlanAction(), &QAction::triggered, this, &MainWindow::showPlan);
    connect(m_actions->previousPlanAction(), &QAction::triggered, this, &MainWindow::showPlan);
    connect(&m_viewModel, &PlansViewModel::planCreated, this, &MainWindow::showPlan);
    // A reloaded list selects the current plan again (selectRowOfSelectedPlan); on Today it is
    // not the one shown.
    connect(m_viewModel.planListModel(), &QAbstractItemModel::modelReset, this, [this]() {
        if (isShowingToday())
            m_planView->selectionModel()->clearSelection();
    });
    connect(&m_viewModel, &PlansViewModel::currentPlanChanged, this,
            &MainWindow::selectPendingTask);

    // Whatever changes plans changes the day, and the reverse.
    // (unless the day shown was read after the list: a task done here reads the day itself)
    connect(&m_viewModel, &PlansViewModel::plansLoaded, m_today,
            [this]() { m_today->refreshUnlessReadSince(m_viewModel.plansAskedAt()); });
    connect(m_today, &TodayViewModel::planChanged, &m_viewModel, &PlansViewModel::refresh);
    // A deleted plan leaves Today at once too (it comes back with Undo).
    connect(&m_viewModel, &PlansViewModel::hiddenPlansChanged, m_today,
            &TodayViewModel::setHiddenPlans);
    connect(m_today, &TodayViewModel::message, this, [this](const QString &text, bool isError) {
        statusBar()->showMessage(text, isError ? 0 : kStatusTimeoutMs);
    });
    connect(m_today, &TodayViewModel::agendaChanged, this, [this]() {
        m_viewModel.planListModel()->setOverdueCounts(m_today->agenda().overdueByPlan());
        updateTodayButton();
    });
    // Opens on Today the first time there are plans to have a day from.
    connect(&m_viewModel, &PlansViewModel::plansLoaded, this, [this]() {
        if (!m_openedOnToday && m_viewModel.hasPlans()) {
            m_openedOnToday = true;
            showToday();
        }
    });
    updateTodayButton();
}

void MainWindow::createTodayButton()
{
    auto *button = new QToolButton(m_left);
    button->setObjectName(QStringLiteral("todayButton"));
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIcon(QIcon::fromTheme(QStringLiteral("go-home")));
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QFont font = button->font();
    font.setBold(true);
    button->setFont(font);
    connect(button, &QToolButton::clicked, this, &MainWindow::showToday);
    m_todayButton = button;
    static_cast<QVBoxLayout *>(m_left->layout())->insertWidget(0, button);
}

bool MainWindow::isShowingToday() const
{
    return m_todayView && isShowingPlans() && m_right->currentWidget() == m_todayView;
}

void MainWindow::showToday()
{
    if (!m_todayView)
        return;
    m_right->setCurrentWidget(m_todayView);
    m_todayButton->setChecked(true);
    // Ctrl+D is Today's while it is shown.
    m_actions->markDoneAction()->setEnabled(false);
    // The plan stays current (the menus act on it), but is not shown as picked.
    m_planView->selectionModel()->clearSelection();
    m_todayView->taskView()->setFocus();
    if (m_today->state() == TodayViewModel::State::Idle)
        m_today->refresh();
}

void MainWindow::showPlan()
{
    if (!m_todayView)
        return;
    m_right->setCurrentWidget(m_detail);
    m_todayButton->setChecked(false);
    m_actions->markDoneAction()->setEnabled(true);
    const QModelIndex current = m_planView->currentIndex();
    if (current.isValid())
        m_planView->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
}

void MainWindow::openTask(qint64 planId, qint64 taskId)
{
    m_pendingTaskId = taskId;
    showPlan();
    if (m_viewModel.selectedPlanId() == planId && m_viewModel.currentPlan().id == planId)
        selectPendingTask();
    else
        m_viewModel.selectPlan(planId);
}

void MainWindow::selectPendingTask()
{
    if (m_pendingTaskId == 0 || m_viewModel.currentPlan().id != m_viewModel.selectedPlanId())
        return;
    const qint64 taskId = std::exchange(m_pendingTaskId, 0);
    m_detail->taskBoard()->selectTask(taskId);
    m_detail->taskView()->setFocus();
}

void MainWindow::updateTodayButton()
{
    if (!m_todayButton)
        return;
    const Agenda &agenda = m_today->agenda();
    const int overdue = static_cast<int>(agenda.overdue.size());
    const int count = static_cast<int>(agenda.today.size());
    m_todayButton->setText(overdue > 0 ? tr("Today (%1) · %n overdue", "", overdue).arg(count)
                                       : tr("Today (%1)").arg(count));
    m_todayButton->setToolTip(m_today->headline());
}

} // namespace helios::ui
