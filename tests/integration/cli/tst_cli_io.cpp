// End-to-end tests of `helios-cli export` and `import`: the real binary on temporary databases.

#include "tests/integration/cli/cli_process.h"
#include "tests/support/test_main.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>

using helios::test::CliRun;

class TestCliIo : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    CliRun cli(const QStringList &arguments) const
    {
        return helios::test::runCli(
            QStringList{QStringLiteral("--db"), path(QStringLiteral("helios.db"))} + arguments,
            helios::test::cliEnvironment(m_dir->path()));
    }

    qint64 createPlan()
    {
        const CliRun run = cli({QStringLiteral("plan"), QStringLiteral("学习Python编程"),
                                QStringLiteral("--today"), QStringLiteral("2026-11-27"),
                                QStringLiteral("--json")});
        return run.exitCode == 0 ? run.json()
                                       .value(QStringLiteral("plan"))
                                       .toObject()
                                       .value(QStringLiteral("id"))
                                       .toInteger()
                                 : 0;
    }

    int planCount() const
    {
        const CliRun run = cli({QStringLiteral("plans"), QStringLiteral("--json")});
        return static_cast<int>(run.json().value(QStringLiteral("plans")).toArray().size());
    }

    void writeFile(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void shouldExportEveryFormatToStdout_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("contains");
        QTest::newRow("ics") << "ics"
                             << "BEGIN:VTODO";
        QTest::newRow("md") << "md"
                            << "- [ ] ";
        QTest::newRow("csv") << "csv"
                             << "plan_id,plan,task_id";
        QTest::newRow("json") << "json"
                              << "\"formatVersion\":1";
        QTest::newRow("todotxt") << "todotxt"
                                 << "due:";
    }

    void shouldExportEveryFormatToStdout()
    {
        QFETCH(QString, format);
        QFETCH(QString, contains);
        const qint64 id = createPlan();
        QVERIFY(id > 0);
        const CliRun run = cli(
            {QStringLiteral("export"), QString::number(id), QStringLiteral("--format"), format});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.outText().contains(contains), qPrintable(run.describe()));
        QVERIFY(run.outText().contains(QStringLiteral("Python")));
        QVERIFY(run.err.isEmpty());
    }

    void shouldRoundTripAllPlansThroughAJsonFile()
    {
        // GIVEN two plans exported with --all to a file
        QVERIFY(createPlan() > 0);
        QVERIFY(createPlan() > 0);
        const QString file = path(QStringLiteral("all.json"));
        const CliRun exported =
            cli({QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--format"),
                 QStringLiteral("json"), QStringLiteral("-o"), file});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QVERIFY(exported.outText().contains(QStringLiteral("Exported to")));
        QVERIFY(QFile::exists(file));
        // WHEN the file is imported into a fresh database
        const CliRun imported =
            helios::test::runCli({QStringLiteral("--db"), path(QStringLiteral("other.db")),
                                  QStringLiteral("import"), file, QStringLiteral("--json")},
                                 helios::test::cliEnvironment(m_dir->path()));
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QJsonArray ids = imported.json().value(QStringLiteral("plan_ids")).toArray();
        QCOMPARE(ids.size(), 2);
        // THEN exporting it again gives the same tasks
        const CliRun again = helios::test::runCli(
            {QStringLiteral("--db"), path(QStringLiteral("other.db")), QStringLiteral("export"),
             QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("csv")},
            helios::test::cliEnvironment(m_dir->path()));
        const CliRun original = cli({QStringLiteral("export"), QStringLiteral("--all"),
                                     QStringLiteral("--format"), QStringLiteral("md")});
        const CliRun copy = helios::test::runCli(
            {QStringLiteral("--db"), path(QStringLiteral("other.db")), QStringLiteral("export"),
             QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("md")},
            helios::test::cliEnvironment(m_dir->path()));
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(copy.outText(), original.outText());
    }

    void shouldImportChatbotMarkdownAndPrintThePlanId()
    {
        writeFile(QStringLiteral("answer.md"),
                  "# Learn Rust\n\n1. **Install rustup** (1h)\n2. Read the book — chapters 1-3 "
                  "(6 hours)\n3. Write a CLI tool (8h)\n");
        const CliRun run = cli({QStringLiteral("import"), path(QStringLiteral("answer.md")),
                                QStringLiteral("--today"), QStringLiteral("2026-12-01"),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const qint64 id = run.json().value(QStringLiteral("plan_id")).toInteger();
        QVERIFY(id > 0);
        const CliRun shown =
            cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        const QJsonObject plan = shown.json().value(QStringLiteral("plan")).toObject();
        QCOMPARE(plan.value(QStringLiteral("goal")).toString(), QStringLiteral("Learn Rust"));
        const QJsonArray tasks = plan.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 3);
        QCOMPARE(tasks.at(0).toObject().value(QStringLiteral("start_date")).toString(),
                 QStringLiteral("2026-12-01"));
        QCOMPARE(tasks.at(2).toObject().value(QStringLiteral("estimate_hours")).toDouble(), 8.0);
    }

    void shouldRefuseABadImportWithExit2AndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::newRow("Latin-1") << QByteArray("- caf\xE9\n") << QString();
        QTest::newRow("not ics") << QByteArray("- one\n- two\n") << QStringLiteral("ics");
        QTest::newRow("no tasks") << QByteArray("BEGIN:VCALENDAR\nEND:VCALENDAR\n") << QString();
    }

    void shouldRefuseABadImportWithExit2AndChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QVERIFY(createPlan() > 0);
        const QByteArray before = helios::test::fileBytes(path(QStringLiteral("helios.db")));
        writeFile(QStringLiteral("bad.txt"), bytes);
        QStringList args{QStringLiteral("import"), path(QStringLiteral("bad.txt"))};
        if (!format.isEmpty())
            args << QStringLiteral("--format") << format;
        const CliRun run = cli(args);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().constFirst().startsWith(
                     QStringLiteral("helios-cli: error: Cannot import")),
                 qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(planCount(), 1);
        QVERIFY(helios::test::fileBytes(path(QStringLiteral("helios.db"))) == before);
    }

    void shouldNotCreateADatabaseForARefusedImport()
    {
        writeFile(QStringLiteral("empty.md"), "# Nothing but a title\n");
        const CliRun run = cli({QStringLiteral("import"), path(QStringLiteral("empty.md"))});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("helios.db"))));
        const CliRun missing = cli({QStringLiteral("import"), path(QStringLiteral("nope.ics"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("helios.db"))));
    }

    void shouldRefuseBadExportsWithTheContractsExitCodes()
    {
        QVERIFY(createPlan() > 0);
        // No --format, an unknown format, an unknown plan: usage (2)
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("1")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                      QStringLiteral("pdf")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("99"), QStringLiteral("--format"),
                      QStringLiteral("md")})
                     .exitCode,
                 2);
        // A folder that does not exist: storage (5), and no file anywhere
        const CliRun nowhere =
            cli({QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"),
                 QStringLiteral("ics"), QStringLiteral("-o"),
                 path(QStringLiteral("no/such/plan.ics"))});
        QCOMPARE(nowhere.exitCode, 5);
        QCOMPARE(nowhere.errLines().size(), 1);
        // An unknown plan with -o leaves an existing file as it was
        writeFile(QStringLiteral("keep.md"), "keep me");
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("99"), QStringLiteral("--format"),
                      QStringLiteral("md"), QStringLiteral("-o"), path(QStringLiteral("keep.md"))})
                     .exitCode,
                 2);
        QCOMPARE(helios::test::fileBytes(path(QStringLiteral("keep.md"))), QByteArray("keep me"));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("keep.md*")}, QDir::Files).size(),
                 1);
    }
};

HELIOS_TEST_MAIN(TestCliIo)
#include "tst_cli_io.moc"
