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
        Result<Plan> plan =
            QCoro::waitFor(service.createPlan({QStringLiteral("  学习Python编程  "), QDate(2027, 3, 1), 8, today}));

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
        Result<Plan> plan = QCoro::waitFor(
            service.createPlan({QStringLiteral("Write my master's thesis"), today.addDays(7), 1, today}));
        QVERIFY(plan.ok());
        QVERIFY(plan->atRisk);
        QVERIFY(plan->hoursShort > 0);
        QVERIFY(plan->finishDate() > today.addDays(7));
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

        Result<Plan> plan = QCoro::waitFor(service.createPlan({text, deadline, hours, QDate(2026, 11, 27)}));

        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::Usage);
        QVERIFY(QCoro::waitFor(service.plans())->isEmpty());
    }
};

HELIOS_TEST_MAIN(TestPlanService)
#include "tst_plan_service.moc"
