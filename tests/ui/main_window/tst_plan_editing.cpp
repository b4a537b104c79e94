// Editing a saved plan in the window, on the in-memory storage: quick-add in one line, Edit
// task… (the dialog), Remove task and Rename plan…, each said in the status line and undone
// with the Edit menu's Undo.

#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/charts/plan_charts_view.h"
#include "ui/charts/timeline_view.h"
#include "ui/dialogs/task_edit_dialog.h"
#include "ui/models/display_format.h"
#include "ui/viewmodels/plan_editor.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/plan_detail_view.h"
#include "ui/widgets/plan_edit_actions.h"
#include "ui/widgets/task_board.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace helios;
using namespace helios::test;
using namespace helios::ui;

class TestPlanEditing : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate::currentDate();

    // The window showing `plan`, its edit actions enabled.
    static bool shown(WindowHarness<MemoryFixture> &ui, const Plan &plan)
    {
        return QTest::qWaitFor([&]() {
            return ui.viewModel.currentPlan().id == plan.id && !ui.viewModel.isBusy() &&
                   ui.window.editActions()->addTaskAction()->isEnabled();
        });
    }

    static bool editsDone(WindowHarness<MemoryFixture> &ui)
    {
        return QTest::qWaitFor(
            [&]() { return !ui.edits.planEditor()->isBusy() && !ui.viewModel.isBusy(); });
    }

