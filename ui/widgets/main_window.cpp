#include "ui/widgets/main_window.h"

#include "ui/models/display_format.h"

#include "core/jobs/job_service.h"
#include "ui/planning/goal_planning_view_model.h"
#include "ui/widgets/background_notifier.h"

#include "ui/dashboard/performance_dashboard.h"
#include "ui/dialogs/about_box.h"
#include "ui/dialogs/error_reporter.h"
#include "ui/dialogs/new_goal_dialog.h"
#include "ui/dialogs/template_gallery_dialog.h"
#include "ui/models/plan_list_model.h"
#include "ui/settings/settings_dialog.h"
#include "ui/viewmodels/backups_view_model.h"
#include "ui/viewmodels/pending_plan_deletion.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/viewmodels/template_gallery_view_model.h"
#include "ui/widgets/empty_state_widget.h"
#include "ui/widgets/plan_actions.h"
#include "ui/widgets/plan_deletion.h"
#include "ui/widgets/plan_detail_view.h"
#include "ui/widgets/plan_edit_actions.h"
#include "ui/widgets/plan_item_delegate.h"
#include "ui/widgets/plan_version_actions.h"
#include "ui/widgets/undo_bar.h"

#include <QAction>
#include <QCloseEvent>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace helios::ui {

namespace {

constexpr int kStatusTimeoutMs = 6000;

} // namespace

