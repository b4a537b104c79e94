#include "tests/integration/cli/cli_process.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using helios::test::CliRun;
using helios::test::fileBytes;

namespace {

const QString kToday = QStringLiteral("2026-11-27");

bool setUserVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("tst_cli_backup-user-version");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() &&
             QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool corruptAfterFirstPage(const QString &path)
{
    QFile file(path);
    if (file.size() <= 4096 || !file.open(QIODevice::ReadWrite))
        return false;
    QRandomGenerator junk(7);
    QByteArray bytes(file.size() - 4096, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(junk.bounded(256));
    return file.seek(4096) && file.write(bytes) == bytes.size();
}

QStringList kindsOf(const QJsonArray &backups)
{
    QStringList kinds;
    for (const QJsonValue &b : backups)
        kinds.append(b.toObject().value(QStringLiteral("kind")).toString());
    return kinds;
}

} // namespace

// `backup`, `backups` and `restore` of the real helios-cli, and the daily backup its store
// commands make, against databases in a temporary folder.
class TestCliBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("data/helios.db")); }

    CliRun cli(const QStringList &arguments) const
    {
        return helios::test::runCli(QStringList{QStringLiteral("--db"), dbPath()} + arguments,
                                    helios::test::cliEnvironment(m_dir->path()));
    }

    bool createPlan(const QString &goal)
    {
        const CliRun r = cli({QStringLiteral("plan"), goal, QStringLiteral("--today"), kToday});
        if (r.exitCode != 0)
            qWarning("creating a plan failed: %s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }

    QStringList goals()
    {
        const CliRun r = cli({QStringLiteral("plans"), QStringLiteral("--json")});
        QStringList out;
        for (const QJsonValue &p : r.json().value(QStringLiteral("plans")).toArray())
            out.prepend(p.toObject().value(QStringLiteral("goal")).toString());
        return out;
    }

    QJsonArray backups()
    {
        const CliRun r = cli({QStringLiteral("backups"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("backups failed: %s", qPrintable(r.describe()));
        return r.json().value(QStringLiteral("backups")).toArray();
    }

    static void verifyOneErrorLine(const CliRun &r)
    {
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().first().startsWith(QStringLiteral("helios-cli: error: ")),
                 qPrintable(r.describe()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldBackUpAndRestoreKeepingTheReplacedDatabase()
    {
        // GIVEN a plan, a manual backup, and a second plan after it
        QVERIFY(createPlan(QStringLiteral("Learn Python")));
        const CliRun backup = cli({QStringLiteral("backup"), QStringLiteral("--json")});
        QCOMPARE(backup.exitCode, 0);
        const QString file = backup.json()
                                 .value(QStringLiteral("backup"))
                                 .toObject()
                                 .value(QStringLiteral("path"))
                                 .toString();
        QVERIFY2(QFileInfo(file).isFile(), qPrintable(backup.describe()));
        QVERIFY(file.contains(QStringLiteral("/backups/helios.manual-")));
        QVERIFY(createPlan(QStringLiteral("Run a marathon")));
        QCOMPARE(goals().size(), 2);

        // WHEN it is restored
        const CliRun restore = cli({QStringLiteral("restore"), file});

        // THEN the plans are those of the backup, and the text says where the old database is
        QCOMPARE(restore.exitCode, 0);
        QVERIFY2(restore.outText().contains(QStringLiteral("The database it replaced is kept at")),
                 qPrintable(restore.describe()));
        QCOMPARE(goals(), QStringList{QStringLiteral("Learn Python")});
        // AND the backups list the manual one, the replaced database and the daily one
        const QJsonArray listed = backups();
        QStringList kinds = kindsOf(listed);
        QCOMPARE(kinds.first(), QStringLiteral("replaced")); // newest first
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("daily"), QStringLiteral("manual"),
                                     QStringLiteral("replaced")}));
        // AND restoring the replaced one brings the second plan back
        QString replaced;
        for (const QJsonValue &b : listed) {
            if (b.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("replaced"))
                replaced = b.toObject().value(QStringLiteral("path")).toString();
        }
        QCOMPARE(cli({QStringLiteral("restore"), replaced}).exitCode, 0);
        QCOMPARE(goals(),
                 (QStringList{QStringLiteral("Learn Python"), QStringLiteral("Run a marathon")}));
    }

    void shouldWriteABackupToTheGivenFile()
    {
        QVERIFY(createPlan(QStringLiteral("Learn Python")));
        const QString out = m_dir->filePath(QStringLiteral("copy.db"));
        const CliRun r = cli({QStringLiteral("backup"), QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo(out).size() > 0);
        // An existing file is never overwritten
        const QByteArray before = fileBytes(out);
        const CliRun again = cli({QStringLiteral("backup"), QStringLiteral("-o"), out});
        QCOMPARE(again.exitCode, 5);
        verifyOneErrorLine(again);
        QCOMPARE(fileBytes(out), before);
    }

    void shouldRefuseABadBackupAndLeaveTheDatabaseByteForByte_data()
    {
        QTest::addColumn<bool>("newer");
        QTest::newRow("damaged") << false;
        QTest::newRow("from a newer Helios") << true;
    }

    void shouldRefuseABadBackupAndLeaveTheDatabaseByteForByte()
    {
        QFETCH(bool, newer);
        // GIVEN a database and a bad backup
        QVERIFY(createPlan(QStringLiteral("Learn Python")));
        const QString bad = m_dir->filePath(QStringLiteral("bad.db"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("-o"), bad}).exitCode, 0);
        QVERIFY(newer ? setUserVersion(bad, 999) : corruptAfterFirstPage(bad));
        const QByteArray before = fileBytes(dbPath());
        const int backupsBefore = int(backups().size());

        // WHEN it is restored
        const CliRun r = cli({QStringLiteral("restore"), bad});

        // THEN exit 5 with one sentence, and nothing changed
        QCOMPARE(r.exitCode, 5);
        verifyOneErrorLine(r);
        QVERIFY2(r.errLines().first().contains(newer ? QStringLiteral("newer Helios")
                                                     : QStringLiteral("damaged")),
                 qPrintable(r.describe()));
        QCOMPARE(fileBytes(dbPath()), before);
        QCOMPARE(int(backups().size()), backupsBefore);
        QCOMPARE(goals(), QStringList{QStringLiteral("Learn Python")});
    }

    void shouldMakeTheDailyBackupOnceADay()
    {
        // GIVEN three commands on the same day
        QVERIFY(createPlan(QStringLiteral("Learn Python")));
        QVERIFY(createPlan(QStringLiteral("Read more")));
        QCOMPARE(goals().size(), 2);
        // THEN one daily backup was made
        QCOMPARE(kindsOf(backups()), QStringList{QStringLiteral("daily")});
    }

    void shouldExplainMissingFilesAndArguments()
    {
        // No database: nothing to back up; no backups yet
        const CliRun backup = cli({QStringLiteral("backup")});
        QCOMPARE(backup.exitCode, 5);
        verifyOneErrorLine(backup);
        QCOMPARE(backups().size(), 0);
        // A backup that is not there
        const CliRun missing =
            cli({QStringLiteral("restore"), m_dir->filePath(QStringLiteral("nope.db"))});
        QCOMPARE(missing.exitCode, 5);
        verifyOneErrorLine(missing);
        QVERIFY(!QFileInfo::exists(dbPath()));
        // Usage errors
        const CliRun noFile = cli({QStringLiteral("restore")});
        QCOMPARE(noFile.exitCode, 2);
        verifyOneErrorLine(noFile);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("extra")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("backups"), QStringLiteral("extra")}).exitCode, 2);
        // And the help names the commands
        const CliRun help = cli({QStringLiteral("--help")});
        QVERIFY(help.outText().contains(QStringLiteral("restore FILE")));
        QVERIFY(help.outText().contains(QStringLiteral("backup [-o FILE]")));
    }
};

HELIOS_TEST_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
