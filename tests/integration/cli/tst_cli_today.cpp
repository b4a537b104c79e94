// helios-cli today and task tomorrow end to end: the real binary on a temporary database.
#include "cli_process.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace helios::test;

namespace {

const QString kStart = QStringLiteral("2026-11-02");
const QString kDay = QStringLiteral("2026-11-10"); // a Tuesday

QDate dateOf(const QJsonObject &task, const char *field)
{
    return QDate::fromString(task.value(QLatin1String(field)).toString(), Qt::ISODate);
}

} // namespace

class TestCliToday : public QObject
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

    qint64 createPlan(const QString &goal, const QString &hoursPerWeek)
    {
        const CliRun r =
            cli({QStringLiteral("plan"), goal, QStringLiteral("--today"), kStart,
                 QStringLiteral("--hours-per-week"), hoursPerWeek, QStringLiteral("--json")});
        if (r.exitCode != 0)
            qFatal("plan failed: %s", qPrintable(r.describe()));
        return r.json()
            .value(QLatin1String("plan"))
            .toObject()
            .value(QLatin1String("id"))
            .toInteger();
    }

    QJsonObject today(QStringList extra = {})
    {
        const CliRun r = cli(QStringList{QStringLiteral("today"), QStringLiteral("--today"), kDay,
                                         QStringLiteral("--json")} +
                             extra);
        if (r.exitCode != 0)
            qWarning("today failed: %s", qPrintable(r.describe()));
        return r.json();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldListTheDayAcrossPlansAsJson()
    {
        // GIVEN two plans made eight days ago, at 7 and 14 hours a week, nothing done
        const qint64 first = createPlan(QStringLiteral("Learn Python"), QStringLiteral("7"));
        const qint64 second = createPlan(QStringLiteral("Learn Spanish"), QStringLiteral("14"));

        // WHEN today's list is asked for
        const QJsonObject day = today();

        // THEN it is dated, with the overdue tasks (due before the day, longest overdue first),
        // the ones under way and the next ones
        QCOMPARE(day.value(QLatin1String("date")).toString(), kDay);
        const QJsonArray overdue = day.value(QLatin1String("overdue")).toArray();
        const QJsonArray current = day.value(QLatin1String("today")).toArray();
        const QJsonArray next = day.value(QLatin1String("next_up")).toArray();
        QVERIFY(!overdue.isEmpty());
        QVERIFY(!current.isEmpty());
        QVERIFY(!next.isEmpty());
        const QDate d = QDate::fromString(kDay, Qt::ISODate);
        QDate previousDue;
        for (const QJsonValue v : overdue) {
            const QJsonObject t = v.toObject();
            QVERIFY(dateOf(t, "due_date") < d);
            QCOMPARE(t.value(QLatin1String("days_overdue")).toInt(),
                     int(dateOf(t, "due_date").daysTo(d)));
            QVERIFY(!previousDue.isValid() || previousDue <= dateOf(t, "due_date"));
            previousDue = dateOf(t, "due_date");
        }
        QSet<qint64> plans;
        double planned = 0.0;
        for (const QJsonValue v : current) {
            const QJsonObject t = v.toObject();
            QVERIFY(dateOf(t, "start_date") <= d && d <= dateOf(t, "due_date"));
            QCOMPARE(t.value(QLatin1String("status")).toString(), QStringLiteral("todo"));
            planned += t.value(QLatin1String("hours_today")).toDouble();
            plans.insert(t.value(QLatin1String("plan_id")).toInteger());
        }
        QCOMPARE(plans, (QSet<qint64>{first, second}));
        for (const QJsonValue v : next)
            QVERIFY(dateOf(v.toObject(), "start_date") > d);
        // AND the hours planned today are the sum of today's, against the plans' daily shares
        QVERIFY(qAbs(day.value(QLatin1String("planned_hours")).toDouble() - planned) < 0.02);
        QCOMPARE(day.value(QLatin1String("available_hours")).toDouble(), 3.0);
        QCOMPARE(current.first().toObject().value(QLatin1String("plan_goal")).toString().isEmpty(),
                 false);
        // AND --weekday-hours gives the hours of the day's weekday (Tuesday) instead
        const QJsonObject mine =
            today({QStringLiteral("--weekday-hours"), QStringLiteral("1,2.5,1,1,1,5,5")});
        QCOMPARE(mine.value(QLatin1String("available_hours")).toDouble(), 2.5);
    }

    void shouldPrintTheDayAsText()
    {
        createPlan(QStringLiteral("Learn Python"), QStringLiteral("7"));
        const CliRun r = cli({QStringLiteral("today"), QStringLiteral("--today"), kDay});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = r.outText();
        QVERIFY2(text.startsWith(QStringLiteral("Today, 2026-11-10: ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Overdue: ")));
        QVERIFY(text.contains(QStringLiteral("\nToday\n")));
        QVERIFY(text.contains(QStringLiteral("Next up")));
        QVERIFY(text.contains(QStringLiteral("Learn Python")));
    }

    void shouldMoveATaskToTomorrowAsANewVersion()
    {
        // GIVEN a plan with a task under way today
        const qint64 plan = createPlan(QStringLiteral("Learn Python"), QStringLiteral("7"));
        const QJsonObject task = today().value(QLatin1String("today")).toArray().first().toObject();
        const qint64 taskId = task.value(QLatin1String("task_id")).toInteger();

        // WHEN it is moved to tomorrow
        const CliRun r =
            cli({QStringLiteral("task"), QStringLiteral("tomorrow"), QString::number(taskId),
                 QStringLiteral("--today"), kDay, QStringLiteral("--json")});

        // THEN it starts tomorrow
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject moved = r.json().value(QLatin1String("task")).toObject();
        QCOMPARE(moved.value(QLatin1String("id")).toInteger(), taskId);
        QCOMPARE(dateOf(moved, "start_date"), QDate::fromString(kDay, Qt::ISODate).addDays(1));
        QVERIFY(r.json().value(QLatin1String("also_moved")).isArray());
        // AND the plan has kept it as a version, after the original
        const CliRun versions =
            cli({QStringLiteral("versions"), QString::number(plan), QStringLiteral("--json")});
        const QJsonArray list = versions.json().value(QLatin1String("versions")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("moved to tomorrow"));
        // AND today's list no longer has it
        for (const QJsonValue v : today().value(QLatin1String("today")).toArray())
            QVERIFY(v.toObject().value(QLatin1String("task_id")).toInteger() != taskId);
        // AND moving it again the same day is refused (it starts tomorrow already), no new version
        const CliRun again = cli({QStringLiteral("task"), QStringLiteral("tomorrow"),
                                  QString::number(taskId), QStringLiteral("--today"), kDay});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.errLines().first().contains(QStringLiteral("does not start before")),
                 qPrintable(again.describe()));
        const CliRun still =
            cli({QStringLiteral("versions"), QString::number(plan), QStringLiteral("--json")});
        QCOMPARE(still.json().value(QLatin1String("versions")).toArray().size(), 2);
    }

    void shouldProposeTheOverduePlansAgainAndApplyThemOnlyWithYes()
    {
        // GIVEN two plans made eight days ago with overdue work on the day
        const qint64 first = createPlan(QStringLiteral("Learn Python"), QStringLiteral("7"));
        const qint64 second = createPlan(QStringLiteral("Learn Spanish"), QStringLiteral("14"));
        const QJsonArray overdueBefore = today().value(QLatin1String("overdue")).toArray();
        QSet<qint64> late;
        for (const QJsonValue v : overdueBefore)
            late.insert(v.toObject().value(QLatin1String("plan_id")).toInteger());
        QCOMPARE(late, (QSet<qint64>{first, second}));

        // WHEN the overdue work is rescheduled without --yes
        const QStringList reschedule{QStringLiteral("today"), QStringLiteral("--today"), kDay,
                                     QStringLiteral("--reschedule-overdue"),
                                     QStringLiteral("--json")};
        const CliRun proposed = cli(reschedule);

        // THEN each plan's proposal is printed with its changes, and nothing is saved
        QVERIFY2(proposed.exitCode == 0, qPrintable(proposed.describe()));
        QCOMPARE(proposed.json().value(QLatin1String("accepted")).toBool(), false);
        const QJsonArray plans = proposed.json().value(QLatin1String("plans")).toArray();
        QCOMPARE(plans.size(), 2);
        for (const QJsonValue v : plans) {
            const QJsonObject p = v.toObject();
            QVERIFY(late.contains(p.value(QLatin1String("plan_id")).toInteger()));
            QVERIFY(p.value(QLatin1String("overdue")).toInt() > 0);
            QVERIFY(p.value(QLatin1String("version")).isNull());
            QVERIFY(!p.value(QLatin1String("diff"))
                         .toObject()
                         .value(QLatin1String("shifted"))
                         .toArray()
                         .isEmpty());
        }
        QCOMPARE(today().value(QLatin1String("overdue")).toArray().size(), overdueBefore.size());
        const CliRun noVersion =
            cli({QStringLiteral("versions"), QString::number(first), QStringLiteral("--json")});
        QVERIFY(noVersion.json().value(QLatin1String("versions")).toArray().isEmpty());

        // WHEN it is run again with --yes
        const CliRun applied = cli(reschedule + QStringList{QStringLiteral("--yes")});

        // THEN every plan is saved as a re-plan version and nothing is overdue on the day
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
        QCOMPARE(applied.json().value(QLatin1String("accepted")).toBool(), true);
        for (const QJsonValue v : applied.json().value(QLatin1String("plans")).toArray())
            QCOMPARE(v.toObject().value(QLatin1String("version")).toInt(), 2);
        QVERIFY(today().value(QLatin1String("overdue")).toArray().isEmpty());
        const CliRun versions =
            cli({QStringLiteral("versions"), QString::number(second), QStringLiteral("--json")});
        const QJsonArray list = versions.json().value(QLatin1String("versions")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("replan"));

        // AND a third run finds nothing to do
        const CliRun nothing = cli({QStringLiteral("today"), QStringLiteral("--today"), kDay,
                                    QStringLiteral("--reschedule-overdue")});
        QVERIFY2(nothing.exitCode == 0, qPrintable(nothing.describe()));
        QVERIFY2(nothing.outText().startsWith(QStringLiteral("Nothing is overdue on 2026-11-10")),
                 qPrintable(nothing.outText()));
    }

    void shouldPrintTheOverdueProposalsAsText()
    {
        createPlan(QStringLiteral("Learn Python"), QStringLiteral("7"));
        const CliRun r = cli({QStringLiteral("today"), QStringLiteral("--today"), kDay,
                              QStringLiteral("--reschedule-overdue")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QString text = r.outText();
        QVERIFY2(text.contains(QStringLiteral("“Learn Python”: ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("overdue task")));
        QVERIFY(text.contains(QStringLiteral("Nothing changed yet: run it again with --yes")));
    }

    void shouldRefuseBadInputWithOneSentence_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("two weekday hours")
            << QStringList{QStringLiteral("today"), QStringLiteral("--weekday-hours"),
                           QStringLiteral("1,2")}
            << QStringLiteral("--weekday-hours takes seven numbers");
        QTest::newRow("hours past a day")
            << QStringList{QStringLiteral("today"), QStringLiteral("--weekday-hours"),
                           QStringLiteral("25")}
            << QStringLiteral("from 0 to 24, not '25'");
        QTest::newRow("an argument")
            << QStringList{QStringLiteral("today"), QStringLiteral("please")}
            << QStringLiteral("takes no arguments");
        QTest::newRow("a bad date")
            << QStringList{QStringLiteral("today"), QStringLiteral("--today"),
                           QStringLiteral("10/11/26")}
            << QStringLiteral("--today expects a date as YYYY-MM-DD");
        QTest::newRow("yes alone") << QStringList{QStringLiteral("today"), QStringLiteral("--yes")}
                                   << QStringLiteral("--yes goes with --reschedule-overdue");
        QTest::newRow("tomorrow without a task")
            << QStringList{QStringLiteral("task"), QStringLiteral("tomorrow")}
            << QStringLiteral("task tomorrow needs one task id");
        QTest::newRow("unknown task")
            << QStringList{QStringLiteral("task"), QStringLiteral("tomorrow"),
                           QStringLiteral("98765")}
            << QStringLiteral("There is no task with id 98765.");
    }

    void shouldRefuseBadInputWithOneSentence()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        // GIVEN a database with a plan
        createPlan(QStringLiteral("Learn Python"), QStringLiteral("7"));
        // WHEN the command is bad, THEN exit 2 and one sentence naming the problem
        const CliRun r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().first().contains(message), qPrintable(r.describe()));
        QVERIFY(r.out.isEmpty());
    }

    void shouldRefuseToMoveADoneTask()
    {
        // GIVEN a task marked done
        const qint64 plan = createPlan(QStringLiteral("Learn Python"), QStringLiteral("7"));
        const qint64 taskId = today()
                                  .value(QLatin1String("today"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QLatin1String("task_id"))
                                  .toInteger();
        QCOMPARE(cli({QStringLiteral("task"), QStringLiteral("set-status"), QString::number(taskId),
                      QStringLiteral("done")})
                     .exitCode,
                 0);
        // WHEN it is moved, THEN it is refused and the plan keeps no new version
        const CliRun r = cli({QStringLiteral("task"), QStringLiteral("tomorrow"),
                              QString::number(taskId), QStringLiteral("--today"), kDay});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errLines().first().contains(QStringLiteral("finished already")),
                 qPrintable(r.describe()));
        const CliRun versions =
            cli({QStringLiteral("versions"), QString::number(plan), QStringLiteral("--json")});
        QVERIFY(versions.json().value(QLatin1String("versions")).toArray().isEmpty());
    }

    void shouldAnswerAnEmptyDayWithoutADatabase()
    {
        // WHEN today is asked for where there is no database
        const CliRun r = cli(
            {QStringLiteral("today"), QStringLiteral("--today"), kDay, QStringLiteral("--json")});
        // THEN the day is empty, and no database was made
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.json().value(QLatin1String("date")).toString(), kDay);
        QVERIFY(r.json().value(QLatin1String("today")).toArray().isEmpty());
        QVERIFY(!QFile::exists(db()));
    }
};

HELIOS_TEST_MAIN(TestCliToday)
#include "tst_cli_today.moc"