MainWindow::MainWindow(Parts parts, QWidget *parent)
    : QMainWindow(parent), m_viewModel(parts.plans), m_edits(parts.edits), m_errors(parts.errors),
      m_backups(parts.backups), m_backupPrompts(parts.backups ? parts.backupPrompts : nullptr),
      m_planning(parts.planning), m_settingsServices(std::move(parts.settings)),
      m_performanceViewModel(parts.performance),
      m_gallery(parts.templateFiles ? parts.gallery : nullptr), m_chooser(parts.templateFiles),
      m_tray(parts.tray)
{
    m_today = parts.today;
    PlansViewModel &viewModel = m_viewModel;
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

    m_detail = new PlanDetailView(viewModel, m_edits, this);

    m_content = new QSplitter(Qt::Horizontal, this);
    m_content->setObjectName(QStringLiteral("contentSplitter"));
    m_content->setChildrenCollapsible(false);
    m_left = new QWidget(this);
    m_left->setObjectName(QStringLiteral("leftColumn"));
    auto *leftLayout = new QVBoxLayout(m_left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(2);
    leftLayout->addWidget(m_planView, 1);
    m_right = new QStackedWidget(this);
    m_right->setObjectName(QStringLiteral("rightPages"));
    m_right->addWidget(m_detail);
    m_content->addWidget(m_left);
    m_content->addWidget(m_right);
    m_content->setStretchFactor(1, 1);
    m_content->setSizes({230, 950});

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_content);
    // The undo bar under the pages: a deleted plan can come back even when it was the last.
    m_pendingDeletion = new PendingPlanDeletion(viewModel, m_edits.undoStack(), this);
    m_undoBar = new UndoBar(*m_pendingDeletion, this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_pages, 1);
    centralLayout->addWidget(m_undoBar);
    setCentralWidget(central);
    connect(m_pendingDeletion, &PendingPlanDeletion::restored, this,
            [this](qint64, const QString &goal) {
                statusBar()->showMessage(
                    tr("“%1” is back.").arg(shortened(goal.simplified(), kMaxGoalInSentence)),
                    kStatusTimeoutMs);
            });
    statusBar();

    m_actions = new PlanActions(viewModel, m_edits, *this, *m_planView, *m_detail);
    auto *edit = new QMenu(tr("&Edit"), this);
    edit->setObjectName(QStringLiteral("editMenu"));
    m_actions->populateEditMenu(edit);
    m_editActions = new PlanEditActions(viewModel, *this, *m_detail);
    m_editActions->setEditor(m_edits.planEditor());
    m_editActions->populateEditMenu(edit);
    m_deletion = new PlanDeletion(viewModel, *m_planView, *m_pendingDeletion);
    edit->addAction(m_deletion->action());
    auto *view = new QMenu(tr("&View"), this);
    view->setObjectName(QStringLiteral("viewMenu"));
    m_actions->populateViewMenu(view);
    view->addSeparator();
    view->addAction(m_performance);
    menuBar()->insertMenu(m_toolsMenu->menuAction(), edit);
    menuBar()->insertMenu(m_toolsMenu->menuAction(), view);
    m_actions->populateHelpMenu(m_helpMenu);
    m_versionActions = new PlanVersionActions(viewModel, std::move(parts.versions), *this);

    connect(m_planView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentRowChanged);
    connect(viewModel.planListModel(), &QAbstractItemModel::modelReset, this,
            &MainWindow::selectRowOfSelectedPlan);
    connect(&viewModel, &PlansViewModel::selectedPlanIdChanged, this,
            &MainWindow::selectRowOfSelectedPlan);
    connect(&viewModel, &PlansViewModel::selectedPlanIdChanged, this,
            &MainWindow::updateTemplateActions);
    connect(&viewModel, &PlansViewModel::stateChanged, this, &MainWindow::updatePage);
    connect(&viewModel, &PlansViewModel::hasPlansChanged, this, &MainWindow::updatePage);
    connect(&viewModel, &PlansViewModel::statusMessageChanged, this, &MainWindow::showStatus);
    connectBackups();
    connectPlanning();
    connectTemplateGallery();
    connectToday();

    m_notifier = new BackgroundNotifier(this, parts.tray);
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

    m_templateGallery = new QAction(tr("Template &gallery…"), this);
    m_templateGallery->setObjectName(QStringLiteral("templateGalleryAction"));
    m_templateGallery->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_templateGallery->setToolTip(tr("Start a goal from a template: one for every kind of goal "
                                     "Helios knows, and your own"));
    m_templateGallery->setEnabled(false); // until the plans are ready, if there is a gallery
    connect(m_templateGallery, &QAction::triggered, this, &MainWindow::openTemplateGallery);
    m_saveAsTemplate = new QAction(tr("Save plan as &template"), this);
    m_saveAsTemplate->setObjectName(QStringLiteral("saveAsTemplateAction"));
    m_saveAsTemplate->setToolTip(
        tr("Keep a copy of the selected plan's tasks as your own template"));
    m_saveAsTemplate->setEnabled(false);
    connect(m_saveAsTemplate, &QAction::triggered, this, [this]() {
        if (m_gallery)
            m_gallery->saveAsTemplate(m_viewModel.selectedPlanId());
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newGoal);
    file->addAction(m_templateGallery);
    file->addAction(m_saveAsTemplate);
    file->addSeparator();
    m_restoreBackup = new QAction(tr("&Restore from backup…"), this);
    m_restoreBackup->setObjectName(QStringLiteral("restoreBackupAction"));
    m_restoreBackup->setEnabled(false); // with backups and their prompts (connectBackups)
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
    m_settingsAction->setEnabled(m_settingsServices.isComplete());
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
    updateTemplateActions();
}

void MainWindow::updateTemplateActions()
{
    const bool ready = m_viewModel.state() == PlansViewModel::State::Ready && m_gallery;
    m_templateGallery->setEnabled(ready);
    m_saveAsTemplate->setEnabled(ready && m_viewModel.selectedPlanId() > 0);
}

void MainWindow::connectTemplateGallery()
{
    if (m_gallery) {
        m_gallery->setToday(m_viewModel.today());
        connect(m_gallery, &TemplateGalleryViewModel::templateReady, this,
                &MainWindow::useTemplate);
        connect(m_gallery, &TemplateGalleryViewModel::savedAsTemplate, this, [this]() {
            if (!m_galleryDialog)
                statusBar()->showMessage(tr("The plan is saved as a template: find it in the "
                                            "Template gallery under My templates."),
                                         kStatusTimeoutMs);
        });
        connect(m_gallery, &TemplateGalleryViewModel::failed, this, [this](const QString &message) {
            if (!m_galleryDialog)
                statusBar()->showMessage(message);
        });
    }
    if (m_dialog)
        m_dialog->setTemplateGalleryAvailable(m_gallery != nullptr);
    updateTemplateActions();
}

void MainWindow::openTemplateGallery()
{
    if (m_galleryDialog) {
        m_galleryDialog->raise();
        m_galleryDialog->activateWindow();
        return;
    }
    if (!m_gallery || !m_chooser)
        return;
    m_gallery->setToday(m_viewModel.today());
    auto *dialog = new TemplateGalleryDialog(
        *m_gallery, *m_chooser, [this]() { return m_viewModel.selectedPlanId(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_galleryDialog = dialog;
    dialog->open();
}

void MainWindow::useTemplate(const Plan &draft, const Goal &goal)
{
    if (!m_planning)
        return;
    if (m_galleryDialog)
        m_galleryDialog->close();
    openNewGoalDialog();
    if (!m_dialog)
        return;
    m_dialog->setGoal(goal, false);
    m_planning->showDraft(draft, goal);
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
    if (m_backupPrompts && !m_backups->latestBackup().path.isEmpty()) {
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
    dialog->setTemplateGalleryAvailable(m_gallery != nullptr);
    connect(dialog, &NewGoalDialog::templateGalleryRequested, this,
            &MainWindow::openTemplateGallery);
    m_dialog = dialog;
    dialog->open();
}

void MainWindow::offerToPlanAgain(const QList<Job> &jobs)
{
    if (jobs.isEmpty() || !m_planning)
        return;
    const Job &job = jobs.constFirst();
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

void MainWindow::connectPlanning()
{
    if (!m_planning)
        return;
    connect(m_planning, &GoalPlanningViewModel::planAccepted, &m_viewModel,
            &PlansViewModel::showCreatedPlan);
    connect(m_planning, &GoalPlanningViewModel::generationFinished, this,
            &MainWindow::onGenerationFinished);
}

void MainWindow::onGenerationFinished(bool succeeded, const QString &message)
{
    if (succeeded)
        m_notifier->notify(tr("Your plan is ready"),
                           tr("Review it and accept it in the New goal window."));
    else
        m_notifier->notify(tr("Planning failed"), message);
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
    if (keepsRunningOnClose()) {
        event->ignore();
        return;
    }
    // Quitting: a plan waiting for its deletion is deleted now (the undo bar goes with the
    // window). The store finishes the write before the application ends.
    m_pendingDeletion->commit();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    // The first time: 1180 × 760, or the screen's room when it has less (900 × 600).
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(QSize(1180, 760).boundedTo(screen()->availableSize()));
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
