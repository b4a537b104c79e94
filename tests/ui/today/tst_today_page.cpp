// The Today page in the window, on the in-memory storage: the window opens on it once a plan
// exists; a task is done in one key (Space, Ctrl+D) or one click with the selection moving on;
// Ctrl+T moves one to tomorrow; Enter opens it in its plan; overdue tasks are marked in Today and
// in the plan's table (colour and text or icon), and counted in the plan list and the header.

#include "core/jobs/version_service.h"
#include "core/today/today_service.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/i18n/translations.h"
#include "ui/models/plan_list_model.h"
#include "ui/models/task_table_model.h"
#include "ui/models/today_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/today_view_model.h"
#include "ui/widgets/plan_actions.h"
#include "ui/widgets/plan_detail_view.h"
#include "ui/widgets/task_board.h"
#include "ui/widgets/today_view.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QDialog>
#include <QLabel>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace helios;
using namespace helios::ui;

namespace {

// The window's clock is the real one: the plans are dated around it.
QDate today()
{
    return QDate::currentDate();
}

Task task(const QString &title, int startIn, int dueIn)
{
    Task t;
    t.title = title;
    t.startDate = today().addDays(startIn);
    t.dueDate = today().addDays(dueIn);
    t.estimateHours = 2.0;
    return t;
}

// One task two days late, three under way today, one that starts in two days.
Plan runningPlan()
{
    Plan plan;
    plan.goal = QStringLiteral("Run a half marathon");
    plan.startDate = today().addDays(-5);
    plan.deadline = today().addDays(40);
    plan.hoursPerWeek = 7;
    plan.tasks = {task(QStringLiteral("Buy shoes"), -5, -2),
                  task(QStringLiteral("Easy 5 km"), 0, 1), task(QStringLiteral("Stretch"), 0, 2),
                  task(QStringLiteral("Plan the route"), 0, 3),
                  task(QStringLiteral("Long run"), 2, 4)};
    return plan;
}

struct TodayParts
{
    explicit TodayParts(test::MemoryFixture &fixture)
        : versions(fixture.storage()),
          service(fixture.storage(), fixture.storage(), fixture.storage(), versions),
          viewModel({.today = service}),
          tester(viewModel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {}

    VersionService versions;
    TodayService service;
    TodayViewModel viewModel;
    QAbstractItemModelTester tester;
};

// Everything a test here needs, in the order it must be built and taken down.
struct Harness
{
    explicit Harness(test::MemoryFixture &fixture)
        : parts(fixture), ui(fixture, {.today = &parts.viewModel})
    {
        ui.window.resize(1180, 760);
    }

    TodayView *page() const { return ui.window.todayView(); }
    QTreeView *list() const { return page()->taskView(); }
    TodayModel *model() const { return parts.viewModel.model(); }
    QString selectedTitle() const
    {
        const AgendaItem *item = model()->itemAt(list()->currentIndex());
        return item ? item->task.title : QString();
    }

    TodayParts parts;
    test::WindowHarness<test::MemoryFixture> ui;
};

Plan save(test::MemoryFixture &fixture, Plan plan)
{
    const auto saved = test::await(fixture.storage().savePlan(std::move(plan)));
    return saved && saved->ok() ? saved->value() : Plan{};
}

} // namespace

class TestTodayPage : public QObject
{
    Q_OBJECT

private:
    // English as the person reads it: "1 task", "2 tasks".
    AppTranslations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_today_page"));
        QSettings().clear();
    }

    void shouldOpenOnTodayOnceAPlanExists()
    {
        // GIVEN a plan with a task overdue and three under way
        test::MemoryFixture fixture;
        const Plan plan = save(fixture, runningPlan());
        // WHEN the window opens
        Harness h(fixture);
        // THEN it shows Today with the day's tasks, the overdue one first and saying how late
        QTRY_VERIFY(h.ui.window.isShowingToday());
        QTRY_COMPARE(h.parts.viewModel.state(), TodayViewModel::State::Ready);
        QCOMPARE(h.model()->rowCount(), 3);
        const QModelIndex late = h.model()->indexOfTask(plan.tasks[0].id);
        QCOMPARE(late.siblingAtColumn(TodayModel::WhenColumn).data().toString(),
                 QStringLiteral("2 days late"));
        auto *headline = h.page()->findChild<QLabel *>(QStringLiteral("todayHeadline"));
        QVERIFY2(headline->text().startsWith(QStringLiteral("3 tasks today · ")),
                 qPrintable(headline->text()));
        QVERIFY(headline->text().endsWith(QStringLiteral("1 overdue")));
        // AND the Today button and the plan list count the overdue task
        QCOMPARE(h.ui.window.todayButton()->text(), QStringLiteral("Today (3) · 1 overdue"));
        QTRY_COMPARE(
            h.ui.viewModel.planListModel()->index(0).data(PlanListModel::OverdueCountRole).toInt(),
            1);
        // AND the first task is selected in the focused list, so that Space works at once
        QCOMPARE(h.selectedTitle(), QStringLiteral("Buy shoes"));
        QVERIFY(h.page()->doneAction()->isEnabled());
        QVERIFY(QTest::qWaitForWindowActive(&h.ui.window));
        QTRY_VERIFY(h.list()->hasFocus());
    }

