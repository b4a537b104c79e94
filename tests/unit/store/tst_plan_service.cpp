#include "core/jobs/plan_service.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

using namespace helios;

class TestPlanService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateAScheduledPlanAndStoreIt()
    {
        // GIVEN an empty store
        QTemporaryDir dir;
        Store store(dir.filePath(QStringLiteral("helios.db")));
        QVERIFY(QCoro::waitFor(store.open()).ok());
        PlanService service(store);
        const QDate today(2026, 11, 27);

        // WHEN a goal is planned
        Result<Plan> plan = QCoro::waitFor(service.createPlan(
            {QStringLiteral("  学习Python编程  "), QDate(2027, 3, 1), 8, today}));

        // THEN a dated plan is stored, in the goal's language, inside the deadline or flagged
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QVERIFY(plan->id > 0);
        QCOMPARE(plan->goal, QStringLiteral("学习Python编程"));
        QCOMPARE(plan->language, QStringLiteral("zh"));
        QVERIFY(plan->tasks.size() >= 8 && plan->tasks.size() <= 30);
        for (const Task &t : std::as_const(plan->tasks)) {
            QVERIFY(t.id > 0);
            QVERIFY(t.startDate >= today);
            QVERIFY(t.dueDate >= t.startDate);
            for (int dep : t.dependsOn)
                QVERIFY(plan->tasks[dep].dueDate <= t.startDate);
        }
        QVERIFY(plan->atRisk || plan->finishDate() <= QDate(2027, 3, 1));
        Result<Plan> stored = QCoro::waitFor(service.plan(plan->id));
        QVERIFY(stored.ok());
        QVERIFY(stored->tasks == plan->tasks);
    }

    void shouldFlagAtRiskInsteadOfCramming()
    {
        QTemporaryDir dir;
        Store store(dir.filePath(QStringLiteral("helios.db")));
        QVERIFY(QCoro::waitFor(store.open()).ok());
        PlanService service(store);
        const QDate today(2026, 11, 27);
        // One hour a week for a thesis due in a week cannot fit.
        Result<Plan> plan = QCoro::waitFor(service.createPlan(
            {QStringLiteral("Write my master's thesis"), today.addDays(7), 1, today}));
        QVERIFY(plan.ok());
        QVERIFY(plan->atRisk);
        QVERIFY(plan->hoursShort > 0);
        QVERIFY(plan->finishDate() > today.addDays(7));
    }

    void shouldStartANewGoalFromATemplate()
    {
        // GIVEN a finished plan offered as a template
        QTemporaryDir dir;
        Store store(dir.filePath(QStringLiteral("helios.db")));
        QVERIFY(QCoro::waitFor(store.open()).ok());
        PlanService service(store);
        Result<Plan> source = QCoro::waitFor(
            service.createPlan({QStringLiteral("Learn Rust"), QDate(), 10, QDate(2026, 1, 5)}));
        QVERIFY(source.ok());
        QVERIFY(QCoro::waitFor(service.setTaskStatus(source->tasks[0].id, TaskStatus::Done)).ok());
        QVERIFY(QCoro::waitFor(service.setTemplate(source->id, true)).ok());
        QCOMPARE(QCoro::waitFor(service.templates(1, 10))->total, 1);

        // WHEN a new goal starts from it today
        const QDate today(2026, 11, 27);
        Result<Plan> started =
            QCoro::waitFor(service.createFromTemplate(source->id, {QString(), QDate(), 5, today}));

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
            QVERIFY(started->tasks[i].startDate >= today);
            QVERIFY(started->tasks[i].id != source->tasks[i].id);
        }
        // and the template itself is untouched
        QVERIFY(QCoro::waitFor(service.plan(source->id))->tasks[0].status == TaskStatus::Done);
        // a plan that is not a template cannot be started from
        QVERIFY(
            !QCoro::waitFor(service.createFromTemplate(started->id, {QString(), QDate(), 5, today}))
                 .ok());
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
        QTemporaryDir dir;
        Store store(dir.filePath(QStringLiteral("helios.db")));
        QVERIFY(QCoro::waitFor(store.open()).ok());
        PlanService service(store);

        Result<Plan> plan =
            QCoro::waitFor(service.createPlan({text, deadline, hours, QDate(2026, 11, 27)}));

        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::Usage);
        QVERIFY(QCoro::waitFor(service.plans())->isEmpty());
    }
};

HELIOS_TEST_MAIN(TestPlanService)
#include "tst_plan_service.moc"
