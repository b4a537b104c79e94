// Databases helios-cli should not trust, end to end with the real binary: backups and databases
// that carry SQL Helios did not write (triggers, views), damaged files, other programs' SQLite
// files, and a database in a folder Helios cannot write to.
#include "tests/integration/cli/cli_process.h"
#include "tests/support/test_main.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace {

using helios::test::CliRun;
using helios::test::fileBytes;

const QString kToday = QStringLiteral("2026-11-27");
constexpr qint64 kHeliosApplicationId = 0x486c696f;

// Runs SQL on a file the way another program would (no Helios code involved). The first row's
// first value of the last statement, or an invalid QVariant when a statement failed.
QVariant sql(const QString &path, const QStringList &statements)
{
    static int serial = 0;
    const QString name = QStringLiteral("tst_cli_untrusted-%1").arg(++serial);
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            bool ok = true;
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                ok = ok && q.exec(statement);
                if (ok && q.next())
                    result = q.value(0);
                else if (ok)
                    result = QStringLiteral("done");
            }
            if (!ok)
                result = QVariant();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Overwrites the header of one table's root page with junk: one damaged data page, the rest of
// the file intact (no -wal: the file is checkpointed).
bool damageRootPageOf(const QString &path, const QString &table)
{
    const int page = sql(path, {QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = "
                                               "'%1'")
                                    .arg(table)})
                         .toInt();
    const int pageSize = sql(path, {QStringLiteral("PRAGMA page_size")}).toInt();
    if (page <= 1 || pageSize <= 0 || QFile::exists(path + QStringLiteral("-wal")))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(qint64(page - 1) * pageSize))
        return false;
    return file.write(QByteArray(16, '\xA5')) == 16;
}

QStringList goalsIn(const QString &path)
{
    QStringList goals;
    const QString name = QStringLiteral("tst_cli_untrusted-goals");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
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
    QSqlDatabase::removeDatabase(name);
    return goals;
}

} // namespace

