#include "core/store/migrations.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

using namespace helios;

namespace {

Plan samplePlan()
{
    Plan plan;
    plan.goal = QStringLiteral("学习Python编程");
    plan.language = QStringLiteral("zh");
    plan.kind = QStringLiteral("learning/programming");
    plan.kindScore = 7;
    plan.kindReason = {QStringLiteral("学习"), QStringLiteral("Python"), QStringLiteral("编程")};
    plan.subject = QStringLiteral("Python");
    plan.startDate = QDate(2026, 11, 27);
    plan.deadline = QDate(2027, 2, 1);
    plan.hoursPerWeek = 6;
    plan.atRisk = true;
    plan.hoursShort = 2.5;
    for (int i = 0; i < 4; ++i) {
        Task t;
        t.title = QStringLiteral("任务 %1 — \"quoted\" 'x'; DROP TABLE tasks;").arg(i);
        t.notes = QStringLiteral("notes %1 🙂").arg(i);
        t.estimateHours = 1.5 + i;
        t.startDate = QDate(2026, 11, 27).addDays(i);
        t.dueDate = QDate(2026, 11, 28).addDays(i);
        t.milestone = i < 2 ? QStringLiteral("基础") : QStringLiteral("项目");
        t.order = i;
        if (i > 0)
            t.dependsOn = {i - 1};
        if (i == 3)
            t.dependsOn = {0, 2};
        if (i == 1) // a dated session with a latest day
            t.notBefore = QDate(2026, 11, 29), t.dueBy = QDate(2026, 12, 5);
        if (i == 3) // the goal's event
            t.event = true;
        plan.tasks.append(t);
    }
    return plan;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Reads one value with a private connection, outside the store.
QVariant scalar(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

} // namespace

class TestPlanStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundTripAPlanWithItsTasks()
    {
        // GIVEN a new database
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/helios.db"));
        Store store(path);
        QVERIFY(QCoro::waitFor(store.open()).ok());

        // WHEN a plan is saved and read back
        Result<Plan> saved = QCoro::waitFor(store.savePlan(samplePlan()));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(saved->id > 0);
        Result<Plan> loaded = QCoro::waitFor(store.plan(saved->id));
        QVERIFY(loaded.ok());

        // THEN every field survives, dependencies included
        const Plan expected = samplePlan();
        QCOMPARE(loaded->goal, expected.goal);
        QCOMPARE(loaded->language, expected.language);
        QCOMPARE(loaded->kind, expected.kind);
        QCOMPARE(loaded->subject, expected.subject);
        QCOMPARE(loaded->kindScore, expected.kindScore);
        QCOMPARE(loaded->kindReason, expected.kindReason);
        QCOMPARE(loaded->startDate, expected.startDate);
        QCOMPARE(loaded->deadline, expected.deadline);
        QCOMPARE(loaded->hoursPerWeek, expected.hoursPerWeek);
        QCOMPARE(loaded->atRisk, true);
        QCOMPARE(loaded->hoursShort, 2.5);
        QVERIFY(loaded->createdAt.isValid());
        QCOMPARE(loaded->tasks.size(), expected.tasks.size());
        for (int i = 0; i < expected.tasks.size(); ++i) {
            const Task &got = loaded->tasks[i];
            const Task &want = expected.tasks[i];
            QCOMPARE(got.title, want.title);
            QCOMPARE(got.notes, want.notes);
            QCOMPARE(got.estimateHours, want.estimateHours);
            QCOMPARE(got.startDate, want.startDate);
            QCOMPARE(got.dueDate, want.dueDate);
            QCOMPARE(got.milestone, want.milestone);
            QCOMPARE(got.dependsOn, want.dependsOn);
            QCOMPARE(got.event, want.event);
            QCOMPARE(got.notBefore, want.notBefore);
            QCOMPARE(got.dueBy, want.dueBy);
            QCOMPARE(got.order, i);
            QCOMPARE(got.planId, saved->id);
            QVERIFY(got.id > 0);
            QVERIFY(got.userId > 0);
        }
        QVERIFY(loaded->tasks == saved->tasks);
    }

    void shouldKeepPlansAcrossRestartsAndListThemNewestFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        qint64 first = 0;
        qint64 second = 0;
        {
            Store store(path);
            QVERIFY(QCoro::waitFor(store.open()).ok());
            first = QCoro::waitFor(store.savePlan(samplePlan()))->id;
            Plan other = samplePlan();
            other.goal = QStringLiteral("Run a half marathon");
            other.createdAt = QDateTime::currentDateTimeUtc().addSecs(60);
            second = QCoro::waitFor(store.savePlan(other))->id;
        }
        // WHEN the store is opened again
        Store reopened(path);
        QVERIFY(QCoro::waitFor(reopened.open()).ok());
        Result<QList<PlanSummary>> plans = QCoro::waitFor(reopened.plans());
        // THEN both plans are there, newest first, with their progress figures
        QVERIFY(plans.ok());
        QCOMPARE(plans->size(), 2);
        QCOMPARE(plans->at(0).id, second);
        QCOMPARE(plans->at(1).id, first);
        QCOMPARE(plans->at(0).taskCount, 4);
        QCOMPARE(plans->at(0).totalHours, 1.5 + 2.5 + 3.5 + 4.5);
        QCOMPARE(plans->at(0).doneCount, 0);
        // and there is exactly one local profile
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM users")).toInt(), 1);
    }

