#include "core/store/backup.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"
#include "tests/support/test_paths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>
#include <sqlite3.h>

using namespace helios;

namespace {

// Loads an SQL script into a new database file with SQLite itself, outside Helios.
bool loadScript(const QString &sqlPath, const QString &dbPath)
{
    QFile f(sqlPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray script = f.readAll();
    sqlite3 *db = nullptr;
    if (sqlite3_open(dbPath.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    char *error = nullptr;
    const int rc = sqlite3_exec(db, script.constData(), nullptr, nullptr, &error);
    if (error) {
        qWarning("%s", error);
        sqlite3_free(error);
    }
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

QVariant scalar(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QVariant value;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString fixture(int version)
{
    return (helios::test::sourceDir() + QStringLiteral("/tests/fixtures/store/schema-v%1.sql"))
        .arg(version);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldUpgradeEveryEarlierVersionKeepingItsData_data()
    {
        QTest::addColumn<int>("version");
        // One fixture per released schema version below the latest.
        for (int v = 1; v < latestSchemaVersion(); ++v)
            QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
    }

    void shouldUpgradeEveryEarlierVersionKeepingItsData()
    {
        QFETCH(int, version);
        // GIVEN a database written by an earlier Helios
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        QVERIFY(QFile::exists(fixture(version)));
        QVERIFY(loadScript(fixture(version), path));
        QCOMPARE(scalar(path, "PRAGMA user_version").toInt(), version);

        // WHEN this Helios opens it
        Store store(path);
        Status opened = QCoro::waitFor(store.open());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));

        // THEN it is at the latest version with every plan, task, status and dependency intact
        QCOMPARE(scalar(path, "PRAGMA user_version").toInt(), latestSchemaVersion());
        QCOMPARE(scalar(path, "PRAGMA integrity_check").toString(), QStringLiteral("ok"));
        Result<QList<PlanSummary>> plans = QCoro::waitFor(store.plans());
        QVERIFY(plans.ok());
        QCOMPARE(plans->size(), 2);
        Result<Plan> python = QCoro::waitFor(store.plan(1));
        QVERIFY(python.ok());
        QCOMPARE(python->goal, QStringLiteral("学习Python编程"));
        QCOMPARE(python->deadline, QDate(2026, 12, 31));
        QCOMPARE(python->tasks.size(), 3);
        QVERIFY(python->tasks[0].status == TaskStatus::Done);
        QVERIFY(python->tasks[1].status == TaskStatus::InProgress);
        QCOMPARE(python->tasks[2].notes, QStringLiteral("含 \"引号\" 和 emoji 🙂"));
        QCOMPARE(python->tasks[2].dependsOn, (QList<int>{0, 1}));
        // ... and what later versions added reads as "nothing said": no event, no dates of the
        // task's own, no recognised words
        for (const Task &task : std::as_const(python->tasks)) {
            QVERIFY(!task.event);
            QVERIFY(!task.notBefore.isValid());
            QVERIFY(!task.dueBy.isValid());
        }
        QCOMPARE(python->kindScore, 0.0);
        QVERIFY(python->kindReason.isEmpty());
        Result<Plan> run = QCoro::waitFor(store.plan(2));
        QVERIFY(run.ok());
        QVERIFY(run->atRisk);
        QCOMPARE(run->hoursShort, 3.5);
        QVERIFY(!run->deadline.isValid());

        // AND a plan synced before version 7 stays bound to its calendar as its own
        if (version >= 6) {
            Result<QList<SyncBinding>> bindings = QCoro::waitFor(store.bindings());
            QVERIFY(bindings.ok());
            QCOMPARE(bindings->size(), 1);
            QCOMPARE(bindings->at(0).planId, qint64(2));
            QCOMPARE(bindings->at(0).collectionUrl,
                     QStringLiteral("http://127.0.0.1:5232/ada/run/"));
            QVERIFY(!bindings->at(0).shared);
        }

        // AND an item synced before version 8 keeps its resource, with no print yet (the next
        // sync reads the resource and writes one); one synced at version 8 keeps its print
        if (version >= 7) {
            Result<QList<SyncItem>> items = QCoro::waitFor(store.items(1));
            QVERIFY(items.ok());
            QCOMPARE(items->size(), 1);
            QCOMPARE(items->at(0).taskId, qint64(4));
            QVERIFY(items->at(0).resource.contains("SUMMARY:Buy running shoes"));
            // (version 8 wrote a print; 9 adds the check, 0 until the next sync writes it)
            QCOMPARE(items->at(0).fieldsPrint.isEmpty(), version < 8);
            QCOMPARE(items->at(0).fieldsCheck, quint64(0));
            Result<QList<SyncItem>> prints = QCoro::waitFor(store.itemPrints(1));
            QVERIFY(prints.ok());
            QCOMPARE(prints->size(), 1);
            QVERIFY(prints->at(0).resource.isNull());
        }

        // AND a backup of the old file was written first, still at the old version
        const QStringList backups = listBackups(path, QStringLiteral("pre-migration"));
        QCOMPARE(backups.size(), 1);
        QCOMPARE(scalar(backups.first(), "PRAGMA user_version").toInt(), version);
        QCOMPARE(scalar(backups.first(), "SELECT COUNT(*) FROM tasks").toInt(), 5);
    }

    void shouldKeepOnlyTheLastThreePreMigrationBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        QVERIFY(loadScript(fixture(1), path));
        for (int round = 0; round < 5; ++round) {
            {
                Store store(path);
                Status opened = QCoro::waitFor(store.open());
                QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
            }
            // Go back to version 1 (through the down migrations) so that the next open upgrades
            // again.
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("down"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QVERIFY(migrateTo(db, 1).ok());
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("down"));
            QTest::qWait(2); // distinct timestamps in the backup names
        }
        QCOMPARE(listBackups(path, QStringLiteral("pre-migration")).size(), 3);
    }

    void shouldNotBackUpANewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        Store store(path);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        QVERIFY(listBackups(path, QStringLiteral("pre-migration")).isEmpty());
    }

    void shouldRefuseAReadOnlyFileAndLeaveItAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        QVERIFY(loadScript(fixture(1), path));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(path);

        Store store(path);
        Status opened = QCoro::waitFor(store.open());

        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, Error::Kind::Storage);
        QVERIFY2(opened.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(opened.error().message));
        QCOMPARE(fileHash(path), before);
        QVERIFY(listBackups(path, QStringLiteral("pre-migration")).isEmpty());
    }

