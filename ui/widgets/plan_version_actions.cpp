#include "ui/widgets/plan_version_actions.h"

#include "ui/dialogs/adapt_plan_dialog.h"
#include "ui/dialogs/reschedule_overdue_dialog.h"
#include "ui/dialogs/version_history_dialog.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/reschedule_overdue_view_model.h"
#include "ui/viewmodels/version_history_view_model.h"

#include <QAction>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>

namespace helios::ui {

namespace {

constexpr int kStatusTimeoutMs = 6000;

// Brings an open dialog forward; true when there was one.
template <typename Dialog> bool raise(const QPointer<Dialog> &dialog)
{
    if (!dialog)
        return false;
    dialog->raise();
    dialog->activateWindow();
    return true;
}

} // namespace

PlanVersionActions::PlanVersionActions(PlansViewModel &plans, VersionDialogs dialogs,
                                       QMainWindow &window)
    : QObject(&window), m_plans(plans), m_window(window), m_dialogs(std::move(dialogs))
{
    m_adapt = new QAction(tr("&Adapt plan…"), this);
    m_adapt->setObjectName(QStringLiteral("adaptPlanAction"));
    m_adapt->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_adapt->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_adapt->setToolTip(tr("Schedule the remaining work again from today and review the changes"));
    connect(m_adapt, &QAction::triggered, this, &PlanVersionActions::openAdaptDialog);

    m_history = new QAction(tr("&Version history…"), this);
    m_history->setObjectName(QStringLiteral("versionHistoryAction"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setToolTip(tr("Earlier versions of the plan, to compare and restore"));
    connect(m_history, &QAction::triggered, this, &PlanVersionActions::openVersionHistory);
    // Reachable by keyboard even while the menu bar is hidden or native.
    window.addAction(m_adapt);
    window.addAction(m_history);

    auto *menu = new QMenu(tr("&Plan"), &window);
    menu->setObjectName(QStringLiteral("planMenu"));
    menu->addAction(m_adapt);
    menu->addAction(m_history);
    QMenu *tools = window.findChild<QMenu *>(QStringLiteral("toolsMenu"));
    window.menuBar()->insertMenu(tools ? tools->menuAction() : nullptr, menu);
    if (auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        toolBar->addAction(m_adapt);

    connect(&m_plans, &PlansViewModel::currentPlanChanged, this,
            &PlanVersionActions::updateEnabled);
    connect(&m_plans, &PlansViewModel::selectedPlanIdChanged, this,
            &PlanVersionActions::updateEnabled);
    connect(&m_plans, &PlansViewModel::stateChanged, this, &PlanVersionActions::updateEnabled);
    updateEnabled();
}

AdaptPlanDialog *PlanVersionActions::adaptDialog() const
{
    return m_adaptDialog;
}

VersionHistoryDialog *PlanVersionActions::historyDialog() const
{
    return m_historyDialog;
}

RescheduleOverdueDialog *PlanVersionActions::rescheduleDialog() const
{
    return m_rescheduleDialog;
}

void PlanVersionActions::updateEnabled()
{
    const bool planShown = m_plans.state() == PlansViewModel::State::Ready &&
                           m_plans.selectedPlanId() != 0 &&
                           m_plans.currentPlan().id == m_plans.selectedPlanId();
    m_adapt->setEnabled(planShown && m_dialogs.adapt);
    m_history->setEnabled(planShown && m_dialogs.history);
}

void PlanVersionActions::openAdaptDialog()
{
    if (raise(m_adaptDialog) || !m_adapt->isEnabled())
        return;
    auto *viewModel = m_dialogs.adapt();
    auto *dialog =
        new AdaptPlanDialog(*viewModel, m_plans.currentPlan(), m_plans.today(), &m_window);
    viewModel->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(viewModel, &AdaptPlanViewModel::applied, this, [this](qint64, int version) {
        showStatus(tr("The new plan is saved as version %1.").arg(QLocale().toString(version)));
    });
    m_adaptDialog = dialog;
    dialog->open();
}

void PlanVersionActions::openVersionHistory()
{
    if (raise(m_historyDialog) || !m_history->isEnabled())
        return;
    auto *viewModel = m_dialogs.history();
    auto *dialog = new VersionHistoryDialog(*viewModel, m_plans.currentPlan().goal, &m_window);
    viewModel->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(viewModel, &VersionHistoryViewModel::restored, this, [this](int version) {
        showStatus(tr("Version %1 is restored.").arg(QLocale().toString(version)));
    });
    m_historyDialog = dialog;
    dialog->open();
    viewModel->load();
}

void PlanVersionActions::openRescheduleOverdue(const Agenda &agenda)
{
    if (raise(m_rescheduleDialog) || !canRescheduleOverdue() || agenda.overdue.isEmpty())
        return;
    auto *viewModel = new RescheduleOverdueViewModel(agenda, m_dialogs.adapt);
    auto *dialog = new RescheduleOverdueDialog(viewModel, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(viewModel, &RescheduleOverdueViewModel::planRescheduled, this, [this](qint64, int) {
        showStatus(tr("The rescheduled plan is saved as a new version."));
    });
    m_rescheduleDialog = dialog;
    dialog->open();
    viewModel->proposeAll();
}

void PlanVersionActions::showStatus(const QString &message)
{
    m_window.statusBar()->showMessage(message, kStatusTimeoutMs);
}

} // namespace helios::ui