    void shouldUpdateTaskStatusAndProgress()
    {
        QTemporaryDir dir;
        Store store(dir.filePath(QStringLiteral("helios.db")));
        QVERIFY(QCoro::waitFor(store.open()).ok());
        const Plan saved = *QCoro::waitFor(store.savePlan(samplePlan()));

        Result<Task> updated =
            QCoro::waitFor(store.setTaskStatus(saved.tasks[1].id, TaskStatus::Done));
        QVERIFY(updated.ok());
        QCOMPARE(toString(updated->status), QStringLiteral("done"));
        QCOMPARE(updated->id, saved.tasks[1].id);

        const PlanSummary summary = QCoro::waitFor(store.plans())->at(0);
        QCOMPARE(summary.doneCount, 1);
        QCOMPARE(summary.doneHours, 2.5);
        QVERIFY(QCoro::waitFor(store.plan(saved.id))->tasks[1].status == TaskStatus::Done);
    }

    void shouldReportUnknownIdsAsNotFound()
    {
        QTemporaryDir dir;
        Store store(dir.filePath(QStringLiteral("helios.db")));
        QVERIFY(QCoro::waitFor(store.open()).ok());
        Result<Plan> plan = QCoro::waitFor(store.plan(4242));
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::NotFound);
        Result<Task> task = QCoro::waitFor(store.setTaskStatus(4242, TaskStatus::Done));
        QVERIFY(!task.ok());
        QCOMPARE(task.error().kind, Error::Kind::NotFound);
    }

    void shouldSaveNothingWhenAnyTaskFails()
    {
        // GIVEN a plan whose last task cannot be stored (a null title violates NOT NULL)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        Store store(path);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        Plan broken = samplePlan();
        broken.tasks.last().title = QString();
        // WHEN it is saved
        Result<Plan> saved = QCoro::waitFor(store.savePlan(broken));
        // THEN the save fails as a storage error and no part of the plan is left behind
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Storage);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM plans")).toInt(), 0);
        QCOMPARE(scalar(path, QStringLiteral("SELECT COUNT(*) FROM tasks")).toInt(), 0);
        // and the store still works afterwards
        QVERIFY(QCoro::waitFor(store.savePlan(samplePlan())).ok());
    }

    void shouldCreateTheSeedsIndexesAndWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        {
            Store store(path);
            QVERIFY(QCoro::waitFor(store.open()).ok());
        }
        for (const char *index :
             {"idx_user_plan", "idx_status_due", "idx_user_email", "idx_task_user_status"}) {
            const QString sql =
                QStringLiteral(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND name='%1'")
                    .arg(QLatin1String(index));
            QVERIFY2(scalar(path, sql).toInt() == 1, index);
        }
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA user_version")).toInt(),
                 latestSchemaVersion());
        QCOMPARE(scalar(path, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
    }

    void shouldRefuseAFileThatIsNotADatabaseAndLeaveItAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 8192; ++i)
            junk.append(char((i * 7919) % 251));
        f.write(junk);
        f.close();
        const QByteArray before = fileHash(path);

        Store store(path);
        Status opened = QCoro::waitFor(store.open());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Storage);
        QVERIFY2(opened.error().message.contains(QStringLiteral("not a Helios database")),
                 qPrintable(opened.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void shouldReportACorruptDatabaseAndLeaveItAsItWas()
    {
        // GIVEN a database with plans whose pages past the first were overwritten with junk
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        {
            Store store(path);
            QVERIFY(QCoro::waitFor(store.open()).ok());
            for (int i = 0; i < 20; ++i)
                QVERIFY(QCoro::waitFor(store.savePlan(samplePlan())).ok());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 4 * 4096);
        QVERIFY(f.seek(4096));
        QByteArray junk;
        for (int i = 0; i < int(f.size()) - 4096; ++i)
            junk.append(char((i * 7919 + 13) % 256));
        f.write(junk);
        f.close();
        const QByteArray before = fileHash(path);

        // WHEN it is opened and read
        Store store(path);
        Status opened = QCoro::waitFor(store.open());
        QString message;
        if (!opened.ok()) {
            message = opened.error().message;
            QCOMPARE(opened.error().kind, Error::Kind::Storage);
        } else {
            Result<QList<PlanSummary>> plans = QCoro::waitFor(store.plans());
            QVERIFY(!plans.ok());
            QCOMPARE(plans.error().kind, Error::Kind::Storage);
            message = plans.error().message;
        }
        // THEN the error says the database is damaged, and the file is as it was
        QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
        QCOMPARE(fileHash(path), before);
    }

    void shouldRefuseADatabaseFromANewerHeliosAndLeaveItAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE later (x)")));
            // A newer Helios marks its files as Helios's, as this one does.
            QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = 1215064431")));
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 5)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before = fileHash(path);

        Store store(path);
        Status opened = QCoro::waitFor(store.open());
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("newer Helios")),
                 qPrintable(opened.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void shouldMigrateDownAndUpAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mig"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(migrateTo(db, latestSchemaVersion()).ok());
        QCOMPARE(*schemaVersion(db), latestSchemaVersion());
        QVERIFY(migrateTo(db, 0).ok());
        QCOMPARE(*schemaVersion(db), 0);
        {
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type='table'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        QVERIFY(migrateTo(db, latestSchemaVersion()).ok());
        QCOMPARE(*schemaVersion(db), latestSchemaVersion());
        QVERIFY(!migrateTo(db, latestSchemaVersion() + 1).ok());
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("mig"));
    }
};

HELIOS_TEST_MAIN(TestPlanStore)
#include "tst_plan_store.moc"
