// End-to-end tests of `helios-cli export` and `import`: the real binary on temporary databases.

#include "tests/integration/cli/cli_process.h"
#include "tests/support/test_main.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using helios::test::CliRun;

namespace {

struct JsonTask
{
    int id;
    QString title;
    QList<int> dependsOn;
};

// A Helios JSON file of one plan, as a person or a program might write one by hand.
QByteArray heliosJson(const QString &goal, const QList<JsonTask> &tasks, bool withStart = true)
{
    QJsonArray list;
    for (const JsonTask &t : tasks) {
        QJsonArray deps;
        for (const int d : t.dependsOn)
            deps.append(d);
        list.append(QJsonObject{{QStringLiteral("id"), t.id},
                                {QStringLiteral("title"), t.title},
                                {QStringLiteral("depends_on"), deps}});
    }
    QJsonObject plan{{QStringLiteral("goal"), goal},
                     {QStringLiteral("hours_per_week"), 10},
                     {QStringLiteral("tasks"), list}};
    if (withStart)
        plan.insert(QStringLiteral("start_date"), QStringLiteral("2026-11-27"));
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("helios-plan")},
                                     {QStringLiteral("formatVersion"), 1},
                                     {QStringLiteral("plans"), QJsonArray{plan}}})
        .toJson();
}

QByteArray markdownList(int items, int titleLength = 8)
{
    QByteArray out = "# Big\n";
    out.reserve(items * (titleLength + 4));
    for (int i = 0; i < items; ++i)
        out += "- " + QByteArray::number(i).leftJustified(titleLength, 'x') + '\n';
    return out;
}

