#include "tests/integration/cli/cli_process.h"
#include "tests/support/test_main.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace {

using helios::test::CliRun;
using helios::test::fileBytes;

const QString kToday = QStringLiteral("2026-11-27");

QStringList titlesOf(const QJsonObject &plan)
{
    QStringList titles;
    for (const QJsonValue &task : plan.value(QStringLiteral("tasks")).toArray())
        titles.append(task.toObject().value(QStringLiteral("title")).toString());
    return titles;
}

QList<qint64> idsOf(const QJsonArray &summaries)
{
    QList<qint64> ids;
    for (const QJsonValue &summary : summaries)
        ids.append(summary.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

// The plan ids of the person's own templates in a `templates --json` page.
QList<qint64> templateIdsOf(const QJsonArray &templates)
{
    QList<qint64> ids;
    for (const QJsonValue &t : templates)
        ids.append(t.toObject().value(QStringLiteral("plan_id")).toInteger());
    return ids;
}

// Sets PRAGMA user_version the way a newer Helios would leave it.
bool setUserVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("tst_cli_db-user-version");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Overwrites everything after the first page (4096 bytes) with junk; SQLite still recognises
// the file, but its tables are gone.
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

} // namespace

// `db`, `templates`, `template` and `plan --from-template` of the real helios-cli, and its
// --db-workers option, against databases in a temporary folder.
class TestCliDb : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("helios.db")); }

    QProcessEnvironment environment() const { return helios::test::cliEnvironment(m_dir->path()); }

    CliRun cli(const QStringList &arguments,
               const QProcessEnvironment &env = QProcessEnvironment()) const
    {
        return helios::test::runCli(QStringList{QStringLiteral("--db"), dbPath()} + arguments,
                                    env.isEmpty() ? environment() : env);
    }

    QJsonObject createPlan(const QString &goal)
    {
        const CliRun r = cli({QStringLiteral("plan"), goal, QStringLiteral("--today"), kToday,
                              QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("creating a plan failed: %s", qPrintable(r.describe()));
        return r.json().value(QStringLiteral("plan")).toObject();
    }

    QJsonObject status()
    {
        const CliRun r =
            cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("db status failed: %s", qPrintable(r.describe()));
        return r.json().value(QStringLiteral("database")).toObject();
    }

    bool setTemplate(qint64 planId, bool isTemplate)
    {
        const CliRun r = cli({QStringLiteral("template"),
                              isTemplate ? QStringLiteral("set") : QStringLiteral("unset"),
                              QString::number(planId)});
        if (r.exitCode != 0)
            qWarning("template failed: %s", qPrintable(r.describe()));
        return r.exitCode == 0;
    }

    // A page of the person's own templates (the gallery's built-in ones left out).
    QJsonObject templatesPage(const QStringList &options)
    {
        const CliRun r = cli(QStringList{QStringLiteral("templates"), QStringLiteral("--json"),
                                         QStringLiteral("--category"), QStringLiteral("mine")} +
                             options);
        if (r.exitCode != 0)
            qWarning("templates failed: %s", qPrintable(r.describe()));
        return r.json();
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

    void cleanup() { m_dir.reset(); }

    void shouldReportStatusOfFreshDatabase()
    {
        // GIVEN a database with a plan
        QVERIFY(!createPlan(QStringLiteral("Learn Python programming")).isEmpty());
        const QByteArray before = fileBytes(dbPath());

        // WHEN its status is asked for as JSON
        const CliRun json =
            cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});

        // THEN it is at the latest version, in WAL mode, passes the quick check, has no backups
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        QVERIFY(json.err.isEmpty());
        QCOMPARE(json.json().keys(), QStringList{QStringLiteral("database")});
        const QJsonObject db = json.json().value(QStringLiteral("database")).toObject();
        const int latest = db.value(QStringLiteral("latest")).toInt();
        QVERIFY(latest >= 2);
        QCOMPARE(db.value(QStringLiteral("version")).toInt(), latest);
        QCOMPARE(db.value(QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(db.value(QStringLiteral("quick_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(db.value(QStringLiteral("size_bytes")).toInteger(), before.size());
        QCOMPARE(db.value(QStringLiteral("path")).toString(),
                 QFileInfo(dbPath()).absoluteFilePath());
        QVERIFY(db.value(QStringLiteral("backups")).isArray());
        QVERIFY(db.value(QStringLiteral("backups")).toArray().isEmpty());

        // AND the text says the same
        const CliRun text = cli({QStringLiteral("db"), QStringLiteral("status")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        const QString out = text.outText();
        QVERIFY2(out.contains(QStringLiteral("Schema:       %1 (latest %1)\n").arg(latest)),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Journal mode: wal\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Quick check:  ok\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Backups:      none\n")), qPrintable(out));
        QVERIFY2(out.contains(dbPath()), qPrintable(out));

        // AND not a byte of the database changed
        QVERIFY(fileBytes(dbPath()) == before);
    }

    void shouldReportDatabaseOfNewerHeliosWithoutTouchingIt()
    {
        // GIVEN a database a newer Helios has moved past this one's latest schema
        QVERIFY(!createPlan(QStringLiteral("Learn Python programming")).isEmpty());
        const int latest = status().value(QStringLiteral("latest")).toInt();
        QVERIFY(setUserVersion(dbPath(), latest + 7));
        const QByteArray before = fileBytes(dbPath());

        // WHEN its status is asked for
        const CliRun json =
            cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        const CliRun text = cli({QStringLiteral("db"), QStringLiteral("status")});

        // THEN it is reported, with the version above the latest, and that is no failure
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject db = json.json().value(QStringLiteral("database")).toObject();
        QCOMPARE(db.value(QStringLiteral("version")).toInt(), latest + 7);
        QCOMPARE(db.value(QStringLiteral("latest")).toInt(), latest);
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.outText().contains(QStringLiteral("newer Helios")),
                 qPrintable(text.outText()));

        // AND migrating it is refused as a storage failure
        const CliRun migrate = cli({QStringLiteral("db"), QStringLiteral("migrate"),
                                    QStringLiteral("--to"), QString::number(latest)});
        QVERIFY2(migrate.exitCode == 5, qPrintable(migrate.describe()));
        QVERIFY(migrate.out.isEmpty());
        verifyOneErrorLine(migrate);
        QVERIFY2(migrate.err.contains("newer Helios"), qPrintable(migrate.describe()));

        // AND the file is byte for byte what it was, with no backup made
        QVERIFY(fileBytes(dbPath()) == before);
        // (the daily backup the first command wrote is there; no pre-migration one)
        QVERIFY(QDir(m_dir->filePath(QStringLiteral("backups")))
                    .entryList({QStringLiteral("*.pre-migration-*")}, QDir::Files)
                    .isEmpty());
    }

    void shouldPassCheckOfHealthyDatabase()
    {
        // GIVEN a database with a plan
        QVERIFY(!createPlan(QStringLiteral("Run a half marathon")).isEmpty());
        const QByteArray before = fileBytes(dbPath());

        // WHEN it is checked
        const CliRun text = cli({QStringLiteral("db"), QStringLiteral("check")});
        const CliRun json =
            cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")});

        // THEN it is ok
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QCOMPARE(text.outText(), QStringLiteral("ok\n"));
        QVERIFY(text.err.isEmpty());
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        const QJsonObject check = json.json().value(QStringLiteral("check")).toObject();
        QCOMPARE(check.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(check.value(QStringLiteral("integrity_problems")).toArray().isEmpty());
        QVERIFY(check.value(QStringLiteral("foreign_key_problems")).toArray().isEmpty());
        QVERIFY(fileBytes(dbPath()) == before);
    }

    void shouldFailCheckOfDamagedDatabaseWithoutTouchingIt()
    {
        // GIVEN a database whose pages after the first are junk
        QVERIFY(!createPlan(QStringLiteral("Run a half marathon")).isEmpty());
        QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-wal")));
        QVERIFY(corruptAfterFirstPage(dbPath()));
        const QByteArray before = fileBytes(dbPath());

        // WHEN it is checked
        const CliRun text = cli({QStringLiteral("db"), QStringLiteral("check")});
        const CliRun json =
            cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json")});

        // THEN the check fails as a storage failure, listing the problems on stdout and saying
        // so in one sentence on stderr
        QVERIFY2(text.exitCode == 5, qPrintable(text.describe()));
        QVERIFY2(text.outText().contains(QStringLiteral("Integrity check failed")),
                 qPrintable(text.describe()));
        verifyOneErrorLine(text);
        QVERIFY2(json.exitCode == 5, qPrintable(json.describe()));
        const QJsonObject check = json.json().value(QStringLiteral("check")).toObject();
        QCOMPARE(check.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(!check.value(QStringLiteral("integrity_problems")).toArray().isEmpty());
        verifyOneErrorLine(json);

        // AND its status shows SQLite's complaint, without failing
        const CliRun state =
            cli({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(state.exitCode == 0, qPrintable(state.describe()));
        const QString quickCheck = state.json()
                                       .value(QStringLiteral("database"))
                                       .toObject()
                                       .value(QStringLiteral("quick_check"))
                                       .toString();
        QVERIFY2(!quickCheck.isEmpty() && quickCheck != QLatin1String("ok"),
                 qPrintable(quickCheck));

        // AND the file is unchanged
        QVERIFY(fileBytes(dbPath()) == before);
    }

    void shouldMigrateDownAndUpKeepingPlans()
    {
        // GIVEN a plan in a database at the latest version
        const QJsonObject created = createPlan(QStringLiteral("Learn Python programming"));
        QVERIFY(!created.isEmpty());
        const QString planId = QString::number(created.value(QStringLiteral("id")).toInteger());
        const int latest = status().value(QStringLiteral("latest")).toInt();
        QVERIFY(latest >= 2);

        // WHEN it is migrated down to version 1
        const CliRun down = cli({QStringLiteral("db"), QStringLiteral("migrate"),
                                 QStringLiteral("--to"), QStringLiteral("1")});

        // THEN it says from where to where, and the database is at 1 with one backup
        QVERIFY2(down.exitCode == 0, qPrintable(down.describe()));
        QVERIFY2(down.outText().contains(QStringLiteral("from schema version %1 to 1").arg(latest)),
                 qPrintable(down.describe()));
        QJsonObject db = status();
        QCOMPARE(db.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(db.value(QStringLiteral("backups")).toArray().size(), 1);
        const QString firstBackup =
            db.value(QStringLiteral("backups")).toArray().first().toString();
        QVERIFY(QFile::exists(firstBackup));

        // WHEN it is migrated back up to the latest, as JSON
        const CliRun up =
            cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--to"),
                 QString::number(latest), QStringLiteral("--json")});

        // THEN the JSON says from 1 to the latest and names the new backup
        QVERIFY2(up.exitCode == 0, qPrintable(up.describe()));
        const QJsonObject migration = up.json().value(QStringLiteral("migration")).toObject();
        QCOMPARE(migration.value(QStringLiteral("from")).toInt(), 1);
        QCOMPARE(migration.value(QStringLiteral("to")).toInt(), latest);
        const QString secondBackup = migration.value(QStringLiteral("backup")).toString();
        QVERIFY(QFile::exists(secondBackup));

        // AND status lists both backups, newest first
        db = status();
        QCOMPARE(db.value(QStringLiteral("version")).toInt(), latest);
        const QJsonArray backups = db.value(QStringLiteral("backups")).toArray();
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.at(0).toString(), secondBackup);
        QCOMPARE(backups.at(1).toString(), firstBackup);

        // AND the plan is still there, field for field, but for what versions above 1 added
        // (the way down to 1 drops their columns): the kind's score and reason, and the tasks'
        // event mark and days of their own
        const CliRun shown = cli({QStringLiteral("show"), planId, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.describe()));
        const auto withoutVersion4 = [](QJsonObject plan) {
            plan.remove(QStringLiteral("kind_score"));
            plan.remove(QStringLiteral("kind_reason"));
            QJsonArray tasks;
            for (const QJsonValue &t : plan.value(QStringLiteral("tasks")).toArray()) {
                QJsonObject task = t.toObject();
                for (const char *key : {"event", "not_before", "due_by"})
                    task.remove(QLatin1String(key));
                tasks.append(task);
            }
            plan.insert(QStringLiteral("tasks"), tasks);
            return plan;
        };
        QCOMPARE(withoutVersion4(shown.json().value(QStringLiteral("plan")).toObject()),
                 withoutVersion4(created));

        // AND migrating to where it already is changes nothing and writes no backup
        const CliRun again =
            cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--to"),
                 QString::number(latest), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY(again.json()
                    .value(QStringLiteral("migration"))
                    .toObject()
                    .value(QStringLiteral("backup"))
                    .isNull());
        QCOMPARE(status().value(QStringLiteral("backups")).toArray().size(), 2);
    }

    void shouldRefuseUnknownSchemaVersion()
    {
        // GIVEN a database
        QVERIFY(!createPlan(QStringLiteral("Learn Python programming")).isEmpty());
        const QByteArray before = fileBytes(dbPath());
        // WHEN it is migrated to a version that does not exist
        const CliRun r = cli({QStringLiteral("db"), QStringLiteral("migrate"),
                              QStringLiteral("--to"), QStringLiteral("99")});
        // THEN it is a usage error, and nothing is written, not even a backup
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        verifyOneErrorLine(r);
        QVERIFY(fileBytes(dbPath()) == before);
        // (the daily backup the first command wrote is there; no pre-migration one)
        QVERIFY(QDir(m_dir->filePath(QStringLiteral("backups")))
                    .entryList({QStringLiteral("*.pre-migration-*")}, QDir::Files)
                    .isEmpty());
    }

    void shouldFailDbCommandsWithoutDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("status") << QStringList{"db", "status"};
        QTest::newRow("status as JSON") << QStringList{"db", "status", "--json"};
        QTest::newRow("check") << QStringList{"db", "check"};
        QTest::newRow("migrate") << QStringList{"db", "migrate", "--to", "1"};
    }

    void shouldFailDbCommandsWithoutDatabase()
    {
        QFETCH(QStringList, arguments);
        // GIVEN no database WHEN a db command runs
        const CliRun r = cli(arguments);
        // THEN it is a storage failure naming the missing file
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        verifyOneErrorLine(r);
        QCOMPARE(r.errLines().first(),
                 QStringLiteral("helios-cli: error: There is no database at %1.").arg(dbPath()));
        // AND nothing is created: no database, no log
        QVERIFY2(QDir(m_dir->path()).isEmpty(),
                 qPrintable(QDir(m_dir->path()).entryList().join(QLatin1Char(' '))));
    }

    void shouldPageTemplates()
    {
        // GIVEN three templates and a plan that is not one
        QList<qint64> templateIds;
        for (const QString &goal :
             {QStringLiteral("Learn Python programming"), QStringLiteral("Run a half marathon"),
              QStringLiteral("学习Python编程")}) {
            const QJsonObject plan = createPlan(goal);
            QVERIFY(!plan.isEmpty());
            templateIds.append(plan.value(QStringLiteral("id")).toInteger());
            QVERIFY(setTemplate(templateIds.last(), true));
        }
        QVERIFY(!createPlan(QStringLiteral("Learn to cook")).isEmpty());

        // WHEN they are listed two at a time
        const QJsonObject first = templatesPage({QStringLiteral("--limit"), QStringLiteral("2")});
        const QJsonObject second = templatesPage({QStringLiteral("--limit"), QStringLiteral("2"),
                                                  QStringLiteral("--page"), QStringLiteral("2")});

        // THEN page 1 has two, page 2 has one, and both know there are three
        QCOMPARE(first.value(QStringLiteral("page")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("limit")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("templates")).toArray().size(), 2);
        QCOMPARE(second.value(QStringLiteral("page")).toInt(), 2);
        QCOMPARE(second.value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(second.value(QStringLiteral("templates")).toArray().size(), 1);

        // AND together they are the three templates, each once
        QList<qint64> listed = templateIdsOf(first.value(QStringLiteral("templates")).toArray()) +
                               templateIdsOf(second.value(QStringLiteral("templates")).toArray());
        std::sort(listed.begin(), listed.end());
        std::sort(templateIds.begin(), templateIds.end());
        QCOMPARE(listed, templateIds);

        // AND a page past the end is empty, not an error
        const QJsonObject past = templatesPage({QStringLiteral("--limit"), QStringLiteral("2"),
                                                QStringLiteral("--page"), QStringLiteral("3")});
        QCOMPARE(past.value(QStringLiteral("total")).toInt(), 3);
        QVERIFY(past.value(QStringLiteral("templates")).toArray().isEmpty());

        // AND the text shows the page
        const CliRun text =
            cli({QStringLiteral("templates"), QStringLiteral("--limit"), QStringLiteral("2"),
                 QStringLiteral("--category"), QStringLiteral("mine")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.outText().contains(QStringLiteral("Page 1 of 2, 3 templates in all.")),
                 qPrintable(text.outText()));
    }

    void shouldSetAndUnsetTemplate()
    {
        // GIVEN a plan, and no templates
        const QJsonObject plan = createPlan(QStringLiteral("Learn Python programming"));
        QVERIFY(!plan.isEmpty());
        const qint64 id = plan.value(QStringLiteral("id")).toInteger();
        QCOMPARE(templatesPage({}).value(QStringLiteral("total")).toInt(), 0);

        // WHEN it is made a template
        const CliRun set = cli({QStringLiteral("template"), QStringLiteral("set"),
                                QString::number(id), QStringLiteral("--json")});

        // THEN it is listed as a template, and no longer as a plan
        QVERIFY2(set.exitCode == 0, qPrintable(set.describe()));
        QCOMPARE(set.json().value(QStringLiteral("plan_id")).toInteger(), id);
        QCOMPARE(set.json().value(QStringLiteral("is_template")).toBool(), true);
        const QJsonObject page = templatesPage({});
        QCOMPARE(page.value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(templateIdsOf(page.value(QStringLiteral("templates")).toArray()),
                 QList<qint64>{id});
        const CliRun plans = cli({QStringLiteral("plans"), QStringLiteral("--json")});
        QVERIFY(idsOf(plans.json().value(QStringLiteral("plans")).toArray()).isEmpty());

        // WHEN it is unset
        const CliRun unset =
            cli({QStringLiteral("template"), QStringLiteral("unset"), QString::number(id)});

        // THEN it is a plan again
        QVERIFY2(unset.exitCode == 0, qPrintable(unset.describe()));
        QVERIFY2(unset.outText().contains(QStringLiteral("no longer a template")),
                 qPrintable(unset.describe()));
        QCOMPARE(templatesPage({}).value(QStringLiteral("total")).toInt(), 0);
        const CliRun again = cli({QStringLiteral("plans"), QStringLiteral("--json")});
        QCOMPARE(idsOf(again.json().value(QStringLiteral("plans")).toArray()), QList<qint64>{id});
    }

    void shouldCreatePlanFromTemplate_data()
    {
        QTest::addColumn<QString>("goal"); // empty: the template's
        QTest::newRow("the template's goal") << QString();
        QTest::newRow("a goal of its own") << QStringLiteral("Learn Python again, slowly");
    }

    void shouldCreatePlanFromTemplate()
    {
        QFETCH(QString, goal);
        // GIVEN a template
        const QJsonObject source = createPlan(QStringLiteral("Learn Python programming"));
        QVERIFY(!source.isEmpty());
        const qint64 templateId = source.value(QStringLiteral("id")).toInteger();
        QVERIFY(setTemplate(templateId, true));

        // WHEN a plan is started from it
        QStringList arguments{QStringLiteral("plan"), QStringLiteral("--from-template"),
                              QString::number(templateId)};
        if (!goal.isEmpty())
            arguments << goal;
        arguments << QStringLiteral("--today") << QStringLiteral("2027-01-04")
                  << QStringLiteral("--hours-per-week") << QStringLiteral("5")
                  << QStringLiteral("--json");
        const CliRun r = cli(arguments);

        // THEN it is a new plan with the template's tasks, scheduled afresh
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject plan = r.json().value(QStringLiteral("plan")).toObject();
        const qint64 id = plan.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0 && id != templateId);
        QCOMPARE(plan.value(QStringLiteral("goal")).toString(),
                 goal.isEmpty() ? source.value(QStringLiteral("goal")).toString() : goal);
        QCOMPARE(titlesOf(plan), titlesOf(source));
        QCOMPARE(plan.value(QStringLiteral("hours_per_week")).toDouble(), 5.0);
        for (const QJsonValue &task : plan.value(QStringLiteral("tasks")).toArray()) {
            QCOMPARE(task.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("todo"));
            QVERIFY(task.toObject().value(QStringLiteral("start_date")).toString() >=
                    QStringLiteral("2027-01-04"));
        }

        // AND it is listed among the plans, while the template stays one
        const CliRun plans = cli({QStringLiteral("plans"), QStringLiteral("--json")});
        QCOMPARE(idsOf(plans.json().value(QStringLiteral("plans")).toArray()), QList<qint64>{id});
        QCOMPARE(templatesPage({}).value(QStringLiteral("total")).toInt(), 1);
    }

    void shouldRefuseToStartFromPlanThatIsNotTemplate()
    {
        // GIVEN a plan that is not a template
        const QJsonObject plan = createPlan(QStringLiteral("Learn Python programming"));
        QVERIFY(!plan.isEmpty());
        const QByteArray before = fileBytes(dbPath());
        // WHEN a plan is started from it
        const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("--from-template"),
                              QString::number(plan.value(QStringLiteral("id")).toInteger()),
                              QStringLiteral("--today"), kToday});
        // THEN it is a usage error and nothing is written
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        verifyOneErrorLine(r);
        QVERIFY2(r.err.contains("not a template"), qPrintable(r.describe()));
        QVERIFY(fileBytes(dbPath()) == before);
    }

    void shouldRejectBadDbWorkers_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("environment"); // HELIOS_DB_WORKERS, empty: unset
        QTest::addColumn<QString>("mention");
        const QStringList plan{"plan", "Learn Python", "--today", kToday};
        QTest::newRow("zero") << (QStringList{"--db-workers", "0"} + plan) << QString()
                              << "--db-workers";
        QTest::newRow("not a number")
            << (plan + QStringList{"--db-workers", "abc"}) << QString() << "abc";
        QTest::newRow("seventeen")
            << (QStringList{"--db-workers", "17"} + plan) << QString() << "17";
        QTest::newRow("missing value")
            << (plan + QStringList{"--db-workers"}) << QString() << "db-workers";
        QTest::newRow("environment not a number") << plan << "abc"
                                                  << "HELIOS_DB_WORKERS";
        QTest::newRow("environment zero") << plan << "0"
                                          << "HELIOS_DB_WORKERS";
        QTest::newRow("bad option wins over good environment")
            << (QStringList{"--db-workers", "0"} + plan) << "4"
            << "--db-workers";
    }

    void shouldRejectBadDbWorkers()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, environment);
        QFETCH(QString, mention);
        QProcessEnvironment env = this->environment();
        if (!environment.isEmpty())
            env.insert(QStringLiteral("HELIOS_DB_WORKERS"), environment);
        // WHEN a command runs with a bad pool size
        const CliRun r = cli(arguments, env);
        // THEN it is a usage error and nothing is created
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        verifyOneErrorLine(r);
        QVERIFY2(r.errLines().first().contains(mention), qPrintable(r.describe()));
        QVERIFY(QDir(m_dir->path()).isEmpty());
    }

    void shouldRunWithChosenDbWorkers_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("environment");
        QTest::newRow("one") << QStringList{"--db-workers", "1"} << QString();
        QTest::newRow("sixteen") << QStringList{"--db-workers", "16"} << QString();
        QTest::newRow("from the environment") << QStringList{} << "3";
        QTest::newRow("option over bad environment") << QStringList{"--db-workers", "2"} << "abc";
    }

    void shouldRunWithChosenDbWorkers()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, environment);
        QProcessEnvironment env = this->environment();
        if (!environment.isEmpty())
            env.insert(QStringLiteral("HELIOS_DB_WORKERS"), environment);
        // WHEN a plan is created and listed with that pool size
        const CliRun created =
            cli(options + QStringList{QStringLiteral("plan"), QStringLiteral("Learn Python"),
                                      QStringLiteral("--today"), kToday},
                env);
        const CliRun listed =
            cli(QStringList{QStringLiteral("plans"), QStringLiteral("--json")} + options, env);
        // THEN both work
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QCOMPARE(listed.json().value(QStringLiteral("plans")).toArray().size(), 1);
    }
};

HELIOS_TEST_MAIN(TestCliDb)
#include "tst_cli_db.moc"
