// The offline planner: how long planning one goal takes, with the whole knowledge base loaded,
// against the planner it replaced (frozen in baseline/, commit 141fc29) in the same run, on the
// same goals: the goals of the quality evaluation set (tests/quality/goals), English and Chinese.
//
// Usage: bench_planning_offline_planner [--quick] [--runs R]
//   default: every goal of the evaluation set, 21 rounds; the figure is the median time of one
//   goal's draft (and of draft plus schedule), over all goals and rounds. The knowledge base is
//   read once per process (KnowledgeBase::builtIn), before timing, as in the product.

#include "core/planning/knowledge_base.h"
#include "core/planning/offline_planner.h"
#include "core/planning/scheduler.h"
#include "tests/bench/planning/baseline/baseline_offline_planner.h"
#include "tests/support/test_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace helios;

namespace {

const QDate kToday(2026, 12, 3);

QList<Goal> evaluationGoals()
{
    QList<Goal> goals;
    QDir dir(test::sourceDir() + QStringLiteral("/tests/quality/goals"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array()) {
            const QJsonObject o = v.toObject();
            Goal goal;
            goal.text = o.value(u"goal").toString();
            goal.deadline = QDate::fromString(o.value(u"deadline").toString(), Qt::ISODate);
            goal.hoursPerWeek = o.value(u"hours_per_week").toDouble(6);
            goal.today = kToday;
            goals.append(goal);
        }
    }
    return goals;
}

// The median time of one call, in microseconds, over `rounds` passes through every goal.
double medianMicros(const QList<Goal> &goals, int rounds,
                    const std::function<void(const Goal &)> &run)
{
    std::vector<double> times;
    times.reserve(size_t(goals.size()) * size_t(rounds));
    for (int r = 0; r < rounds; ++r) {
        for (const Goal &goal : goals) {
            QElapsedTimer timer;
            timer.start();
            run(goal);
            times.push_back(double(timer.nsecsElapsed()) / 1000.0);
        }
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int rounds = args.contains(QStringLiteral("--quick")) ? 2 : 21;
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs"));
        at >= 0 && at + 1 < args.size())
        rounds = std::max(1, args[at + 1].toInt());

    const QList<Goal> goals = evaluationGoals();
    if (goals.isEmpty()) {
        std::fprintf(stderr, "bench_offline_planner: no goals in tests/quality/goals\n");
        return 1;
    }
    // Loaded once per process, before timing, as in the product.
    QElapsedTimer loading;
    loading.start();
    const int kinds = int(planning::KnowledgeBase::builtIn().kinds.size());
    const double loadMs = double(loading.nsecsElapsed()) / 1e6;
    baseline::BaselineOfflinePlanner::analyse(QStringLiteral("warm up"));

    std::size_t sink = 0;
    const OfflinePlanner planner;
    const baseline::BaselineOfflinePlanner old;
    const double draftNew =
        medianMicros(goals, rounds, [&](const Goal &g) { sink += planner.draft(g).tasks.size(); });
    const double draftOld =
        medianMicros(goals, rounds, [&](const Goal &g) { sink += old.draft(g).tasks.size(); });
    const auto schedule = [&sink](Plan plan, const Goal &g) {
        sink += std::size_t(
            Scheduler::schedule(plan.tasks, {g.today, plan.deadline, g.hoursPerWeek}).finish.day());
    };
    const double fullNew =
        medianMicros(goals, rounds, [&](const Goal &g) { schedule(planner.draft(g), g); });
    const double fullOld =
        medianMicros(goals, rounds, [&](const Goal &g) { schedule(old.draft(g), g); });

    std::printf("Offline planner benchmark: %lld goals x %d rounds, %d kinds loaded "
                "(once, %.1f ms)\n",
                static_cast<long long>(goals.size()), rounds, kinds, loadMs);
    std::printf("  %-40s %9s %9s %7s\n", "median per goal", "v2", "baseline", "ratio");
    std::printf("  %-40s %7.0f us %7.0f us %6.2fx\n", "draft", draftNew, draftOld,
                draftNew / draftOld);
    std::printf("  %-40s %7.0f us %7.0f us %6.2fx\n", "draft + schedule", fullNew, fullOld,
                fullNew / fullOld);
    std::printf("  target: under 5 ms a goal: %s\n", fullNew < 5000 ? "met" : "NOT MET");
    return sink == 0 ? 1 : 0;
}
