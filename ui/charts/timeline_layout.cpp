#include "ui/charts/timeline_layout.h"

#include "core/planning/critical_path.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace helios::ui {

namespace {

// Days shown before the earliest and after the latest date, so bars do not touch the edges.
constexpr int kLeadDays = 2;
constexpr int kTrailDays = 7;

struct DateSpan
{
    QDate first;
    QDate last;
};

// A task's dates as drawn, or two null dates when it has none.
DateSpan spanOf(const Task &task)
{
    QDate first = task.startDate.isValid() ? task.startDate : task.dueDate;
    QDate last = task.dueDate.isValid() ? task.dueDate : task.startDate;
    if (first.isValid() && last.isValid() && last < first)
        std::swap(first, last);
    return {first, last};
}

void widen(QDate &earliest, QDate &latest, const QDate &date)
{
    if (!date.isValid())
        return;
    if (!earliest.isValid() || date < earliest)
        earliest = date;
    if (!latest.isValid() || date > latest)
        latest = date;
}

} // namespace

TimelineLayout computeTimelineLayout(const Plan &plan, const QDate &today)
{
    TimelineLayout layout;
    const QList<Task> &tasks = plan.tasks;
    const int taskCount = static_cast<int>(tasks.size());

    QDate earliest;
    QDate latest;
    for (const Task &task : tasks) {
        const DateSpan span = spanOf(task);
        widen(earliest, latest, span.first);
        widen(earliest, latest, span.last);
    }
    widen(earliest, latest, plan.startDate);
    widen(earliest, latest, plan.deadline);
    widen(earliest, latest, today);
    if (!earliest.isValid()) // no dates at all and no valid today
        earliest = latest = QDate::currentDate();
    layout.origin = earliest.addDays(-kLeadDays);
    layout.dayCount = static_cast<int>(layout.origin.daysTo(latest)) + kTrailDays + 1;
    const auto dayOf = [&layout](const QDate &date) {
        return static_cast<int>(layout.origin.daysTo(date));
    };
    layout.todayDay = today.isValid() ? dayOf(today) : -1;
    layout.deadlineDay = plan.deadline.isValid() ? dayOf(plan.deadline) : -1;

    const CriticalPath critical = criticalPath(tasks);
    layout.criticalHours = critical.hours;
    QSet<int> onPath(critical.path.cbegin(), critical.path.cend());
    QSet<std::pair<int, int>> criticalEdges;
    for (qsizetype i = 1; i < critical.path.size(); ++i)
        criticalEdges.insert({critical.path.at(i - 1), critical.path.at(i)});

    // Groups in order of first appearance; "" (no milestone) is a group without a header row.
    QList<QString> groups;
    QHash<QString, QList<int>> members;
    for (int i = 0; i < taskCount; ++i) {
        const QString &milestone = tasks.at(i).milestone;
        auto it = members.find(milestone);
        if (it == members.end()) {
            groups.append(milestone);
            it = members.insert(milestone, {});
        }
        it->append(i);
    }

    layout.rowOfTask.fill(-1, taskCount);
    layout.rows.reserve(taskCount + groups.size());
    for (const QString &group : std::as_const(groups)) {
        const QList<int> &positions = members.value(group);
        if (!group.isEmpty()) {
            TimelineRow header;
            header.kind = TimelineRow::Kind::Milestone;
            header.label = group;
            QDate first;
            QDate last;
            for (int position : positions) {
                const DateSpan span = spanOf(tasks.at(position));
                widen(first, last, span.first);
                widen(first, last, span.last);
                header.estimateHours += std::max(0.0, tasks.at(position).estimateHours);
            }
            if (first.isValid()) {
                header.startDay = dayOf(first);
                header.endDay = dayOf(last) + 1;
            }
            layout.rows.append(header);
        }
        for (int position : positions) {
            const Task &task = tasks.at(position);
            TimelineRow row;
            row.taskPosition = position;
            row.taskId = task.id;
            row.event = task.event;
            row.label = task.title;
            row.status = task.status;
            row.estimateHours = task.estimateHours;
            row.critical = onPath.contains(position);
            const DateSpan span = spanOf(task);
            if (span.first.isValid()) {
                row.startDay = dayOf(span.first);
                row.endDay = dayOf(span.last) + 1;
            }
            layout.rowOfTask[position] = static_cast<int>(layout.rows.size());
            layout.rows.append(row);
        }
    }

    for (int dependent = 0; dependent < taskCount; ++dependent) {
        QList<int> prerequisites = tasks.at(dependent).dependsOn;
        std::sort(prerequisites.begin(), prerequisites.end());
        prerequisites.erase(std::unique(prerequisites.begin(), prerequisites.end()),
                            prerequisites.end());
        for (int prerequisite : std::as_const(prerequisites)) {
            if (prerequisite < 0 || prerequisite >= taskCount || prerequisite == dependent)
                continue;
            layout.arrows.append({layout.rowOfTask.at(prerequisite), layout.rowOfTask.at(dependent),
                                  criticalEdges.contains({prerequisite, dependent})});
        }
    }
    return layout;
}

} // namespace helios::ui
