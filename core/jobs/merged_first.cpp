#include "core/jobs/merged_first.h"

#include <QHash>
#include <QSet>

namespace helios {

namespace {

template <typename T> void keep(T &field, const T &before, const T &merged)
{
    if (!(merged == before))
        field = merged;
}

} // namespace

Plan keepMergedEdits(const Plan &before, const Plan &merged, Plan changed)
{
    QHash<qint64, const Task *> beforeById;
    for (const Task &t : before.tasks)
        beforeById.insert(t.id, &t);
    QHash<qint64, const Task *> mergedById;
    for (const Task &t : merged.tasks)
        mergedById.insert(t.id, &t);
    QSet<qint64> inChanged;
    for (Task &task : changed.tasks) {
        inChanged.insert(task.id);
        const Task *base = beforeById.value(task.id);
        const Task *server = mergedById.value(task.id);
        if (task.id <= 0 || !base || !server)
            continue;
        // Dependencies are positions, not fields here: the change keeps its own.
        keep(task.title, base->title, server->title);
        keep(task.notes, base->notes, server->notes);
        keep(task.status, base->status, server->status);
        keep(task.startDate, base->startDate, server->startDate);
        keep(task.dueDate, base->dueDate, server->dueDate);
        keep(task.milestone, base->milestone, server->milestone);
        keep(task.estimateHours, base->estimateHours, server->estimateHours);
        keep(task.actualHours, base->actualHours, server->actualHours);
    }
    for (const Task &t : merged.tasks) {
        if (t.id > 0 && !beforeById.contains(t.id) && !inChanged.contains(t.id)) {
            Task added = t;
            added.dependsOn.clear(); // positions of the merged plan, not of this one
            changed.tasks.append(added);
        }
    }
    return changed;
}

} // namespace helios
