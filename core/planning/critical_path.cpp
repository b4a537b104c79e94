#include "core/planning/critical_path.h"

#include "core/planning/dependency_graph.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace helios {

namespace {

// Floating-point noise: chains closer than this are the same length, and slack below it is none.
constexpr double kEpsilon = 1e-9;

double remainingHours(const Task &task)
{
    if (task.isFinished())
        return 0.0;
    return std::isfinite(task.estimateHours) && task.estimateHours > 0.0 ? task.estimateHours : 0.0;
}

// Kahn's algorithm with a plain FIFO: any topological order serves a longest-path pass.
std::vector<int> topologicalOrder(const DependencyGraph &graph)
{
    const auto n = static_cast<size_t>(graph.size());
    std::vector<int> waiting(n, 0);
    for (size_t v = 0; v < n; ++v)
        waiting[v] = static_cast<int>(graph.prerequisites[v].size());
    std::vector<int> order;
    order.reserve(n);
    for (size_t v = 0; v < n; ++v) {
        if (waiting[v] == 0)
            order.push_back(static_cast<int>(v));
    }
    for (size_t next = 0; next < order.size(); ++next) {
        for (const int w : graph.dependents[static_cast<size_t>(order[next])]) {
            if (--waiting[static_cast<size_t>(w)] == 0)
                order.push_back(w);
        }
    }
    return order; // acyclic, so complete
}

} // namespace

CriticalPath criticalPath(const QList<Task> &tasks)
{
    const auto n = static_cast<size_t>(tasks.size());
    CriticalPath result;
    result.slackHours = QList<double>(static_cast<qsizetype>(n), 0.0);
    if (n == 0)
        return result;

    // Finished tasks impose nothing and wait for nothing: drop every edge that touches one.
    DependencyGraph graph = withoutCycles(DependencyGraph::build(tasks));
    const auto finished = [&](int v) { return tasks[v].isFinished(); };
    for (size_t v = 0; v < n; ++v) {
        for (auto *edges : {&graph.prerequisites[v], &graph.dependents[v]}) {
            if (finished(static_cast<int>(v)))
                edges->clear();
            else
                edges->erase(std::remove_if(edges->begin(), edges->end(), finished), edges->end());
        }
    }
    const std::vector<int> order = topologicalOrder(graph);

    // Forward: the longest chain ending with each task (`head`, its own hours included) and the
    // prerequisite it comes through. Prerequisites are sorted, so a tie keeps the lowest one.
    std::vector<double> head(n, 0.0);
    std::vector<int> through(n, -1);
    for (const int v : order) {
        const auto sv = static_cast<size_t>(v);
        double before = 0.0;
        for (const int u : graph.prerequisites[sv]) {
            if (head[static_cast<size_t>(u)] > before + kEpsilon) {
                before = head[static_cast<size_t>(u)];
                through[sv] = u;
            } else if (through[sv] == -1) {
                through[sv] = u; // all ties at zero: still a chain, through the lowest position
            }
        }
        head[sv] = before + remainingHours(tasks[v]);
    }

    // Backward: the longest chain starting with each task (`tail`, its own hours included).
    std::vector<double> tail(n, 0.0);
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const auto sv = static_cast<size_t>(*it);
        double after = 0.0;
        for (const int w : graph.dependents[sv])
            after = std::max(after, tail[static_cast<size_t>(w)]);
        tail[sv] = after + remainingHours(tasks[*it]);
    }

    // The path ends at the unfinished task with the longest chain, the lowest position on a tie.
    int end = -1;
    for (size_t v = 0; v < n; ++v) {
        if (!tasks[static_cast<qsizetype>(v)].isFinished() &&
            (end == -1 || head[v] > head[static_cast<size_t>(end)] + kEpsilon))
            end = static_cast<int>(v);
    }
    if (end == -1)
        return result; // nothing left to do: every slack is 0

    result.hours = head[static_cast<size_t>(end)];
    for (int v = end; v != -1; v = through[static_cast<size_t>(v)])
        result.path.prepend(v);

    for (size_t v = 0; v < n; ++v) {
        const double own = remainingHours(tasks[static_cast<qsizetype>(v)]);
        const double slack = result.hours - (head[v] + tail[v] - own);
        result.slackHours[static_cast<qsizetype>(v)] = slack > kEpsilon ? slack : 0.0;
    }
    for (const int v : std::as_const(result.path))
        result.slackHours[v] = 0.0;
    return result;
}

} // namespace helios
