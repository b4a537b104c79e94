#include "core/agents/llm_planning_team.h"
#include "core/agents/offline_planning_team.h"
#include "core/llm/openai_provider.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <memory>

using namespace helios;
using namespace helios::agents;
using namespace helios::llm;
using namespace helios::test;

namespace {

const QByteArray kReviser = "You are the reviser";
const QDate kToday(2026, 11, 30);

Task task(qint64 id, const QString &title, TaskStatus status, double estimate, double actual,
          QList<int> deps, QDate start, QDate due)
{
    Task t;
    t.id = id;
    t.planId = 7;
    t.userId = 1;
    t.title = title;
    t.notes = title + QStringLiteral(" carefully.");
    t.status = status;
    t.estimateHours = estimate;
    t.actualHours = actual;
    t.dependsOn = deps;
    t.startDate = start;
    t.dueDate = due;
    t.milestone = QStringLiteral("Basics");
    return t;
}

// Two tasks done, one in progress and overdue, one to do and overdue, one to do later.
Plan halfDonePlan()
{
    Plan p;
    p.id = 7;
    p.userId = 1;
    p.goal = QStringLiteral("Learn Python programming");
    p.language = QStringLiteral("en");
    p.kind = QStringLiteral("llm");
    p.startDate = QDate(2026, 11, 16);
    p.deadline = QDate(2027, 1, 31);
    p.hoursPerWeek = 5;
    p.tasks = {task(101, QStringLiteral("Install Python"), TaskStatus::Done, 2, 3, {},
                    QDate(2026, 11, 16), QDate(2026, 11, 17)),
               task(102, QStringLiteral("Learn the syntax"), TaskStatus::Done, 4, 6, {0},
                    QDate(2026, 11, 18), QDate(2026, 11, 20)),
               task(103, QStringLiteral("Write a script"), TaskStatus::InProgress, 3, 1, {1},
                    QDate(2026, 11, 23), QDate(2026, 11, 25)),
               task(104, QStringLiteral("Read the docs"), TaskStatus::Todo, 2, -1, {1},
                    QDate(2026, 11, 26), QDate(2026, 11, 27)),
               task(105, QStringLiteral("Build a project"), TaskStatus::Todo, 10, -1, {2, 3},
                    QDate(2026, 12, 1), QDate(2026, 12, 10))};
    for (int i = 0; i < p.tasks.size(); ++i)
        p.tasks[i].order = i;
    return p;
}

QJsonObject draft(const QString &id, const QString &title, double hours, QJsonArray deps)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), QStringLiteral("As planned.")},
            {QStringLiteral("estimate_hours"), hours},
            {QStringLiteral("depends_on"), deps},
            {QStringLiteral("milestone"), QStringLiteral("Practice")}};
}

QString json(const QJsonArray &tasks)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("tasks"), tasks}})
                                 .toJson(QJsonDocument::Compact));
}

// Keeps r1 with a larger estimate, splits r2 into two new tasks, reworks r3.
QString revision()
{
    return json(
        {draft(QStringLiteral("r1"), QStringLiteral("Write a script"), 4, {QStringLiteral("d2")}),
         draft(QStringLiteral("n1"), QStringLiteral("Read the tutorial, part 1"), 1.5,
               {QStringLiteral("d2")}),
         draft(QStringLiteral("n2"), QStringLiteral("Read the tutorial, part 2"), 1.5,
               {QStringLiteral("n1")}),
         draft(QStringLiteral("r3"), QStringLiteral("Build a small project"), 12,
               {QStringLiteral("r1"), QStringLiteral("n2")})});
}

ScriptedReply reply(const QString &content)
{
    ScriptedReply r;
    r.bodyContains = kReviser;
    r.content = content;
    return r;
}

} // namespace

