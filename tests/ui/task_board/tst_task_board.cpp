#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/i18n/translations.h"
#include "ui/models/plan_list_model.h"
#include "ui/models/task_filter_model.h"
#include "ui/models/task_table_model.h"
#include "ui/models/task_tree_model.h"
#include "ui/widgets/notes_edit.h"
#include "ui/widgets/plan_actions.h"
#include "ui/widgets/task_board.h"
#include "ui/widgets/task_details_pane.h"
#include "ui/widgets/task_filter_bar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace helios;
using namespace helios::ui;

namespace {

TaskBoard *boardOf(test::WindowHarness<test::MemoryFixture> &ui)
{
    return ui.window.detailView()->taskBoard();
}

// Waits until the window shows the plan's tasks.
bool waitForTasks(test::WindowHarness<test::MemoryFixture> &ui, const Plan &plan)
{
    return QTest::qWaitFor([&]() {
        return ui.viewModel.currentPlan().id == plan.id &&
               boardOf(ui)->filterModel()->matchingTaskCount() == plan.tasks.size();
    });
}

void activate(QWidget &window)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

} // namespace

class TestTaskBoard : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate::currentDate();
    AppTranslations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_task_board"));
        // English plurals ("1 task shown") come from the English translation.
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init() { QSettings().clear(); }

    void shouldMoveTheSelectionToTheNextTaskWhenOneIsMarkedDone()
    {
        // GIVEN the window showing a plan, the last task of its first milestone selected
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        test::WindowHarness ui(fixture);
        QVERIFY(waitForTasks(ui, plan));
        int last = 0;
        while (last + 1 < plan.tasks.size() &&
               plan.tasks[last + 1].milestone == plan.tasks[0].milestone)
            ++last;
        QVERIFY(last + 1 < plan.tasks.size()); // another milestone follows
        boardOf(ui)->selectTask(plan.tasks[last].id);

        // WHEN it is marked done
        QVERIFY(boardOf(ui)->markSelectedDone());

        // THEN the next task, past the next milestone's heading, is selected
        QCOMPARE(boardOf(ui)->selectedTaskId(), plan.tasks[last + 1].id);
        QTRY_COMPARE(toString(fixture.reload(plan.id).tasks[last].status),
                     toString(TaskStatus::Done));
        // AND with nothing selected, nothing is marked
        boardOf(ui)->taskView()->setCurrentIndex({});
        QVERIFY(!boardOf(ui)->markSelectedDone());
        QTRY_VERIFY(!ui.edits.isBusy());
    }

    void shouldKeepTheTitlesReadableAtAnySize()
    {
        // GIVEN the window showing a plan at 900 × 600 with a task selected
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        test::WindowHarness ui(fixture);
        QVERIFY(waitForTasks(ui, plan));
        ui.window.resize(900, 600);
        boardOf(ui)->selectTask(plan.tasks[0].id);
        QTreeView *view = boardOf(ui)->taskView();
        QHeaderView *header = view->header();
        const int readable = view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16;

        // THEN the details pane shows the task, and the titles keep room to be read: the
        // columns that matter least made way, status and due stay
        TaskDetailsPane *pane = boardOf(ui)->detailsPane();
        const auto paneShown = [&]() {
            return pane->isVisible() && pane->width() >= pane->minimumWidth() &&
                   pane->geometry().right() < boardOf(ui)->width();
        };
        QTRY_VERIFY(paneShown());
        QTRY_VERIFY2(header->sectionSize(TaskTreeModel::TitleColumn) >= readable,
                     qPrintable(QString::number(header->sectionSize(TaskTreeModel::TitleColumn))));
        QVERIFY(header->isSectionHidden(TaskTreeModel::DependenciesColumn));
        QVERIFY(!header->isSectionHidden(TaskTreeModel::StatusColumn));
        QVERIFY(!header->isSectionHidden(TaskTreeModel::DueColumn));

        // WHEN nothing is selected THEN the details pane gives its room to the tasks
        view->setCurrentIndex({});
        QTRY_VERIFY(!pane->isVisible());
        // AND selected again, the pane is back with its room
        boardOf(ui)->selectTask(plan.tasks[1].id);
        QTRY_VERIFY(paneShown());
        view->setCurrentIndex({});
        QTRY_VERIFY(!pane->isVisible());

        // WHEN the window is large THEN every column is back
        ui.window.resize(2000, 1000);
        QTRY_VERIFY(!header->isSectionHidden(TaskTreeModel::DependenciesColumn));
        for (int column = 0; column < TaskTreeModel::ColumnCount; ++column)
            QVERIFY(!header->isSectionHidden(column));
        QVERIFY(header->sectionSize(TaskTreeModel::TitleColumn) >= readable);
    }

    void shouldShowTheTasksGroupedByMilestone()
    {
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        test::WindowHarness ui(fixture);
        QVERIFY(waitForTasks(ui, plan));

        QTreeView *view = boardOf(ui)->taskView();
        QVERIFY(view->model()->rowCount() >= 2); // milestones
        const QModelIndex firstMilestone = view->model()->index(0, 0);
        QCOMPARE(firstMilestone.data().toString(), plan.tasks.constFirst().milestone);
        QVERIFY(view->isExpanded(firstMilestone));
        QCOMPARE(view->model()->index(0, 0, firstMilestone).data().toString(),
                 plan.tasks.constFirst().title);
    }

    void shouldFilterAndSearchFromTheFilterBar()
    {
        // GIVEN a plan with one task done
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        HELIOS_AWAIT(done, fixture.service().setTaskStatus(plan.tasks.at(0).id, TaskStatus::Done));
        QVERIFY(done.ok());
        test::WindowHarness ui(fixture);
        QVERIFY(waitForTasks(ui, plan));
        TaskBoard *board = boardOf(ui);
        TaskFilterBar *bar = board->filterBar();

        // WHEN "Done" is picked THEN only that task is shown, and the bar says how many
        bar->statusCombo()->setCurrentIndex(bar->statusCombo()->findText(QStringLiteral("Done")));
        QCOMPARE(board->filterModel()->matchingTaskCount(), 1);
        QCOMPARE(board->selectedTaskId(), 0);
        QCOMPARE(bar->findChild<QLabel *>(QStringLiteral("taskFilterCount"))->text(),
                 QStringLiteral("1 task shown"));

        // WHEN a word of a title is typed (in another case) THEN the search applies after the
        // pause
        bar->statusCombo()->setCurrentIndex(0);
        const QString word = plan.tasks.at(2).title.section(QLatin1Char(' '), 0, 0).toUpper();
        QTest::keyClicks(bar->searchEdit(), word);
        QTRY_COMPARE(board->filterModel()->searchText(), word);
        const int matches = board->filterModel()->matchingTaskCount();
        QVERIFY(matches >= 1 && matches < plan.tasks.size());
        QVERIFY(!board->isShowingNoMatch());

        // WHEN nothing matches THEN the board says so and offers to clear the filters
        bar->searchEdit()->setText(QStringLiteral("zzz-no-such-task"));
        bar->applySearch();
        QTRY_VERIFY(board->isShowingNoMatch());
        auto *clear = board->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(!board->isShowingNoMatch());
        QVERIFY(bar->searchEdit()->text().isEmpty());
        QCOMPARE(board->filterModel()->matchingTaskCount(), plan.tasks.size());

        // AND overdue hides every task of a fresh plan (nothing is due before today)
        bar->overdueCheck()->setChecked(true);
        QCOMPARE(board->filterModel()->matchingTaskCount(), 0);
        QTRY_VERIFY(board->isShowingNoMatch());
        bar->overdueCheck()->setChecked(false);
        bar->thisWeekCheck()->setChecked(true);
        QVERIFY(board->filterModel()->matchingTaskCount() >= 1);
    }

    void shouldSaveEditedNotesInTheStore()
    {
        // GIVEN a task selected in the window
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        const auto dependent = std::find_if(plan.tasks.cbegin(), plan.tasks.cend(),
                                            [](const Task &t) { return !t.dependsOn.isEmpty(); });
        QVERIFY(dependent != plan.tasks.cend());
        const Task &task = *dependent;
        const int position = task.order;
        {
            test::WindowHarness ui(fixture);
            QVERIFY(waitForTasks(ui, plan));
            activate(ui.window);
            TaskBoard *board = boardOf(ui);
            board->selectTask(task.id);
            TaskDetailsPane *details = board->detailsPane();
            QCOMPARE(details->taskId(), task.id);
            QCOMPARE(details->titleText(), task.title);
            QVERIFY(details->dependenciesText().contains(
                plan.tasks.at(task.dependsOn.constFirst()).title));

            // WHEN notes are typed (several lines, markup that must stay text) and the field is
            // left
            NotesEdit *notes = details->notesEdit();
            notes->setFocus();
            QTRY_VERIFY(notes->hasFocus());
            QCOMPARE(notes->toPlainText(), task.notes); // the planner's advice
            notes->selectAll();
            QTest::keyClicks(notes, QStringLiteral("Chapter 3 first"));
            QTest::keyClick(notes, Qt::Key_Return);
            QTest::keyClicks(notes, QStringLiteral("<b>not bold</b>"));
            board->taskView()->setFocus();

            // THEN the store has them
            const QString expected = QStringLiteral("Chapter 3 first\n<b>not bold</b>");
            QTRY_COMPARE(fixture.reload(plan.id).tasks.at(position).notes, expected);
            QTRY_VERIFY(!ui.viewModel.isBusy());
            QCOMPARE(ui.edits.undoStack()->count(), 1);
            ui.window.close();
        }

        // AND a new window shows them
        test::WindowHarness again(fixture);
        QVERIFY(waitForTasks(again, plan));
        boardOf(again)->selectTask(task.id);
        QCOMPARE(boardOf(again)->detailsPane()->notesEdit()->toPlainText(),
                 QStringLiteral("Chapter 3 first\n<b>not bold</b>"));
        // The tree searches them.
        boardOf(again)->filterModel()->setSearchText(QStringLiteral("NOT BOLD"));
        QCOMPARE(boardOf(again)->filterModel()->matchingTaskCount(), 1);
    }

    void shouldUndoAndRedoAStatusEditInTheStore()
    {
        // GIVEN a status edited in the tree
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        test::WindowHarness ui(fixture);
        QVERIFY(waitForTasks(ui, plan));
        TaskBoard *board = boardOf(ui);
        const QModelIndex status =
            board->filterModel()
                ->mapFromSource(board->treeModel()->indexOfTask(plan.tasks.at(0).id))
                .siblingAtColumn(TaskTreeModel::StatusColumn);
        QVERIFY(board->filterModel()->setData(status, static_cast<int>(TaskStatus::Done)));
        QTRY_COMPARE(toString(fixture.reload(plan.id).tasks.at(0).status),
                     toString(TaskStatus::Done));
        QAction *undo = ui.window.planActions()->undoAction();
        QAction *redo = ui.window.planActions()->redoAction();
        QTRY_VERIFY(undo->isEnabled());
        // (the menu names the task by at most its first 39 characters)
        QVERIFY(undo->text().contains(plan.tasks.at(0).title.left(30)));

        // WHEN it is undone THEN the store has the old status again, and so does the tree
        undo->trigger();
        QTRY_COMPARE(toString(fixture.reload(plan.id).tasks.at(0).status),
                     toString(TaskStatus::Todo));
        QTRY_COMPARE(status.data().toString(), QStringLiteral("To do"));
        QTRY_COMPARE(
            ui.viewModel.planListModel()->index(0).data(PlanListModel::ProgressRole).toDouble(),
            0.0);

        // WHEN it is redone THEN it is done again
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QTRY_COMPARE(toString(fixture.reload(plan.id).tasks.at(0).status),
                     toString(TaskStatus::Done));
        QTRY_COMPARE(status.data().toString(), QStringLiteral("Done"));
    }

    void shouldUndoANotesEdit()
    {
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        test::WindowHarness ui(fixture);
        QVERIFY(waitForTasks(ui, plan));
        const qint64 taskId = plan.tasks.at(2).id;
        boardOf(ui)->selectTask(taskId);

        ui.edits.editTaskNotes(taskId, QStringLiteral("先读文档"));
        QTRY_COMPARE(fixture.reload(plan.id).tasks.at(2).notes, QStringLiteral("先读文档"));
        QTRY_COMPARE(boardOf(ui)->detailsPane()->notesEdit()->toPlainText(),
                     QStringLiteral("先读文档"));

        QTRY_VERIFY(!ui.viewModel.isBusy());
        QAction *undo = ui.window.planActions()->undoAction();
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE(fixture.reload(plan.id).tasks.at(2).notes, plan.tasks.at(2).notes);
        QTRY_COMPARE(boardOf(ui)->detailsPane()->notesEdit()->toPlainText(),
                     plan.tasks.at(2).notes);
    }

    void shouldTriggerTheKeyboardShortcuts()
    {
        // GIVEN two plans, the window active with the first one's first task selected
        test::MemoryFixture fixture;
        const Plan first = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        test::WindowHarness ui(fixture);
        QVERIFY(waitForTasks(ui, first));
        activate(ui.window);
        TaskBoard *board = boardOf(ui);
        board->selectTask(first.tasks.at(0).id);
        board->taskView()->setFocus();

        // Ctrl+F: the search field takes the focus
        QTest::keyClick(&ui.window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(board->filterBar()->searchEdit()->hasFocus());

        // Ctrl+D: the selected task is done, in the store
        board->taskView()->setFocus();
        QTest::keyClick(&ui.window, Qt::Key_D, Qt::ControlModifier);
        QTRY_COMPARE(toString(fixture.reload(first.id).tasks.at(0).status),
                     toString(TaskStatus::Done));

        // Ctrl+Z and Ctrl+Shift+Z: undone and redone
        QTRY_VERIFY(!ui.viewModel.isBusy());
        QTest::keyClick(&ui.window, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(toString(fixture.reload(first.id).tasks.at(0).status),
                     toString(TaskStatus::Todo));
        QTRY_VERIFY(!ui.viewModel.isBusy());
        QTest::keyClick(&ui.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(toString(fixture.reload(first.id).tasks.at(0).status),
                     toString(TaskStatus::Done));

        // F5: a plan made elsewhere (the CLI) shows up
        const Plan second = fixture.createPlan(QStringLiteral("Run a half marathon"), m_today);
        QTest::keyClick(&ui.window, Qt::Key_F5);
        QTRY_COMPARE(ui.viewModel.planListModel()->rowCount(), 2);

        // Ctrl+PgDown / Ctrl+PgUp: next and previous plan
        const qint64 top = ui.viewModel.planListModel()->planIdAt(0);
        const qint64 bottom = ui.viewModel.planListModel()->planIdAt(1);
        ui.viewModel.selectPlan(top);
        QTest::keyClick(&ui.window, Qt::Key_PageDown, Qt::ControlModifier);
        QTRY_COMPARE(ui.viewModel.selectedPlanId(), bottom);
        QTest::keyClick(&ui.window, Qt::Key_PageUp, Qt::ControlModifier);
        QTRY_COMPARE(ui.viewModel.selectedPlanId(), top);
        QVERIFY(top == second.id || bottom == second.id);

        // Ctrl+N: the New goal dialog
        QTest::keyClick(&ui.window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(ui.window.newGoalDialog() && ui.window.newGoalDialog()->isVisible());
        ui.window.newGoalDialog()->reject();
    }

    void shouldListTheShortcutsInHelp()
    {
        test::MemoryFixture fixture;
        test::WindowHarness ui(fixture);
        QTRY_COMPARE(ui.viewModel.state(), PlansViewModel::State::Ready);
        ui.window.planActions()->shortcutsAction()->trigger();
        QTRY_VERIFY(ui.window.findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
        auto *dialog = ui.window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << list->topLevelItem(i)->text(0) + QLatin1Char('=') +
                        list->topLevelItem(i)->text(1);
        for (const char *expected :
             {"New goal=Ctrl+N", "Find tasks=Ctrl+F", "Undo=Ctrl+Z", "Redo=Ctrl+Shift+Z, Ctrl+Y",
              "Mark task done=Ctrl+D", "Refresh=F5", "Next plan=Ctrl+PgDown",
              "Previous plan=Ctrl+PgUp", "Quit=Ctrl+Q"})
            QVERIFY2(rows.contains(QString::fromUtf8(expected)), qPrintable(rows.join(u' ')));
        dialog->reject();
    }
};

HELIOS_TEST_GUI_MAIN(TestTaskBoard)
#include "tst_task_board.moc"
