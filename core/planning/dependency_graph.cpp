#include "core/planning/dependency_graph.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <utility>

namespace helios {

DependencyGraph DependencyGraph::build(const QList<Task> &tasks)
{
    const int n = static_cast<int>(tasks.size());
    DependencyGraph graph;
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

std::vector<int> stronglyConnectedComponents(const DependencyGraph &graph, int &componentCount)
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

namespace {

std::vector<int> workOrderOf(const DependencyGraph &graph, const std::vector<int> &component,
                             int componentCount)
{
    const size_t n = graph.dependents.size();

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

DependencyGraph withoutCyclesOf(const DependencyGraph &graph, const std::vector<int> &component)
{
    const size_t n = graph.prerequisites.size();

    DependencyGraph acyclic;
    acyclic.prerequisites.resize(n);
    acyclic.dependents.resize(n);
    for (size_t v = 0; v < n; ++v) {
        for (const int u : graph.prerequisites[v]) {
            const auto su = static_cast<size_t>(u);
            // Inside a cycle only an edge from an earlier position is kept (workOrder takes the
            // members of a cycle by position); edges between components are all kept.
            if (component[su] != component[v] || su < v) {
                acyclic.prerequisites[v].push_back(u);
                acyclic.dependents[su].push_back(static_cast<int>(v));
            }
        }
    }
    return acyclic;
}

} // namespace

std::vector<int> workOrder(const DependencyGraph &graph)
{
    int componentCount = 0;
    const std::vector<int> component = stronglyConnectedComponents(graph, componentCount);
    return workOrderOf(graph, component, componentCount);
}

DependencyGraph withoutCycles(const DependencyGraph &graph)
{
    int componentCount = 0;
    return withoutCyclesOf(graph, stronglyConnectedComponents(graph, componentCount));
}

WorkGraph workGraph(const DependencyGraph &graph)
{
    int componentCount = 0;
    const std::vector<int> component = stronglyConnectedComponents(graph, componentCount);
    return {workOrderOf(graph, component, componentCount), withoutCyclesOf(graph, component)};
}

std::vector<std::vector<int>> dependencyCycles(const QList<Task> &tasks)
{
    const DependencyGraph graph = DependencyGraph::build(tasks);
    int count = 0;
    const std::vector<int> component = stronglyConnectedComponents(graph, count);
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (size_t v = 0; v < component.size(); ++v)
        members[static_cast<size_t>(component[v])].push_back(static_cast<int>(v));
    std::vector<std::vector<int>> cycles;
    for (std::vector<int> &m : members) {
        if (m.size() > 1)
            cycles.push_back(std::move(m)); // positions come in ascending order
    }
    std::sort(cycles.begin(), cycles.end());
    return cycles;
}

} // namespace helios
