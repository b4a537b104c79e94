// PlanService on the in-memory storage: what it writes, what it refuses before writing, and that
// drafting stays off the calling thread.

#include "core/jobs/plan_service.h"
#include "tests/support/coro_test.h"
#include "tests/support/memory_storage.h"
#include "tests/support/test_main.h"

using namespace helios;

namespace {

const QDate kToday(2026, 11, 27);

} // namespace

class TestPlanService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateAScheduledPlanAndStoreIt()
    {
        // GIVEN an empty storage
        test::MemoryStorage storage;
        PlanService service(storage);

        // WHEN a goal is planned
        const auto plan = test::await(service.createPlan(
            {QStringLiteral("  学习Python编程  "), QDate(2027, 3, 1), 8, kToday}));

        // THEN a dated plan is stored, in the goal's language, inside the deadline or flagged
        QVERIFY(plan);
        QVERIFY2(plan->ok(), qPrintable(plan->ok() ? QString() : plan->error().message));
        const Plan &made = plan->value();
        QVERIFY(made.id > 0);
        QCOMPARE(made.goal, QStringLiteral("学习Python编程"));
        QCOMPARE(made.language, QStringLiteral("zh"));
        QVERIFY(made.tasks.size() >= 8 && made.tasks.size() <= 30);
        for (const Task &t : made.tasks) {
            QVERIFY(t.id > 0);
            QVERIFY(t.startDate >= kToday);
            QVERIFY(t.dueDate >= t.startDate);
            for (int dep : t.dependsOn)
                QVERIFY(made.tasks[dep].dueDate <= t.startDate);
        }
        QVERIFY(made.atRisk || made.finishDate() <= QDate(2027, 3, 1));
        HELIOS_AWAIT(stored, service.plan(made.id));
        QVERIFY(stored.ok());
        QVERIFY(stored->tasks == made.tasks);
        QCOMPARE(storage.calls(QLatin1StringView("save_plan")), 1);
        // AND the calling thread's event loop kept turning meanwhile
        QVERIFY2(plan.keptEventLoopRunning(), qPrintable(QString::number(plan.longestStallMs)));
    }

    void shouldFlagAtRiskInsteadOfCramming()
    {
        test::MemoryStorage storage;
        PlanService service(storage);
        // One hour a week for a thesis due in a week cannot fit.
        HELIOS_AWAIT(plan, service.createPlan({QStringLiteral("Write my master's thesis"),
                                               kToday.addDays(7), 1, kToday}));
        QVERIFY(plan.ok());
        QVERIFY(plan->atRisk);
        QVERIFY(plan->hoursShort > 0);
        QVERIFY(plan->finishDate() > kToday.addDays(7));
    }

    void shouldStartANewGoalFromATemplate()
    {
        // GIVEN a plan with a finished task, offered as a template
        test::MemoryStorage storage;
        PlanService service(storage);
        HELIOS_AWAIT(source, service.createPlan(
                                 {QStringLiteral("Learn Rust"), QDate(), 10, QDate(2026, 1, 5)}));
        QVERIFY(source.ok());
        HELIOS_AWAIT(done, service.setTaskStatus(source->tasks[0].id, TaskStatus::Done));
        QVERIFY(done.ok());
        HELIOS_AWAIT(offered, service.setTemplate(source->id, true));
        QVERIFY(offered.ok());
        HELIOS_AWAIT(templates, service.templates(1, 10));
        QCOMPARE(templates->total, 1);

        // WHEN a new goal starts from it today
        HELIOS_AWAIT(started,
                     service.createFromTemplate(source->id, {QString(), QDate(), 5, kToday}));

        // THEN it is a new plan with the same tasks, all to do, scheduled from today
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        QVERIFY(started->id != source->id);
        QVERIFY(!started->isTemplate);
        QCOMPARE(started->goal, QStringLiteral("Learn Rust"));
        QCOMPARE(started->tasks.size(), source->tasks.size());
        for (int i = 0; i < started->tasks.size(); ++i) {
            QCOMPARE(started->tasks[i].title, source->tasks[i].title);
            QCOMPARE(started->tasks[i].dependsOn, source->tasks[i].dependsOn);
            QVERIFY(started->tasks[i].status == TaskStatus::Todo);
            QVERIFY(started->tasks[i].startDate >= kToday);
            QVERIFY(started->tasks[i].id != source->tasks[i].id);
        }
        // AND the template itself is untouched
        HELIOS_AWAIT(kept, service.plan(source->id));
        QVERIFY(kept->tasks[0].status == TaskStatus::Done);
        // AND a plan that is not a template cannot be started from
        HELIOS_AWAIT(refused,
                     service.createFromTemplate(started->id, {QString(), QDate(), 5, kToday}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
    }

    void shouldWriteNothingForABadGoal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<double>("hours");
        QTest::newRow("empty") << QString() << QDate() << 10.0;
        QTest::newRow("too long") << QString(2001, QLatin1Char('a')) << QDate() << 10.0;
        QTest::newRow("past deadline") << QStringLiteral("Learn Go") << QDate(2026, 1, 1) << 10.0;
        QTest::newRow("no hours") << QStringLiteral("Learn Go") << QDate() << 0.0;
    }

    void shouldWriteNothingForABadGoal()
    {
        QFETCH(QString, text);
        QFETCH(QDate, deadline);
        QFETCH(double, hours);
        test::MemoryStorage storage;
        PlanService service(storage);

        HELIOS_AWAIT(plan, service.createPlan({text, deadline, hours, kToday}));

        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::Usage);
        QCOMPARE(storage.calls(QLatin1StringView("save_plan")), 0);
    }

    void shouldPassAStorageFailureOnAndKeepNothing()
    {
        // GIVEN a storage whose next save fails as a full disk would
        test::MemoryStorage storage;
        PlanService service(storage);
        storage.failNext(QLatin1StringView("save_plan"),
                         Error::storage(QStringLiteral("Saving the plan failed: disk full.")));

        // WHEN a goal is planned THEN the storage's sentence comes back, and nothing is listed
        HELIOS_AWAIT(plan, service.createPlan({QStringLiteral("Learn Go"), QDate(), 5, kToday}));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::Storage);
        QCOMPARE(plan.error().message, QStringLiteral("Saving the plan failed: disk full."));
        HELIOS_AWAIT(plans, service.plans());
        QVERIFY(plans.ok() && plans->isEmpty());
    }

    void shouldChangeTasksAndDeletePlansThroughTheStorage()
    {
        // GIVEN two plans
        test::MemoryStorage storage;
        PlanService service(storage);
        HELIOS_AWAIT(first, service.createPlan({QStringLiteral("Learn Go"), QDate(), 5, kToday}));
        HELIOS_AWAIT(second, service.createPlan({QStringLiteral("Run a 10k"), QDate(), 3, kToday}));
        QVERIFY(first.ok() && second.ok());

        // WHEN a task's status and notes change and the first plan is deleted
        HELIOS_AWAIT(started, service.setTaskStatus(first->tasks[0].id, TaskStatus::InProgress));
        HELIOS_AWAIT(noted, service.setTaskNotes(second->tasks[1].id, QStringLiteral("shoes")));
        HELIOS_AWAIT(deleted, service.deletePlan(first->id));

        // THEN each change is stored, and only the second plan is left
        QVERIFY(started.ok() && started->status == TaskStatus::InProgress);
        QVERIFY(noted.ok());
        QCOMPARE(noted->notes, QStringLiteral("shoes"));
        QVERIFY(deleted.ok());
        HELIOS_AWAIT(plans, service.plans());
        QCOMPARE(plans->size(), 1);
        QCOMPARE(plans->at(0).id, second->id);
        HELIOS_AWAIT(reread, service.plan(second->id));
        QCOMPARE(reread->tasks[1].notes, QStringLiteral("shoes"));
        // AND an unknown plan is NotFound
        HELIOS_AWAIT(again, service.deletePlan(first->id));
        QCOMPARE(again.error().kind, Error::Kind::NotFound);
    }

    void shouldSaveADraftMadeElsewhere()
    {
        // GIVEN a plan a planning team drafted (no ids yet)
        test::MemoryStorage storage;
        PlanService service(storage);
        Plan draft;
        draft.goal = QStringLiteral("Learn Go");
        draft.startDate = kToday;
        Task task;
        task.title = QStringLiteral("Install Go");
        draft.tasks = {task, task};
        draft.tasks[1].dependsOn = {0};

        // WHEN it is saved THEN it has its ids and reads back the same
        HELIOS_AWAIT(saved, service.savePlan(draft));
        QVERIFY(saved.ok());
        QVERIFY(saved->id > 0 && saved->tasks[1].id > 0);
        HELIOS_AWAIT(read, service.plan(saved->id));
        QCOMPARE(read->tasks[1].dependsOn, QList<int>{0});
    }
};

HELIOS_TEST_MAIN(TestPlanService)
#include "tst_plan_service.moc"
