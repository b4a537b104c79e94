// Files helios-cli writes onto what is not a plain new file, end to end with the real binary:
// character devices, named pipes, /dev/stdout, folders, symbolic links (to regular files, in
// place of the backups folder and the log, and as --db).
#include "tests/integration/cli/cli_process.h"
#include "tests/support/test_main.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSemaphore>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <memory>
#include <thread>

namespace {

using helios::test::CliRun;
using helios::test::fileBytes;

const QString kToday = QStringLiteral("2026-11-27");

mode_t typeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & S_IFMT;
}

// Reads a named pipe on a thread of its own until every writer has closed it. It holds a writing
// end itself until finish(), so that the reader never waits for a writer that never comes (a
// Helios that replaced the pipe instead of writing to it).
class PipeReader
{
public:
    explicit PipeReader(QString path) : m_path(std::move(path))
    {
        m_keeper = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_NONBLOCK);
        m_thread = std::thread([this] {
            QFile pipe(m_path);
            const bool opened = m_keeper >= 0 && pipe.open(QIODevice::ReadOnly);
            m_opened.release();
            if (opened)
                m_bytes = pipe.readAll();
        });
        m_opened.acquire(); // reading before anyone writes
    }
    QByteArray finish()
    {
        if (m_keeper >= 0)
            ::close(m_keeper);
        m_thread.join();
        return m_bytes;
    }