// Bytes a terminal would obey: ESC, BEL, NUL, CR and the bidirectional overrides (UTF-8).
bool holdsTerminalControls(const QByteArray &bytes)
{
    return bytes.contains('\x1b') || bytes.contains('\x07') || bytes.contains('\0') ||
           bytes.contains('\r') || bytes.contains("\xE2\x80\xAE") || bytes.contains("\xE2\x81\xA6");
}

} // namespace

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

    void shouldRefuseImportsPastALimitOrThatCannotBeDone_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        // Limits (docs/FORMATS.md): refused before anything is scheduled or saved.
        QTest::newRow("20,001 tasks") << markdownList(20001) << QString() << "20000";
        QTest::newRow("a 501-character title")
            << heliosJson(QStringLiteral("Goal"), {{1, QString(501, QLatin1Char('t')), {}}})
            << QString() << "title of task 1";
        QTest::newRow("a 2,001-character goal")
            << heliosJson(QString(2001, QLatin1Char('g')), {{1, QStringLiteral("One"), {}}})
            << QString() << "goals of at most 2000";
        QTest::newRow("33 nested list levels") << [] {
            QByteArray out;
            for (int i = 0; i < 33; ++i)
                out += QByteArray(i * 2, ' ') + "- level " + QByteArray::number(i) + '\n';
            return out;
        }() << QString() << "nested";
        QTest::newRow("33 nested JSON arrays")
            << QByteArray("{\"format\":\"helios-plan\",\"formatVersion\":1,\"x\":") +
                   QByteArray(33, '[') + QByteArray(33, ']') + "}"
            << QString() << "nests";
        // Plans that cannot be done as they are.
        QTest::newRow("no start_date")
            << heliosJson(QStringLiteral("Goal"), {{1, QStringLiteral("One"), {}}}, false)
            << QString() << "start_date";
        QTest::newRow("a task depending on itself")
            << heliosJson(QStringLiteral("Goal"),
                          {{1, QStringLiteral("One"), {}}, {2, QStringLiteral("Two"), {2}}})
            << QString() << "Task 2 of plan 1 depends on itself";
        QTest::newRow("a cycle")
            << heliosJson(QStringLiteral("Goal"), {{1, QStringLiteral("Draft"), {3}},
                                                   {2, QStringLiteral("Edit"), {1}},
                                                   {3, QStringLiteral("Review"), {2}},
                                                   {4, QStringLiteral("Ship"), {3}}})
            << QString() << "Tasks 1, 2 and 3 of plan 1 of the file (“Draft”, “Edit”, “Review”)";
        QTest::newRow("an iCalendar cycle")
            << QByteArray("BEGIN:VCALENDAR\nBEGIN:VTODO\nUID:a\nSUMMARY:A\nRELATED-TO;RELTYPE="
                          "DEPENDS-ON:b\nEND:VTODO\nBEGIN:VTODO\nUID:b\nSUMMARY:B\nRELATED-TO;"
                          "RELTYPE=DEPENDS-ON:a\nEND:VTODO\nEND:VCALENDAR\n")
            << QString() << "cycle";
        // The planner's own dates (planner v2) when no person could mean them.
        QTest::newRow("a first day after the latest (todo.txt)")
            << QByteArray("Book the venue t:2027-03-02 by:2027-03-01\nSend invitations\n")
            << QStringLiteral("todo") << "cannot start on 2027-03-02 and be done by 2027-03-01";
        QTest::newRow("a first day in 9999 (Markdown)")
            << QByteArray("- Book the venue — not before 9999-01-01\n- Send invitations\n")
            << QString() << "9999-01-01";
    }

    void shouldRefuseImportsPastALimitOrThatCannotBeDone()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        // GIVEN a database with a plan, and a file past a limit or with an impossible plan
        QVERIFY(createPlan() > 0);
        const QByteArray before = helios::test::fileBytes(path(QStringLiteral("helios.db")));
        writeFile(QStringLiteral("import.txt"), bytes);
        // WHEN it is imported
        QStringList args{QStringLiteral("import"), path(QStringLiteral("import.txt"))};
        if (!format.isEmpty())
            args << QStringLiteral("--format") << format;
        const CliRun run = cli(args);
        // THEN it is refused as bad input (exit 2), in one sentence that says what, and nothing
        // is saved
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().constFirst().contains(expected), qPrintable(run.describe()));
        QCOMPARE(planCount(), 1);
        QVERIFY(helios::test::fileBytes(path(QStringLiteral("helios.db"))) == before);
    }

    void shouldAcceptTheLargestMarkdownListUnderTheLimit()
    {
        // GIVEN a Markdown list of exactly 20,000 items
        writeFile(QStringLiteral("big.md"), markdownList(20000));
        // WHEN it is imported THEN it becomes one plan of 20,000 tasks
        const CliRun run = cli({QStringLiteral("import"), path(QStringLiteral("big.md")),
                                QStringLiteral("--today"), QStringLiteral("2026-11-27"),
                                QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const CliRun plans = cli({QStringLiteral("plans"), QStringLiteral("--json")});
        QCOMPARE(plans.json()
                     .value(QStringLiteral("plans"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("task_count"))
                     .toInt(),
                 20000);
    }

    void shouldNeutraliseTerminalEscapesOnInputAndOutput()
    {
        // GIVEN a file whose goal and titles hold escape sequences, a bell, NUL and a bidi
        // override (JSON escapes, so that the file itself is text)
        const QString evil = QStringLiteral("\x1b]0;owned\x07\x1b[2J");
        writeFile(QStringLiteral("evil.json"),
                  heliosJson(QStringLiteral("Goal") + evil,
                             {{1,
                               QStringLiteral("Title") + evil + QChar(0) + QChar(0x202E) +
                                   QStringLiteral("txt.exe"),
                               {}}}));
        // WHEN it is imported, shown and listed
        const CliRun imported = cli({QStringLiteral("import"), path(QStringLiteral("evil.json"))});
        const CliRun shown = cli({QStringLiteral("show"), QStringLiteral("1")});
        const CliRun listed = cli({QStringLiteral("plans")});
        const CliRun json =
            cli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
        // THEN nothing a terminal would obey reaches it, and what was stored is plain text
        for (const CliRun *r : {&imported, &shown, &listed}) {
            QVERIFY2(r->exitCode == 0, qPrintable(r->describe()));
            QVERIFY2(!holdsTerminalControls(r->out + r->err), qPrintable(r->describe()));
        }
        QVERIFY(shown.outText().contains(QLatin1String("Goal]0;owned[2J")));
        const QJsonObject plan = json.json().value(QLatin1String("plan")).toObject();
        QCOMPARE(plan.value(QLatin1String("goal")).toString(), QStringLiteral("Goal]0;owned[2J"));
        QCOMPARE(plan.value(QLatin1String("tasks"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("title"))
                     .toString(),
                 QStringLiteral("Title]0;owned[2Jtxt.exe"));

        // AND text that got in before (an older database) is shown, not obeyed
        {
            const QString name = QStringLiteral("tst_cli_io-raw");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path(QStringLiteral("helios.db")));
                QVERIFY(db.open());
                QVERIFY(QSqlQuery(db).exec(QStringLiteral(
                    "UPDATE plans SET goal = 'Old' || char(27) || '[2J' || char(7)")));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        const CliRun old = cli({QStringLiteral("show"), QStringLiteral("1")});
        QVERIFY2(old.exitCode == 0, qPrintable(old.describe()));
        QVERIFY(!holdsTerminalControls(old.out));
        QVERIFY(old.outText().contains(QStringLiteral("Old\u241B[2J\u2407")));
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
