#include "core/agents/offline_planning_team.h"
#include "tests/support/test_main.h"

#include <QTest>

#include <qcoro/qcorotask.h>

using namespace helios;
using namespace helios::agents;

namespace {

Goal goal(const QString &text)
{
    Goal g;
    g.text = text;
    g.today = QDate(2026, 11, 30);
    g.deadline = QDate(2027, 2, 28);
    g.hoursPerWeek = 6;
    return g;
}

} // namespace

class TestOfflinePlanningTeam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReportTheSameStagesAsTheModelsTeam()
    {
        // GIVEN the offline team
        OfflinePlanningTeam team;
        QList<ProgressEvent> events;
        // WHEN it makes a plan
        const Result<Plan> plan = QCoro::waitFor(team.generate(
            GoalRequest{goal(QStringLiteral("学习Python编程")), {}, {}},
            [&events](const ProgressEvent &e) { events << e; }, llm::CancelToken()));
        // THEN it goes through the stages the model's team reports, then done
        QVERIFY(plan.ok());
        QStringList stages;
        for (const ProgressEvent &e : std::as_const(events))
            if (e.kind == ProgressEvent::Kind::Stage)
                stages << toString(e.stage) + u':' + e.agent;
        QCOMPARE(stages,
                 QStringList(
                     {QStringLiteral("analysing:analyst"), QStringLiteral("researching:researcher"),
                      QStringLiteral("planning:planner"), QStringLiteral("scheduling:scheduler")}));
        QVERIFY(events.last().kind == ProgressEvent::Kind::Done);
        // and a dated plan in the goal's language
        QCOMPARE(plan->language, QStringLiteral("zh"));
        QVERIFY(plan->tasks.size() >= 8);
        for (const Task &t : plan->tasks)
            QVERIFY(t.dueDate.isValid());
    }

    void shouldHonourWeekdayHours()
    {
        // GIVEN work only on Saturdays
        OfflinePlanningTeam team;
        GoalRequest request{goal(QStringLiteral("Run a half marathon")), {}, {}};
        request.weekdayHours = WeekdayHours{0, 0, 0, 0, 0, 6, 0};
        const Result<Plan> plan = QCoro::waitFor(team.generate(request, {}, llm::CancelToken()));
        QVERIFY(plan.ok());
        // ... every task on a Saturday, but the race, which is on its own day
        for (const Task &t : plan->tasks) {
            if (t.event)
                QCOMPARE(t.dueDate, plan->deadline);
            else
                QCOMPARE(t.startDate.dayOfWeek(), 6);
        }
    }

    void shouldEndCancelledWithoutAPlan()
    {
        OfflinePlanningTeam team;
        llm::CancelToken cancel;
        cancel.cancel();
        bool done = false;
        const Result<Plan> plan = QCoro::waitFor(team.generate(
            GoalRequest{goal(QStringLiteral("Write a novel")), {}, {}},
            [&done](const ProgressEvent &e) { done = done || e.kind == ProgressEvent::Kind::Done; },
            cancel));
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().kind == Error::Kind::Cancelled);
        QVERIFY(!done);
    }

    void shouldRefuseAnInvalidGoal()
    {
        OfflinePlanningTeam team;
        Goal g = goal(QStringLiteral("Learn Go"));
        g.hoursPerWeek = 0;
        const Result<Plan> plan =
            QCoro::waitFor(team.generate(GoalRequest{g, {}, {}}, {}, llm::CancelToken()));
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().kind == Error::Kind::Usage);
    }
};

HELIOS_TEST_MAIN(TestOfflinePlanningTeam)
#include "tst_offline_planning_team.moc"