class TestCliUntrustedDb : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString dbPath() const { return m_dir->filePath(QStringLiteral("data/helios.db")); }

    CliRun cli(const QStringList &arguments, const QString &db = {}) const
    {
        return helios::test::runCli(
            QStringList{QStringLiteral("--db"), db.isEmpty() ? dbPath() : db} + arguments,
            helios::test::cliEnvironment(m_dir->path()));
    }

    void createPlan(const QString &goal)
    {
        const CliRun r = cli({QStringLiteral("plan"), goal, QStringLiteral("--today"), kToday});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    static void verifyOneErrorLine(const CliRun &r, const QString &fragment)
    {
        QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
        QVERIFY2(r.errLines().first().startsWith(QStringLiteral("helios-cli: error: ")),
                 qPrintable(r.describe()));
        QVERIFY2(r.errLines().first().contains(fragment, Qt::CaseInsensitive),
                 qPrintable(r.describe()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(dataDir()));
    }

    void cleanup()
    {
        // A test may have made the folder read-only.
        QFile::setPermissions(dataDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void shouldRefuseABackupThatCarriesATrigger()
    {
        // GIVEN a database and a backup of it with a trigger that deletes every plan
        createPlan(QStringLiteral("Learn Python"));
        const QString backup = m_dir->filePath(QStringLiteral("hostile.db"));
        const CliRun backedUp = cli({QStringLiteral("backup"), QStringLiteral("-o"), backup});
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.describe()));
        QVERIFY(sql(backup, {QStringLiteral("CREATE TRIGGER wipe_plans AFTER UPDATE OF status ON "
                                            "tasks BEGIN DELETE FROM plans; END")})
                    .isValid());
        const QByteArray databaseBefore = fileBytes(dbPath());
        const QByteArray backupBefore = fileBytes(backup);

        // WHEN it is restored
        const CliRun restored = cli({QStringLiteral("restore"), backup});

        // THEN it is refused (exit 5) naming the trigger, and neither file changed
        QVERIFY2(restored.exitCode == 5, qPrintable(restored.describe()));
        verifyOneErrorLine(restored, QStringLiteral("wipe_plans"));
        QVERIFY(fileBytes(dbPath()) == databaseBefore);
        QVERIFY(fileBytes(backup) == backupBefore);

        // AND db check reports it
        const CliRun checked =
            cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")}, backup);
        QVERIFY2(checked.exitCode == 5, qPrintable(checked.describe()));
        const QJsonArray problems = checked.json()
                                        .value(QLatin1String("check"))
                                        .toObject()
                                        .value(QLatin1String("schema_problems"))
                                        .toArray();
        QVERIFY2(problems.size() == 1 &&
                     problems.first().toString().contains(QLatin1String("wipe_plans")),
                 qPrintable(checked.describe()));
    }

    void shouldNotUseADatabaseWithForeignTriggersOrViews_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("name");
        QTest::newRow("trigger") << "CREATE TRIGGER wipe_plans AFTER UPDATE OF status ON tasks "
                                    "BEGIN DELETE FROM plans; END"
                                 << "wipe_plans";
        QTest::newRow("view") << "CREATE VIEW spy AS SELECT goal FROM plans"
                              << "spy";
        QTest::newRow("index") << "CREATE INDEX by_title ON tasks(title)"
                               << "by_title";
    }

    void shouldNotUseADatabaseWithForeignTriggersOrViews()
    {
        QFETCH(QString, statement);
        QFETCH(QString, name);
        // GIVEN a database that someone added SQL to
        createPlan(QStringLiteral("Learn Python"));
        QVERIFY(sql(dbPath(), {statement}).isValid());
        const QByteArray before = fileBytes(dbPath());

        // WHEN a task's status changes
        const CliRun changed = cli({QStringLiteral("task"), QStringLiteral("set-status"),
                                    QStringLiteral("1"), QStringLiteral("done")});

        // THEN Helios refuses the database, naming what it did not make, and the plan is there
        QVERIFY2(changed.exitCode == 5, qPrintable(changed.describe()));
        verifyOneErrorLine(changed, name);
        QCOMPARE(goalsIn(dbPath()), QStringList{QStringLiteral("Learn Python")});
        QVERIFY(fileBytes(dbPath()) == before);
    }

    void shouldRefuseEveryWriteToADamagedDatabaseAndSaySo()
    {
        // GIVEN a database with two plans, a backup of today, and one damaged data page
        createPlan(QStringLiteral("Learn Python"));
        createPlan(QStringLiteral("Run a half marathon"));
        const QStringList backupsBefore =
            QDir(dataDir() + QStringLiteral("/backups")).entryList(QDir::Files);
        QVERIFY(damageRootPageOf(dbPath(), QStringLiteral("plans")));
        const QByteArray before = fileBytes(dbPath());

        // WHEN commands read and write it
        const QList<QStringList> commands{
            {QStringLiteral("plans")},
            {QStringLiteral("show"), QStringLiteral("1")},
            {QStringLiteral("task"), QStringLiteral("set-status"), QStringLiteral("1"),
             QStringLiteral("done")},
            {QStringLiteral("plan"), QStringLiteral("Learn Go"), QStringLiteral("--today"), kToday},
            {QStringLiteral("jobs")},
            {QStringLiteral("backup")},
        };
        for (const QStringList &command : commands) {
            const CliRun r = cli(command);
            // THEN each fails as a storage failure that says the database is damaged
            QVERIFY2(r.exitCode == 5,
                     qPrintable(command.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.describe()));
            verifyOneErrorLine(r, QStringLiteral("damaged"));
            QVERIFY2(!r.err.contains("no plan"), qPrintable(r.describe()));
        }
        // AND nothing was written to it (no job, no status), and no damaged backup joined the
        // good ones
        QVERIFY(fileBytes(dbPath()) == before);
        QCOMPARE(QDir(dataDir() + QStringLiteral("/backups")).entryList(QDir::Files),
                 backupsBefore);

        // AND db status shows SQLite's complaint and succeeds, as docs/CLI.md says
        const CliRun status =
            cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        QVERIFY(status.json()
                    .value(QLatin1String("database"))
                    .toObject()
                    .value(QLatin1String("quick_check"))
                    .toString() != QLatin1String("ok"));
    }

    void shouldShowTheStatusOfAFileWhoseHeaderIsDamaged()
    {
        // GIVEN a database whose first bytes are junk
        createPlan(QStringLiteral("Learn Python"));
        {
            QFile file(dbPath());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.write(QByteArray(100, 'x')) == 100);
        }
        // WHEN its status is asked for
        const CliRun status =
            cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        // THEN it succeeds and its quick check says what is wrong
        QVERIFY2(status.exitCode == 0, qPrintable(status.describe()));
        const QString quick = status.json()
                                  .value(QLatin1String("database"))
                                  .toObject()
                                  .value(QLatin1String("quick_check"))
                                  .toString();
        QVERIFY2(quick.contains(QLatin1String("not a database"), Qt::CaseInsensitive),
                 qPrintable(status.describe()));
    }

    void shouldLeaveAnotherProgramsDatabaseUntouched_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("plans") << QStringList{QStringLiteral("plans")};
        QTest::newRow("plan") << QStringList{QStringLiteral("plan"), QStringLiteral("Learn Go"),
                                             QStringLiteral("--today"), kToday};
        QTest::newRow("db migrate") << QStringList{QStringLiteral("db"), QStringLiteral("migrate"),
                                                   QStringLiteral("--to"), QStringLiteral("3")};
    }

    void shouldLeaveAnotherProgramsDatabaseUntouched()
    {
        QFETCH(QStringList, command);
        // GIVEN another program's SQLite file (rollback journal, its own tables)
        const QString other = m_dir->filePath(QStringLiteral("data/notes.db"));
        QVERIFY(sql(other, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body "
                                           "TEXT)"),
                            QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')")})
                    .isValid());
        const QByteArray before = fileBytes(other);

        // WHEN helios-cli is pointed at it
        const CliRun r = cli(command, other);

        // THEN it is refused as not a Helios database, byte for byte as it was, not switched to WAL
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        verifyOneErrorLine(r, QStringLiteral("not a Helios database"));
        QVERIFY(fileBytes(other) == before);
        QVERIFY(!QFile::exists(other + QStringLiteral("-wal")));
        QCOMPARE(sql(other, {QStringLiteral("PRAGMA journal_mode")}).toString(),
                 QStringLiteral("delete"));
    }

    void shouldRefuseAFileWithAnotherProgramsApplicationId()
    {
        // GIVEN a file marked as another program's (a Fossil repository, say), otherwise empty
        const QString other = m_dir->filePath(QStringLiteral("data/repo.fossil"));
        QVERIFY(sql(other, {QStringLiteral("PRAGMA application_id = 252006673"),
                            QStringLiteral("CREATE TABLE blob (rid INTEGER PRIMARY KEY)")})
                    .isValid());
        const QByteArray before = fileBytes(other);
        // WHEN a plan is made in it THEN it is refused, untouched
        const CliRun r = cli(
            {QStringLiteral("plan"), QStringLiteral("Learn Go"), QStringLiteral("--today"), kToday},
            other);
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        verifyOneErrorLine(r, QStringLiteral("another program"));
        QVERIFY(fileBytes(other) == before);
    }

    void shouldMarkHeliosDatabasesWithItsApplicationId()
    {
        // GIVEN a new database, and one made before Helios set its application id
        createPlan(QStringLiteral("Learn Python"));
        QCOMPARE(sql(dbPath(), {QStringLiteral("PRAGMA application_id")}).toLongLong(),
                 kHeliosApplicationId);
        QVERIFY(sql(dbPath(), {QStringLiteral("PRAGMA application_id = 0")}).isValid());
        // WHEN Helios opens the older one
        const CliRun r = cli({QStringLiteral("plans")});
        // THEN it recognises it as its own and marks it
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(sql(dbPath(), {QStringLiteral("PRAGMA application_id")}).toLongLong(),
                 kHeliosApplicationId);
    }

    void shouldNotCallADatabaseInAReadOnlyFolderDamaged()
    {
        // GIVEN a database in a folder that is then made read-only
        createPlan(QStringLiteral("Learn Python"));
        QVERIFY(QFile::setPermissions(dataDir(), QFile::ReadOwner | QFile::ExeOwner));
        // WHEN its plans are listed
        const CliRun r = cli({QStringLiteral("plans")});
        // THEN it fails as a storage failure that says the folder is read-only, not damaged
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        verifyOneErrorLine(r, QStringLiteral("read-only"));
        QVERIFY2(!r.err.contains("damaged"), qPrintable(r.describe()));
    }
};

HELIOS_TEST_MAIN(TestCliUntrustedDb)
#include "tst_cli_untrusted_db.moc"
