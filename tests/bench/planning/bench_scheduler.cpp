// Planning benchmarks: the scheduler (and its neighbours, the critical path and the re-planner)
// on a large random plan, each as a ratio to a plain topological sort (Kahn's algorithm) of the
// same graph measured in the same run, so the figures hold on any machine.
//
// Usage: bench_planning_scheduler [--quick] [--tasks N] [--deps E] [--runs R] [--seed S]
//   default: 2,000 tasks, 5,000 distinct dependencies (a random DAG), 51 runs, median times

#include "core/planning/critical_path.h"
#include "core/planning/replanner.h"
#include "core/planning/scheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace helios;

namespace {

struct Sizes
{
    int tasks = 2000;
    int dependencies = 5000;
    int runs = 51;
    quint32 seed = 20261127;
};

const QDate kToday(2026, 11, 27);

// A random DAG: a random hidden order of the tasks (so positions are not already a topological
// order), and `dependencies` distinct edges, each from a task to one ranked before it.
QList<Task> makeTasks(const Sizes &sizes)
{
    QRandomGenerator rng(sizes.seed);
    const int n = sizes.tasks;
    QList<int> rank(n);
    for (int i = 0; i < n; ++i)
        rank[i] = i;
    std::shuffle(rank.begin(), rank.end(), rng);

    QList<Task> tasks(n);
    for (int i = 0; i < n; ++i) {
        tasks[i].order = i;
        tasks[i].title = QStringLiteral("Task %1").arg(i);
        tasks[i].estimateHours = rng.bounded(1, 17) * 0.5;
    }
    const qint64 possible = qint64(n) * (n - 1) / 2;
    const qint64 wanted = std::min<qint64>(sizes.dependencies, possible);
    QSet<qint64> edges;
    while (edges.size() < wanted) {
        const int a = rng.bounded(n);
        const int b = rng.bounded(n);
        if (a == b)
            continue;
        const int later = rank[a] > rank[b] ? a : b;
        const int earlier = later == a ? b : a;
        if (!edges.contains(qint64(later) * n + earlier)) {
            edges.insert(qint64(later) * n + earlier);
            tasks[later].dependsOn.append(earlier);
        }
    }
    return tasks;
}

// The baseline: Kahn's algorithm with a FIFO over the same task list, graph built from
// dependsOn, nothing else. Returns the order so that the work cannot be optimised away.
std::vector<int> kahn(const QList<Task> &tasks)
{
    const auto n = static_cast<size_t>(tasks.size());
    std::vector<std::vector<int>> dependents(n);
    std::vector<int> waiting(n, 0);
    for (size_t v = 0; v < n; ++v) {
        for (const int u : tasks[static_cast<qsizetype>(v)].dependsOn) {
            dependents[static_cast<size_t>(u)].push_back(static_cast<int>(v));
            ++waiting[v];
        }
    }
    std::vector<int> order;
    order.reserve(n);
    for (size_t v = 0; v < n; ++v) {
        if (waiting[v] == 0)
            order.push_back(static_cast<int>(v));
    }
    for (size_t next = 0; next < order.size(); ++next) {
        for (const int w : dependents[static_cast<size_t>(order[next])]) {
            if (--waiting[static_cast<size_t>(w)] == 0)
                order.push_back(w);
        }
    }
    return order;
}

// Median wall time of `runs` calls, in microseconds. `prepare` runs before each call, untimed.
double medianMicros(int runs, const std::function<void()> &prepare,
                    const std::function<void()> &run)
{
    std::vector<double> times;
    times.reserve(static_cast<size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

int intArgument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    bool ok = false;
    const int value = args[at + 1].toInt(&ok);
    if (!ok || value <= 0) {
        std::fprintf(stderr, "bench_scheduler: %s needs a positive number\n", qPrintable(name));
        std::exit(2);
    }
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    Sizes sizes;
    if (args.contains(QStringLiteral("--quick")))
        sizes = {200, 500, 5, sizes.seed};
    sizes.tasks = intArgument(args, QStringLiteral("--tasks"), sizes.tasks);
    sizes.dependencies = intArgument(args, QStringLiteral("--deps"), sizes.dependencies);
    sizes.runs = intArgument(args, QStringLiteral("--runs"), sizes.runs);
    sizes.seed = quint32(intArgument(args, QStringLiteral("--seed"), int(sizes.seed)));

    const QList<Task> tasks = makeTasks(sizes);
    qsizetype edgeCount = 0;
    for (const Task &task : tasks)
        edgeCount += task.dependsOn.size();

    // Sanity: the graph is acyclic and the scheduler dates every task.
    if (kahn(tasks).size() != size_t(tasks.size())) {
        std::fprintf(stderr, "bench_scheduler: the generated graph has a cycle\n");
        return 1;
    }

    QList<Task> work;
    // A fresh, unshared copy before each run, so the run does not pay for copying on write.
    const auto copy = [&] {
        work = tasks;
        work.detach();
    };
    const auto nothing = [] {};
    std::size_t sink = 0;

    ScheduleOptions options;
    options.start = kToday;
    options.hoursPerWeek = 10.0;
    options.deadline = kToday.addDays(365);

    const double kahnMicros =
        medianMicros(sizes.runs, nothing, [&] { sink += kahn(tasks).size(); });
    const double scheduleMicros = medianMicros(sizes.runs, copy, [&] {
        sink += std::size_t(Scheduler::schedule(work, options).finish.toJulianDay());
    });
    ScheduleOptions weekly = options;
    weekly.weekdayHours = WeekdayHours{1, 1, 0, 1, 1, 3, 3};
    weekly.pace = 0.6;
    const double weekdayMicros = medianMicros(sizes.runs, copy, [&] {
        sink += std::size_t(Scheduler::schedule(work, weekly).projectedFinish.toJulianDay());
    });

    Plan plan;
    plan.startDate = kToday;
    plan.hoursPerWeek = 10.0;
    plan.tasks = tasks;
    Scheduler::schedule(plan.tasks, options);
    const double criticalMicros = medianMicros(
        sizes.runs, nothing, [&] { sink += std::size_t(criticalPath(plan.tasks).path.size()); });
    for (int i = 0; i < plan.tasks.size(); i += 3)
        plan.tasks[i].status = TaskStatus::Done;
    const double replanMicros = medianMicros(sizes.runs, nothing, [&] {
        sink += std::size_t(replan(plan, kToday.addDays(30)).tasks.size());
    });

    std::printf("Planning benchmark: %d tasks, %lld dependencies (random DAG, seed %u), "
                "median of %d runs\n",
                sizes.tasks, static_cast<long long>(edgeCount), sizes.seed, sizes.runs);
    std::printf("  %-44s %10.1f us\n", "baseline: topological sort (Kahn, FIFO)", kahnMicros);
    const auto row = [&](const char *what, double micros) {
        std::printf("  %-44s %10.1f us  %6.1fx baseline\n", what, micros, micros / kahnMicros);
    };
    row("Scheduler::schedule (even split)", scheduleMicros);
    row("Scheduler::schedule (weekdays, pace 0.6)", weekdayMicros);
    row("criticalPath", criticalMicros);
    row("replan (a third done, 30 days on)", replanMicros);
    std::printf("  (checksum %zu)\n", sink);
    return 0;
}
