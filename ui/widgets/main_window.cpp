#include "ui/widgets/main_window.h"

#include "ui/models/display_format.h"

#include "core/jobs/job_service.h"
#include "ui/planning/goal_planning_view_model.h"
#include "ui/widgets/background_notifier.h"

#include "ui/dashboard/performance_dashboard.h"
#include "ui/dialogs/about_box.h"
#include "ui/dialogs/error_reporter.h"
#include "ui/dialogs/new_goal_dialog.h"
#include "ui/models/plan_list_model.h"
#include "ui/settings/settings_dialog.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/widgets/empty_state_widget.h"
#include "ui/widgets/plan_actions.h"
#include "ui/widgets/plan_deletion.h"
#include "ui/widgets/plan_detail_view.h"
#include "ui/widgets/plan_edit_actions.h"
#include "ui/widgets/plan_item_delegate.h"
#include "ui/widgets/plan_version_actions.h"

#include <QAction>
#include <QCloseEvent>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace helios::ui {

namespace {

constexpr int kStatusTimeoutMs = 6000;

} // namespace

MainWindow::MainWindow(PlansViewModel &viewModel, ErrorReporter &errors,
                       PerformanceViewModel *performance, QWidget *parent)
    : QMainWindow(parent), m_viewModel(viewModel), m_errors(errors),
      m_performanceViewModel(performance)
{
    setWindowTitle(tr("Plans"));
    createActions();

    m_emptyState = new EmptyStateWidget(this);
    connect(m_emptyState, &EmptyStateWidget::newGoalRequested, this,
            &MainWindow::openNewGoalDialog);

    m_planView = new QListView(this);
    m_planView->setObjectName(QStringLiteral("planView"));
    m_planView->setModel(viewModel.planListModel());
    m_planView->setItemDelegate(new PlanItemDelegate(m_planView));
    m_planView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_planView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_planView->setUniformItemSizes(true);
    m_planView->setMinimumWidth(180);

    m_detail = new PlanDetailView(viewModel, this);

    m_content = new QSplitter(Qt::Horizontal, this);
    m_content->setObjectName(QStringLiteral("contentSplitter"));
    m_content->setChildrenCollapsible(false);
    m_content->addWidget(m_planView);
    m_content->addWidget(m_detail);
    m_content->setStretchFactor(1, 1);
    m_content->setSizes({230, 950});

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_content);
    setCentralWidget(m_pages);
    statusBar();

    m_actions = new PlanActions(viewModel, *this, *m_planView, *m_detail);
    auto *edit = new QMenu(tr("&Edit"), this);
    edit->setObjectName(QStringLiteral("editMenu"));
    m_actions->populateEditMenu(edit);
    m_editActions = new PlanEditActions(viewModel, *this, *m_detail);
    m_editActions->populateEditMenu(edit);
    m_deletion = new PlanDeletion(viewModel, *m_planView);
    edit->addAction(m_deletion->action());
    auto *view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("viewMenu"));
    m_actions->populateViewMenu(view);
    view->addSeparator();
    view->addAction(m_performance);
    menuBar()->insertMenu(m_toolsMenu->menuAction(), edit);
    menuBar()->insertMenu(m_toolsMenu->menuAction(), view);
    m_actions->populateHelpMenu(m_helpMenu);
    m_versionActions = new PlanVersionActions(viewModel, *this);

    connect(m_planView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(viewModel.planListModel(), &QAbstractItemModel::modelReset, this,
            &MainWindow::selectRowOfSelectedPlan);
    connect(&viewModel, &PlansViewModel::selectedPlanIdChanged, this,
            &MainWindow::selectRowOfSelectedPlan);
    connect(&viewModel, &PlansViewModel::stateChanged, this, &MainWindow::updatePage);
    connect(&viewModel, &PlansViewModel::hasPlansChanged, this, &MainWindow::updatePage);
    connect(&viewModel, &PlansViewModel::statusMessageChanged, this, &MainWindow::showStatus);
    connect(&viewModel, &PlansViewModel::storageFailed, this, &MainWindow::reportStorageFailure);

    m_notifier = new BackgroundNotifier(this);
    restoreSettings();
    updatePage();
    selectRowOfSelectedPlan();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newGoal = new QAction(tr("&New goal…"), this);
    m_newGoal->setObjectName(QStringLiteral("newGoalAction"));
    m_newGoal->setShortcut(QKeySequence::New);
    m_newGoal->setIcon(QIcon::fromTheme(QStringLiteral("document-new"),
                                        style()->standardIcon(QStyle::SP_FileIcon)));
    m_newGoal->setToolTip(tr("Describe a new goal and let Helios plan it"));
    connect(m_newGoal, &QAction::triggered, this, &MainWindow::openNewGoalDialog);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto *about = new QAction(tr("&About Helios"), this);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this]() { showAboutBox(this); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newGoal);
    file->addSeparator();
    m_restoreBackup = new QAction(tr("&Restore from backup…"), this);
    m_restoreBackup->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreBackup->setEnabled(false); // until there are backup prompts
    connect(m_restoreBackup, &QAction::triggered, &m_viewModel, &PlansViewModel::requestBackups);
    file->addAction(m_restoreBackup);
    file->addSeparator();
    file->addAction(quit);
    m_performance = new QAction(tr("&Performance"), this);
    m_performance->setObjectName(QStringLiteral("performanceAction"));
    m_performance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_performance->setToolTip(tr("Live LLM, storage and responsiveness figures"));
    m_performance->setEnabled(m_performanceViewModel != nullptr);
    connect(m_performance, &QAction::triggered, this, &MainWindow::openPerformanceDashboard);
    m_settingsAction = new QAction(tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setEnabled(false); // until setSettingsServices()
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettingsDialog);
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    m_toolsMenu->addAction(m_settingsAction);
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(about);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newGoal);
}

