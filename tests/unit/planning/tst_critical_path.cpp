#include "core/planning/critical_path.h"
#include "tests/support/test_main.h"

#include <QRandomGenerator>

#include <algorithm>
#include <functional>

using namespace helios;

namespace {

// Status codes in the data tables: 0 to do, 1 done, 2 skipped, 3 in progress.
TaskStatus statusFor(int code)
{
    switch (code) {
    case 1:
        return TaskStatus::Done;
    case 2:
        return TaskStatus::Skipped;
    case 3:
        return TaskStatus::InProgress;
    default:
        return TaskStatus::Todo;
    }
}

QList<Task> makeTasks(const QList<double> &hours, const QList<QList<int>> &dependsOn,
                      const QList<int> &statuses = {})
{
    QList<Task> tasks;
    tasks.reserve(hours.size());
    for (int i = 0; i < hours.size(); ++i) {
        Task task;
        task.title = QStringLiteral("task %1").arg(i);
        task.order = i;
        task.estimateHours = hours[i];
        task.dependsOn = i < dependsOn.size() ? dependsOn[i] : QList<int>{};
        task.status = statusFor(i < statuses.size() ? statuses[i] : 0);
        tasks.append(task);
    }
    return tasks;
}

} // namespace

class TestCriticalPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindLongestChainAndSlack_data();
    void shouldFindLongestChainAndSlack();
    void shouldReturnNothingForEmptyPlan();
    void shouldAgreeWithBruteForceOnRandomPlans();
    void shouldHandleLongChain();
    void shouldAcceptPlan();
};

void TestCriticalPath::shouldFindLongestChainAndSlack_data()
{
    QTest::addColumn<QList<double>>("hours");
    QTest::addColumn<QList<QList<int>>>("dependsOn");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QList<int>>("expectedPath");
    QTest::addColumn<double>("expectedHours");
    QTest::addColumn<QList<double>>("expectedSlack");

    const QList<QList<int>> diamond{{}, {0}, {0}, {1, 2}};
    // 0 -> {1, 2} -> 3: the heavier branch is critical, the other can grow by the difference.
    QTest::newRow("diamond, second branch longer")
        << QList<double>{1, 2, 3, 1} << diamond << QList<int>{} << QList<int>{0, 2, 3} << 5.0
        << QList<double>{0, 1, 0, 0};
    QTest::newRow("diamond, first branch longer")
        << QList<double>{1, 4, 3, 1} << diamond << QList<int>{} << QList<int>{0, 1, 3} << 6.0
        << QList<double>{0, 0, 1, 0};
    QTest::newRow("diamond, equal branches: the lower position")
        << QList<double>{1, 2, 2, 1} << diamond << QList<int>{} << QList<int>{0, 1, 3} << 4.0
        << QList<double>{0, 0, 0, 0};
    // 3 -> {1, 2} -> 0
    QTest::newRow("diamond given backwards")
        << QList<double>{1, 2, 3, 1} << QList<QList<int>>{{1, 2}, {3}, {3}, {}} << QList<int>{}
        << QList<int>{3, 2, 0} << 5.0 << QList<double>{0, 1, 0, 0};
    // 0 -> 1 (2 h) and 2 -> 3 -> 4 (4 h)
    QTest::newRow("independent chains")
        << QList<double>{1, 1, 1, 1, 2} << QList<QList<int>>{{}, {0}, {}, {2}, {3}} << QList<int>{}
        << QList<int>{2, 3, 4} << 4.0 << QList<double>{2, 2, 0, 0, 0};
    QTest::newRow("independent tasks")
        << QList<double>{3, 5, 1} << QList<QList<int>>{} << QList<int>{} << QList<int>{1} << 5.0
        << QList<double>{2, 0, 4};
    QTest::newRow("a chain of short tasks beats one long task")
        << QList<double>{1, 1, 1, 2.5} << QList<QList<int>>{{}, {0}, {1}, {}} << QList<int>{}
        << QList<int>{0, 1, 2} << 3.0 << QList<double>{0, 0, 0, 0.5};
    QTest::newRow("zero-hour tasks stay on the chain")
        << QList<double>{0, 2} << QList<QList<int>>{{}, {0}} << QList<int>{} << QList<int>{0, 1}
        << 2.0 << QList<double>{0, 0};
    QTest::newRow("bad positions are ignored")
        << QList<double>{2, 1} << QList<QList<int>>{{-1, 5}, {0, 1}} << QList<int>{}
        << QList<int>{0, 1} << 3.0 << QList<double>{0, 0};
    // As in the scheduler, the edge closing a cycle (to a later position) is dropped.
    QTest::newRow("two-task cycle")
        << QList<double>{1, 2} << QList<QList<int>>{{1}, {0}} << QList<int>{} << QList<int>{0, 1}
        << 3.0 << QList<double>{0, 0};
    // 0 <- 1 <- 2 <- 0: only 0 -> 2 survives (2 depends on the earlier 0).
    QTest::newRow("three-task cycle")
        << QList<double>{1, 1, 1} << QList<QList<int>>{{1}, {2}, {0}} << QList<int>{}
        << QList<int>{0, 2} << 2.0 << QList<double>{0, 1, 0};
    // An in-progress task counts like a to-do one.
    QTest::newRow("in progress counts")
        << QList<double>{2, 1} << QList<QList<int>>{{}, {0}} << QList<int>{3} << QList<int>{0, 1}
        << 3.0 << QList<double>{0, 0};
    // The done 3 h task is worth nothing; its slack is the whole path (it holds nothing back).
    QTest::newRow("finished tasks count nothing")
        << QList<double>{3, 1, 1, 1.5} << QList<QList<int>>{{}, {0}, {1}, {}}
        << QList<int>{1, 0, 0, 0} << QList<int>{1, 2} << 2.0 << QList<double>{2, 0, 0, 0.5};
    // 0 -> 1 (skipped) -> 2: with 1 out of the way, 0 and 2 are independent.
    QTest::newRow("a finished task breaks the chain")
        << QList<double>{2, 1, 2, 3} << QList<QList<int>>{{}, {0}, {1}, {}}
        << QList<int>{0, 2, 0, 0} << QList<int>{3} << 3.0 << QList<double>{1, 3, 1, 0};
    QTest::newRow("everything finished")
        << QList<double>{1, 1} << QList<QList<int>>{{}, {0}} << QList<int>{1, 2} << QList<int>{}
        << 0.0 << QList<double>{0, 0};
}

