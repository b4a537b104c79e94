#include "core/planning/scheduler.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>
#include <utility>
#include <vector>

namespace helios {

namespace {

// Floating-point slack, in hours: a leftover smaller than this never opens another day.
constexpr double kEpsilon = 1e-7;

// Guards the double -> integer conversion of a day count against absurd inputs (a huge estimate
// with a tiny capacity). About 27,000 years: no real plan gets near it.
constexpr double kMaxDays = 1e7;

// The dependency graph, positions only. `prerequisites[v]` and `dependents[u]` hold each valid
// edge once; self-edges and positions outside the list are dropped here.
struct Graph
{
    std::vector<std::vector<int>> prerequisites;
    std::vector<std::vector<int>> dependents;
};

Graph buildGraph(const QList<Task> &tasks)
{
    const int n = static_cast<int>(tasks.size());
    Graph graph;
    graph.prerequisites.resize(static_cast<size_t>(n));
    graph.dependents.resize(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v) {
        auto &pre = graph.prerequisites[static_cast<size_t>(v)];
        for (const int u : tasks[v].dependsOn) {
            if (u >= 0 && u < n && u != v)
                pre.push_back(u);
        }
        std::sort(pre.begin(), pre.end());
        pre.erase(std::unique(pre.begin(), pre.end()), pre.end());
        for (const int u : pre)
            graph.dependents[static_cast<size_t>(u)].push_back(v);
    }
    return graph;
}

// Tarjan's strongly connected components, iterative so that a long chain cannot overflow the
// stack. Returns the component of every position; a task on no cycle is alone in its component.
std::vector<int> stronglyConnectedComponents(const Graph &graph, int &componentCount)
{
    const size_t n = graph.dependents.size();
    std::vector<int> component(n, -1);
    std::vector<int> index(n, -1);
    std::vector<int> low(n, 0);
    std::vector<char> onStack(n, 0);
    std::vector<int> stack;
    std::vector<std::pair<int, size_t>> calls; // (vertex, next edge to follow)
    int counter = 0;
    componentCount = 0;

    const auto visit = [&](int v) {
        index[static_cast<size_t>(v)] = low[static_cast<size_t>(v)] = counter++;
        stack.push_back(v);
        onStack[static_cast<size_t>(v)] = 1;
        calls.emplace_back(v, 0);
    };

    for (size_t root = 0; root < n; ++root) {
        if (index[root] != -1)
            continue;
        visit(static_cast<int>(root));
        while (!calls.empty()) {
            const int v = calls.back().first;
            const auto sv = static_cast<size_t>(v);
            const auto &edges = graph.dependents[sv];
            if (calls.back().second < edges.size()) {
                const int w = edges[calls.back().second++];
                const auto sw = static_cast<size_t>(w);
                if (index[sw] == -1)
                    visit(w);
                else if (onStack[sw])
                    low[sv] = std::min(low[sv], index[sw]);
                continue;
            }
            if (low[sv] == index[sv]) {
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[static_cast<size_t>(w)] = 0;
                    component[static_cast<size_t>(w)] = componentCount;
                } while (w != v);
                ++componentCount;
            }
            calls.pop_back();
            if (!calls.empty()) {
                const auto parent = static_cast<size_t>(calls.back().first);
                low[parent] = std::min(low[parent], low[sv]);
            }
        }
    }
    return component;
}

// The order in which the one person works: a topological order of the dependencies that is
// otherwise stable by position (Kahn's algorithm, always taking the lowest ready position).
//
// Cycles are broken deterministically: the tasks of a cycle (a strongly connected component)
// are taken together, as soon as everything outside the cycle that they depend on is done, and
// among themselves by position. So the edges ignored are exactly those inside a cycle that point
// to a later position (the ones that close it); an edge into or out of a cycle is kept.
// O((n + e) log n).
std::vector<int> workOrder(const Graph &graph)
{
    const size_t n = graph.dependents.size();
    int componentCount = 0;
    const std::vector<int> component = stronglyConnectedComponents(graph, componentCount);

    // Members of each component, by ascending position; the first one is its key in the heap.
    std::vector<std::vector<int>> members(static_cast<size_t>(componentCount));
    for (size_t v = 0; v < n; ++v)
        members[static_cast<size_t>(component[v])].push_back(static_cast<int>(v));

    std::vector<int> waitingOn(static_cast<size_t>(componentCount), 0);
    for (size_t v = 0; v < n; ++v) {
        for (const int u : graph.prerequisites[v]) {
            if (component[static_cast<size_t>(u)] != component[v])
                ++waitingOn[static_cast<size_t>(component[v])];
        }
    }

    std::priority_queue<int, std::vector<int>, std::greater<>> ready; // lowest position first
    for (size_t c = 0; c < members.size(); ++c) {
        if (waitingOn[c] == 0)
            ready.push(members[c].front());
    }

    std::vector<int> order;
    order.reserve(n);
    while (!ready.empty()) {
        const auto c = static_cast<size_t>(component[static_cast<size_t>(ready.top())]);
        ready.pop();
        for (const int u : members[c]) {
            order.push_back(u);
            for (const int v : graph.dependents[static_cast<size_t>(u)]) {
                const auto cv = static_cast<size_t>(component[static_cast<size_t>(v)]);
                if (cv != c && --waitingOn[cv] == 0)
                    ready.push(members[cv].front());
            }
        }
    }
    return order; // the condensation is acyclic, so every task is in it
}

double sanitizedHours(double hours)
{
    // Negative, NaN or infinite estimates count as no work at all.
    return std::isfinite(hours) && hours > 0.0 ? hours : 0.0;
}

double roundToTenth(double hours)
{
    return std::round(hours * 10.0) / 10.0;
}

} // namespace