bool MainWindow::isShowingPlans() const
{
    return m_pages->currentWidget() == m_content;
}

void MainWindow::updatePage()
{
    switch (m_viewModel.state()) {
    case PlansViewModel::State::Opening:
        m_emptyState->setMode(EmptyStateWidget::Mode::Opening);
        m_pages->setCurrentWidget(m_emptyState);
        break;
    case PlansViewModel::State::Failed:
        m_emptyState->setMode(EmptyStateWidget::Mode::Failed, m_viewModel.statusMessage());
        m_pages->setCurrentWidget(m_emptyState);
        break;
    case PlansViewModel::State::Ready:
        if (m_viewModel.hasPlans()) {
            m_pages->setCurrentWidget(m_content);
        } else {
            m_emptyState->setMode(EmptyStateWidget::Mode::NoPlans);
            m_pages->setCurrentWidget(m_emptyState);
        }
        break;
    }
    m_newGoal->setEnabled(m_viewModel.state() == PlansViewModel::State::Ready && m_planning);
}

void MainWindow::selectRowOfSelectedPlan()
{
    const int row = m_viewModel.planListModel()->rowOfPlan(m_viewModel.selectedPlanId());
    if (row < 0 || m_planView->currentIndex().row() == row)
        return;
    const QModelIndex index = m_viewModel.planListModel()->index(row);
    m_planView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_planView->scrollTo(index);
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    // A reset model has no current row for a moment; that is not a choice the person made.
    if (!current.isValid())
        return;
    m_viewModel.selectPlan(m_viewModel.planListModel()->planIdAt(current.row()));
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, m_viewModel.statusIsError() ? 0 : kStatusTimeoutMs);
}

void MainWindow::reportStorageFailure(const QString &message)
{
    if (m_backupPrompts && !m_viewModel.latestBackup().path.isEmpty()) {
        offerLatestBackup(message);
        return;
    }
    m_errors.reportError(this, tr("Helios could not open its database"), message);
}

void MainWindow::openNewGoalDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (!m_planning)
        return;
    auto *dialog = new NewGoalDialog(*m_planning, m_viewModel.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void MainWindow::offerToPlanAgain(const QList<Job> &jobs)
{
    if (jobs.isEmpty() || !m_planning)
        return;
    const Job job = jobs.constFirst();
    const std::optional<GenerationInput> input = readGenerationJobInput(job.input);
    if (!input)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Planning was interrupted"),
                        tr("Helios stopped while it was planning “%1”. Plan it again?")
                            .arg(shortened(input->goal.text.simplified(), kMaxGoalInSentence)),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("planAgainBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *again = box->addButton(tr("Plan again…"), QMessageBox::AcceptRole);
    again->setObjectName(QStringLiteral("planAgainButton"));
    box->addButton(tr("Not now"), QMessageBox::RejectRole);
    connect(again, &QPushButton::clicked, this, [this, job]() { planAgain(job); });
    box->open();
}

void MainWindow::planAgain(const Job &job)
{
    const std::optional<GenerationInput> input = readGenerationJobInput(job.input);
    if (!input || !m_planning)
        return;
    openNewGoalDialog();
    if (m_dialog)
        m_dialog->setGoal(input->goal, input->provider != QLatin1String("offline"));
}

void MainWindow::setGoalPlanning(GoalPlanningViewModel *planning)
{
    if (m_planning)
        disconnect(m_planning, nullptr, this, nullptr);
    m_planning = planning;
    if (m_planning) {
        connect(m_planning, &GoalPlanningViewModel::planAccepted, &m_viewModel,
                &PlansViewModel::showCreatedPlan);
        connect(m_planning, &GoalPlanningViewModel::generationFinished, this,
                &MainWindow::onGenerationFinished);
    }
    updatePage();
}

void MainWindow::onGenerationFinished(bool succeeded, const QString &message)
{
    if (succeeded)
        m_notifier->notify(tr("Your plan is ready"),
                           tr("Review it and accept it in the New goal window."));
    else
        m_notifier->notify(tr("Planning failed"), message);
}

void MainWindow::setSettingsServices(SettingsServices services)
{
    m_settingsServices = std::move(services);
    m_settingsAction->setEnabled(m_settingsServices.isComplete());
}

void MainWindow::setVersionService(VersionService *service, AdaptPlanViewModel::TeamProvider team)
{
    m_versionActions->setServices(service, std::move(team));
}

void MainWindow::setPlanEditor(PlanEditor *editor)
{
    m_editActions->setEditor(editor);
}

void MainWindow::openSettingsDialog()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    if (!m_settingsServices.isComplete())
        return;
    m_settingsDialog = createSettingsDialog(m_settingsServices, this);
    m_settingsDialog->open();
}

void MainWindow::openPerformanceDashboard()
{
    if (!m_performanceViewModel)
        return;
    if (!m_dashboard) {
        // A window of its own, so that it can stay open beside the plans.
        m_dashboard = new PerformanceDashboard(*m_performanceViewModel, this);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->resize(1240, 860);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1180, 760);
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_content->restoreState(settings.value(QStringLiteral("contentSplitter")).toByteArray());
    m_detail->splitter()->restoreState(
        settings.value(QStringLiteral("detailSplitter")).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("contentSplitter"), m_content->saveState());
    settings.setValue(QStringLiteral("detailSplitter"), m_detail->splitter()->saveState());
}

} // namespace helios::ui