void TestCriticalPath::shouldFindLongestChainAndSlack()
{
    QFETCH(QList<double>, hours);
    QFETCH(QList<QList<int>>, dependsOn);
    QFETCH(QList<int>, statuses);
    QFETCH(QList<int>, expectedPath);
    QFETCH(double, expectedHours);
    QFETCH(QList<double>, expectedSlack);

    // GIVEN a plan
    const QList<Task> tasks = makeTasks(hours, dependsOn, statuses);

    // WHEN its critical path is computed (twice, to see that it is deterministic)
    const CriticalPath path = criticalPath(tasks);
    const CriticalPath again = criticalPath(tasks);

    // THEN it is the longest chain in remaining hours, and every task has its slack
    QCOMPARE(path.path, expectedPath);
    QCOMPARE(path.hours, expectedHours);
    QCOMPARE(path.slackHours, expectedSlack);
    QCOMPARE(again.path, path.path);
    for (int i = 0; i < tasks.size(); ++i)
        QCOMPARE(path.isCritical(i), expectedPath.contains(i));
}

void TestCriticalPath::shouldReturnNothingForEmptyPlan()
{
    // GIVEN no tasks
    // WHEN the critical path is computed
    const CriticalPath path = criticalPath(QList<Task>{});

    // THEN it is empty
    QVERIFY(path.path.isEmpty());
    QCOMPARE(path.hours, 0.0);
    QVERIFY(path.slackHours.isEmpty());
}

