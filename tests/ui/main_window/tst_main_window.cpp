#include "core/jobs/version_service.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/charts/burndown_chart_view.h"
#include "ui/dialogs/new_goal_dialog.h"
#include "ui/models/plan_list_model.h"
#include "ui/models/task_filter_model.h"
#include "ui/models/task_table_model.h"
#include "ui/models/task_tree_model.h"
#include "ui/viewmodels/pending_plan_deletion.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/widgets/at_risk_banner.h"
#include "ui/widgets/empty_state_widget.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_deletion.h"
#include "ui/widgets/plan_detail_view.h"
#include "ui/widgets/task_board.h"
#include "ui/widgets/undo_bar.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace helios;
using namespace helios::ui;

namespace {

// A main window over the in-memory storage, as the application wires it.
struct Harness : test::WindowHarness<test::MemoryFixture>
{
    using WindowHarness::WindowHarness;

    // The plan's tasks, flat (the view shows them grouped by milestone).
    QAbstractItemModel *tasks() const { return viewModel.taskTableModel(); }
    QAbstractItemModel *plans() const { return window.planView()->model(); }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate::currentDate();

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_main_window"));
    }

    void init() { QSettings().clear(); }

    void shouldWelcomeAFirstTimeUserWithANewGoalButton()
    {
        // GIVEN an empty store
        test::MemoryFixture fixture;
        Harness ui(fixture);

        // THEN, once it is open, the window explains what to do and offers the button
        QTRY_COMPARE(ui.viewModel.state(), PlansViewModel::State::Ready);
        QVERIFY(!ui.window.isShowingPlans());
        QVERIFY(ui.window.emptyState()->isVisible());
        auto *button =
            ui.window.emptyState()->findChild<QPushButton *>(QStringLiteral("emptyStateNewGoal"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("New goal"));
        auto *text = ui.window.emptyState()->findChild<QLabel *>(QStringLiteral("emptyStateText"));
        QVERIFY(text->text().contains(QStringLiteral("New goal")));
        // The whole sentence fits: wrapped, not cut to one line.
        QTRY_VERIFY(text->height() >= text->heightForWidth(text->width()));
        QVERIFY(text->height() > 2 * text->fontMetrics().height());

        // WHEN it is clicked THEN the New goal dialog opens
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(ui.window.newGoalDialog() && ui.window.newGoalDialog()->isVisible());
    }

    void shouldCreateAPlanFromTheNewGoalDialog()
    {
        // GIVEN a ready window on an empty store
        test::MemoryFixture fixture;
        Harness ui(fixture);
        QTRY_VERIFY(ui.window.newGoalAction()->isEnabled());
        QCOMPARE(ui.window.newGoalAction()->shortcut(), QKeySequence(QKeySequence::New));

        // WHEN the person opens "New goal", types a goal and accepts
        ui.window.newGoalAction()->trigger();
        QPointer<NewGoalDialog> dialog = ui.window.newGoalDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *goalEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalEdit"));
        QTest::keyClicks(goalEdit, QStringLiteral("Learn Python in three months"));
        QSignalSpy busy(dialog.data(), &NewGoalDialog::busyChanged);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                          Qt::LeftButton);

        // THEN the dialog is busy, then shows the plan as a preview; nothing is saved yet
        QTRY_VERIFY(dialog->page() == NewGoalDialog::Page::Preview);
        QCOMPARE(busy.count(), 2);
        auto *preview = dialog->findChild<QTableView *>(QStringLiteral("previewTable"));
        QVERIFY(preview->isVisible());
        QVERIFY(preview->model()->rowCount() >= 8);
        QVERIFY(fixture.summaries().isEmpty());

        // WHEN the person accepts it
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("acceptButton")),
                          Qt::LeftButton);

        // THEN the dialog closes; the plan is listed and selected with its tasks
        QTRY_VERIFY(!dialog);
        QTRY_COMPARE(ui.plans()->rowCount(), 1);
        QCOMPARE(ui.plans()->index(0, 0).data().toString(),
                 QStringLiteral("Learn Python in three months"));
        QTRY_VERIFY(ui.tasks()->rowCount() >= 8);
        QCOMPARE(ui.window.planView()->currentIndex().row(), 0);
        QVERIFY(ui.window.isShowingPlans());
        QCOMPARE(ui.window.statusBar()->currentMessage(), QStringLiteral("Plan created."));
        QTRY_VERIFY(
            ui.window.detailView()->chartView()->series(QStringLiteral("planned"))->count() > 1);
        QCOMPARE(fixture.summaries().size(), 1);
    }

    void shouldKeepTheDialogOpenAndExplainAnEmptyGoal()
    {
        // GIVEN the New goal dialog
        test::MemoryFixture fixture;
        Harness ui(fixture);
        QTRY_VERIFY(ui.window.newGoalAction()->isEnabled());
        ui.window.openNewGoalDialog();
        NewGoalDialog *dialog = ui.window.newGoalDialog();
        QTRY_VERIFY(dialog->isVisible());

        // WHEN it is accepted without a goal
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                          Qt::LeftButton);

        // THEN it stays open and says why in one sentence, and nothing is planned
        QTRY_COMPARE(dialog->errorText(),
                     QStringLiteral("The goal is empty: describe what you want to achieve."));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        QCOMPARE(ui.window.newGoalDialog(), dialog);
        QVERIFY(fixture.summaries().isEmpty());

        // WHEN a goal is typed and accepted again THEN it goes through
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalEdit")),
                         QStringLiteral("Run a half marathon"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(dialog->page() == NewGoalDialog::Page::Preview);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("acceptButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!ui.window.newGoalDialog());
        QTRY_COMPARE(ui.plans()->rowCount(), 1);
    }

    void shouldSaveAStatusEditedInTheTableAndUpdateProgress()
    {
        // GIVEN a stored plan shown in the window
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        Harness ui(fixture);
        QTRY_COMPARE(ui.tasks()->rowCount(), plan.tasks.size());
        QCOMPARE(ui.plans()->index(0, 0).data(PlanListModel::ProgressRole).toDouble(), 0.0);

        // WHEN the first task's status is set to done through the table's model
        const QModelIndex status = ui.tasks()->index(0, TaskTableModel::StatusColumn);
        QVERIFY(ui.tasks()->setData(status, static_cast<int>(TaskStatus::Done)));

        // THEN the store has it and the list shows the progress
        const double expected = plan.tasks.constFirst().estimateHours / plan.totalHours();
        QTRY_COMPARE(ui.plans()->index(0, 0).data(PlanListModel::ProgressRole).toDouble(),
                     expected);
        QCOMPARE(toString(fixture.reload(plan.id).tasks.constFirst().status),
                 toString(TaskStatus::Done));
        QCOMPARE(fixture.summaries().constFirst().doneCount, 1);
        QCOMPARE(status.data().toString(), QStringLiteral("Done"));
    }

    void shouldEditAStatusWithTheComboBoxInTheTable()
    {
        // GIVEN a stored plan shown in the window
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        Harness ui(fixture);
        QTRY_COMPARE(ui.tasks()->rowCount(), plan.tasks.size());

        // WHEN the person opens the status cell of the second task and picks "In progress"
        QTreeView *view = ui.window.detailView()->taskView();
        TaskBoard *board = ui.window.detailView()->taskBoard();
        const QModelIndex status =
            board->filterModel()
                ->mapFromSource(board->treeModel()->indexOfTask(plan.tasks.at(1).id))
                .siblingAtColumn(TaskTreeModel::StatusColumn);
        view->setCurrentIndex(status);
        view->edit(status);
        auto *combo = view->findChild<QComboBox *>(QStringLiteral("statusEditor"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->itemText(1), QStringLiteral("In progress"));
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);

        // THEN it is saved
        QTRY_COMPARE(toString(fixture.reload(plan.id).tasks.at(1).status),
                     toString(TaskStatus::InProgress));
        QCOMPARE(status.data().toString(), QStringLiteral("In progress"));
    }

    void shouldWarnWhenThePlanIsAtRisk()
    {
        // GIVEN a plan that cannot fit before its deadline
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Write my master's thesis"), m_today,
                                             m_today.addDays(7), 1);
        QVERIFY(plan.atRisk);
        Harness ui(fixture);

        // THEN the banner says how many hours are missing
        AtRiskBanner *banner = ui.window.detailView()->banner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().startsWith(QStringLiteral("At risk: ")));
        QVERIFY(banner->text().endsWith(QStringLiteral(" hours short of the deadline")));
        QVERIFY(ui.plans()->index(0, 0).data(PlanListModel::AtRiskRole).toBool());
    }

    void shouldReportADatabaseThatCannotBeOpened()
    {
        // GIVEN storage that cannot be opened (the Store's own sentences for a path under a
        // regular file, a damaged or a foreign file are tested in unit/store)
        test::MemoryFixture fixture;
        const QString sentence = QStringLiteral("The database folder is a file.");
        test::RecordingErrorReporter errors;
        PlansViewModel viewModel(
            {.plans = fixture.service(), .openStorage = [sentence]() -> QCoro::Task<Status> {
                 co_return Error::storage(sentence);
             }});
        TaskEditsViewModel edits({.plans = fixture.service()}, viewModel);
        MainWindow window({.plans = viewModel, .edits = edits, .errors = errors});
        window.show();

        // WHEN the window starts
        viewModel.start();

        // THEN the person is told, once, with the storage's sentence; nothing can be created
        QTRY_COMPARE(errors.messages.size(), 1);
        QVERIFY2(errors.messages.constFirst().contains(sentence),
                 qPrintable(errors.messages.constFirst()));
        QCOMPARE(errors.titles.constFirst(), QStringLiteral("Helios could not open its database"));
        QCOMPARE(window.emptyState()->title(),
                 QStringLiteral("Helios could not open its database"));
        QVERIFY(!window.newGoalAction()->isEnabled());
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldDeleteThePlanOnceTheUndoBarClosesAndShowItsNeighbour()
    {
        // GIVEN three plans, the middle one selected, with a saved version
        test::MemoryFixture fixture;
        const Plan first = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        const Plan middle = fixture.createPlan(QStringLiteral("跑完半程马拉松"), m_today);
        const Plan last = fixture.createPlan(QStringLiteral("Read twenty books"), m_today);
        VersionService versions(fixture.store());
        Plan edited = middle;
        edited.tasks.removeLast();
        QVERIFY(QCoro::waitFor(versions.applyVersion(edited, QStringLiteral("test"))).ok());
        Harness ui(fixture);
        QTRY_COMPARE(ui.plans()->rowCount(), 3);
        ui.viewModel.selectPlan(middle.id);
        QTRY_COMPARE(ui.viewModel.currentPlan().id, middle.id);
        QTRY_VERIFY(!ui.viewModel.isBusy()); // the selected plan's load has ended (slow under ASan)
        QAction *remove = ui.window.planDeletion()->action();
        QVERIFY(remove->isEnabled());
        const int row = ui.window.planView()->currentIndex().row();
        const qint64 below =
            ui.plans()->index(row + 1, 0).data(PlanListModel::PlanIdRole).toLongLong();
        QVERIFY(below != 0);

        // WHEN it is deleted
        QSignalSpy deleted(&ui.viewModel, &PlansViewModel::planDeleted);
        remove->trigger();

        // THEN it leaves the list at once, nothing asked, the next one is shown, and the undo bar
        // names it while the storage still has it
        QCOMPARE(ui.plans()->rowCount(), 2);
        QTRY_COMPARE(ui.viewModel.currentPlan().id, below);
        QCOMPARE(ui.window.planView()->currentIndex().row(), row);
        QVERIFY(ui.window.undoBar()->isVisible());
        QCOMPARE(ui.window.undoBar()->text(), QStringLiteral("Plan “跑完半程马拉松” deleted"));
        QCOMPARE(deleted.count(), 0);
        QCOMPARE(fixture.summaries().size(), 3);

        // WHEN the bar is closed
        QTest::mouseClick(ui.window.undoBar()->closeButton(), Qt::LeftButton);

        // THEN the plan and its versions are gone, the others stay
        QTRY_COMPARE(deleted.count(), 1);
        QVERIFY(!ui.window.undoBar()->isVisible());
        QCOMPARE(fixture.summaries().size(), 2);
        const Result<QList<PlanVersion>> versionsLeft =
            QCoro::waitFor(fixture.store().versions(middle.id));
        QVERIFY(versionsLeft.ok());
        QCOMPARE(versionsLeft->size(), 0);
        QCOMPARE(fixture.reload(first.id).tasks.size(), first.tasks.size());
        QCOMPARE(fixture.reload(last.id).tasks.size(), last.tasks.size());
        QCOMPARE(ui.window.statusBar()->currentMessage(), QStringLiteral("Plan deleted."));

        // AND deleting the last plans leaves the empty state with the bar still offering the last
        remove->trigger();
        QTRY_COMPARE(ui.plans()->rowCount(), 1);
        QTRY_VERIFY(ui.viewModel.currentPlan().id != 0);
        remove->trigger(); // the first one waiting is deleted now
        QTRY_VERIFY(!ui.window.isShowingPlans());
        QVERIFY(!remove->isEnabled());
        QVERIFY(ui.window.undoBar()->isVisible());
        QTRY_COMPARE(fixture.summaries().size(), 1);
        ui.window.pendingDeletion()->commit();
        QTRY_VERIFY(fixture.summaries().isEmpty());
    }

    void shouldRememberTheWindowGeometry()
    {
        test::MemoryFixture fixture;
        {
            Harness ui(fixture);
            ui.window.resize(900, 640);
            QTRY_COMPARE(ui.window.size(), QSize(900, 640));
            ui.window.close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("MainWindow/geometry")));
        Harness again(fixture);
        QCOMPARE(again.window.size(), QSize(900, 640));
    }
};

HELIOS_TEST_GUI_MAIN(TestMainWindow)
#include "tst_main_window.moc"
