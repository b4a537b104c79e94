// Plan versions in the Helios JSON format: exported with their plan, imported with it in the
// same transaction, listable and restorable in the database they arrive in.

#include "core/io/json_exporter.h"
#include "core/io/plan_import.h"
#include "core/jobs/plan_transfer.h"
#include "core/jobs/version_service.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"
#include "tests/support/test_paths.h"
#include "tests/unit/io/io_fixture.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <qcoro/qcorotask.h>

using namespace helios;

namespace {

const QDate kToday(2026, 12, 5);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A task of a version as the comparison sees it: "t<k>" when it is the plan's k-th task, else
// "v<j>" after its position in the version.
QJsonArray normalizedTasks(const QJsonArray &tasks, const QHash<qint64, QString> &planLabels,
                           bool isVersion)
{
    QHash<qint64, QString> labels;
    for (int j = 0; j < tasks.size(); ++j) {
        const qint64 id = tasks.at(j).toObject().value(QStringLiteral("id")).toInteger();
        labels.insert(id, isVersion ? planLabels.value(id, QStringLiteral("v%1").arg(j))
                                    : planLabels.value(id));
    }
    QJsonArray out;
    for (const QJsonValue &value : tasks) {
        QJsonObject task = value.toObject();
        task.insert(QStringLiteral("id"),
                    labels.value(task.value(QStringLiteral("id")).toInteger()));
        QJsonArray dependsOn;
        for (const QJsonValue &dependency : task.value(QStringLiteral("depends_on")).toArray())
            dependsOn.append(labels.value(dependency.toInteger(), QStringLiteral("dangling")));
        task.insert(QStringLiteral("depends_on"), dependsOn);
        out.append(task);
    }
    return out;
}

// An export with every database id replaced by what it stands for: the documented difference
// between two databases holding the same plans (docs/FORMATS.md, "versions").
QJsonObject withoutIds(const QByteArray &json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray plans;
    for (const QJsonValue &value : root.value(QStringLiteral("plans")).toArray()) {
        QJsonObject plan = value.toObject();
        plan.remove(QStringLiteral("id"));
        const QJsonArray tasks = plan.value(QStringLiteral("tasks")).toArray();
        QHash<qint64, QString> planLabels;
        for (int k = 0; k < tasks.size(); ++k)
            planLabels.insert(tasks.at(k).toObject().value(QStringLiteral("id")).toInteger(),
                              QStringLiteral("t%1").arg(k));
        plan.insert(QStringLiteral("tasks"), normalizedTasks(tasks, planLabels, false));
        QJsonArray versions;
        for (const QJsonValue &entry : plan.value(QStringLiteral("versions")).toArray()) {
            QJsonObject version = entry.toObject();
            version.insert(QStringLiteral("tasks"),
                           normalizedTasks(version.value(QStringLiteral("tasks")).toArray(),
                                           planLabels, true));
            versions.append(version);
        }
        plan.insert(QStringLiteral("versions"), versions);
        plans.append(plan);
    }
    root.insert(QStringLiteral("plans"), plans);
    return root;
}

QByteArray brokenVersionFile(const QByteArray &versionEntry)
{
    return "{\"format\":\"helios-plan\",\"formatVersion\":1,\"plans\":[{\"goal\":\"G\","
           "\"start_date\":\"2026-11-27\",\"tasks\":[{\"id\":1,\"title\":\"A\"},{\"id\":2,"
           "\"title\":\"B\"}],\"versions\":[" +
           versionEntry + "]}]}";
}

QStringList titles(const Plan &plan)
{
    QStringList list;
    for (const Task &task : plan.tasks)
        list.append(task.title);
    return list;
}

} // namespace

class TestVersionTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static std::unique_ptr<Store> openStore(const QString &file)
    {
        auto store = std::make_unique<Store>(file);
        if (!QCoro::waitFor(store->open()).ok())
            return nullptr;
        return store;
    }

    // The golden plan saved, re-planned from kToday (version 2) and then without its last task
    // (version 3); version 1 is the plan as first saved.
    static qint64 planWithThreeVersions(Store &store)
    {
        Plan plan = test::goldenPlan();
        plan.id = 0;
        for (Task &task : plan.tasks)
            task.id = 0;
        const Result<Plan> saved = QCoro::waitFor(store.savePlan(plan));
        if (!saved)
            return 0;
        VersionService versions(store);
        const Result<ReplanProposal> proposal =
            QCoro::waitFor(versions.proposeReplan(saved->id, kToday));
        if (!proposal || proposal->diff.isEmpty())
            return 0;
        const Result<AppliedVersion> replanned =
            QCoro::waitFor(versions.applyVersion(proposal->proposed, QStringLiteral("replan")));
        if (!replanned)
            return 0;
        Plan revised = replanned->plan;
        revised.tasks.removeLast(); // the skipped task, which nothing depends on
        const Result<AppliedVersion> applied =
            QCoro::waitFor(versions.applyVersion(revised, QStringLiteral("revision")));
        return applied ? applied->plan.id : 0;
    }

    static QByteArray exportJson(Store &store, std::optional<qint64> planId)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PlanTransfer transfer(store);
        const Status exported =
            QCoro::waitFor(transfer.exportToDevice(planId, PlanFormat::Json, buffer));
        return exported ? bytes : "export failed: " + exported.error().message.toUtf8();
    }

    static Result<QList<Plan>> importInto(Store &store, const QString &file)
    {
        PlanTransfer transfer(store);
        ImportOptions options;
        options.today = kToday;
        return QCoro::waitFor(transfer.importFile(file, options));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void shouldMatchTheGoldenFileWithVersions()
    {
        // GIVEN the fixed plan with an earlier version that still had a task the database no
        // longer knows by id (id 0) and that a kept task depended on
        const Plan plan = test::goldenPlan();
        Plan earlier = plan;
        earlier.deadline = QDate(2027, 2, 1);
        earlier.atRisk = false;
        earlier.hoursShort = 0;
        Task lost = plan.tasks.at(0);
        lost.id = 0;
        lost.title = QStringLiteral("A task dropped later");
        lost.status = TaskStatus::Todo;
        earlier.tasks.append(lost);
        earlier.tasks[1].dependsOn = {0, 4};
        const PlanVersion original{
            1, QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0, 500), QTimeZone::utc()),
            QStringLiteral("original"), QString()};
        const PlanVersion replan{2, QDateTime(QDate(2026, 12, 5), QTime(9, 30), QTimeZone::utc()),
                                 QStringLiteral("replan"), QString()};
        // WHEN the JSON exporter writes the plan and its two versions
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        JsonExporter exporter(buffer);
        Plan header = plan;
        header.tasks.clear();
        QVERIFY(exporter.begin());
        QVERIFY(exporter.beginPlan(header));
        for (const Task &task : plan.tasks) {
            QList<qint64> ids;
            for (const int position : task.dependsOn)
                ids.append(plan.tasks.at(position).id);
            Task bare = task;
            bare.dependsOn.clear();
            QVERIFY(exporter.visitTask(bare, ids));
        }
        QVERIFY(exporter.wantsVersions());
        QVERIFY(exporter.writeVersion(original, earlier));
        QVERIFY(exporter.writeVersion(replan, plan));
        QVERIFY(exporter.endPlan(header));
        QVERIFY(exporter.finish());
        // THEN it is the reviewed golden file (HELIOS_UPDATE_GOLDEN=1 rewrites it)
        const QString golden = (helios::test::sourceDir() +
                                QStringLiteral("/tests/fixtures/io/golden/plan-versions.json"));
        if (qEnvironmentVariableIsSet("HELIOS_UPDATE_GOLDEN"))
            writeFile(golden, bytes);
        QCOMPARE(QString::fromUtf8(bytes), QString::fromUtf8(readAll(golden)));
        // AND it reads back with both versions, the lost task known by no plan task
        const Result<QList<ImportedPlan>> back = importPlanFile(bytes, {});
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->size(), 1);
        const QList<ImportedVersion> &versions = back->constFirst().versions;
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).version.version, 1);
        QCOMPARE(versions.at(0).version.createdAt, original.createdAt);
        QCOMPARE(versions.at(0).version.reason, QStringLiteral("original"));
        QCOMPARE(versions.at(0).plan.deadline, earlier.deadline);
        QCOMPARE(titles(versions.at(0).plan), titles(earlier));
        QCOMPARE(versions.at(0).samePositions, (QList<int>{0, 1, 2, 3, -1}));
        QCOMPARE(versions.at(0).plan.tasks.at(1).dependsOn, (QList<int>{0, 4}));
        QCOMPARE(versions.at(1).version.reason, QStringLiteral("replan"));
        QCOMPARE(versions.at(1).samePositions, (QList<int>{0, 1, 2, 3}));
    }

    void shouldRoundTripVersionsIntoAFreshDatabase()
    {
        // GIVEN a plan with three versions in one database, exported as Helios JSON
        std::unique_ptr<Store> first = openStore(path(QStringLiteral("first.db")));
        QVERIFY(first);
        const qint64 planId = planWithThreeVersions(*first);
        QVERIFY(planId > 0);
        const QByteArray exported = exportJson(*first, planId);
        const QString file = path(QStringLiteral("plan.json"));
        writeFile(file, exported);
        QCOMPARE(QJsonDocument::fromJson(exported)
                     .object()
                     .value(QStringLiteral("plans"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("versions"))
                     .toArray()
                     .size(),
                 3);
        // WHEN it is imported into a fresh database and exported from there again
        std::unique_ptr<Store> second = openStore(path(QStringLiteral("second.db")));
        QVERIFY(second);
        Plan other = test::goldenPlan(); // so that the imported rows get other ids
        other.id = 0;
        for (Task &task : other.tasks)
            task.id = 0;
        QVERIFY(QCoro::waitFor(second->savePlan(other)).ok());
        const Result<QList<Plan>> imported = importInto(*second, file);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->size(), 1);
        const qint64 newId = imported->constFirst().id;
        const QByteArray again = exportJson(*second, newId);
        // THEN the two exports are the same but for the database ids (times included)
        QCOMPARE(withoutIds(again), withoutIds(exported));
        QVERIFY(newId != planId);
        // AND the versions are listed with their numbers, reasons and times
        VersionService versions(*second);
        const Result<QList<PlanVersion>> listed = QCoro::waitFor(versions.versions(newId));
        QVERIFY(listed.ok());
        const Result<QList<PlanVersion>> before =
            QCoro::waitFor(VersionService(*first).versions(planId));
        QVERIFY(before.ok());
        QCOMPARE(listed->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(listed->at(i).version, before->at(i).version);
            QCOMPARE(listed->at(i).reason, before->at(i).reason);
            QCOMPARE(listed->at(i).createdAt, before->at(i).createdAt);
        }
        // AND a version's kept tasks carry the new plan's task ids, so diffs match them by id
        const Result<Plan> current = QCoro::waitFor(second->plan(newId));
        const Result<Plan> replanned = QCoro::waitFor(versions.version(newId, 2));
        QVERIFY(current.ok() && replanned.ok());
        QCOMPARE(replanned->id, newId);
        for (int i = 0; i < current->tasks.size(); ++i)
            QCOMPARE(replanned->tasks.at(i).id, current->tasks.at(i).id);
        QCOMPARE(replanned->tasks.constLast().id, qint64(0)); // the task version 3 dropped
        // AND restoring version 1 brings the plan back as it was first saved
        const Result<AppliedVersion> restored = QCoro::waitFor(versions.restore(newId, 1));
        QVERIFY2(restored.ok(), restored.ok() ? "" : qPrintable(restored.error().message));
        const Plan golden = test::goldenPlan();
        QCOMPARE(titles(restored->plan), titles(golden));
        for (int i = 0; i < golden.tasks.size(); ++i) {
            QCOMPARE(restored->plan.tasks.at(i).dueDate, golden.tasks.at(i).dueDate);
            QCOMPARE(restored->plan.tasks.at(i).dependsOn, golden.tasks.at(i).dependsOn);
        }
        QCOMPARE(restored->plan.deadline, golden.deadline);
        const Result<QList<PlanVersion>> after = QCoro::waitFor(versions.versions(newId));
        QVERIFY(after.ok());
        QCOMPARE(after->size(), 4);
        QCOMPARE(after->constLast().reason, QStringLiteral("restore of 1"));
    }

    void shouldExportEachPlansOwnVersionsWithAll()
    {
        // GIVEN two plans, only the first with versions
        std::unique_ptr<Store> store = openStore(path(QStringLiteral("all.db")));
        QVERIFY(store);
        const qint64 withVersions = planWithThreeVersions(*store);
        QVERIFY(withVersions > 0);
        Plan plain = test::goldenPlan();
        plain.id = 0;
        plain.goal = QStringLiteral("Plain");
        for (Task &task : plain.tasks)
            task.id = 0;
        QVERIFY(QCoro::waitFor(store->savePlan(plain)).ok());
        // WHEN all plans are exported, imported elsewhere and exported again
        const QByteArray exported = exportJson(*store, std::nullopt);
        const QJsonArray plans =
            QJsonDocument::fromJson(exported).object().value(QStringLiteral("plans")).toArray();
        // THEN each plan carries its own versions
        QCOMPARE(plans.size(), 2);
        QCOMPARE(plans.at(0).toObject().value(QStringLiteral("versions")).toArray().size(), 3);
        QCOMPARE(plans.at(1).toObject().value(QStringLiteral("versions")).toArray().size(), 0);
        const QString file = path(QStringLiteral("all.json"));
        writeFile(file, exported);
        std::unique_ptr<Store> other = openStore(path(QStringLiteral("other.db")));
        QVERIFY(other);
        const Result<QList<Plan>> imported = importInto(*other, file);
        QVERIFY(imported.ok());
        QCOMPARE(withoutIds(exportJson(*other, std::nullopt)), withoutIds(exported));
    }

    void shouldRefuseToExportADamagedVersionAndLeaveNoFile()
    {
        // GIVEN a plan whose second version's snapshot is damaged in the database
        std::unique_ptr<Store> store = openStore(path(QStringLiteral("damaged.db")));
        QVERIFY(store);
        const qint64 planId = planWithThreeVersions(*store);
        QVERIFY(planId > 0);
        // (with a connection of the test's own: the store has no way to write a damaged version)
        bool damaged = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(store->path());
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "UPDATE plan_versions SET snapshot = '{\"snapshot\": 1' WHERE plan_id = ? "
                    "AND version = 2"));
                q.addBindValue(planId);
                damaged = q.exec() && q.numRowsAffected() == 1;
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        QVERIFY2(damaged, "The test could not damage the version.");
        // WHEN it is exported as Helios JSON
        PlanTransfer transfer(*store);
        const QString file = path(QStringLiteral("damaged.json"));
        const Status exported =
            QCoro::waitFor(transfer.exportToFile(planId, PlanFormat::Json, file));
        // THEN the export fails with one sentence naming the version, and no file is left
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().message,
                 QStringLiteral("Version 2 of plan %1 is damaged, so the plan cannot be exported "
                                "without loss; export it in another format.")
                     .arg(planId));
        QVERIFY(!QFile::exists(file));
        // AND the other formats, which do not read versions, still export it
        QVERIFY(QCoro::waitFor(transfer.exportToFile(planId, PlanFormat::Markdown,
                                                     path(QStringLiteral("plan.md"))))
                    .ok());
    }

    void shouldRefuseAMalformedVersionAndImportNothing_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("versions not a list")
            << QByteArray("{\"format\":\"helios-plan\",\"formatVersion\":1,\"plans\":[{\"goal\":"
                          "\"G\",\"start_date\":\"2026-11-27\",\"tasks\":[{\"title\":\"A\"}],"
                          "\"versions\":{}}]}")
            << "The versions of plan 1 are not a list.";
        QTest::newRow("entry not an object")
            << brokenVersionFile("3") << "The version entry 1 of plan 1 is not an object.";
        QTest::newRow("no number") << brokenVersionFile("{\"tasks\":[]}")
                                   << "The version entry 1 of plan 1 has no version number";
        QTest::newRow("numbers not rising")
            << brokenVersionFile("{\"version\":2,\"tasks\":[]},{\"version\":2,\"tasks\":[]}")
            << "The version entry 2 of plan 1 has no version number above the one before it.";
        QTest::newRow("bad time")
            << brokenVersionFile("{\"version\":1,\"created_at\":\"yesterday\",\"tasks\":[]}")
            << "The created_at of version entry 1 of plan 1 is not an ISO 8601 time.";
        QTest::newRow("no tasks") << brokenVersionFile("{\"version\":1}")
                                  << "The tasks of version entry 1 of plan 1 are not a list.";
        QTest::newRow("task without title")
            << brokenVersionFile("{\"version\":1,\"tasks\":[{\"id\":1}]}")
            << "The title of task 1 of version entry 1 of plan 1 is empty.";
        QTest::newRow("bad status")
            << brokenVersionFile("{\"version\":1,\"tasks\":[{\"title\":\"A\",\"status\":\"x\"}]}")
            << "The status 'x' of task 1 of version entry 1 of plan 1";
        QTest::newRow("dangling dependency")
            << brokenVersionFile(
                   "{\"version\":1,\"tasks\":[{\"id\":1,\"title\":\"A\",\"depends_on\":[2]}]}")
            << "Task 1 of version entry 1 of plan 1 depends on a task id that is not in the "
               "version.";
    }

    void shouldRefuseAMalformedVersionAndImportNothing()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, says);
        // GIVEN a database with one plan and a file whose only fault is in a version entry
        std::unique_ptr<Store> store = openStore(path(QStringLiteral("refuse.db")));
        QVERIFY(store);
        QVERIFY(planWithThreeVersions(*store) > 0);
        const QString name = path(QStringLiteral("broken.json"));
        writeFile(name, file);
        // WHEN it is imported
        const Result<QList<Plan>> imported = importInto(*store, name);
        // THEN it is refused whole with one sentence that says where, and nothing is saved
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(says), qPrintable(imported.error().message));
        QVERIFY(!imported.error().message.contains(QLatin1Char('\n')));
        QVERIFY(imported.error().message.endsWith(QLatin1Char('.')));
        const Result<QList<PlanSummary>> plans = QCoro::waitFor(store->plans());
        QVERIFY(plans.ok());
        QCOMPARE(plans->size(), 1);
    }

    void shouldSaveNoPlanWhenItsVersionsCannotBeSaved()
    {
        // GIVEN a store and plans whose versions fail inside the saving transaction
        std::unique_ptr<Store> store = openStore(path(QStringLiteral("atomic.db")));
        QVERIFY(store);
        Plan plan = test::goldenPlan();
        plan.id = 0;
        for (Task &task : plan.tasks)
            task.id = 0;
        qint64 seenId = 0;
        auto failing = [&seenId](qsizetype, const Plan &saved) -> Result<QList<PlanVersion>> {
            seenId = saved.id;
            return Error::storage(QStringLiteral("Saving a version of the plan failed."));
        };
        // WHEN they are saved
        const Result<QList<Plan>> saved = QCoro::waitFor(store->savePlans({plan, plan}, failing));
        // THEN the hook saw the saved plans, the error comes back and no plan is left behind
        QVERIFY(seenId > 0);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().message, QStringLiteral("Saving a version of the plan failed."));
        const Result<QList<PlanSummary>> plans = QCoro::waitFor(store->plans());
        QVERIFY(plans.ok());
        QCOMPARE(plans->size(), 0);
    }
};

HELIOS_TEST_MAIN(TestVersionTransfer)
#include "tst_version_transfer.moc"