class TestPlanRevision : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestLlmServer> m_server;
    std::unique_ptr<LlmClient> m_client;
    QStringList m_stages;

    Result<Plan> revise(const Plan &plan, PlanningTeam &team)
    {
        const ProgressSink sink = [this](const ProgressEvent &e) {
            if (e.kind == ProgressEvent::Kind::Stage)
                m_stages << toString(e.stage);
            else if (e.kind == ProgressEvent::Kind::Done)
                m_stages << QStringLiteral("done");
        };
        return QCoro::waitFor(
            team.revise(plan, ProgressSummary::of(plan, kToday), sink, CancelToken()));
    }

    Result<Plan> reviseWithModel(const Plan &plan)
    {
        LlmTeamOptions o;
        o.call.maxRetries = 0;
        o.call.deadlineMs = 20000;
        LlmPlanningTeam team(*m_client, o);
        return revise(plan, team);
    }

    QString reviserPrompt() const
    {
        QString text;
        const QJsonArray messages =
            m_server->requests().value(0).json().value(QStringLiteral("messages")).toArray();
        for (const QJsonValue &m : messages)
            text += m.toObject().value(QStringLiteral("content")).toString() + u'\n';
        return text;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestLlmServer>();
        QVERIFY(m_server->listen());
        ProviderConfig config;
        config.kind = ProviderKind::OpenAi;
        config.endpoint = m_server->baseUrl();
        config.model = QStringLiteral("gpt-test");
        m_client = std::make_unique<LlmClient>(std::make_unique<OpenAiProvider>(config));
        m_stages.clear();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void shouldSummariseProgress()
    {
        const ProgressSummary s = ProgressSummary::of(halfDonePlan(), kToday);
        QCOMPARE(s.finishedCount, 2);
        QCOMPARE(s.remainingCount, 3);
        QCOMPARE(s.overdueCount, 2);
        QCOMPARE(s.doneEstimateHours, 6.0);
        QCOMPARE(s.doneActualHours, 9.0);
        QCOMPARE(s.remainingEstimateHours, 15.0);
        QCOMPARE(s.deadline, QDate(2027, 1, 31));
        QVERIFY(s.describe().contains(QLatin1String("Done tasks with known time took 9 hours "
                                                    "against 6 estimated.")));
    }

    void shouldReviseOnlyTheRemainingTasks()
    {
        // GIVEN a half-done plan and a reviser that keeps, splits and reworks its tasks
        const Plan plan = halfDonePlan();
        m_server->enqueue(reply(revision()));
        // WHEN it is revised
        const Result<Plan> revised = reviseWithModel(plan);
        QVERIFY2(revised.ok(), qPrintable(revised.ok() ? QString() : revised.error().message));
        // THEN the done tasks are exactly as they were
        QCOMPARE(revised->id, 7);
        QCOMPARE(revised->tasks.size(), 6);
        QVERIFY(revised->tasks[0] == plan.tasks[0]);
        QVERIFY(revised->tasks[1] == plan.tasks[1]);
        // the kept task keeps its identity, status and time spent, with the new estimate
        const Task &kept = revised->tasks[2];
        QCOMPARE(kept.id, 103);
        QVERIFY(kept.status == TaskStatus::InProgress);
        QCOMPARE(kept.actualHours, 1.0);
        QCOMPARE(kept.estimateHours, 4.0);
        QCOMPARE(kept.dependsOn, QList<int>({1}));
        // the split task is two new tasks, and the dropped one is gone
        QCOMPARE(revised->tasks[3].id, 0);
        QCOMPARE(revised->tasks[3].title, QStringLiteral("Read the tutorial, part 1"));
        QCOMPARE(revised->tasks[3].dependsOn, QList<int>({1}));
        QCOMPARE(revised->tasks[4].dependsOn, QList<int>({3}));
        for (const Task &t : revised->tasks)
            QVERIFY(t.title != QLatin1String("Read the docs"));
        QCOMPARE(revised->tasks[5].id, 105);
        QCOMPARE(revised->tasks[5].title, QStringLiteral("Build a small project"));
        QCOMPARE(revised->tasks[5].dependsOn, QList<int>({2, 4}));
        // and the remaining work is dated from today on
        for (int i = 2; i < revised->tasks.size(); ++i) {
            QCOMPARE(revised->tasks[i].order, i);
            QVERIFY(revised->tasks[i].dueDate >= kToday);
        }
        QVERIFY(revised->tasks[3].startDate >= kToday);
        QCOMPARE(m_stages, QStringList({QStringLiteral("planning"), QStringLiteral("scheduling"),
                                        QStringLiteral("done")}));
        // The reviser was told what happened, with the tasks by id
        const QString prompt = reviserPrompt();
        QVERIFY(prompt.contains(QLatin1String("d1 [done] \"Install Python\"; estimate 2 h; "
                                              "spent 3 h")));
        QVERIFY(prompt.contains(QLatin1String("r1 [in_progress, overdue] \"Write a script\"")));
        QVERIFY(prompt.contains(QLatin1String("r3 [todo] \"Build a project\"; estimate 10 h; due "
                                              "2026-12-10; depends on r1, r2")));
        QVERIFY(prompt.contains(QLatin1String("Finished tasks: 2. Remaining tasks: 3")));
    }

    void shouldAskForTheRevisionInThePlansLanguage()
    {
        Plan plan = halfDonePlan();
        plan.goal = QStringLiteral("学习Python编程");
        plan.language = QStringLiteral("zh");
        m_server->enqueue(reply(revision()));
        QVERIFY(reviseWithModel(plan).ok());
        QVERIFY(reviserPrompt().contains(
            QStringLiteral("Write every text value in Simplified Chinese (简体中文).")));
        QVERIFY(reviserPrompt().contains(QStringLiteral("<goal>学习Python编程</goal>")));
    }

    void shouldValidateTheRevision()
    {
        // GIVEN a reviser that lists a finished task twice running
        const QString bad =
            json({draft(QStringLiteral("d1"), QStringLiteral("Install Python"), 2, {}),
                  draft(QStringLiteral("r1"), QStringLiteral("Write"), 1, {QStringLiteral("x9")})});
        m_server->enqueue(reply(bad));
        m_server->enqueue(reply(bad));
        // WHEN the plan is revised
        const Result<Plan> revised = reviseWithModel(halfDonePlan());
        // THEN the revision is rejected (exit 4) and nothing is proposed
        QVERIFY(!revised.ok());
        QVERIFY(revised.error().kind == Error::Kind::Validation);
        QVERIFY2(revised.error().message.contains(QLatin1String("Task 1 uses the id \"d1\" of a "
                                                                "finished task")),
                 qPrintable(revised.error().message));
        QVERIFY(revised.error().message.contains(QLatin1String("Task 2 depends on \"x9\"")));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void shouldRefuseToReviseAFinishedPlan()
    {
        Plan plan = halfDonePlan();
        for (Task &t : plan.tasks)
            t.status = TaskStatus::Done;
        const Result<Plan> revised = reviseWithModel(plan);
        QVERIFY(!revised.ok());
        QVERIFY(revised.error().kind == Error::Kind::Usage);
        QCOMPARE(revised.error().message,
                 QStringLiteral("Every task of the plan is finished; there is nothing to revise."));
        QVERIFY(m_server->requests().isEmpty());
    }

    void shouldRescheduleOfflineWithTheSameStages()
    {
        // GIVEN the offline team, which cannot rewrite tasks
        const Plan plan = halfDonePlan();
        OfflinePlanningTeam team;
        const Result<Plan> revised = revise(plan, team);
        // THEN it keeps every task and moves the remaining ones to today on
        QVERIFY(revised.ok());
        QCOMPARE(revised->tasks.size(), plan.tasks.size());
        QVERIFY(revised->tasks[0] == plan.tasks[0]);
        QVERIFY(revised->tasks[1] == plan.tasks[1]);
        QVERIFY(revised->tasks[3].dueDate >= kToday);
        QCOMPARE(m_stages, QStringList({QStringLiteral("planning"), QStringLiteral("scheduling"),
                                        QStringLiteral("done")}));
    }
};

HELIOS_TEST_MAIN(TestPlanRevision)
#include "tst_plan_revision.moc"
