#pragma once

#include "core/domain/task.h"

#include <QList>

#include <vector>

namespace helios {

// The dependency graph of a task list, by position, shared by the scheduler and the critical
// path so that both break cycles the same way. Internal to core/planning.
//
// `prerequisites[v]` and `dependents[u]` hold each valid edge once, sorted; self-edges and
// positions outside the list are dropped.
struct DependencyGraph
{
    std::vector<std::vector<int>> prerequisites;
    std::vector<std::vector<int>> dependents;

    static DependencyGraph build(const QList<Task> &tasks);
    int size() const { return static_cast<int>(prerequisites.size()); }
};

// Tarjan's strongly connected components, iterative so that a long chain cannot overflow the
// stack. Returns the component of every position; a task on no cycle is alone in its component.
// O(n + e).
std::vector<int> stronglyConnectedComponents(const DependencyGraph &graph, int &componentCount);

// The order in which the one person works: a topological order of the dependencies that is
// otherwise stable by position (Kahn's algorithm, always taking the lowest ready position).
//
// Cycles are broken deterministically: the tasks of a cycle (a strongly connected component)
// are taken together, as soon as everything outside the cycle that they depend on is done, and
// among themselves by position. So the edges ignored are exactly those inside a cycle that point
// to a later position (the ones that close it); an edge into or out of a cycle is kept.
// O((n + e) log n).
std::vector<int> workOrder(const DependencyGraph &graph);

// The cycles among the tasks' dependencies: the positions of each strongly connected component of
// more than one task, each list sorted, the lists by their first position. Empty for a plan
// without cycles. O(n + e).
std::vector<std::vector<int>> dependencyCycles(const QList<Task> &tasks);

// The same graph without the edges that workOrder ignores (inside a cycle, from a later position
// to an earlier one), so it is acyclic and workOrder is one of its topological orders. O(n + e).
DependencyGraph withoutCycles(const DependencyGraph &graph);

// Both at once, finding the cycles once (what the scheduler needs).
struct WorkGraph
{
    std::vector<int> order;  // workOrder
    DependencyGraph acyclic; // withoutCycles
};
WorkGraph workGraph(const DependencyGraph &graph);

} // namespace helios
