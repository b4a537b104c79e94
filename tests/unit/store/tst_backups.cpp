#include "core/store/backup.h"
#include "core/store/backup_operations.h"
#include "core/store/migrations.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

using namespace helios;

namespace {

Plan samplePlan(const QString &goal)
{
    Plan plan;
    plan.goal = goal;
    plan.startDate = QDate(2026, 11, 27);
    plan.hoursPerWeek = 8;
    for (int i = 0; i < 12; ++i) {
        Task t;
        t.title = QStringLiteral("%1, step %2").arg(goal).arg(i);
        t.estimateHours = 2;
        t.dueDate = QDate(2026, 11, 28).addDays(i);
        if (i > 0)
            t.dependsOn = {i - 1};
        plan.tasks.append(t);
    }
    return plan;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The goals in a database, read on a private read-only connection (nothing written).
QStringList goalsIn(const QString &path)
{
    QStringList goals;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT goal FROM plans ORDER BY id"));
            while (q.next())
                goals.append(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return goals;
}

bool execOn(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

// Random bytes over everything after the first page: SQLite still opens it, its tables are gone.
bool corruptAfterFirstPage(const QString &path)
{
    QFile file(path);
    if (file.size() <= 4096 || !file.open(QIODevice::ReadWrite))
        return false;
    QRandomGenerator junk(20261127);
    QByteArray bytes(file.size() - 4096, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(junk.bounded(256));
    return file.seek(4096) && file.write(bytes) == bytes.size();
}

// The error sentence of a result, empty when it worked (QVERIFY2 evaluates its message always).
template <typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::LocalTime).toUTC();
}

QStringList goalsOf(Store &store)
{
    QStringList goals;
    Result<QList<PlanSummary>> plans = QCoro::waitFor(store.plans());
    if (plans) {
        for (const PlanSummary &p : std::as_const(*plans))
            goals.prepend(p.goal); // newest first → oldest first
    }
    return goals;
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;

    // A database with one plan, "Learn Python", closed.
    void makeDatabase()
    {
        Store store(m_path);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        QVERIFY(QCoro::waitFor(store.savePlan(samplePlan(QStringLiteral("Learn Python")))).ok());
    }

    void addPlan(const QString &goal)
    {
        Store store(m_path);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        QVERIFY(QCoro::waitFor(store.savePlan(samplePlan(goal))).ok());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QString::number(++m_round));
        QVERIFY(QDir().mkpath(folder));
        m_path = folder + QStringLiteral("/helios.db");
    }

    void shouldRestoreABackupAndKeepTheDatabaseItReplaces()
    {
        // GIVEN a backup taken with one plan, and a second plan saved after it
        makeDatabase();
        Result<QString> backup = backUpDatabase(m_path);
        QVERIFY2(backup.ok(), qPrintable(why(backup)));
        QVERIFY(backup->startsWith(backupFolder(m_path)));
        QVERIFY(backup->contains(QStringLiteral(".manual-")));
        addPlan(QStringLiteral("Run a marathon"));

        // WHEN the backup is restored
        Result<RestoreOutcome> restored = restoreBackup(m_path, *backup);

        // THEN the database holds what the backup held
        QVERIFY2(restored.ok(), qPrintable(why(restored)));
        QCOMPARE(goalsIn(m_path), QStringList{QStringLiteral("Learn Python")});
        QCOMPARE(restored->backupVersion, latestSchemaVersion());
        QCOMPARE(restored->version, latestSchemaVersion());
        // AND the replaced database is kept, whole, as a "replaced" backup; the backup stays
        QVERIFY(QFile::exists(*backup));
        QVERIFY(restored->replacedKeptAt.contains(QStringLiteral(".replaced-")));
        QCOMPARE(goalsIn(restored->replacedKeptAt),
                 (QStringList{QStringLiteral("Learn Python"), QStringLiteral("Run a marathon")}));
        const QList<BackupInfo> all = listAllBackups(m_path);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first().kind, backup_kind::replaced); // newest first
        QCOMPARE(all.last().kind, backup_kind::manual);
        // AND a Store opens it as usual
        Store store(m_path);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        QCOMPARE(goalsOf(store), QStringList{QStringLiteral("Learn Python")});
    }

    void shouldRestoreAReplacedDatabaseWithTheChangesStillInItsWal()
    {
        // GIVEN a "replaced" backup as a restore keeps it: the database moved aside with its
        // -wal, whose last change ("Run a marathon") is still only in that -wal (copied while a
        // store has it open, as a restore under the window or after a crash finds it)
        makeDatabase();
        const QString replaced = backupPath(m_path, backup_kind::replaced, at(20, 9));
        QVERIFY(QDir().mkpath(backupFolder(m_path)));
        {
            Store store(m_path);
            QVERIFY(QCoro::waitFor(store.open()).ok());
            QVERIFY(
                QCoro::waitFor(store.savePlan(samplePlan(QStringLiteral("Run a marathon")))).ok());
            QVERIFY(QFileInfo(m_path + QStringLiteral("-wal")).size() > 0);
            QVERIFY(QFile::copy(m_path, replaced));
            QVERIFY(
                QFile::copy(m_path + QStringLiteral("-wal"), replaced + QStringLiteral("-wal")));
        }
        const QString mainFileOnly = m_dir.filePath(QStringLiteral("main-file-only.db"));
        QFile::remove(mainFileOnly);
        QVERIFY(QFile::copy(replaced, mainFileOnly));
        QCOMPARE(goalsIn(mainFileOnly), QStringList{QStringLiteral("Learn Python")});
        const QByteArray replacedBytes = fileBytes(replaced);
        const QByteArray walBytes = fileBytes(replaced + QStringLiteral("-wal"));

        // WHEN it is checked and restored
        const Result<int> checked = checkBackup(replaced);
        const Result<RestoreOutcome> restored = restoreBackup(m_path, replaced);

        // THEN the database holds both plans, the one from the -wal too
        QVERIFY2(checked.ok(), qPrintable(why(checked)));
        QVERIFY2(restored.ok(), qPrintable(why(restored)));
        QCOMPARE(goalsIn(m_path),
                 (QStringList{QStringLiteral("Learn Python"), QStringLiteral("Run a marathon")}));
        // AND the backup and its -wal were read, never written
        QCOMPARE(fileBytes(replaced), replacedBytes);
        QCOMPARE(fileBytes(replaced + QStringLiteral("-wal")), walBytes);
        // AND nothing of the copy is left beside the database
        QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".restoring")));
        QVERIFY(!QFileInfo::exists(m_path + QStringLiteral(".restoring-wal")));
    }

    void shouldRefuseABadBackupAndLeaveTheDatabaseUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("random bytes in its pages") << "pages"
                                                   << "damaged";
        QTest::newRow("not a database at all") << "junk"
                                               << "not a database";
        QTest::newRow("an empty SQLite file") << "empty"
                                              << "not a Helios database";
        QTest::newRow("from a newer Helios") << "newer"
                                             << "newer Helios";
    }

    void shouldRefuseABadBackupAndLeaveTheDatabaseUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        // GIVEN a database and a bad backup of it
        makeDatabase();
        const QString bad = QFileInfo(m_path).absolutePath() + QStringLiteral("/bad.db");
        QVERIFY(backUpDatabase(m_path, bad).ok());
        if (damage == QLatin1String("pages")) {
            QVERIFY(corruptAfterFirstPage(bad));
        } else if (damage == QLatin1String("junk")) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(20000, 'x'));
        } else if (damage == QLatin1String("empty")) {
            QFile::remove(bad);
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
        } else {
            QVERIFY(execOn(
                bad, QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 1)));
        }
        const QByteArray dbBefore = fileBytes(m_path);
        const QByteArray backupBefore = fileBytes(bad);
        QVERIFY(!dbBefore.isEmpty());

        // WHEN it is checked and restored
        Result<int> checked = checkBackup(bad);
        Result<RestoreOutcome> restored = restoreBackup(m_path, bad);

        // THEN both refuse in one sentence that says why
        QVERIFY(!checked.ok());
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().kind, Error::Kind::Storage);
        QVERIFY2(restored.error().message.contains(expected), qPrintable(why(restored)));
        QVERIFY(restored.error().message.endsWith(QStringLiteral("nothing was changed.")));
        // AND the database, the backup and the folder are byte for byte as they were
        QCOMPARE(fileBytes(m_path), dbBefore);
        QCOMPARE(fileBytes(bad), backupBefore);
        QVERIFY(listAllBackups(m_path).isEmpty());
        const QStringList left = QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files);
        // (helios.db.lock is the store's use lock, made when the database was first opened)
        QCOMPARE(left, (QStringList{QStringLiteral("bad.db"), QStringLiteral("helios.db"),
                                    QStringLiteral("helios.db.lock")}));
    }

    void shouldMigrateAnOlderBackupAfterRestoringIt()
    {
        if (latestSchemaVersion() < 2)
            QSKIP("one schema version only");
        // GIVEN a backup moved down to schema 1
        makeDatabase();
        const QString old = QFileInfo(m_path).absolutePath() + QStringLiteral("/old.db");
        QVERIFY(backUpDatabase(m_path, old).ok());
        QVERIFY(execOn(old, QStringLiteral("SELECT 1"))); // readable
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("down"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QVERIFY(migrateTo(db, 1).ok());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("down"));

        // WHEN it is restored
        Result<RestoreOutcome> restored = restoreBackup(m_path, old);

        // THEN it was version 1, is now the latest, and keeps its plan
        QVERIFY2(restored.ok(), qPrintable(why(restored)));
        QCOMPARE(restored->backupVersion, 1);
        QCOMPARE(restored->version, latestSchemaVersion());
        Store store(m_path);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        QCOMPARE(goalsOf(store), QStringList{QStringLiteral("Learn Python")});
    }

    void shouldWriteOneDailyBackupPerDayAndKeepTheLastSeven()
    {
        makeDatabase();
        // GIVEN the first open on 1 November
        Result<QString> first = writeDailyBackupIfDue(m_path, at(1, 9));
        QVERIFY2(first.ok() && !first->isEmpty(), qPrintable(why(first)));
        // WHEN Helios opens the database again the same day THEN no second backup is made
        Result<QString> again = writeDailyBackupIfDue(m_path, at(1, 21));
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        QCOMPARE(listBackups(m_path, backup_kind::daily).size(), 1);

        // WHEN it is opened on each of the next nine days
        for (int day = 2; day <= 10; ++day) {
            Result<QString> daily = writeDailyBackupIfDue(m_path, at(day, 8));
            QVERIFY(daily.ok() && !daily->isEmpty());
        }
        // THEN the last seven daily backups are kept, the newest first
        const QStringList daily = listBackups(m_path, backup_kind::daily);
        QCOMPARE(daily.size(), kDailyBackupsKept);
        QVERIFY(daily.first().contains(at(10, 8).toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        QVERIFY(daily.last().contains(at(4, 8).toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        // AND other kinds are not pruned with them
        QVERIFY(backUpDatabase(m_path).ok());
        QVERIFY(writeDailyBackupIfDue(m_path, at(11, 8)).ok());
        QCOMPARE(listBackups(m_path, backup_kind::daily).size(), kDailyBackupsKept);
        QCOMPARE(listBackups(m_path, backup_kind::manual).size(), 1);
        // AND every daily backup is a whole database
        QCOMPARE(checkBackup(daily.first()).ok(), true);
    }

    void shouldNeverListHalfWrittenBackupsAndTidyOldOnes()
    {
        // GIVEN half-written backups left by killed processes: one two hours old, one fresh
        makeDatabase();
        const QString folder = backupFolder(m_path);
        QVERIFY(QDir().mkpath(folder));
        const QString old = folder + QStringLiteral("/helios.daily-20261101-080000-000.db.partial");
        const QString fresh =
            folder + QStringLiteral("/helios.daily-20261127-080000-000.db.partial");
        for (const QString &path : {old, fresh}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half");
        }
        {
            QFile f(old);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200),
                                  QFileDevice::FileModificationTime));
        }
        QVERIFY(listAllBackups(m_path).isEmpty());

        // WHEN a backup is written
        QVERIFY(backUpDatabase(m_path).ok());

        // THEN only the whole one is listed; the old leftover is gone, the fresh one (perhaps
        // still being written by another process) stays
        QCOMPARE(listAllBackups(m_path).size(), 1);
        QVERIFY(!QFile::exists(old));
        QVERIFY(QFile::exists(fresh));
    }

    void shouldWriteTheDailyBackupInTheBackgroundWhenAStoreOpens()
    {
        makeDatabase();
        // GIVEN a store with daily backups on and a fixed clock
        {
            StoreOptions options;
            options.dailyBackup = true;
            options.clock = [] { return at(20, 12); };
            Store store(m_path, options);
            QVERIFY(QCoro::waitFor(store.open()).ok());
            // WHEN the person works on
            QVERIFY(QCoro::waitFor(store.savePlan(samplePlan(QStringLiteral("Read more")))).ok());
        } // the store waits for its background work when it closes
        // THEN one daily backup of that day exists, and a second open that day adds none
        QCOMPARE(listBackups(m_path, backup_kind::daily).size(), 1);
        {
            StoreOptions options;
            options.dailyBackup = true;
            options.clock = [] { return at(20, 18); };
            Store store(m_path, options);
            QVERIFY(QCoro::waitFor(store.open()).ok());
        }
        const QList<BackupInfo> all = listAllBackups(m_path);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().createdAt, at(20, 12));
        // AND stores without the option never write one
        QFile::remove(all.first().path);
        {
            Store store(m_path);
            QVERIFY(QCoro::waitFor(store.open()).ok());
        }
        QVERIFY(listAllBackups(m_path).isEmpty());
    }

    void shouldRestoreThroughAnOpenStoreAndReadTheRestoredPlans()
    {
        // GIVEN an open store (two workers, both with a connection) and a backup of one plan
        makeDatabase();
        Result<QString> backup = backUpDatabase(m_path);
        QVERIFY(backup.ok());
        Store store(m_path);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        QVERIFY(QCoro::waitFor(store.savePlan(samplePlan(QStringLiteral("Later plan")))).ok());
        QCOMPARE(goalsOf(store).size(), 2); // and cached

        // WHEN a corrupt file is offered THEN it is refused and the store works as before
        const QString bad = QFileInfo(m_path).absolutePath() + QStringLiteral("/bad.db");
        QVERIFY(QFile::copy(*backup, bad));
        QVERIFY(corruptAfterFirstPage(bad));
        Result<RestoreOutcome> refused = QCoro::waitFor(store.restore(bad));
        QVERIFY(!refused.ok());
        QCOMPARE(goalsOf(store).size(), 2);

        // WHEN the backup is restored through the store
        Result<RestoreOutcome> restored = QCoro::waitFor(store.restore(*backup));

        // THEN the store reads the restored plans at once (no stale cache), and the replaced
        // database, with the plan saved after the backup, is kept
        QVERIFY2(restored.ok(), qPrintable(why(restored)));
        QCOMPARE(goalsOf(store), QStringList{QStringLiteral("Learn Python")});
        QVERIFY(QCoro::waitFor(store.savePlan(samplePlan(QStringLiteral("After restore")))).ok());
        QCOMPARE(goalsOf(store).size(), 2);
        QCOMPARE(goalsIn(restored->replacedKeptAt).size(), 2);
        const QList<BackupInfo> listed = *QCoro::waitFor(store.backups());
        QCOMPARE(listed.size(), 2);
    }

    void shouldOpenACorruptDatabaseAgainOnceABackupIsRestored()
    {
        // GIVEN a backup, then the database damaged
        makeDatabase();
        Result<QString> backup = backUpDatabase(m_path);
        QVERIFY(backup.ok());
        QVERIFY(corruptAfterFirstPage(m_path));
        const QByteArray damaged = fileBytes(m_path);
        Store store(m_path);
        QVERIFY(!QCoro::waitFor(store.open()).ok());

        // WHEN the backup is restored through the store that refused the file
        Result<RestoreOutcome> restored = QCoro::waitFor(store.restore(*backup));

        // THEN the store is open on the backup's plans and the damaged file is kept aside
        QVERIFY2(restored.ok(), qPrintable(why(restored)));
        QCOMPARE(goalsOf(store), QStringList{QStringLiteral("Learn Python")});
        QCOMPARE(fileBytes(restored->replacedKeptAt), damaged);
    }
};

HELIOS_TEST_MAIN(TestBackups)
#include "tst_backups.moc"