private:
    QString m_path;
    int m_keeper = -1;
    QSemaphore m_opened;
    QByteArray m_bytes;
    std::thread m_thread;
};

} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString dbPath() const { return m_dir->filePath(QStringLiteral("data/helios.db")); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    CliRun cli(const QStringList &arguments, const QString &db = {}) const
    {
        return helios::test::runCli(
            QStringList{QStringLiteral("--db"), db.isEmpty() ? dbPath() : db} + arguments,
            helios::test::cliEnvironment(m_dir->path()));
    }

    void createPlan(const QString &goal, const QString &db = {})
    {
        const CliRun r = cli({QStringLiteral("plan"), goal, QStringLiteral("--today"), kToday}, db);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }

    QStringList exportTo(const QString &target) const
    {
        return {QStringLiteral("export"), QStringLiteral("1"),  QStringLiteral("--format"),
                QStringLiteral("md"),     QStringLiteral("-o"), target};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(dataDir()));
    }

    void shouldWriteThroughACharacterDeviceAndNeverReplaceIt()
    {
        if (::geteuid() != 0)
            QSKIP("making a device node needs root; as root this is what replaced /dev/full");
        // GIVEN a plan and a device node like /dev/full (every write: no space left)
        createPlan(QStringLiteral("Learn Python"));
        const QString full = path(QStringLiteral("full"));
        QVERIFY(::mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0);
        // WHEN the plan is exported to it, and the metrics too
        const CliRun exported = cli(exportTo(full));
        const CliRun metrics =
            cli({QStringLiteral("--metrics-out"), full, QStringLiteral("plans")});
        // THEN both fail as storage failures saying why, and the device is still a device
        QVERIFY2(exported.exitCode == 5, qPrintable(exported.describe()));
        QVERIFY2(exported.err.contains("No space left"), qPrintable(exported.describe()));
        QCOMPARE(exported.errLines().size(), 1);
        QVERIFY2(metrics.exitCode == 5, qPrintable(metrics.describe()));
        QCOMPARE(typeOf(full), mode_t(S_IFCHR));
        QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("full*")}, QDir::Files).isEmpty() ||
                typeOf(full) == S_IFCHR);
    }

    void shouldWriteThroughANamedPipe()
    {
        // GIVEN a plan and a named pipe with a reader
        createPlan(QStringLiteral("Learn Python"));
        const QString fifo = path(QStringLiteral("plan.pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        PipeReader reader(fifo);
        // WHEN the plan is exported to it
        const CliRun r = cli(exportTo(fifo));
        const QByteArray read = reader.finish();
        // THEN the reader got the export and the pipe is still a pipe
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(read.startsWith("# Learn Python"), read.left(200).constData());
        QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
    }

    void shouldWriteToDevStdoutInPlace()
    {
        // GIVEN a plan; helios-cli's stdout is a pipe to this test
        createPlan(QStringLiteral("Learn Python"));
        // WHEN it is exported to /dev/stdout
        const CliRun r = cli(exportTo(QStringLiteral("/dev/stdout")));
        // THEN the export arrives on stdout (followed by the line that says where it went)
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.startsWith("# Learn Python"), qPrintable(r.describe()));
        QVERIFY(r.outText().contains(QLatin1String("Exported to /dev/stdout.")));
    }

    void shouldRefuseAFolderAndABackupOntoADevice()
    {
        // GIVEN a plan and a folder where the export would go
        createPlan(QStringLiteral("Learn Python"));
        const QString folder = path(QStringLiteral("somewhere"));
        QVERIFY(QDir().mkpath(folder));
        // WHEN the export is written to the folder, and a backup to /dev/stdout
        const CliRun exported = cli(exportTo(folder));
        const CliRun backedUp =
            cli({QStringLiteral("backup"), QStringLiteral("-o"), QStringLiteral("/dev/stdout")});
        // THEN both are refused with one sentence, the folder kept and stdout without a database
        QVERIFY2(exported.exitCode == 5, qPrintable(exported.describe()));
        QCOMPARE(exported.errLines().size(), 1);
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY2(backedUp.exitCode == 5, qPrintable(backedUp.describe()));
        QVERIFY2(backedUp.err.contains("not a regular file"), qPrintable(backedUp.describe()));
        QVERIFY(!backedUp.out.contains("SQLite format 3"));
    }

    void shouldReplaceTheFileALinkNamesAndKeepTheLink()
    {
        // GIVEN a plan and an export target that is a link to an older export elsewhere
        createPlan(QStringLiteral("Learn Python"));
        const QString real = path(QStringLiteral("exports/plan.md"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("exports"))));
        {
            QFile old(real);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old export\n");
        }
        const QString link = path(QStringLiteral("plan-link.md"));
        QVERIFY(QFile::link(real, link));
        // WHEN the plan is exported to the link
        const CliRun r = cli(exportTo(link));
        // THEN the file it names is replaced and the link still names it
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(typeOf(link), mode_t(S_IFLNK));
        QVERIFY(fileBytes(real).startsWith("# Learn Python"));
    }

    void shouldNotFollowAPlantedBackupFolderOrLog()
    {
        // GIVEN a database whose backups folder and log are links planted to point elsewhere
        createPlan(QStringLiteral("Learn Python"));
        const QString elsewhere = path(QStringLiteral("elsewhere"));
        QVERIFY(QDir().mkpath(elsewhere));
        QVERIFY(QDir(dataDir() + QStringLiteral("/backups")).removeRecursively());
        QVERIFY(QFile::link(elsewhere, dataDir() + QStringLiteral("/backups")));
        const QString victim = path(QStringLiteral("elsewhere/victim.txt"));
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("untouched\n");
        }
        QVERIFY(QFile::remove(dataDir() + QStringLiteral("/helios.log")));
        QVERIFY(QFile::link(victim, dataDir() + QStringLiteral("/helios.log")));

        // WHEN a manual backup is asked for, and a store command runs (a daily backup is due)
        const CliRun backedUp = cli({QStringLiteral("backup")});
        const CliRun listed = cli({QStringLiteral("plans")});

        // THEN the backup is refused with one sentence, nothing is written through either link
        QVERIFY2(backedUp.exitCode == 5, qPrintable(backedUp.describe()));
        QVERIFY2(backedUp.err.contains("symbolic link"), qPrintable(backedUp.describe()));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QCOMPARE(QDir(elsewhere).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("victim.txt")});
        QCOMPARE(fileBytes(victim), QByteArray("untouched\n"));
    }

    void shouldRestoreIntoTheFileADatabaseLinkNames()
    {
        // GIVEN a database reached through a link, and a backup of it from before a second plan
        const QString real = path(QStringLiteral("store/real.db"));
        QVERIFY(QDir().mkpath(path(QStringLiteral("store"))));
        const QString link = dbPath();
        QVERIFY(QFile::link(real, link));
        createPlan(QStringLiteral("Learn Python"), link);
        const QString backup = path(QStringLiteral("before.db"));
        QVERIFY(cli({QStringLiteral("backup"), QStringLiteral("-o"), backup}, link).exitCode == 0);
        createPlan(QStringLiteral("Run a half marathon"), link);

        // WHEN the backup is restored through the link
        const CliRun r = cli({QStringLiteral("restore"), backup, QStringLiteral("--json")}, link);

        // THEN the link is still a link to the same file, which now holds the backup's plans
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(typeOf(link), mode_t(S_IFLNK));
        QCOMPARE(QFileInfo(link).symLinkTarget(), real);
        QCOMPARE(typeOf(real), mode_t(S_IFREG));
        const CliRun plans = cli({QStringLiteral("plans"), QStringLiteral("--json")}, link);
        QCOMPARE(plans.json().value(QLatin1String("plans")).toArray().size(), 1);
    }
};

HELIOS_TEST_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
