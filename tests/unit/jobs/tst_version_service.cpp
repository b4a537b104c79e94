// VersionService on the in-memory storage: re-plans proposed without writing, versions applied
// with the original kept, listed, compared and restored.

#include "core/jobs/plan_service.h"
#include "core/jobs/plan_snapshot.h"
#include "core/jobs/version_service.h"
#include "tests/support/coro_test.h"
#include "tests/support/memory_storage.h"
#include "tests/support/test_main.h"

#include <memory>

using namespace helios;

namespace {

const QDate kStart(2026, 11, 2);

} // namespace

class TestVersionService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::MemoryStorage> m_storage;
    std::unique_ptr<VersionService> m_versions;

    Plan createPlan()
    {
        PlanService service(*m_storage);
        const auto plan = test::await(
            service.createPlan({QStringLiteral("Learn Python"), QDate(2027, 2, 1), 6, kStart}));
        if (!plan || !plan->ok())
            return {};
        return plan->value();
    }

    Plan stored(qint64 planId)
    {
        const auto plan = test::await(m_storage->plan(planId));
        return plan && plan->ok() ? plan->value() : Plan{};
    }

private Q_SLOTS:
    void init()
    {
        m_storage = std::make_unique<test::MemoryStorage>();
        m_versions = std::make_unique<VersionService>(*m_storage);
    }

    void cleanup()
    {
        m_versions.reset();
        m_storage.reset();
    }

    void shouldRoundTripAPlanThroughASnapshot()
    {
        Plan plan = createPlan();
        QVERIFY(plan.id > 0);
        plan.tasks[0].notes = QStringLiteral("含 \"引号\"\nand a newline");
        plan.tasks[0].actualHours = 2.5;
        const Result<Plan> back = planFromSnapshot(planSnapshot(plan));
        QVERIFY(back.ok());
        QCOMPARE(back->tasks.size(), plan.tasks.size());
        for (int i = 0; i < plan.tasks.size(); ++i)
            QVERIFY2(back->tasks[i] == plan.tasks[i], qPrintable(plan.tasks[i].title));
        QCOMPARE(back->deadline, plan.deadline);
        QCOMPARE(back->hoursPerWeek, plan.hoursPerWeek);
        QCOMPARE(back->goal, plan.goal);
        QVERIFY(!planFromSnapshot(QStringLiteral("{\"snapshot\": 99}")).ok());
        QVERIFY(!planFromSnapshot(QStringLiteral("not json")).ok());
    }

    void shouldProposeAReplanWithoutChangingAnything()
    {
        // GIVEN a plan whose first tasks were due weeks ago and are not done
        const Plan plan = createPlan();
        QVERIFY(plan.id > 0);
        // WHEN a re-plan is proposed a month later
        HELIOS_AWAIT(proposal, m_versions->proposeReplan(plan.id, kStart.addDays(30)));
        // THEN the overdue work moves to today or later, and nothing is written
        QVERIFY2(proposal.ok(), qPrintable(proposal.ok() ? QString() : proposal.error().message));
        QVERIFY(!proposal->diff.shifted.isEmpty());
        for (const Task &t : proposal->proposed.tasks)
            QVERIFY(t.startDate >= kStart.addDays(30));
        QCOMPARE(proposal->current.tasks, plan.tasks);
        QCOMPARE(stored(plan.id).tasks, plan.tasks);
        QCOMPARE(m_storage->calls(QLatin1StringView("apply_version")), 0);
        HELIOS_AWAIT(versions, m_versions->versions(plan.id));
        QCOMPARE(versions->size(), 0);
    }

    void shouldProposeANewDeadlineAndWeeklyHours()
    {
        const Plan plan = createPlan();
        HELIOS_AWAIT(proposal, m_versions->proposeReplan(plan.id, kStart, QDate(2027, 6, 1), 2.0));
        QVERIFY(proposal.ok());
        QCOMPARE(proposal->proposed.deadline, QDate(2027, 6, 1));
        QCOMPARE(proposal->proposed.hoursPerWeek, 2.0);
        HELIOS_AWAIT(unknown, m_versions->proposeReplan(plan.id + 100, kStart));
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    }

    void shouldApplyAVersionKeepingTheOriginalAndRestoreIt()
    {
        // GIVEN a plan with its first task done and a re-plan proposed
        Plan plan = createPlan();
        HELIOS_AWAIT(done, m_storage->setTaskStatus(plan.tasks[0].id, TaskStatus::Done));
        QVERIFY(done.ok());
        const Plan original = stored(plan.id);
        HELIOS_AWAIT(proposal, m_versions->proposeReplan(plan.id, kStart.addDays(30)));
        QVERIFY(proposal.ok());

        // WHEN it is applied
        HELIOS_AWAIT(applied,
                     m_versions->applyVersion(proposal->proposed, QStringLiteral("replan")));
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        // AND the number it reports is the one it was given: 2, after the original
        QCOMPARE(applied->version, 2);
        QCOMPARE(applied->plan.id, plan.id);

        // THEN the plan as stored is the proposal, task ids kept, done task untouched
        const Plan now = stored(plan.id);
        QCOMPARE(now.tasks.size(), original.tasks.size());
        for (int i = 0; i < now.tasks.size(); ++i) {
            QCOMPARE(now.tasks[i].id, original.tasks[i].id);
            QCOMPARE(now.tasks[i].startDate, proposal->proposed.tasks[i].startDate);
            QCOMPARE(now.tasks[i].dependsOn, original.tasks[i].dependsOn);
        }
        QCOMPARE(now.tasks[0], original.tasks[0]);
        // AND there are two versions: the original and the re-plan, each readable as a plan
        HELIOS_AWAIT(list, m_versions->versions(plan.id));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).version, 1);
        QCOMPARE(list->at(0).reason, QStringLiteral("original"));
        QCOMPARE(list->at(1).reason, QStringLiteral("replan"));
        HELIOS_AWAIT(first, m_versions->version(plan.id, 1));
        QVERIFY(first.ok());
        QCOMPARE(first->tasks, original.tasks);

        // WHEN version 1 is restored
        HELIOS_AWAIT(restored, m_versions->restore(plan.id, 1));
        QVERIFY(restored.ok());
        QCOMPARE(restored->version, 3);
        // THEN the plan is the original again, as a third version
        QCOMPARE(stored(plan.id).tasks, original.tasks);
        HELIOS_AWAIT(three, m_versions->versions(plan.id));
        QCOMPARE(three->size(), 3);
        QCOMPARE(three->at(2).reason, QStringLiteral("restore of 1"));
        // AND the plan list shows the restored figures
        HELIOS_AWAIT(summaries, m_storage->plans());
        QCOMPARE(summaries->constFirst().taskCount, int(original.tasks.size()));
    }

    void shouldApplyARevisionThatAddsAndDropsTasks()
    {
        const Plan plan = createPlan();
        Plan revised = plan;
        revised.tasks.removeLast();
        Task added;
        added.title = QStringLiteral("A task the reviser added");
        added.estimateHours = 2;
        added.dependsOn = {0};
        revised.tasks.append(added);
        HELIOS_AWAIT(applied, m_versions->applyVersion(revised, QStringLiteral("revision")));
        QVERIFY(applied.ok());
        const Plan now = stored(plan.id);
        QCOMPARE(now.tasks.size(), plan.tasks.size());
        QCOMPARE(now.tasks.constLast().title, added.title);
        QVERIFY(now.tasks.constLast().id > 0);
        QCOMPARE(now.tasks.constLast().dependsOn, QList<int>{0});
        QCOMPARE(now.tasks.constFirst().id, plan.tasks.constFirst().id);
    }

    void shouldNeverGiveANewTaskTheIdOfATaskAnEarlierVersionHad()
    {
        // GIVEN a plan whose last two tasks (the highest ids) a first revision dropped
        const Plan plan = createPlan();
        Plan shorter = plan;
        shorter.tasks.removeLast();
        shorter.tasks.removeLast();
        HELIOS_AWAIT(dropped, m_versions->applyVersion(shorter, QStringLiteral("revision")));
        QVERIFY(dropped.ok());
        // WHEN a second revision adds a task
        Plan longer = stored(plan.id);
        Task added;
        added.title = QStringLiteral("A task the reviser added");
        added.estimateHours = 2;
        longer.tasks.append(added);
        HELIOS_AWAIT(applied, m_versions->applyVersion(longer, QStringLiteral("revision")));
        QVERIFY(applied.ok());
        // THEN its id is none the plan ever had
        const qint64 newId = applied->plan.tasks.constLast().id;
        for (const Task &task : plan.tasks)
            QVERIFY2(task.id != newId, qPrintable(task.title));
        // AND comparing the first version with the last shows it added and the two dropped
        // tasks removed, not an old task renamed
        HELIOS_AWAIT(first, m_versions->version(plan.id, 1));
        HELIOS_AWAIT(last, m_versions->version(plan.id, 3));
        QVERIFY(first.ok() && last.ok());
        const PlanDiff diff = diffPlans(*first, *last);
        QCOMPARE(diff.added.size(), 1);
        QCOMPARE(diff.added.constFirst().title, added.title);
        QCOMPARE(diff.removed.size(), 2);
        for (const TaskChange &change : diff.changed)
            QVERIFY2(!change.fields.testFlag(TaskField::Title), qPrintable(change.after.title));
    }

    void shouldReportUnknownPlansAndVersions()
    {
        const Plan plan = createPlan();
        HELIOS_AWAIT(missing, m_versions->version(plan.id, 7));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().kind == Error::Kind::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("versions %1").arg(plan.id)));
        // an unknown plan is an error, not an empty list
        HELIOS_AWAIT(noPlan, m_versions->versions(plan.id + 100));
        QCOMPARE(noPlan.error().kind, Error::Kind::NotFound);
        HELIOS_AWAIT(noRestore, m_versions->restore(plan.id, 3));
        QVERIFY(!noRestore.ok());
        QCOMPARE(m_storage->calls(QLatin1StringView("apply_version")), 0);
    }

    void shouldSayWhenASavedVersionIsDamaged()
    {
        // GIVEN a plan with a version whose snapshot cannot be read (as a damaged row would be)
        const Plan plan = createPlan();
        HELIOS_AWAIT(
            saved,
            m_storage->savePlans({plan}, [](qsizetype, const Plan &) -> Result<QList<PlanVersion>> {
                return QList<PlanVersion>{{1, {}, QStringLiteral("replan"), QStringLiteral("{")}};
            }));
        QVERIFY(saved.ok());
        // WHEN it is read or restored THEN the sentence says it is damaged, and nothing changes
        HELIOS_AWAIT(read, m_versions->version(saved->constFirst().id, 1));
        QCOMPARE(read.error().kind, Error::Kind::Storage);
        QVERIFY(read.error().message.contains(QStringLiteral("damaged")));
        HELIOS_AWAIT(restored, m_versions->restore(saved->constFirst().id, 1));
        QVERIFY(!restored.ok());
        QCOMPARE(m_storage->calls(QLatin1StringView("apply_version")), 0);
    }
};

HELIOS_TEST_MAIN(TestVersionService)
#include "tst_version_service.moc"