    void shouldCreateAFreshDatabaseOpenedByTwoStoresAtOnce()
    {
        // GIVEN fresh files, each opened by two stores at the same moment (the GUI opens its
        // Store and its LlmStore together; the CLI may start beside the GUI)
        QTemporaryDir dir;
        for (int i = 0; i < 12; ++i) {
            const QString path = dir.filePath(QStringLiteral("fresh-%1.db").arg(i));
            Store first(path);
            Store second(path);

            // WHEN both open it concurrently
            auto openingFirst = first.open();
            auto openingSecond = second.open();
            const Status a = QCoro::waitFor(openingFirst);
            const Status b = QCoro::waitFor(openingSecond);

            // THEN both succeed and the schema was created once, at the latest version
            QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
            QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
            QCOMPARE(scalar(path, "PRAGMA user_version").toInt(), latestSchemaVersion());
            QCOMPARE(scalar(path, "SELECT COUNT(*) FROM users").toInt(), 1);
        }
    }

    void shouldFailCleanlyWhenTheDiskIsFull()
    {
        // GIVEN a store whose file may not grow beyond a few pages
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        {
            Store store(path);
            QVERIFY(QCoro::waitFor(store.open()).ok());
        }
        const int pages = scalar(path, "PRAGMA page_count").toInt();
        StoreOptions options;
        options.workerThreads = 1;
        options.maxPageCount = pages + 2;
        Store store(path, options);
        QVERIFY(QCoro::waitFor(store.open()).ok());

        // WHEN a plan too big for the space left is saved
        Plan plan;
        plan.goal = QStringLiteral("Big");
        plan.startDate = QDate(2026, 11, 27);
        for (int i = 0; i < 400; ++i) {
            Task t;
            t.title = QString(200, QChar(0x4e00 + i));
            plan.tasks.append(t);
        }
        Result<Plan> saved = QCoro::waitFor(store.savePlan(plan));

        // THEN it fails as a storage error that says the disk is full, and nothing is half-saved
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().kind, Error::Kind::Storage);
        QVERIFY2(saved.error().message.contains(QStringLiteral("the disk is full")) &&
                     saved.error().message.contains(QStringLiteral("free some space")),
                 qPrintable(saved.error().message));
        QCOMPARE(scalar(path, "SELECT COUNT(*) FROM plans").toInt(), 0);
        QCOMPARE(scalar(path, "SELECT COUNT(*) FROM tasks").toInt(), 0);
        QCOMPARE(scalar(path, "PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }
};

HELIOS_TEST_MAIN(TestMigrations)
#include "tst_migrations.moc"