ScheduleResult Scheduler::schedule(QList<Task> &tasks, const ScheduleOptions &options)
{
    ScheduleResult result;

    // The API asks for a start date and a positive capacity; fall back instead of producing
    // invalid dates or dividing by zero if a caller passes neither.
    const QDate start = options.start.isValid() ? options.start : QDate::currentDate();
    const double hoursPerWeek = std::isfinite(options.hoursPerWeek) && options.hoursPerWeek > 0.0
                                    ? options.hoursPerWeek
                                    : ScheduleOptions{}.hoursPerWeek;
    const double daily = hoursPerWeek / 7.0;

    const bool hasDeadline = options.deadline.isValid();
    // Days are counted from start (day 0). A deadline before the start is a negative day: all the
    // work then falls after it.
    const qint64 deadlineDay = hasDeadline ? start.daysTo(options.deadline) : 0;

    // The working cursor: the current day and the hours already worked on it. Days are filled one
    // after another and the capacity of a day is never exceeded, so no 7-day window ever holds
    // more than hoursPerWeek.
    //
    // Choice: a task may start on the same day its prerequisites finish when that day still has
    // capacity, as a person would do. Because the one person works through the tasks in a
    // topological order, every unfinished prerequisite is finished by the time a task starts.
    // Done and skipped prerequisites impose nothing: the work is already done, whatever their
    // (possibly planned, later) dates say, so finishing early pulls the rest of the plan forward.
    qint64 day = 0;
    double used = 0.0;
    double hoursAfterDeadline = 0.0;

    const Graph graph = buildGraph(tasks);
    for (const int position : workOrder(graph)) {
        Task &task = tasks[position];
        if (task.isFinished())
            continue; // keeps its dates, whatever they are, and uses no capacity

        const double hours = sanitizedHours(task.estimateHours);
        if (hours <= kEpsilon) {
            // No work: it happens on the current day, which is the day the previous work ended.
            task.startDate = task.dueDate = start.addDays(day);
            continue;
        }

        if (used >= daily - kEpsilon) { // today is full
            ++day;
            used = 0.0;
        }
        const qint64 first = day;
        const double room = daily - used;
        if (hours <= room + kEpsilon) {
            used = std::min(daily, used + hours);
        } else {
            // Whatever does not fit today fills whole days, the last one partly. Computed, not
            // looped, so a long task costs the same as a short one.
            const double rest = hours - room;
            const double extraDays = std::min(std::ceil((rest - kEpsilon) / daily), kMaxDays);
            const auto extra = std::max<qint64>(1, static_cast<qint64>(extraDays));
            day += extra;
            used = std::clamp(rest - static_cast<double>(extra - 1) * daily, 0.0, daily);
        }
        task.startDate = start.addDays(first);
        task.dueDate = start.addDays(day);

        if (hasDeadline) {
            if (first > deadlineDay) {
                hoursAfterDeadline += hours;
            } else if (day > deadlineDay) {
                // From the day after the deadline to the due day: whole days, then the due day's
                // share. The due day began empty, since the task did not start on it.
                const double late = static_cast<double>(day - deadlineDay - 1) * daily + used;
                hoursAfterDeadline += std::min(hours, late);
            }
        }
    }

    if (hasDeadline && hoursAfterDeadline > kEpsilon) {
        result.atRisk = true;
        // Rounded to a tenth of an hour, but never 0 when at risk: "0.0 h short" would read as
        // not short at all.
        result.hoursShort = std::max(0.1, roundToTenth(hoursAfterDeadline));
    }

    for (const Task &task : std::as_const(tasks)) {
        if (task.dueDate.isValid() && (!result.finish.isValid() || task.dueDate > result.finish))
            result.finish = task.dueDate;
    }
    return result;
}

} // namespace helios
