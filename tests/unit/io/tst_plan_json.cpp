#include "core/io/plan_json.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace helios;

namespace {

Task makeTask(qint64 id, const QString &title, TaskStatus status, double hours,
              QList<int> dependsOn, const QString &milestone)
{
    Task t;
    t.id = id;
    t.planId = 7;
    t.title = title;
    t.status = status;
    t.estimateHours = hours;
    t.dependsOn = std::move(dependsOn);
    t.milestone = milestone;
    return t;
}

// A stored plan of three tasks whose ids are deliberately unlike their positions.
Plan storedPlan()
{
    Plan plan;
    plan.id = 7;
    plan.goal = QStringLiteral("学习Python编程");
    plan.language = QStringLiteral("zh");
    plan.kind = QStringLiteral("learning");
    plan.subject = QStringLiteral("Python");
    plan.createdAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0, 123), QTimeZone::utc());
    plan.startDate = QDate(2026, 11, 27);
    plan.deadline = QDate(2027, 3, 1);
    plan.hoursPerWeek = 6;
    plan.atRisk = true;
    plan.hoursShort = 0.1 + 0.2;
    Task a = makeTask(101, QStringLiteral("安装Python"), TaskStatus::Done, 1.5, {},
                      QStringLiteral("入门"));
    a.startDate = QDate(2026, 11, 27);
    a.dueDate = QDate(2026, 11, 28);
    Task b = makeTask(205, QStringLiteral("变量与类型"), TaskStatus::InProgress, 2.5, {0},
                      QStringLiteral("入门"));
    b.startDate = QDate(2026, 11, 28);
    b.dueDate = QDate(2026, 12, 1);
    Task c = makeTask(342, QStringLiteral("小项目"), TaskStatus::Todo, 6.0, {0, 1},
                      QStringLiteral("项目"));
    plan.tasks = {a, b, c};
    for (int i = 0; i < plan.tasks.size(); ++i)
        plan.tasks[i].order = i;
    return plan;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestPlanJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteExactlyTheDocumentedPlanFields()
    {
        // GIVEN a stored plan WHEN it is written as JSON
        const QJsonObject json = planToJson(storedPlan());
        // THEN it has the documented fields and no others
        QStringList expected{"id",          "goal",    "created_at",     "deadline", "at_risk",
                             "hours_short", "tasks",   "language",       "kind",     "kind_score",
                             "kind_reason", "subject", "hours_per_week", "progress"};
        expected.sort();
        QCOMPARE(sortedKeys(json), expected);
        QStringList taskFields{"id",         "title",      "status",     "estimate_hours",
                               "start_date", "due_date",   "depends_on", "milestone",
                               "event",      "not_before", "due_by"};
        taskFields.sort();
        for (const QJsonValue &task : json.value(QStringLiteral("tasks")).toArray())
            QCOMPARE(sortedKeys(task.toObject()), taskFields);
    }

    void shouldWritePlanValues()
    {
        // GIVEN a stored plan WHEN it is written as JSON
        const QJsonObject json = planToJson(storedPlan());
        // THEN the values are in their documented formats
        QCOMPARE(json.value(QStringLiteral("id")).toInteger(), 7);
        QCOMPARE(json.value(QStringLiteral("goal")).toString(), QStringLiteral("学习Python编程"));
        QCOMPARE(json.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-11-27T10:00:00Z"));
        QCOMPARE(json.value(QStringLiteral("deadline")).toString(), QStringLiteral("2027-03-01"));
        QCOMPARE(json.value(QStringLiteral("at_risk")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("hours_short")).toDouble(), 0.3);
        QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("zh"));
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("learning"));
        QCOMPARE(json.value(QStringLiteral("subject")).toString(), QStringLiteral("Python"));
        QCOMPARE(json.value(QStringLiteral("hours_per_week")).toDouble(), 6.0);
        QCOMPARE(json.value(QStringLiteral("progress")).toDouble(), 0.15); // 1.5 of 10 hours
    }

    void shouldConvertCreationTimeToUtc()
    {
        // GIVEN a plan created at 11:00 in UTC+01:00
        Plan plan = storedPlan();
        plan.createdAt = QDateTime(QDate(2026, 11, 27), QTime(11, 0), QTimeZone(3600));
        // WHEN it is written THEN created_at is the same instant in UTC
        QCOMPARE(planToJson(plan).value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-11-27T10:00:00Z"));
    }

    void shouldWriteTaskValues_data()
    {
        QTest::addColumn<int>("position");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<QString>("status");
        QTest::addColumn<double>("estimate");
        QTest::addColumn<QVariant>("start");
        QTest::addColumn<QVariant>("due");
        QTest::addColumn<QList<qint64>>("dependsOn");

        QTest::newRow("done, no dependencies")
            << 0 << qint64(101) << "done" << 1.5 << QVariant(QStringLiteral("2026-11-27"))
            << QVariant(QStringLiteral("2026-11-28")) << QList<qint64>{};
        QTest::newRow("in progress, one dependency")
            << 1 << qint64(205) << "in_progress" << 2.5 << QVariant(QStringLiteral("2026-11-28"))
            << QVariant(QStringLiteral("2026-12-01")) << QList<qint64>{101};
        QTest::newRow("unscheduled, two dependencies")
            << 2 << qint64(342) << "todo" << 6.0 << QVariant() << QVariant()
            << QList<qint64>{101, 205};
    }

    void shouldWriteTaskValues()
    {
        QFETCH(int, position);
        QFETCH(qint64, id);
        QFETCH(QString, status);
        QFETCH(double, estimate);
        QFETCH(QVariant, start);
        QFETCH(QVariant, due);
        QFETCH(QList<qint64>, dependsOn);

        // GIVEN a stored plan WHEN it is written as JSON
        const QJsonObject task = planToJson(storedPlan())
                                     .value(QStringLiteral("tasks"))
                                     .toArray()
                                     .at(position)
                                     .toObject();

        // THEN each task has its id, status word, dates (or null) and dependencies as task ids
        QCOMPARE(task.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(task.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(task.value(QStringLiteral("estimate_hours")).toDouble(), estimate);
        const auto checkDate = [](const QJsonValue &value, const QVariant &expected) {
            if (expected.isValid())
                return value.toString() == expected.toString();
            return value.isNull();
        };
        QVERIFY(checkDate(task.value(QStringLiteral("start_date")), start));
        QVERIFY(checkDate(task.value(QStringLiteral("due_date")), due));
        QList<qint64> actual;
        for (const QJsonValue &v : task.value(QStringLiteral("depends_on")).toArray())
            actual.append(v.toInteger());
        QCOMPARE(actual, dependsOn);
    }

    void shouldWriteTaskAloneWithDependencyIds()
    {
        // GIVEN a stored plan WHEN only its last task is written
        const Plan plan = storedPlan();
        const QJsonObject task = taskToJson(plan, plan.tasks.at(2));
        // THEN its dependencies are still task ids
        QCOMPARE(task.value(QStringLiteral("depends_on")).toArray(), (QJsonArray{101, 205}));
        QCOMPARE(task.value(QStringLiteral("milestone")).toString(), QStringLiteral("项目"));
    }

    void shouldIgnoreDependencyPositionsOutsideThePlan()
    {
        // GIVEN a task that refers to a position the plan does not have
        Plan plan = storedPlan();
        plan.tasks[2].dependsOn = {1, 9, -1};
        // WHEN it is written THEN only the real dependency remains
        QCOMPARE(taskToJson(plan, plan.tasks.at(2)).value(QStringLiteral("depends_on")).toArray(),
                 (QJsonArray{205}));
    }

    void shouldWriteNullsForMissingDates()
    {
        // GIVEN a plan without deadline or creation time
        Plan plan = storedPlan();
        plan.deadline = {};
        plan.createdAt = {};
        // WHEN it is written THEN those fields are null, not empty strings
        const QJsonObject json = planToJson(plan);
        QVERIFY(json.value(QStringLiteral("deadline")).isNull());
        QVERIFY(json.value(QStringLiteral("created_at")).isNull());
    }

    void shouldWriteSummary()
    {
        // GIVEN a summary of a stored plan
        PlanSummary summary;
        summary.id = 3;
        summary.goal = QStringLiteral("Run a half marathon");
        summary.createdAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone::utc());
        summary.taskCount = 12;
        summary.doneCount = 3;
        summary.totalHours = 40;
        summary.doneHours = 10;

        // WHEN it is written as JSON
        const QJsonObject json = planSummaryToJson(summary);

        // THEN it has exactly the summary fields, with progress as a share
        QStringList expected{"id",          "goal",        "created_at", "deadline",
                             "at_risk",     "hours_short", "task_count", "done_count",
                             "total_hours", "done_hours",  "progress"};
        expected.sort();
        QCOMPARE(sortedKeys(json), expected);
        QCOMPARE(json.value(QStringLiteral("id")).toInteger(), 3);
        QCOMPARE(json.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-11-27T10:00:00Z"));
        QVERIFY(json.value(QStringLiteral("deadline")).isNull());
        QCOMPARE(json.value(QStringLiteral("at_risk")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("task_count")).toInt(), 12);
        QCOMPARE(json.value(QStringLiteral("done_count")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("total_hours")).toDouble(), 40.0);
        QCOMPARE(json.value(QStringLiteral("done_hours")).toDouble(), 10.0);
        QCOMPARE(json.value(QStringLiteral("progress")).toDouble(), 0.25);
    }

    void shouldKeepUnicodeThroughSerialisation()
    {
        // GIVEN a plan with a Chinese goal and an emoji WHEN it is serialised and parsed back
        Plan plan = storedPlan();
        plan.goal = QStringLiteral("学习Python编程 🚀");
        const QByteArray bytes = QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Compact);
        const QJsonObject back = QJsonDocument::fromJson(bytes).object();
        // THEN the text is unchanged
        QCOMPARE(back.value(QStringLiteral("goal")).toString(), plan.goal);
        QVERIFY(bytes.contains("学习Python编程"));
    }
};

HELIOS_TEST_MAIN(TestPlanJson)
#include "tst_plan_json.moc"
