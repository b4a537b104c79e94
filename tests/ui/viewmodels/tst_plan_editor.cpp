// Editing a saved plan through TaskEditsViewModel's PlanEditor, on the in-memory storage: each
// edit saved through PlanEditService, shown at once, said in the status line and undoable on the
// edits' one undo stack; a refused edit says why and changes nothing.

#include "core/jobs/plan_edit_service.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "ui/models/task_table_model.h"
#include "ui/viewmodels/plan_editor.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QUndoStack>

#include <memory>

using namespace helios;
using namespace helios::ui;

namespace {

bool waitForSignals(QSignalSpy &spy, int count = 1)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.count() < count && timer.elapsed() < test::kAwaitTimeout.count())
        spy.wait(int(test::kAwaitTimeout.count() - timer.elapsed()));
    return spy.count() >= count;
}

// The view-models of a window over one plan, started and showing it.
struct Editing
{
    test::MemoryFixture fixture;
    Plan plan;
    PlanEditService service{fixture.storage()};
    std::unique_ptr<PlansViewModel> plans;
    std::unique_ptr<TaskEditsViewModel> edits;

    explicit Editing(const QDate &today)
    {
        plan = fixture.createPlan(QStringLiteral("Learn Python"), today, {}, 7.0);
        plans = std::make_unique<PlansViewModel>(PlansViewModel::Services{
            .plans = fixture.service(), .openStorage = test::MemoryFixture::opener()});
        edits = std::make_unique<TaskEditsViewModel>(
            TaskEditsViewModel::Services{.plans = fixture.service(), .planEdits = &service},
            *plans);
    }

    PlanEditor &editor() { return *edits->planEditor(); }

    bool start()
    {
        QSignalSpy loaded(plans.get(), &PlansViewModel::plansLoaded);
        plans->start();
        return waitForSignals(loaded) && QTest::qWaitFor([this]() {
                   return !plans->isBusy() && plans->currentPlan().id == plan.id &&
                          edits->planEditor()->canEdit();
               });
    }

    int versions()
    {
        const auto listed = test::await(fixture.storage().versions(plan.id));
        return listed && listed->ok() ? int(listed->value().size()) : -1;
    }
};

QStringList titlesOf(const Plan &plan)
{
    QStringList titles;
    for (const Task &task : plan.tasks)
        titles << task.title;
    return titles;
}

} // namespace

class TestPlanEditor : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate::currentDate();

