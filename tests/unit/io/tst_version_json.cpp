// The JSON shapes of re-planning that helios-cli prints (docs/CLI.md): diffs, versions, jobs.
#include "core/io/version_json.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace helios;

namespace {

Task makeTask(qint64 id, const QString &title, double hours, QDate start, QDate due)
{
    Task t;
    t.id = id;
    t.title = title;
    t.estimateHours = hours;
    t.startDate = start;
    t.dueDate = due;
    return t;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestVersionJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteEveryPartOfADiff()
    {
        // GIVEN a diff with a task of each kind and a moved deadline and finish
        PlanDiff diff;
        diff.added = {makeTask(0, QStringLiteral("写测试"), 2.5, {}, QDate(2026, 12, 10))};
        diff.removed = {makeTask(11, QStringLiteral("Read chapter 3"), 1, {}, {})};
        TaskChange change;
        change.before = makeTask(12, QStringLiteral("Old title"), 1, {}, {});
        change.after = makeTask(12, QStringLiteral("New title"), 3, {}, {});
        change.fields = TaskField::Title | TaskField::Estimate | TaskField::Dependencies;
        diff.changed = {change};
        DateShift shift;
        shift.after =
            makeTask(13, QStringLiteral("Practise"), 1, QDate(2026, 12, 15), QDate(2026, 12, 17));
        shift.oldStart = QDate(2026, 12, 1);
        shift.oldDue = QDate(2026, 12, 3);
        shift.newStart = QDate(2026, 12, 15);
        shift.newDue = QDate(2026, 12, 17);
        shift.days = 14;
        diff.shifted = {shift};
        diff.deadline = ValueChange<QDate>{QDate(2027, 1, 31), QDate(2027, 2, 28)};
        diff.finish = ValueChange<QDate>{QDate(2027, 1, 20), QDate()};
        // WHEN it becomes JSON THEN every part is there, in the documented shape
        QCOMPARE(compact(planDiffToJson(diff)),
                 QByteArray("{\"added\":[{\"due_date\":\"2026-12-10\",\"estimate_hours\":2.5,"
                            "\"title\":\"写测试\"}],"
                            "\"changed\":[{\"fields\":[\"title\",\"estimate\",\"dependencies\"],"
                            "\"id\":12,\"title\":\"New title\"}],"
                            "\"deadline\":{\"after\":\"2027-02-28\",\"before\":\"2027-01-31\"},"
                            "\"finish\":{\"after\":null,\"before\":\"2027-01-20\"},"
                            "\"removed\":[{\"id\":11,\"title\":\"Read chapter 3\"}],"
                            "\"shifted\":[{\"days\":14,\"id\":13,\"new_due\":\"2026-12-17\","
                            "\"new_start\":\"2026-12-15\",\"old_due\":\"2026-12-03\","
                            "\"old_start\":\"2026-12-01\",\"title\":\"Practise\"}]}"));
    }

    void shouldWriteAnEmptyDiffWithoutDeadlineOrFinish()
    {
        const QJsonObject json = planDiffToJson(PlanDiff{});
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("added"), QStringLiteral("changed"),
                                           QStringLiteral("removed"), QStringLiteral("shifted")}));
        for (const QString &key : json.keys())
            QVERIFY(json.value(key).toArray().isEmpty());
    }

    void shouldWriteAVersionWithoutItsSnapshot()
    {
        const PlanVersion version{
            3, QDateTime(QDate(2026, 12, 5), QTime(9, 30, 15, 250), QTimeZone::utc()),
            QStringLiteral("restore of 1"), QStringLiteral("{\"snapshot\":1}")};
        QCOMPARE(compact(planVersionToJson(version)),
                 QByteArray("{\"created_at\":\"2026-12-05T09:30:15Z\",\"reason\":\"restore of "
                            "1\",\"version\":3}"));
    }

    void shouldWriteAJobWithItsInputAsAnObject()
    {
        // GIVEN a failed job without a plan, made in UTC+8
        Job job;
        job.id = 4;
        job.kind = QStringLiteral("generate_plan");
        job.status = JobStatus::Failed;
        job.stage = QStringLiteral("planning");
        job.error = QStringLiteral("The model's answer was not a plan.");
        job.input = QStringLiteral("{\"goal\":\"学习Python编程\",\"today\":\"2026-11-27\"}");
        job.ownerPid = 1234;
        job.createdAt = QDateTime(QDate(2026, 11, 27), QTime(18, 0), QTimeZone(8 * 3600));
        job.updatedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 1, 2), QTimeZone::utc());
        // WHEN it becomes JSON THEN times are in UTC, the plan is null, the pid stays private
        QCOMPARE(compact(jobToJson(job)),
                 QByteArray("{\"created_at\":\"2026-11-27T10:00:00Z\",\"error\":\"The model's "
                            "answer was not a plan.\",\"id\":4,\"input\":{\"goal\":"
                            "\"学习Python编程\",\"today\":\"2026-11-27\"},\"kind\":"
                            "\"generate_plan\",\"plan_id\":null,\"stage\":\"planning\","
                            "\"status\":\"failed\",\"updated_at\":\"2026-11-27T10:01:02Z\"}"));
        // AND a completed job names its plan
        job.status = JobStatus::Completed;
        job.planId = 9;
        QCOMPARE(jobToJson(job).value(QStringLiteral("plan_id")).toInteger(), 9);
        QCOMPARE(jobToJson(job).value(QStringLiteral("status")).toString(),
                 QStringLiteral("completed"));
    }
};

HELIOS_TEST_MAIN(TestVersionJson)
#include "tst_version_json.moc"
