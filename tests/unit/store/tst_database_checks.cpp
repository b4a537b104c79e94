#include "core/store/backup_operations.h"
#include "core/store/database_checks.h"
#include "core/store/database_lock.h"
#include "core/store/llm_call_repository.h"
#include "core/store/llm_store.h"
#include "core/store/maintenance.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

using namespace helios;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool execOn(const QString &path, const QStringList &statements)
{
    static int serial = 0;
    const QString name = QStringLiteral("tst_database_checks-%1").arg(++serial);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements)
            ok = ok && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// The number a counting query gives on a read-only connection of its own.
int countIn(const QString &path, const QString &sql)
{
    static int serial = 0;
    const QString name = QStringLiteral("tst_database_checks-count-%1").arg(++serial);
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                count = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

// PRAGMA integrity_check's first line on a connection of its own ("ok" when whole).
QString integrityOf(const QString &path)
{
    static int serial = 0;
    const QString name = QStringLiteral("tst_database_checks-integrity-%1").arg(++serial);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Plan planOf(int tasks)
{
    Plan plan;
    plan.goal = QStringLiteral("Learn Python");
    plan.startDate = QDate(2026, 11, 27);
    plan.hoursPerWeek = 10;
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.title = QStringLiteral("Step %1").arg(i + 1);
        t.estimateHours = 1;
        plan.tasks.append(t);
    }
    return plan;
}

template <typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace

class TestDatabaseChecks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    void makeDatabase()
    {
        Store store(m_path);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        QVERIFY(QCoro::waitFor(store.savePlan(planOf(3))).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("helios.db"));
    }

    void shouldAcceptAHeliosDatabaseAtEverySchemaVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= latestSchemaVersion(); ++v)
            QTest::addRow("schema %d", v) << v;
    }

    void shouldAcceptAHeliosDatabaseAtEverySchemaVersion()
    {
        QFETCH(int, version);
        // GIVEN a database moved to that schema (as `db migrate` leaves it)
        makeDatabase();
        QVERIFY(migrateDatabase(m_path, version).ok());
        // WHEN it is checked THEN its schema is exactly Helios's
        const Result<DatabaseIdentity> checked = checkDatabaseFile(m_path);
        QVERIFY2(checked.ok(), qPrintable(why(checked)));
        QCOMPARE(checked->version, version);
        QVERIFY(checked->kind == DatabaseIdentity::Kind::Helios);
    }

    void shouldFindObjectsHeliosDidNotMake_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trigger") << "CREATE TRIGGER t AFTER UPDATE OF status ON tasks BEGIN "
                                    "DELETE FROM plans; END"
                                 << "trigger “t” (not made by Helios)";
        QTest::newRow("view") << "CREATE VIEW v AS SELECT * FROM plans"
                              << "view “v” (not made by Helios)";
        QTest::newRow("table") << "CREATE TABLE extra (x)"
                               << "table “extra” (not made by Helios)";
        QTest::newRow("index") << "CREATE INDEX by_title ON tasks(title)"
                               << "index “by_title” (not made by Helios)";
        QTest::newRow("dropped index") << "DROP INDEX idx_status_due"
                                       << "index “idx_status_due” (missing)";
        QTest::newRow("added column") << "ALTER TABLE plans ADD COLUMN x TEXT"
                                      << "table “plans” (changed)";
    }

    void shouldFindObjectsHeliosDidNotMake()
    {
        QFETCH(QString, statement);
        QFETCH(QString, expected);
        // GIVEN a Helios database someone changed
        makeDatabase();
        QVERIFY(execOn(m_path, {statement}));
        const QByteArray before = fileBytes(m_path);
        // WHEN it is checked, and a store opens it
        const Result<DatabaseIdentity> checked = checkDatabaseFile(m_path);
        Store store(m_path);
        const Status opened = QCoro::waitFor(store.open());
        // THEN both refuse it, naming what differs, and the file is as it was
        QVERIFY(!checked.ok());
        QVERIFY2(checked.error().message.contains(expected), qPrintable(why(checked)));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Storage);
        QVERIFY(fileBytes(m_path) == before);
    }

    void shouldTellAnotherProgramsFileFromAnEmptyOne()
    {
        // GIVEN an empty SQLite file, one with another program's tables, and a Helios one
        const QString empty = m_dir->filePath(QStringLiteral("empty.db"));
        QVERIFY(execOn(empty, {QStringLiteral("PRAGMA user_version = 0")}));
        const QString other = m_dir->filePath(QStringLiteral("other.db"));
        QVERIFY(execOn(other, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)")}));
        makeDatabase();
        // WHEN each is identified
        // THEN they are what they are, and only the other program's file is refused
        Result<DatabaseIdentity> e = checkDatabaseFile(empty);
        QVERIFY2(e.ok(), qPrintable(why(e)));
        QVERIFY(e->kind == DatabaseIdentity::Kind::Empty);
        Result<DatabaseIdentity> o = checkDatabaseFile(other);
        QVERIFY(!o.ok());
        QVERIFY2(o.error().message.contains(QLatin1String("photos")), qPrintable(why(o)));
        Result<DatabaseIdentity> h = checkDatabaseFile(m_path);
        QVERIFY2(h.ok(), qPrintable(why(h)));
        QCOMPARE(h->applicationId, kHeliosApplicationId);
    }

    void shouldRefuseAnOtherProgramsFileBeforeWritingAByte()
    {
        // GIVEN another program's database
        QVERIFY(execOn(m_path, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY)"),
                                QStringLiteral("INSERT INTO photos VALUES (1)")}));
        const QByteArray before = fileBytes(m_path);
        // WHEN a store opens it
        Store store(m_path);
        const Status opened = QCoro::waitFor(store.open());
        // THEN it is refused and left as it was: no schema added, no WAL, no lock file
        QVERIFY(!opened.ok());
        QVERIFY(fileBytes(m_path) == before);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(DatabaseUse::lockPathFor(m_path)));
    }

    void shouldRefuseABackupBeyondHeliosLimits()
    {
        // GIVEN a backup whose plan has more tasks than Helios takes (made behind its back)
        makeDatabase();
        const Result<QString> backup = backUpDatabase(m_path);
        QVERIFY(backup.ok());
        QVERIFY(execOn(*backup, {QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                                "SELECT i + 1 FROM n WHERE i < 20001) INSERT INTO "
                                                "tasks (plan_id, user_id, title, position) SELECT "
                                                "1, 1, 'more', i + 10 FROM n")}));
        const QByteArray before = fileBytes(m_path);
        // WHEN it is restored THEN it is refused, saying which plan, and nothing changed
        const Result<RestoreOutcome> restored = restoreBackup(m_path, *backup);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().message.contains(QLatin1String("plan 1 has 20004 tasks")),
                 qPrintable(why(restored)));
        QVERIFY(fileBytes(m_path) == before);
    }

    void shouldRefuseAStoreWriteBeyondHeliosLimits()
    {
        // GIVEN an open store
        Store store(m_path);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        // WHEN a plan with one task too many is saved THEN it is refused as bad input
        const Result<Plan> saved = QCoro::waitFor(store.savePlan(planOf(20001)));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Usage);
        QVERIFY2(saved.error().message.contains(QLatin1String("20001 tasks")),
                 qPrintable(why(saved)));
        // AND notes past the limit are refused the same way, shorter ones kept as plain text
        const Result<Plan> plan = QCoro::waitFor(store.savePlan(planOf(1)));
        QVERIFY(plan.ok());
        const qint64 taskId = plan->tasks.first().id;
        QVERIFY(!QCoro::waitFor(store.setTaskNotes(taskId, QString(20001, QLatin1Char('n')))).ok());
        const Result<Task> noted =
            QCoro::waitFor(store.setTaskNotes(taskId, QStringLiteral("ring\x07 the bell")));
        QVERIFY(noted.ok());
        QCOMPARE(noted->notes, QStringLiteral("ring the bell"));
    }

    void shouldLetTheProcessThatHoldsTheDatabaseRestoreIntoIt()
    {
        // GIVEN the window's two stores open on one database (this process holds it), a call
        // recorded, and a backup
        makeDatabase();
        Store store(m_path);
        LlmStore llmStore(m_path);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        QVERIFY(QCoro::waitFor(llmStore.open()).ok());
        LlmCallRecord call;
        call.calledAt = QDateTime::currentDateTimeUtc();
        call.provider = QStringLiteral("openai");
        call.model = QStringLiteral("before");
        call.status = QStringLiteral("ok");
        QVERIFY(QCoro::waitFor(llmStore.appendCall(call)).ok());
        const Result<QString> backup = backUpDatabase(m_path);
        QVERIFY(backup.ok());
        // WHEN it restores through the store
        const Result<RestoreOutcome> restored = QCoro::waitFor(store.restore(*backup));
        // THEN its own use does not stand in the way
        QVERIFY2(restored.ok(), qPrintable(why(restored)));
        // AND the other store's next call lands in the restored file, not the one moved aside
        call.model = QStringLiteral("after");
        QVERIFY(QCoro::waitFor(llmStore.appendCall(call)).ok());
        const QString after =
            QStringLiteral("SELECT count(*) FROM llm_calls WHERE model = 'after'");
        QCOMPARE(countIn(m_path, after), 1);
        QCOMPARE(countIn(restored->replacedKeptAt, after), 0);
    }

    void shouldKeepTheRestoredDatabaseWholeWhenTheReplacedOnesLastConnectionCloses()
    {
        // GIVEN a backup, and the window's two stores open on the database, the LLM store's
        // connection holding a call that is only in the WAL
        makeDatabase();
        const Result<QString> backup = backUpDatabase(m_path);
        QVERIFY(backup.ok());
        const QString wal = m_path + QStringLiteral("-wal");
        const QString before =
            QStringLiteral("SELECT count(*) FROM llm_calls WHERE model = 'before'");
        const QString after =
            QStringLiteral("SELECT count(*) FROM llm_calls WHERE model = 'after'");
        QString replacedKeptAt;
        {
            Store store(m_path);
            LlmStore llmStore(m_path);
            QVERIFY(QCoro::waitFor(store.open()).ok());
            QVERIFY(QCoro::waitFor(llmStore.open()).ok());
            LlmCallRecord call;
            call.calledAt = QDateTime::currentDateTimeUtc();
            call.provider = QStringLiteral("openai");
            call.model = QStringLiteral("before");
            call.status = QStringLiteral("ok");
            QVERIFY(QCoro::waitFor(llmStore.appendCall(call)).ok());
            QVERIFY(QFileInfo(wal).size() > 0);
            // WHEN the store restores the backup and saves a plan, which stays in the restored
            // file's WAL
            const Result<RestoreOutcome> restored = QCoro::waitFor(store.restore(*backup));
            QVERIFY2(restored.ok(), qPrintable(why(restored)));
            replacedKeptAt = restored->replacedKeptAt;
            QVERIFY(QCoro::waitFor(store.savePlan(planOf(2))).ok());
            QVERIFY(QFileInfo(wal).size() > 0);
            // AND the LLM store's next call closes its connection to the replaced file (the last
            // one to it) and records the call in the restored one
            call.model = QStringLiteral("after");
            const Status appended = QCoro::waitFor(llmStore.appendCall(call));
            // THEN the restored file's WAL is still there and both writes read back in this
            // process
            QVERIFY2(appended.ok(),
                     qPrintable(appended.ok() ? QString() : appended.error().message));
            QVERIFY(QFileInfo(wal).size() > 0);
            const Result<QList<PlanSummary>> plans = QCoro::waitFor(store.plans());
            QVERIFY2(plans.ok(), qPrintable(why(plans)));
            QCOMPARE(plans->size(), 2);
        }
        // AND once every connection has closed, the restored file holds both, whole
        QCOMPARE(countIn(m_path, QStringLiteral("SELECT count(*) FROM plans")), 2);
        QCOMPARE(countIn(m_path, after), 1);
        QCOMPARE(integrityOf(m_path), QStringLiteral("ok"));
        // AND the replaced database kept the call it held only in its WAL
        QCOMPARE(countIn(replacedKeptAt, before), 1);
        QCOMPARE(integrityOf(replacedKeptAt), QStringLiteral("ok"));
    }
};

HELIOS_TEST_MAIN(TestDatabaseChecks)
#include "tst_database_checks.moc"
