#include "core/sync/merged_first.h"

#include "core/sync/task_fields.h"

#include <QHash>
#include <QSet>

namespace helios::sync {

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
        const Merge kept = mergeFields(TaskFields::of(*base, {}), TaskFields::of(task, {}),
                                       TaskFields::of(*server, {}), Side::Server);
        kept.merged.applyTo(task);
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

} // namespace helios::sync