private Q_SLOTS:
    void shouldHaveNoEditorWithoutAPlanEditService()
    {
        // GIVEN the edits' view-model without a PlanEditService
        test::MemoryFixture fixture;
        PlansViewModel plans({.plans = fixture.service(), .openStorage = fixture.opener()});
        TaskEditsViewModel edits({.plans = fixture.service()}, plans);
        // THEN it has no plan editor (the window's editing stays disabled)
        QVERIFY(edits.planEditor() == nullptr);
    }

    void shouldAddATaskInOneLineSayWhatMovedAndUndoIt()
    {
        // GIVEN a plan shown for editing
        Editing e(m_today);
        QVERIFY(e.start());
        const QString milestone = e.plan.tasks.constFirst().milestone;
        QSignalSpy edited(&e.editor(), &PlanEditor::edited);

        // WHEN a task is added in one line to the first milestone
        e.editor().quickAdd(QStringLiteral("Read chapter 4 3h #") + milestone);

        // THEN it is saved after that milestone's tasks with its hours, and shown
        QVERIFY(waitForSignals(edited));
        const qint64 newId = edited.first().at(0).toLongLong();
        QVERIFY(newId > 0);
        const Plan stored = e.fixture.reload(e.plan.id);
        QCOMPARE(stored.tasks.size(), e.plan.tasks.size() + 1);
        const int position = positionOfTask(stored, newId);
        QVERIFY(position >= 0);
        QCOMPARE(stored.tasks.at(position).title, QStringLiteral("Read chapter 4"));
        QCOMPARE(stored.tasks.at(position).estimateHours, 3.0);
        QCOMPARE(stored.tasks.at(position).milestone, milestone);
        QCOMPARE(e.plans->currentPlan().tasks.size(), stored.tasks.size());
        QCOMPARE(e.plans->taskTableModel()->rowCount(), int(stored.tasks.size()));
        // AND the status line says what was added, what moved and the new finish
        const QString status = e.plans->statusMessage();
        QVERIFY(!e.plans->statusIsError());
        QVERIFY2(status.contains(QStringLiteral("“Read chapter 4” added.")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("moved, the plan now finishes")) ||
                     status.contains(QStringLiteral("No other task moved.")),
                 qPrintable(status));
        QCOMPARE(e.editor().lastSummary(), status);
        // AND it is one step on the edits' undo stack
        QCOMPARE(e.edits->undoStack()->count(), 1);
        QCOMPARE(e.edits->undoStack()->undoText(), QStringLiteral("Add “Read chapter 4”"));

        // WHEN it is undone THEN the storage and the table have the plan as it was
        e.edits->undoStack()->undo();
        QVERIFY(waitForSignals(edited, 2));
        QCOMPARE(titlesOf(e.fixture.reload(e.plan.id)), titlesOf(e.plan));
        QCOMPARE(e.plans->taskTableModel()->rowCount(), int(e.plan.tasks.size()));
        // WHEN it is redone THEN the task is back
        e.edits->undoStack()->redo();
        QVERIFY(waitForSignals(edited, 3));
        QCOMPARE(e.fixture.reload(e.plan.id).tasks.size(), e.plan.tasks.size() + 1);
        QTRY_VERIFY(!e.editor().isBusy());
    }

    void shouldRenameThePlanAndATaskAsOneVersion()
    {
        // GIVEN a plan shown for editing
        Editing e(m_today);
        QVERIFY(e.start());
        QSignalSpy edited(&e.editor(), &PlanEditor::edited);
        const qint64 second = e.plan.tasks.at(1).id;

        // WHEN the plan and then its second task are renamed
        e.editor().renamePlan(QStringLiteral("Learn Python properly"));
        TaskFieldsEdit fields;
        fields.title = QStringLiteral("Practise every day");
        e.editor().editTask(second, fields);

        // THEN both are stored, in the order asked for, and shown
        QVERIFY(waitForSignals(edited, 2));
        const Plan stored = e.fixture.reload(e.plan.id);
        QCOMPARE(stored.goal, QStringLiteral("Learn Python properly"));
        QCOMPARE(stored.tasks.at(1).title, QStringLiteral("Practise every day"));
        QCOMPARE(e.plans->currentPlan().goal, QStringLiteral("Learn Python properly"));
        // AND a rename moves no date
        QCOMPARE(stored.tasks.at(1).startDate, e.plan.tasks.at(1).startDate);
        // AND the editing session is one version after the original; two undo steps
        QCOMPARE(e.versions(), 2);
        QCOMPARE(e.edits->undoStack()->count(), 2);
        // (named by its title as it was, shortened for the menu)
        QVERIFY2(e.edits->undoStack()->undoText().startsWith(QStringLiteral("Rename “") +
                                                             e.plan.tasks.at(1).title.left(30)),
                 qPrintable(e.edits->undoStack()->undoText()));
        QTRY_VERIFY(!e.editor().isBusy());
    }

    // Settings → Sync's "Use this value instead" saves the plan elsewhere and hands the edit to
    // the editor: it is shown and Ctrl+Z (the undo stack) takes it back like the window's edits.
    void shouldRecordAnEditSavedElsewhereAndUndoIt()
    {
        // GIVEN a plan shown for editing, and a status put back elsewhere (PlanEditService::save)
        Editing e(m_today);
        QVERIFY(e.start());
        QSignalSpy edited(&e.editor(), &PlanEditor::edited);
        const Plan before = e.fixture.reload(e.plan.id);
        Plan changed = before;
        changed.tasks[0].status = TaskStatus::Done;
        changed.tasks[0].actualHours = 2.5;
        auto saved = test::await(e.service.save(changed));
        QVERIFY(saved && saved->ok());

        // WHEN the editor records it
        e.editor().recordEdit(before, **saved, QStringLiteral("Put back “Status” of “x”"));

        // THEN it is shown and is one step on the undo stack, under that name
        QTRY_VERIFY(e.plans->currentPlan().tasks.constFirst().status == TaskStatus::Done);
        QCOMPARE(e.edits->undoStack()->count(), 1);
        QCOMPARE(e.edits->undoStack()->undoText(), QStringLiteral("Put back “Status” of “x”"));

        // WHEN it is undone THEN the storage and the window have the task as it was
        e.edits->undoStack()->undo();
        QVERIFY(waitForSignals(edited));
        const Plan undone = e.fixture.reload(e.plan.id);
        QVERIFY(undone.tasks.constFirst().status == before.tasks.constFirst().status);
        QCOMPARE(undone.tasks.constFirst().actualHours, before.tasks.constFirst().actualHours);
        QVERIFY(e.plans->currentPlan().tasks.constFirst().status ==
                before.tasks.constFirst().status);

        // AND an edit of another plan (or none) is not recorded
        Plan other = before;
        other.id = before.id + 1000;
        e.editor().recordEdit(before, other, QStringLiteral("nothing"));
        QCOMPARE(e.edits->undoStack()->count(), 1);
        QTRY_VERIFY(!e.editor().isBusy());
    }

    void shouldRefuseABadEditWithASentenceAndKeepThePlan()
    {
        // GIVEN a plan shown for editing
        Editing e(m_today);
        QVERIFY(e.start());
        QSignalSpy failed(&e.editor(), &PlanEditor::failed);
        const Task first = e.plan.tasks.constFirst();

        // WHEN a task is given no hours
        TaskFieldsEdit fields;
        fields.estimateHours = 0.0;
        e.editor().editTask(first.id, fields);

        // THEN the edit is refused with one sentence, as an error in the status line
        QVERIFY(waitForSignals(failed));
        const QString message = failed.first().at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("above 0")), qPrintable(message));
        QCOMPARE(e.plans->statusMessage(), message);
        QVERIFY(e.plans->statusIsError());
        // AND nothing changed: the plan stored and shown, no version, nothing to undo
        QCOMPARE(e.fixture.reload(e.plan.id).tasks.constFirst().estimateHours, first.estimateHours);
        QCOMPARE(e.plans->currentPlan().tasks.constFirst().estimateHours, first.estimateHours);
        QCOMPARE(e.versions(), 0);
        QCOMPARE(e.edits->undoStack()->count(), 0);
        QTRY_VERIFY(!e.editor().isBusy());
    }

    void shouldMoveATaskToALaterDay()
    {
        // GIVEN a plan shown for editing
        Editing e(m_today);
        QVERIFY(e.start());
        QSignalSpy edited(&e.editor(), &PlanEditor::edited);
        const Task first = e.plan.tasks.constFirst();
        const QDate later = m_today.addDays(30);

        // WHEN its first task is moved a month on
        e.editor().moveTask(first.id, later);

        // THEN it starts then or after, and the status line says when
        QVERIFY(waitForSignals(edited));
        const Plan stored = e.fixture.reload(e.plan.id);
        const int position = positionOfTask(stored, first.id);
        QVERIFY(position >= 0);
        QVERIFY(stored.tasks.at(position).startDate >= later);
        QVERIFY2(e.plans->statusMessage().contains(QStringLiteral("now starts")),
                 qPrintable(e.plans->statusMessage()));
        QVERIFY2(e.edits->undoStack()->undoText().startsWith(QStringLiteral("Move “") +
                                                             first.title.left(30)),
                 qPrintable(e.edits->undoStack()->undoText()));
        QTRY_VERIFY(!e.editor().isBusy());
    }
};

HELIOS_TEST_GUI_MAIN(TestPlanEditor)
#include "tst_plan_editor.moc"