private Q_SLOTS:
    void shouldQuickAddATaskAndSayWhatMoved()
    {
        // GIVEN the window showing a plan
        MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today, {}, 7.0);
        WindowHarness ui(fixture);
        QVERIFY(shown(ui, plan));
        QLineEdit *quickAdd = ui.window.detailView()->taskBoard()->quickAddEdit();
        QVERIFY(quickAdd->isEnabled());
        const QString milestone = plan.tasks.constFirst().milestone;

        // WHEN a line is typed in the quick-add field and Enter pressed
        quickAdd->setFocus();
        QTest::keyClicks(quickAdd, QStringLiteral("Read chapter 4 2h #") + milestone);
        QTest::keyClick(quickAdd, Qt::Key_Return);

        // THEN the task is saved and selected, the field cleared, and the status line says what
        // moved and when the plan now finishes
        QVERIFY(editsDone(ui));
        QCOMPARE(fixture.reload(plan.id).tasks.size(), plan.tasks.size() + 1);
        QVERIFY(quickAdd->text().isEmpty());
        const qint64 selected = ui.window.detailView()->taskBoard()->selectedTaskId();
        const Plan stored = fixture.reload(plan.id);
        const int position = positionOfTask(stored, selected);
        QVERIFY(position >= 0);
        QCOMPARE(stored.tasks.at(position).title, QStringLiteral("Read chapter 4"));
        QCOMPARE(stored.tasks.at(position).estimateHours, 2.0);
        const QString status = ui.window.statusBar()->currentMessage();
        QVERIFY2(status.startsWith(QStringLiteral("“Read chapter 4” added.")), qPrintable(status));

        // WHEN Edit → Undo is used THEN the task is gone again
        QAction *undo = ui.edits.undoStack()->createUndoAction(this);
        QCOMPARE(undo->text(), QStringLiteral("Undo Add “Read chapter 4”"));
        undo->trigger();
        QVERIFY(QTest::qWaitFor(
            [&]() { return fixture.reload(plan.id).tasks.size() == plan.tasks.size(); }));
        QVERIFY(editsDone(ui));
    }

    void shouldEditATaskInItsDialog()
    {
        // GIVEN the window showing a plan, its second task selected
        MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today, {}, 7.0);
        WindowHarness ui(fixture);
        QVERIFY(shown(ui, plan));
        const Task second = plan.tasks.at(1);
        ui.window.detailView()->taskBoard()->selectTask(second.id);
        QCOMPARE(ui.window.detailView()->taskBoard()->selectedTaskId(), second.id);

        // WHEN Edit task… is opened
        ui.window.editActions()->editTaskAction()->trigger();
        TaskEditDialog *dialog = ui.window.editActions()->taskDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // THEN it shows the task as it is
        QCOMPARE(dialog->titleEdit()->text(), second.title);
        QCOMPARE(dialog->hoursSpin()->value(), second.estimateHours);
        QVERIFY(dialog->changes().isEmpty());

        // WHEN the start day is typed with a two-digit year THEN OK is off and it says why
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(ok);
        dialog->startField()->lineEdit()->selectAll();
        QTest::keyClicks(dialog->startField()->lineEdit(), QStringLiteral("4/15/27"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->problem().isEmpty());
        dialog->startField()->setDate(std::max(second.startDate, m_today));
        QVERIFY(ok->isEnabled());

        // WHEN its title and hours are changed and OK clicked
        dialog->titleEdit()->setText(QStringLiteral("Practise every day"));
        dialog->hoursSpin()->setValue(6.5);
        QTest::mouseClick(ok, Qt::LeftButton);

        // THEN only what changed is saved, and said
        QVERIFY(editsDone(ui));
        QTRY_COMPARE(fixture.reload(plan.id).tasks.at(1).title,
                     QStringLiteral("Practise every day"));
        const Task saved = fixture.reload(plan.id).tasks.at(1);
        QCOMPARE(saved.estimateHours, 6.5);
        QCOMPARE(saved.milestone, second.milestone);
        QVERIFY2(ui.window.statusBar()->currentMessage().contains(
                     QStringLiteral("“Practise every day” changed.")),
                 qPrintable(ui.window.statusBar()->currentMessage()));
    }

    void shouldRemoveATaskAndRenameThePlan()
    {
        // GIVEN the window showing a plan, its first task selected
        MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today, {}, 7.0);
        WindowHarness ui(fixture);
        QVERIFY(shown(ui, plan));
        ui.window.detailView()->taskBoard()->selectTask(plan.tasks.constFirst().id);

        // WHEN Remove task is used
        ui.window.editActions()->removeTaskAction()->trigger();

        // THEN the task is gone from the storage and the table
        QVERIFY(QTest::qWaitFor(
            [&]() { return fixture.reload(plan.id).tasks.size() == plan.tasks.size() - 1; }));
        QVERIFY(editsDone(ui));
        QCOMPARE(positionOfTask(fixture.reload(plan.id), plan.tasks.constFirst().id), -1);

        // WHEN Rename plan… is used and a new goal given
        ui.window.editActions()->renamePlanAction()->trigger();
        auto *rename = ui.window.findChild<QInputDialog *>(QStringLiteral("renamePlanDialog"));
        QVERIFY(rename);
        QTRY_VERIFY(rename->isVisible());
        QCOMPARE(rename->textValue(), plan.goal);
        rename->setTextValue(QStringLiteral("Learn Python properly"));
        rename->accept();

        // THEN the plan has it, in the storage and in the list
        QVERIFY(QTest::qWaitFor([&]() {
            return fixture.reload(plan.id).goal == QStringLiteral("Learn Python properly");
        }));
        QVERIFY(editsDone(ui));
        QCOMPARE(ui.viewModel.currentPlan().goal, QStringLiteral("Learn Python properly"));
        // AND the two edits are two steps to undo
        QCOMPARE(ui.edits.undoStack()->count(), 2);
    }

    void shouldMoveATaskByDraggingItsBarAndUndoIt()
    {
        // GIVEN the window showing a plan's timeline, its last task's bar in view
        MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today, {}, 7.0);
        WindowHarness ui(fixture);
        ui.window.resize(1400, 900);
        QVERIFY(shown(ui, plan));
        PlanChartsView *charts = ui.window.detailView()->chartsView();
        TimelineView *timeline = charts->timelineView();
        charts->setCurrentWidget(timeline->parentWidget());
        QVERIFY(QTest::qWaitFor(
            [&]() { return !timeline->timeline().rows.isEmpty() && !charts->isComputing(); }));
        QVERIFY(timeline->isEditable());
        const int position = static_cast<int>(plan.tasks.size()) - 1;
        const Task last = plan.tasks.at(position);
        QVERIFY(!last.isFinished() && !last.event && last.startDate >= m_today);
        const int row = timeline->timeline().rowOfTask.at(position);
        timeline->verticalScrollBar()->setValue(row * timeline->rowHeight());
        const int startDay = timeline->timeline().rows.at(row).startDay;
        timeline->horizontalScrollBar()->setValue(
            std::max(0, (startDay - 2) * timeline->dayWidth()));
        const QRect bar = timeline->barRect(row);
        QVERIFY(!bar.isEmpty());

        // WHEN its bar is dragged three days to the right and dropped
        QWidget *vp = timeline->viewport();
        const QPoint from = bar.center();
        const QPoint to = from + QPoint(3 * timeline->dayWidth(), 0);
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, to);
        QCOMPARE(timeline->dragDays(), 3);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);

        // THEN the task starts three days later, saved, and the status line says so
        QVERIFY(QTest::qWaitFor([&]() {
            return fixture.reload(plan.id).tasks.at(position).startDate ==
                   last.startDate.addDays(3);
        }));
        QVERIFY(editsDone(ui));
        QVERIFY2(ui.window.statusBar()->currentMessage().contains(last.title),
                 qPrintable(ui.window.statusBar()->currentMessage()));
        QCOMPARE(ui.edits.undoStack()->count(), 1);

        // WHEN Undo is used THEN it is back on its day
        ui.edits.undoStack()->undo();
        QVERIFY(QTest::qWaitFor([&]() {
            return fixture.reload(plan.id).tasks.at(position).startDate == last.startDate;
        }));
        QVERIFY(editsDone(ui));
    }

    void shouldPreviewWhereTheSchedulerPutsADraggedTask()
    {
        // GIVEN the window showing a plan's timeline
        MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today, {}, 7.0);
        WindowHarness ui(fixture);
        ui.window.resize(1400, 900);
        QVERIFY(shown(ui, plan));
        PlanChartsView *charts = ui.window.detailView()->chartsView();
        TimelineView *timeline = charts->timelineView();
        charts->setCurrentWidget(timeline->parentWidget());
        QVERIFY(QTest::qWaitFor(
            [&]() { return !timeline->timeline().rows.isEmpty() && !charts->isComputing(); }));
        QVERIFY(timeline->isEditable());
        // AND a task and a day to drag it to that the scheduler will not use: it starts the task
        // later (the work before it, or what it waits for, still runs that day). Found with the
        // scheduler itself, as the test cannot know the generated plan's dates.
        int position = -1;
        int shift = 0;
        QDate landing;
        for (int p = 0; p < plan.tasks.size() && position < 0; ++p) {
            const Task &t = plan.tasks.at(p);
            if (t.isFinished() || t.event || !t.startDate.isValid())
                continue;
            for (int k = -6; k <= 6 && position < 0; ++k) {
                const QDate day = t.startDate.addDays(k);
                if (k == 0 || day < m_today)
                    continue;
                TaskFieldsEdit fields;
                fields.start = day;
                const Result<EditOutcome> moved =
                    applyEdit(plan, PlanEdit::editTask(t.id, fields), m_today);
                if (!moved)
                    continue;
                const QDate start =
                    moved->plan.tasks.at(positionOfTask(moved->plan, t.id)).startDate;
                if (start != day && start != t.startDate) {
                    position = p;
                    shift = k;
                    landing = start;
                }
            }
        }
        QVERIFY2(position >= 0, "no move in the plan lands on another day than the one asked");
        const Task task = plan.tasks.at(position);
        const QDate asked = task.startDate.addDays(shift);
        const int row = timeline->timeline().rowOfTask.at(position);
        timeline->verticalScrollBar()->setValue(row * timeline->rowHeight());
        const int startDay = timeline->timeline().rows.at(row).startDay;
        timeline->horizontalScrollBar()->setValue(
            std::max(0, (startDay - 8) * timeline->dayWidth()));
        const QRect bar = timeline->barRect(row);
        QVERIFY(!bar.isEmpty());

        // WHEN its bar is dragged onto that day (and a pixel further, the same day)
        QWidget *vp = timeline->viewport();
        const QPoint from = bar.center();
        const QPoint to = from + QPoint(shift * timeline->dayWidth(), 0);
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, to);
        QTest::mouseMove(vp, to + QPoint(1, 0));
        QCOMPARE(timeline->dragDays(), shift);
        QCOMPARE(timeline->dragDay(), asked);
        // (worked out off the GUI thread: the answer comes through the event loop)
        if (timeline->isWorkingOutLanding())
            QCOMPARE(timeline->dragText(), QStringLiteral("Working out where it lands…"));

        // THEN the preview shows the day the scheduler will use, asked for once for that day
        QTRY_VERIFY(!timeline->isWorkingOutLanding());
        QCOMPARE(timeline->dragLanding().start, landing);
        QCOMPARE(timeline->dragLandingQueries(), 1);
        QVERIFY2(timeline->dragText().contains(formatDate(landing)) &&
                     timeline->dragText().contains(formatDate(asked)),
                 qPrintable(timeline->dragText()));
        // AND the bar is drawn there, not on the day under the pointer
        const QRect preview = timeline->barRect(row);
        const int landingX =
            bar.left() + static_cast<int>(task.startDate.daysTo(landing)) * timeline->dayWidth();
        QVERIFY2(
            std::abs(preview.left() - landingX) <= 1,
            qPrintable(
                QStringLiteral("bar at x=%1, landing at x=%2").arg(preview.left()).arg(landingX)));
        const QImage shot = vp->grab().toImage();
        const QColor base = vp->palette().color(QPalette::Base);
        QVERIFY(shot.pixelColor(preview.center()) != base);

        // WHEN it is dragged away and back THEN the day's landing is not worked out again
        QTest::mouseMove(vp, to + QPoint(2 * timeline->dayWidth(), 0));
        QTRY_VERIFY(!timeline->isWorkingOutLanding());
        QTest::mouseMove(vp, to);
        QVERIFY(!timeline->isWorkingOutLanding());
        QCOMPARE(timeline->dragLandingQueries(), 2);
        QCOMPARE(timeline->dragLanding().start, landing);

        // WHEN it is dropped THEN the task is saved where the preview said
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
        QVERIFY(QTest::qWaitFor([&]() {
            return fixture.reload(plan.id)
                       .tasks.at(positionOfTask(fixture.reload(plan.id), task.id))
                       .startDate == landing;
        }));
        QVERIFY(editsDone(ui));
    }
};

HELIOS_TEST_GUI_MAIN(TestPlanEditing)
#include "tst_plan_editing.moc"
