// TodayService on the in-memory storage: the day's list read across plans, a task marked done,
// a task moved to tomorrow as a new version of its plan.

#include "core/jobs/version_service.h"
#include "core/today/today_service.h"
#include "tests/support/coro_test.h"
#include "tests/support/memory_storage.h"
#include "tests/support/test_main.h"

#include <memory>

using namespace helios;

namespace {

const QDate kToday(2026, 12, 2);

Task task(const QString &title, int startIn, int dueIn, double hours = 2.0)
{
    Task t;
    t.title = title;
    t.startDate = kToday.addDays(startIn);
    t.dueDate = kToday.addDays(dueIn);
    t.estimateHours = hours;
    return t;
}

template <typename T> QString why(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class TestTodayService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::MemoryStorage> m_storage;
    std::unique_ptr<VersionService> m_versions;
    std::unique_ptr<TodayService> m_today;

    Plan save(Plan plan)
    {
        const auto saved = test::await(m_storage->savePlan(std::move(plan)));
        return saved && saved->ok() ? saved->value() : Plan{};
    }

    Plan twoDayPlan(const QString &goal)
    {
        Plan plan;
        plan.goal = goal;
        plan.startDate = kToday.addDays(-3);
        plan.deadline = kToday.addDays(30);
        plan.hoursPerWeek = 7;
        plan.tasks = {task(QStringLiteral("%1: late").arg(goal), -3, -1),
                      task(QStringLiteral("%1: today").arg(goal), 0, 1),
                      task(QStringLiteral("%1: after").arg(goal), 1, 2),
                      task(QStringLiteral("%1: last").arg(goal), 3, 3)};
        plan.tasks[2].dependsOn = {1};
        plan.tasks[3].dependsOn = {2};
        return plan;
    }

private Q_SLOTS:
    void init()
    {
        m_storage = std::make_unique<test::MemoryStorage>();
        m_versions = std::make_unique<VersionService>(*m_storage);
        m_today = std::make_unique<TodayService>(*m_storage, *m_storage, *m_storage, *m_versions);
    }

    void cleanup()
    {
        m_today.reset();
        m_versions.reset();
        m_storage.reset();
    }

    void shouldReadTheDayAcrossPlansInOneQuery()
    {
        // GIVEN two plans, each with an overdue task, one under way and two to come
        const Plan a = save(twoDayPlan(QStringLiteral("A")));
        const Plan b = save(twoDayPlan(QStringLiteral("B")));
        QVERIFY(a.id > 0 && b.id > 0);

        // WHEN today's list is read
        HELIOS_AWAIT(agenda, m_today->agenda(kToday));

        // THEN it holds both plans' overdue and current tasks and their next ones, from one read
        QVERIFY2(agenda.ok(), qPrintable(why(agenda)));
        QCOMPARE(agenda->overdue.size(), 2);
        QCOMPARE(agenda->today.size(), 2);
        QCOMPARE(agenda->nextUp.size(), 2);
        QCOMPARE(agenda->overdue[0].task.id, a.tasks[0].id);
        QCOMPARE(agenda->today[1].planGoal, QStringLiteral("B"));
        QCOMPARE(agenda->availableHours, 2.0);
        QCOMPARE(m_storage->calls(QLatin1StringView("open_tasks_starting_by")), 1);
        QCOMPARE(m_storage->calls(QLatin1StringView("plan")), 0);
    }

    void shouldReportAStorageFailureAsAnError()
    {
        // GIVEN a storage whose next read fails
        m_storage->failNext(QLatin1StringView("open_tasks_starting_by"),
                            Error::storage(QStringLiteral("The disk is on fire.")));
        // WHEN today's list is read
        HELIOS_AWAIT(agenda, m_today->agenda(kToday));
        // THEN the error comes back, not an empty day
        QVERIFY(!agenda.ok());
        QCOMPARE(agenda.error().message, QStringLiteral("The disk is on fire."));
    }

    void shouldMarkATaskDone()
    {
        // GIVEN a plan
        const Plan a = save(twoDayPlan(QStringLiteral("A")));
        // WHEN its overdue task is marked done
        HELIOS_AWAIT(done, m_today->markDone(a.tasks[0].id));
        // THEN it is stored done and leaves the day's list
        QVERIFY2(done.ok(), qPrintable(why(done)));
        QVERIFY(done->status == TaskStatus::Done);
        HELIOS_AWAIT(agenda, m_today->agenda(kToday));
        QVERIFY(agenda->overdue.isEmpty());
    }

    void shouldMoveATaskToTomorrowAsANewVersion()
    {
        // GIVEN a plan whose task under way today is followed by two that depend on it
        const Plan a = save(twoDayPlan(QStringLiteral("A")));

        // WHEN today's task is moved to tomorrow
        HELIOS_AWAIT(moved, m_today->moveToTomorrow(a.tasks[1].id, kToday));

        // THEN it starts tomorrow, keeping its two days; what depends on it moves after it, the
        // rest stays
        QVERIFY2(moved.ok(), qPrintable(why(moved)));
        const QList<Task> &tasks = moved->after.tasks;
        QCOMPARE(tasks[1].startDate, kToday.addDays(1));
        QCOMPARE(tasks[1].dueDate, kToday.addDays(2));
        QCOMPARE(tasks[2].startDate, kToday.addDays(2));
        QCOMPARE(tasks[2].dueDate, kToday.addDays(3));
        QCOMPARE(tasks[3].startDate, kToday.addDays(3));
        QCOMPARE(tasks[0].dueDate, a.tasks[0].dueDate);
        QCOMPARE(moved->movedTask()->id, a.tasks[1].id);
        QCOMPARE(moved->alsoMoved, QList<qint64>{a.tasks[2].id});
        QCOMPARE(moved->before.tasks, a.tasks);
        // AND the change is a version of the plan, after the original
        HELIOS_AWAIT(versions, m_versions->versions(a.id));
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(1).reason, QString(TodayService::kMovedToTomorrow));
        // AND it is no longer on today's list but next up
        HELIOS_AWAIT(agenda, m_today->agenda(kToday));
        QVERIFY(agenda->today.isEmpty());
        QCOMPARE(agenda->nextUp.first().task.id, a.tasks[1].id);
    }

    void shouldRefuseToMoveWhatCannotMove()
    {
        // GIVEN a plan with a done task
        const Plan a = save(twoDayPlan(QStringLiteral("A")));
        HELIOS_AWAIT(done, m_today->markDone(a.tasks[1].id));
        QVERIFY(done.ok());
        // WHEN the done task, one that starts later, and an unknown one are moved
        HELIOS_AWAIT(finished, m_today->moveToTomorrow(a.tasks[1].id, kToday));
        HELIOS_AWAIT(later, m_today->moveToTomorrow(a.tasks[3].id, kToday));
        HELIOS_AWAIT(unknown, m_today->moveToTomorrow(424242, kToday));
        // THEN each is refused with a sentence, and no version is written
        QVERIFY(!finished.ok());
        QVERIFY(finished.error().kind == Error::Kind::Usage);
        QVERIFY2(finished.error().message.contains(QStringLiteral("finished")),
                 qPrintable(finished.error().message));
        QVERIFY(!later.ok());
        QVERIFY(later.error().kind == Error::Kind::Usage);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().kind == Error::Kind::NotFound);
        QCOMPARE(m_storage->calls(QLatin1StringView("apply_version")), 0);
    }
};

HELIOS_TEST_MAIN(TestTodayService)
#include "tst_today_service.moc"