// Random acyclic plans, small enough to list every chain: the path is a real chain of unfinished
// tasks, as long as the longest chain, and each task's slack is the critical length less the
// longest chain through it.
void TestCriticalPath::shouldAgreeWithBruteForceOnRandomPlans()
{
    QRandomGenerator rng(42);
    for (int iteration = 0; iteration < 300; ++iteration) {
        // GIVEN a random plan whose dependencies point to earlier positions, some tasks finished
        const int n = rng.bounded(1, 11);
        QList<double> hours;
        QList<QList<int>> dependsOn(n);
        QList<int> statuses;
        for (int i = 0; i < n; ++i) {
            hours.append(rng.bounded(0, 9) * 0.5);
            statuses.append(rng.bounded(6) == 0 ? 1 : 0);
            for (int j = 0; j < i; ++j) {
                if (rng.bounded(3) == 0)
                    dependsOn[i].append(j);
            }
        }
        const QList<Task> tasks = makeTasks(hours, dependsOn, statuses);

        // WHEN the critical path is computed
        const CriticalPath path = criticalPath(tasks);

        // THEN it matches every chain listed by brute force (chains run through unfinished tasks)
        QList<double> through(n, 0.0);
        double longest = 0.0;
        QList<int> chain;
        const std::function<void(int, double)> walk = [&](int v, double length) {
            chain.append(v);
            length += hours[v];
            bool extended = false;
            for (int w = v + 1; w < n; ++w) {
                if (statuses[w] == 0 && dependsOn[w].contains(v)) {
                    extended = true;
                    walk(w, length);
                }
            }
            if (!extended) {
                longest = std::max(longest, length);
                for (const int u : std::as_const(chain))
                    through[u] = std::max(through[u], length);
            }
            chain.removeLast();
        };
        for (int v = 0; v < n; ++v) {
            const bool starts = std::none_of(dependsOn[v].cbegin(), dependsOn[v].cend(),
                                             [&](int u) { return statuses[u] == 0; });
            if (statuses[v] == 0 && starts)
                walk(v, 0.0);
        }

        const QString where = QStringLiteral("round %1").arg(iteration);
        QVERIFY2(qFuzzyCompare(1.0 + path.hours, 1.0 + longest), qPrintable(where));
        double sum = 0.0;
        for (int k = 0; k < path.path.size(); ++k) {
            const int v = path.path[k];
            QVERIFY2(statuses[v] == 0, qPrintable(where));
            sum += hours[v];
            if (k > 0)
                QVERIFY2(dependsOn[v].contains(path.path[k - 1]), qPrintable(where));
            QCOMPARE(path.slackHours[v], 0.0);
        }
        QVERIFY2(qFuzzyCompare(1.0 + sum, 1.0 + path.hours), qPrintable(where));
        QCOMPARE(path.path.isEmpty(), !statuses.contains(0));
        for (int v = 0; v < n; ++v) {
            const double expected = statuses[v] == 0 ? longest - through[v] : longest;
            QVERIFY2(qFuzzyCompare(1.0 + path.slackHours[v], 1.0 + expected),
                     qPrintable(where + QStringLiteral(" task %1: %2 vs %3")
                                            .arg(v)
                                            .arg(path.slackHours[v])
                                            .arg(expected)));
        }
    }
}

void TestCriticalPath::shouldHandleLongChain()
{
    // GIVEN a chain of 100,000 tasks given backwards (each depends on the next)
    const int n = 100000;
    QList<double> hours(n, 1.0);
    QList<QList<int>> dependsOn(n);
    for (int i = 0; i + 1 < n; ++i)
        dependsOn[i] = {i + 1};
    const QList<Task> tasks = makeTasks(hours, dependsOn);

    // WHEN its critical path is computed
    const CriticalPath path = criticalPath(tasks);

    // THEN it is the whole chain, from the last position to the first
    QCOMPARE(path.path.size(), n);
    QCOMPARE(path.path.first(), n - 1);
    QCOMPARE(path.path.last(), 0);
    QCOMPARE(path.hours, double(n));
}

void TestCriticalPath::shouldAcceptPlan()
{
    // GIVEN a plan
    Plan plan;
    plan.tasks = makeTasks({1, 2, 3}, {{}, {0}, {}});

    // WHEN its critical path is computed from the plan
    // THEN it is the same as from its tasks
    QCOMPARE(criticalPath(plan).path, criticalPath(plan.tasks).path);
    QCOMPARE(criticalPath(plan).path, (QList<int>{0, 1}));
}

HELIOS_TEST_MAIN(TestCriticalPath)
#include "tst_critical_path.moc"
