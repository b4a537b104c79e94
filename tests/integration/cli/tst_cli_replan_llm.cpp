// helios-cli replan --llm end to end: the real binary on a temporary database, the reviser's
// answers from the real test LLM server running in this process (over loopback).
#include "cli_process.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"
#include "tests/support/test_paths.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace helios::test;

namespace {

const QByteArray kReviser = "You are the reviser";
const QString kNewTask = QStringLiteral("Practise with a small project");

QJsonObject draft(const QString &id, const QString &title, double hours, const QJsonArray &deps)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), QStringLiteral("As revised.")},
            {QStringLiteral("estimate_hours"), hours},
            {QStringLiteral("depends_on"), deps},
            {QStringLiteral("milestone"), QStringLiteral("Practice")}};
}

// Keeps the first remaining task with a larger estimate, adds one new task after it and drops
// every other remaining task.
QString revisionAnswer(const QString &keptTitle)
{
    const QJsonArray tasks{
        draft(QStringLiteral("r1"), keptTitle, 7.5, {QStringLiteral("d1")}),
        draft(QStringLiteral("n1"), kNewTask, 4, {QStringLiteral("r1")}),
    };
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("tasks"), tasks}})
                                 .toJson(QJsonDocument::Compact));
}

ScriptedReply reviserReply(const QString &content)
{
    ScriptedReply reply;
    reply.bodyContains = kReviser;
    reply.content = content;
    return reply;
}

} // namespace

