// helios-cli task add|edit|move|remove and plan rename end to end: the real binary on a
// temporary database.
#include "cli_process.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace helios::test;

namespace {

const QString kStart = QStringLiteral("2026-11-02");
const QString kDay = QStringLiteral("2026-11-04");

QDate dateOf(const QJsonObject &task, const char *field)
{
    return QDate::fromString(task.value(QLatin1String(field)).toString(), Qt::ISODate);
}

} // namespace

class TestCliEdit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString db() const { return m_dir->filePath(QStringLiteral("helios.db")); }

    CliRun cli(QStringList args)
    {
        return runCli(QStringList{QStringLiteral("--db"), db()} + args,
                      cliEnvironment(m_dir->path()));
    }

    QJsonObject createPlan()
    {
        const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("Learn Python"),
                              QStringLiteral("--today"), kStart, QStringLiteral("--hours-per-week"),
                              QStringLiteral("7"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qFatal("plan failed: %s", qPrintable(r.describe()));
        return r.json().value(QLatin1String("plan")).toObject();
    }

    QJsonObject show(qint64 planId)
    {
        const CliRun r =
            cli({QStringLiteral("show"), QString::number(planId), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("show failed: %s", qPrintable(r.describe()));
        const QJsonObject out = r.json();
        return out.contains(QLatin1String("plan")) ? out.value(QLatin1String("plan")).toObject()
                                                   : out;
    }

    static QJsonArray tasksOf(const QJsonObject &plan)
    {
        return plan.value(QLatin1String("tasks")).toArray();
    }

    static qint64 idAt(const QJsonObject &plan, int position)
    {
        return tasksOf(plan).at(position).toObject().value(QLatin1String("id")).toInteger();
    }

    int versionCount(qint64 planId)
    {
        const CliRun r =
            cli({QStringLiteral("versions"), QString::number(planId), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("versions failed: %s", qPrintable(r.describe()));
        return int(r.json().value(QLatin1String("versions")).toArray().size());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldAddATaskAfterItsMilestoneAndSayWhatMoved()
    {
        // GIVEN a plan
        const QJsonObject plan = createPlan();
        const qint64 planId = plan.value(QLatin1String("id")).toInteger();
        const QString milestone =
            tasksOf(plan).at(0).toObject().value(QLatin1String("milestone")).toString();
        const int before = int(tasksOf(plan).size());

        // WHEN a task of 3 hours is added to the first milestone, after the first task
        const CliRun r =
            cli({QStringLiteral("task"), QStringLiteral("add"), QString::number(planId),
                 QStringLiteral("Read"), QStringLiteral("chapter 4"), QStringLiteral("--hours"),
                 QStringLiteral("3"), QStringLiteral("--milestone"), milestone,
                 QStringLiteral("--after"), QString::number(idAt(plan, 0)),
                 QStringLiteral("--today"), kDay, QStringLiteral("--json")});

        // THEN it is saved with an id, its milestone and prerequisite, and the later work moved
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject out = r.json();
        QCOMPARE(out.value(QLatin1String("plan_id")).toInteger(), planId);
        QVERIFY(out.value(QLatin1String("rescheduled")).toBool());
        const QJsonObject task = out.value(QLatin1String("task")).toObject();
        QCOMPARE(task.value(QLatin1String("title")).toString(), QStringLiteral("Read chapter 4"));
        QCOMPARE(task.value(QLatin1String("estimate_hours")).toDouble(), 3.0);
        QCOMPARE(task.value(QLatin1String("milestone")).toString(), milestone);
        QVERIFY(task.value(QLatin1String("id")).toInteger() > 0);
        QVERIFY(out.value(QLatin1String("moved")).toInt() > 0);
        QCOMPARE(out.value(QLatin1String("moved")).toInt(), int(out.value(QLatin1String("diff"))
                                                                    .toObject()
                                                                    .value(QLatin1String("shifted"))
                                                                    .toArray()
                                                                    .size()));
        // AND the stored plan has it, and the finish date reported is the stored plan's
        const QJsonObject stored = show(planId);
        QCOMPARE(int(tasksOf(stored).size()), before + 1);
        QDate finish;
        for (const QJsonValue v : tasksOf(stored))
            finish = std::max(finish, dateOf(v.toObject(), "due_date"));
        QCOMPARE(out.value(QLatin1String("finish")).toString(), finish.toString(Qt::ISODate));
        // AND the edit is a version after the original
        QCOMPARE(versionCount(planId), 2);
    }

    void shouldEditMoveAndRemoveATaskInOneEditingSession()
    {
        // GIVEN a plan
        const QJsonObject plan = createPlan();
        const qint64 planId = plan.value(QLatin1String("id")).toInteger();
        const qint64 second = idAt(plan, 1);

        // WHEN the second task is renamed and re-estimated
        const CliRun edited =
            cli({QStringLiteral("task"), QStringLiteral("edit"), QString::number(second),
                 QStringLiteral("--title"), QStringLiteral("Practise"), QStringLiteral("--hours"),
                 QStringLiteral("5"), QStringLiteral("--today"), kDay, QStringLiteral("--json")});
        // THEN the task says so
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.describe()));
        const QJsonObject task = edited.json().value(QLatin1String("task")).toObject();
        QCOMPARE(task.value(QLatin1String("title")).toString(), QStringLiteral("Practise"));
        QCOMPARE(task.value(QLatin1String("estimate_hours")).toDouble(), 5.0);

        // WHEN it is moved to start a month later
        const QDate later = QDate::fromString(kDay, Qt::ISODate).addMonths(1);
        const CliRun moved =
            cli({QStringLiteral("task"), QStringLiteral("move"), QString::number(second),
                 QStringLiteral("--start"), later.toString(Qt::ISODate), QStringLiteral("--today"),
                 kDay, QStringLiteral("--json")});
        // THEN it starts on or after that day
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.describe()));
        QVERIFY(dateOf(moved.json().value(QLatin1String("task")).toObject(), "start_date") >=
                later);

        // WHEN it is removed, in words
        const CliRun removed = cli({QStringLiteral("task"), QStringLiteral("remove"),
                                    QString::number(second), QStringLiteral("--today"), kDay});
        // THEN the sentence names it and the plan no longer has it
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QVERIFY2(removed.outText().contains(QStringLiteral("Practise")),
                 qPrintable(removed.outText()));
        for (const QJsonValue v : tasksOf(show(planId)))
            QVERIFY(v.toObject().value(QLatin1String("id")).toInteger() != second);
        // AND the three edits, moments apart, are one version after the original
        QCOMPARE(versionCount(planId), 2);
    }

    void shouldRenameThePlan()
    {
        // GIVEN a plan
        const qint64 planId = createPlan().value(QLatin1String("id")).toInteger();

        // WHEN it is renamed, in words
        const CliRun r =
            cli({QStringLiteral("plan"), QStringLiteral("rename"), QString::number(planId),
                 QStringLiteral("Learn"), QStringLiteral("Python properly")});

        // THEN the sentence and the stored plan have the new goal
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.outText().contains(QStringLiteral("Learn Python properly")),
                 qPrintable(r.outText()));
        QCOMPARE(show(planId).value(QLatin1String("goal")).toString(),
                 QStringLiteral("Learn Python properly"));
    }

    void shouldRefuseBadEditsWithOneSentenceAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        // %1: the plan id, %2: its first task id
        QTest::newRow("unknown task") << QStringList{"task", "edit", "987654", "--title", "x"} << 2
                                      << QStringLiteral("987654");
        QTest::newRow("no change") << QStringList{"task", "edit", "%2"} << 2
                                   << QStringLiteral("needs something to change");
        QTest::newRow("bad hours")
            << QStringList{"task", "edit", "%2", "--hours", "lots"} << 2 << QStringLiteral("lots");
        QTest::newRow("zero hours")
            << QStringList{"task", "edit", "%2", "--hours", "0"} << 2 << QStringLiteral("above 0");
        QTest::newRow("bad start") << QStringList{"task", "move", "%2", "--start", "4/15/27"} << 2
                                   << QStringLiteral("4/15/27");
        QTest::newRow("self prerequisite")
            << QStringList{"task", "edit", "%2", "--after", "%2"} << 2 << QString();
        QTest::newRow("empty title")
            << QStringList{"task", "add", "%1", "--hours", "2"} << 2 << QStringLiteral("title");
        QTest::newRow("unknown action")
            << QStringList{"task", "frobnicate", "%2"} << 2 << QStringLiteral("frobnicate");
        QTest::newRow("rename without goal")
            << QStringList{"plan", "rename", "%1"} << 2 << QStringLiteral("new goal");
    }

    void shouldRefuseBadEditsWithOneSentenceAndChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        // GIVEN a plan
        const QJsonObject plan = createPlan();
        const qint64 planId = plan.value(QLatin1String("id")).toInteger();
        for (QString &arg : args)
            arg = arg.replace(QLatin1String("%1"), QString::number(planId))
                      .replace(QLatin1String("%2"), QString::number(idAt(plan, 0)));

        // WHEN the bad edit is asked for
        const CliRun r = cli(args);

        // THEN it fails with one sentence on stderr, nothing on stdout
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().constFirst().contains(says), qPrintable(r.describe()));
        // AND the plan is as it was, with no version made
        QCOMPARE(tasksOf(show(planId)), tasksOf(plan));
        QCOMPARE(versionCount(planId), 0);
    }
};

HELIOS_TEST_MAIN(TestCliEdit)
#include "tst_cli_edit.moc"