    void shouldStayOnTheEmptyStateWithoutPlans()
    {
        // GIVEN no plans
        test::MemoryFixture fixture;
        Harness h(fixture);
        QTRY_COMPARE(h.ui.viewModel.state(), PlansViewModel::State::Ready);
        // THEN the window invites a first goal, not an empty day
        QVERIFY(!h.ui.window.isShowingPlans());
        QVERIFY(!h.ui.window.isShowingToday());
    }

    void shouldMarkDoneWithOneKeyAndMoveTheSelectionOn()
    {
        // GIVEN Today with the first task under way selected
        test::MemoryFixture fixture;
        const Plan plan = save(fixture, runningPlan());
        Harness h(fixture);
        QTRY_COMPARE(h.parts.viewModel.state(), TodayViewModel::State::Ready);
        QVERIFY(QTest::qWaitForWindowActive(&h.ui.window));
        h.page()->selectTask(plan.tasks[1].id);
        h.list()->setFocus();
        QCOMPARE(h.selectedTitle(), QStringLiteral("Easy 5 km"));

        // WHEN Space is pressed
        QTest::keyClick(h.list(), Qt::Key_Space);

        // THEN the task leaves the list, the next one is selected, and the task is stored done
        QVERIFY(!h.model()->indexOfTask(plan.tasks[1].id).isValid());
        QCOMPARE(h.selectedTitle(), QStringLiteral("Stretch"));
        QTRY_VERIFY(fixture.reload(plan.id).tasks[1].status == TaskStatus::Done);
        // AND Ctrl+D does the same for the next one, where the plan's own Ctrl+D stays quiet
        QTRY_VERIFY(!h.parts.viewModel.isBusy());
        QVERIFY(!h.ui.window.planActions()->markDoneAction()->isEnabled());
        QTest::keyClick(h.list(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(h.selectedTitle(), QStringLiteral("Plan the route"));
        QTRY_VERIFY(fixture.reload(plan.id).tasks[2].status == TaskStatus::Done);
        QTRY_VERIFY(!h.parts.viewModel.isBusy());
        QCOMPARE(h.selectedTitle(), QStringLiteral("Plan the route"));
    }

    void shouldTakeADoneSectionOffWithoutLayingTheListOutAgain()
    {
        // GIVEN Today with the only overdue task selected
        test::MemoryFixture fixture;
        const Plan plan = save(fixture, runningPlan());
        Harness h(fixture);
        QTRY_COMPARE(h.parts.viewModel.state(), TodayViewModel::State::Ready);
        QVERIFY(QTest::qWaitForWindowActive(&h.ui.window));
        QCOMPARE(h.model()->rowCount(), 3);
        h.page()->selectTask(plan.tasks[0].id);
        h.list()->setFocus();
        QCOMPARE(h.selectedTitle(), QStringLiteral("Buy shoes"));
        QSignalSpy reset(h.model(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(h.model(), &QAbstractItemModel::rowsRemoved);

        // WHEN Space is pressed
        QTest::keyClick(h.list(), Qt::Key_Space);

        // THEN the Overdue section leaves as one row, header and all, without a reset
        QCOMPARE(removed.size(), 1);
        QVERIFY(!removed.at(0).at(0).value<QModelIndex>().isValid());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(h.model()->rowCount(), 2);
        QCOMPARE(h.model()->index(0, 0).data().toString(), QStringLiteral("Today (3)"));
        // AND the first task of the next section is selected, and the rest stay expanded
        QCOMPARE(h.selectedTitle(), QStringLiteral("Easy 5 km"));
        QVERIFY(h.list()->selectionModel()->isSelected(h.list()->currentIndex()));
        QVERIFY(h.list()->isExpanded(h.model()->index(0, 0)));
        QVERIFY(h.list()->isExpanded(h.model()->index(1, 0)));
        QVERIFY(h.page()->doneAction()->isEnabled());
        // AND once saved and the day read again, still no reset and the same selection
        QTRY_VERIFY(fixture.reload(plan.id).tasks[0].status == TaskStatus::Done);
        QTRY_VERIFY(!h.parts.viewModel.isBusy());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(h.selectedTitle(), QStringLiteral("Easy 5 km"));
        QVERIFY(!h.page()
                     ->findChild<QLabel *>(QStringLiteral("todayHeadline"))
                     ->text()
                     .contains(QStringLiteral("overdue")));
    }

    void shouldReadTheDayOnceAfterATaskDone()
    {
        // GIVEN Today shown, nothing under way
        test::MemoryFixture fixture;
        const Plan plan = save(fixture, runningPlan());
        Harness h(fixture);
        QTRY_COMPARE(h.parts.viewModel.state(), TodayViewModel::State::Ready);
        QTRY_VERIFY(!h.parts.viewModel.isBusy() && !h.ui.viewModel.isBusy());
        QSignalSpy plansLoaded(&h.ui.viewModel, &PlansViewModel::plansLoaded);
        const int reads = h.parts.viewModel.readsStarted();

        // WHEN a task is marked done here
        h.parts.viewModel.markDone(plan.tasks[1].id);
        // THEN the plan list is read again, and the day once (by Today itself), not twice
        QTRY_VERIFY(fixture.reload(plan.id).tasks[1].status == TaskStatus::Done);
        QTRY_VERIFY(!plansLoaded.isEmpty());
        QTRY_VERIFY(!h.parts.viewModel.isBusy() && !h.ui.viewModel.isBusy());
        QTest::qWait(20); // a refresh asked for would start on the next pass of the event loop
        QCOMPARE(h.parts.viewModel.readsStarted(), reads + 1);
        QVERIFY(!h.model()->indexOfTask(plan.tasks[1].id).isValid());

        // WHEN a task is done behind the window's back and the plan list is read again
        QVERIFY(test::await(fixture.storage().setTaskStatus(plan.tasks[2].id, TaskStatus::Done)));
        QVERIFY(h.model()->indexOfTask(plan.tasks[2].id).isValid());
        h.ui.viewModel.refresh();
        // THEN the day is read again too and shows it
        QTRY_COMPARE(h.parts.viewModel.readsStarted(), reads + 2);
        QTRY_VERIFY(!h.model()->indexOfTask(plan.tasks[2].id).isValid());
    }

    void shouldMarkDoneWithOneClickOnItsBox()
    {
        // GIVEN Today
        test::MemoryFixture fixture;
        const Plan plan = save(fixture, runningPlan());
        Harness h(fixture);
        QTRY_COMPARE(h.parts.viewModel.state(), TodayViewModel::State::Ready);
        QTRY_VERIFY(h.list()->isVisible());
        const QModelIndex stretch = h.model()->indexOfTask(plan.tasks[2].id);
        QStyleOptionViewItem option;
        option.initFrom(h.list());
        option.rect = h.list()->visualRect(stretch);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box = h.list()->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator,
                                                            &option, h.list());

        // WHEN the box of "Stretch" is clicked once
        QTest::mouseClick(h.list()->viewport(), Qt::LeftButton, {}, box.center());

        // THEN it is done and gone, and the task after it is selected
        QTRY_VERIFY(fixture.reload(plan.id).tasks[2].status == TaskStatus::Done);
        QTRY_VERIFY(!h.model()->indexOfTask(plan.tasks[2].id).isValid());
        QTRY_COMPARE(h.selectedTitle(), QStringLiteral("Plan the route"));
    }

    void shouldMoveATaskToTomorrow()
    {
        // GIVEN Today with "Easy 5 km" selected
        test::MemoryFixture fixture;
        const Plan plan = save(fixture, runningPlan());
        Harness h(fixture);
        QTRY_COMPARE(h.parts.viewModel.state(), TodayViewModel::State::Ready);
        h.page()->selectTask(plan.tasks[1].id);
        QVERIFY(h.page()->tomorrowAction()->isEnabled());

        // WHEN it is moved to tomorrow
        h.page()->tomorrowAction()->trigger();

        // THEN it starts tomorrow, is next up, and the status line says so
        QTRY_COMPARE(fixture.reload(plan.id).tasks[1].startDate, today().addDays(1));
        QTRY_COMPARE(h.parts.viewModel.agenda().nextUp.first().task.id, plan.tasks[1].id);
        QTRY_VERIFY(h.ui.window.statusBar()->currentMessage().startsWith(
            QStringLiteral("Moved to tomorrow: Easy 5 km")));
        // AND a task next up cannot be moved again
        h.page()->selectTask(plan.tasks[1].id);
        QVERIFY(!h.page()->tomorrowAction()->isEnabled());
    }

    void shouldOpenATaskInItsPlanWithOverdueMarked()
    {
        // GIVEN Today with the overdue task selected
        test::MemoryFixture fixture;
        const Plan plan = save(fixture, runningPlan());
        Harness h(fixture);
        QTRY_COMPARE(h.parts.viewModel.state(), TodayViewModel::State::Ready);
        h.page()->selectTask(plan.tasks[0].id);

        // WHEN it is opened
        h.page()->openAction()->trigger();

        // THEN the plan is shown with the task selected
        QTRY_VERIFY(!h.ui.window.isShowingToday());
        QTRY_COMPARE(h.ui.window.detailView()->taskBoard()->selectedTaskId(), plan.tasks[0].id);
        QVERIFY(!h.ui.window.todayButton()->isChecked());
        // AND the header counts the overdue task in words
        auto *summary =
            h.ui.window.detailView()->findChild<QLabel *>(QStringLiteral("planSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("1 overdue")),
                 qPrintable(summary->text()));
        // AND the table marks it: a flag, a sentence and an icon, not only colour
        const TaskTableModel *table = h.ui.viewModel.taskTableModel();
        const QModelIndex late = table->index(0, TaskTableModel::DueColumn);
        QVERIFY(late.data(TaskTableModel::OverdueRole).toBool());
        QVERIFY(late.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue")));
        QVERIFY(!late.data(Qt::DecorationRole).isNull());
        QVERIFY(
            !table->index(1, TaskTableModel::DueColumn).data(TaskTableModel::OverdueRole).toBool());
        // AND Ctrl+1 goes back to Today
        h.ui.window.todayAction()->trigger();
        QVERIFY(h.ui.window.isShowingToday());
        QVERIFY(h.ui.window.todayButton()->isChecked());
    }

    // Help → Keyboard shortcuts lists every action of the window that has a shortcut, wherever
    // it hangs (the window, a page, a view, a menu), with its keys: the list is made from the
    // actions themselves, so it cannot drift from them.
    void shouldListEveryShortcutInHelp()
    {
        test::MemoryFixture fixture;
        save(fixture, runningPlan());
        Harness h(fixture);
        QTRY_COMPARE(h.parts.viewModel.state(), TodayViewModel::State::Ready);

        // Every action reachable from the window's widgets and menus, with its keys
        QSet<QAction *> actions;
        QList<QWidget *> widgets = h.ui.window.findChildren<QWidget *>();
        widgets << &h.ui.window;
        for (QWidget *widget : std::as_const(widgets)) {
            const QList<QAction *> own = widget->actions();
            for (QAction *action : own)
                actions.insert(action);
        }
        const QList<QAction *> children = h.ui.window.findChildren<QAction *>();
        for (QAction *action : children)
            actions.insert(action);
        QStringList expected;
        for (QAction *action : std::as_const(actions)) {
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys << key.toString(QKeySequence::NativeText);
            if (!keys.isEmpty())
                expected << keys.join(QStringLiteral(", "));
        }
        QVERIFY(expected.size() >= 15);

        // WHEN Help → Keyboard shortcuts is opened
        h.ui.window.planActions()->shortcutsAction()->trigger();
        QTRY_VERIFY(h.ui.window.findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
        auto *dialog = h.ui.window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QVERIFY(list);
        QStringList rows;
        QStringList listedKeys;
        for (QTreeWidgetItemIterator it(list); *it; ++it) {
            if ((*it)->text(1).isEmpty())
                continue; // a section's heading
            rows << (*it)->text(0) + QLatin1Char('=') + (*it)->text(1) + QLatin1Char('@') +
                        (*it)->text(2);
            listedKeys << (*it)->text(1);
        }
        // THEN every action's keys are there, as often as there are actions with them
        for (const QString &keys : std::as_const(expected))
            QVERIFY2(listedKeys.count(keys) >= expected.count(keys),
                     qPrintable(keys + QStringLiteral(" missing from: ") + rows.join(u' ')));
        // AND the Today page's, the editing and the navigation ones by name, with where they act
        for (const char *row :
             {"Mark done=Space, Ctrl+D@On the Today page",
              "Move to tomorrow=Ctrl+T@On the Today page", "Add task=Ctrl+T@On a plan's page",
              "Edit task=F2@On a plan's page", "Remove task=Del@On a plan's page",
              "Delete plan=Del@In the plan list", "Undo=Ctrl+Z@Anywhere",
              "Next plan=Ctrl+PgDown@Anywhere", "Find tasks=Ctrl+F@Anywhere"})
            QVERIFY2(rows.contains(QString::fromUtf8(row)), qPrintable(rows.join(u' ')));
        // AND the window's come first
        QVERIFY(rows.constFirst().endsWith(QStringLiteral("@Anywhere")));
        QVERIFY(!rows.constLast().endsWith(QStringLiteral("@Anywhere")));
        dialog->reject();
    }
};

HELIOS_TEST_GUI_MAIN(TestTodayPage)
#include "tst_today_page.moc"