class TestCliReplanLlm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestLlmServer> m_server;
    qint64 m_planId = 0;
    QJsonArray m_tasks; // as the plan was made, the first one since marked done

    QString db() const { return m_dir->filePath(QStringLiteral("helios.db")); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = cliEnvironment(m_dir->path());
        for (const char *name :
             {"HELIOS_PROVIDER", "HELIOS_ENDPOINT", "HELIOS_MODEL", "HELIOS_API_KEY"})
            e.remove(QString::fromLatin1(name));
        return e;
    }

    // Runs helios-cli while this event loop keeps serving the test server's connections.
    CliRun run(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(env());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(helios::test::cliPath(),
                      QStringList{QStringLiteral("--db"), db()} + arguments);
        return finishRun(process, finished.wait(60000));
    }

    QStringList replanWithModel(const QString &endpoint) const
    {
        return {QStringLiteral("replan"),
                QString::number(m_planId),
                QStringLiteral("--today"),
                QStringLiteral("2026-12-15"),
                QStringLiteral("--llm"),
                QStringLiteral("--provider"),
                QStringLiteral("openai"),
                QStringLiteral("--endpoint"),
                endpoint,
                QStringLiteral("--model"),
                QStringLiteral("test-model"),
                QStringLiteral("--no-cache")};
    }

    QStringList replanWithModel() const { return replanWithModel(m_server->baseUrl().toString()); }

    QJsonArray tasksNow()
    {
        const CliRun r =
            run({QStringLiteral("show"), QString::number(m_planId), QStringLiteral("--json")});
        return r.json()
            .value(QLatin1String("plan"))
            .toObject()
            .value(QLatin1String("tasks"))
            .toArray();
    }

    QJsonArray versionsNow()
    {
        const CliRun r =
            run({QStringLiteral("versions"), QString::number(m_planId), QStringLiteral("--json")});
        return r.json().value(QLatin1String("versions")).toArray();
    }

    int reviserRequests() const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += r.body.contains(kReviser) ? 1 : 0;
        return n;
    }

    QString title(int position) const
    {
        return m_tasks.at(position).toObject().value(QLatin1String("title")).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<TestLlmServer>();
        QVERIFY(m_server->listen());
        // GIVEN an offline plan made six weeks ago whose first task is done
        const CliRun made =
            run({QStringLiteral("plan"), QStringLiteral("Learn Python"), QStringLiteral("--today"),
                 QStringLiteral("2026-11-02"), QStringLiteral("--deadline"),
                 QStringLiteral("2027-03-01"), QStringLiteral("--json")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QJsonObject plan = made.json().value(QLatin1String("plan")).toObject();
        m_planId = plan.value(QLatin1String("id")).toInteger();
        QVERIFY(m_planId > 0);
        QVERIFY(plan.value(QLatin1String("tasks")).toArray().size() >= 4);
        const QString firstTask = QString::number(plan.value(QLatin1String("tasks"))
                                                      .toArray()
                                                      .at(0)
                                                      .toObject()
                                                      .value(QLatin1String("id"))
                                                      .toInteger());
        const CliRun done = run({QStringLiteral("task"), QStringLiteral("set-status"), firstTask,
                                 QStringLiteral("done")});
        QVERIFY2(done.exitCode == 0, qPrintable(done.describe()));
        m_tasks = tasksNow();
        QCOMPARE(m_tasks.size(), plan.value(QLatin1String("tasks")).toArray().size());
    }

    void cleanup() { m_server.reset(); }

    void shouldProposeTheModelsRevisionAndChangeNothingWithoutAccept()
    {
        m_server->enqueue(reviserReply(revisionAnswer(title(1))));
        // WHEN replan --llm runs without --accept
        const CliRun r = run(replanWithModel());
        // THEN the reviser was asked once and the proposed diff is printed
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(reviserRequests(), 1);
        const QString out = r.outText();
        QVERIFY2(out.contains(QStringLiteral("+ Added: %1 (4 h)").arg(kNewTask)), qPrintable(out));
        for (int i = 2; i < m_tasks.size(); ++i)
            QVERIFY2(out.contains(QStringLiteral("- Removed: %1").arg(title(i))), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("- Removed: %1").arg(title(0))), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("- Removed: %1").arg(title(1))), qPrintable(out));
        // the kept task: the reviser's estimate (its notes and milestone changed too)
        const QStringList lines = out.split(QLatin1Char('\n'));
        const auto kept = std::find_if(lines.cbegin(), lines.cend(), [this](const QString &line) {
            return line.startsWith(QStringLiteral("~ %1: ").arg(title(1))) &&
                   line.contains(QLatin1String("estimate"));
        });
        QVERIFY2(kept != lines.cend(), qPrintable(out));
        QVERIFY2(kept->contains(QStringLiteral("→ 7.5 h")), qPrintable(*kept));
        QVERIFY(out.contains(QLatin1String("--accept")));
        // AND nothing changed: the same tasks, no version
        QCOMPARE(tasksNow(), m_tasks);
        QCOMPARE(versionsNow().size(), 0);
    }

    void shouldApplyTheRevisionAsAVersionWithAccept()
    {
        m_server->enqueue(reviserReply(revisionAnswer(title(1))));
        // WHEN replan --llm --accept --json runs
        const CliRun r = run(replanWithModel() +
                             QStringList{QStringLiteral("--accept"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject answer = r.json();
        QVERIFY(answer.value(QLatin1String("accepted")).toBool());
        QCOMPARE(answer.value(QLatin1String("version")).toInt(), 2);
        const QJsonObject diff = answer.value(QLatin1String("diff")).toObject();
        QCOMPARE(diff.value(QLatin1String("added")).toArray().size(), 1);
        QCOMPARE(diff.value(QLatin1String("removed")).toArray().size(), m_tasks.size() - 2);
        // THEN the plan is the done task, the kept one and the new one
        const QJsonArray tasks = tasksNow();
        QCOMPARE(tasks.size(), 3);
        QCOMPARE(tasks.at(0).toObject(), m_tasks.at(0).toObject());
        QCOMPARE(tasks.at(1).toObject().value(QLatin1String("id")),
                 m_tasks.at(1).toObject().value(QLatin1String("id")));
        QCOMPARE(tasks.at(1).toObject().value(QLatin1String("estimate_hours")).toDouble(), 7.5);
        QCOMPARE(tasks.at(2).toObject().value(QLatin1String("title")).toString(), kNewTask);
        for (int i = 1; i < tasks.size(); ++i)
            QVERIFY(tasks.at(i).toObject().value(QLatin1String("start_date")).toString() >=
                    QLatin1String("2026-12-15"));
        // AND versions lists the original and the revision, which diff tells apart
        const QJsonArray versions = versionsNow();
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("original"));
        QCOMPARE(versions.at(1).toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("revision"));
        const CliRun diffText = run({QStringLiteral("diff"), QString::number(m_planId),
                                     QStringLiteral("1"), QStringLiteral("2")});
        QVERIFY2(diffText.exitCode == 0, qPrintable(diffText.describe()));
        // (the new task is added, not an old task renamed: new tasks never reuse the ids of
        // tasks the plan had)
        QVERIFY2(diffText.outText().contains(QStringLiteral("+ Added: %1").arg(kNewTask)),
                 qPrintable(diffText.outText()));
        QVERIFY2(!diffText.outText().contains(QLatin1String("renamed from")),
                 qPrintable(diffText.outText()));
        QCOMPARE(diffText.outText().count(QLatin1String("- Removed: ")), m_tasks.size() - 2);
        // AND the text form names the new version
        m_server->enqueue(reviserReply(revisionAnswer(title(1))));
        const CliRun again = run(replanWithModel() + QStringList{QStringLiteral("--accept")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QVERIFY2(again.outText().contains(
                     QStringLiteral("Applied as version 3 of plan %1").arg(m_planId)),
                 qPrintable(again.outText()));
        QCOMPARE(versionsNow().size(), 3);
    }

    void shouldExit4WhenTheModelAnswersProseTwice()
    {
        // GIVEN a model that answers prose, even after the repair round
        const QString prose = QStringLiteral("Sure! First, keep practising every day.");
        m_server->enqueue(reviserReply(prose));
        m_server->enqueue(reviserReply(prose));
        // WHEN replan --llm --accept runs
        const CliRun r = run(replanWithModel() + QStringList{QStringLiteral("--accept")});
        // THEN it is rejected with exit 4, one sentence on stderr, after one repair round
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(reviserRequests(), 2);
        // AND nothing was saved
        QCOMPARE(tasksNow(), m_tasks);
        QCOMPARE(versionsNow().size(), 0);
    }

    void shouldExit3WhenNothingListens()
    {
        // GIVEN a server that is gone
        const QString endpoint = m_server->baseUrl().toString();
        m_server.reset();
        // WHEN replan --llm --accept runs against it
        const CliRun r = run(replanWithModel(endpoint) + QStringList{QStringLiteral("--accept"),
                                                                     QStringLiteral("--timeout"),
                                                                     QStringLiteral("5")});
        // THEN it fails with exit 3 and one sentence, and nothing changed
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QCOMPARE(tasksNow(), m_tasks);
        QCOMPARE(versionsNow().size(), 0);
    }
};

HELIOS_TEST_MAIN(TestCliReplanLlm)
#include "tst_cli_replan_llm.moc"
