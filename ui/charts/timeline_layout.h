#pragma once

#include "core/domain/plan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace helios::ui {

// What a Gantt timeline of a plan draws, in rows and whole days, with no pixels: the widget
// scales days to its zoom and paints only the rows in view.
struct TimelineRow
{
    enum class Kind { Milestone, Task };
    Kind kind = Kind::Task;
    int taskPosition = -1; // Task rows: position in Plan::tasks; Milestone rows: -1
    qint64 taskId = 0;     // Task rows: the task's id (0 until stored)
    QString label;         // task title or milestone name
    // Days from TimelineLayout::origin; endDay is exclusive (the day after the due date).
    // Both -1 when the task (or every task of the milestone) has no dates yet.
    int startDay = -1;
    int endDay = -1;
    TaskStatus status = TaskStatus::Todo; // Task rows
    double estimateHours = 0.0;           // Task rows: the task's; Milestone rows: their sum
    bool critical = false;                // Task rows on the critical path
    bool event = false;                   // Task rows: the goal's event (pinned to the deadline)

    // A task whose bar can be dragged to another day: not finished, not the event, stored.
    bool isMovable() const
    {
        return kind == Kind::Task && taskId != 0 && !event && status != TaskStatus::Done &&
               status != TaskStatus::Skipped && isScheduled();
    }

    bool isScheduled() const { return startDay >= 0 && endDay > startDay; }
};

// From the prerequisite's row to the dependent's row. May point upwards: positions need not be
// in dependency order, and a cycle's closing edge points back.
struct TimelineArrow
{
    int fromRow = 0;
    int toRow = 0;
    bool critical = false; // both ends are consecutive steps of the critical path
    friend bool operator==(const TimelineArrow &, const TimelineArrow &) = default;
};

struct TimelineLayout
{
    QDate origin;      // day 0, a little before the earliest date shown
    int dayCount = 0;  // days 0..dayCount-1 are on the timeline
    int todayDay = -1; // -1 when today is not on the timeline
    int deadlineDay = -1;
    QList<TimelineRow> rows;
    QList<TimelineArrow> arrows;
    QList<int> rowOfTask; // per task position
    double criticalHours = 0.0;

    QDate dateOfDay(int day) const { return origin.addDays(day); }
};

// Rows: the tasks grouped by milestone (in the order milestones first appear, each group led by
// a milestone row; tasks without one are not grouped), the tasks of a group in plan order. A task
// with only a due date lasts that day; one whose start is after its due date is drawn from due to
// start. Dependencies with bad positions and self-dependencies draw nothing; cycles draw every
// edge (nothing loops), and the critical path comes from criticalPath(), which breaks them.
TimelineLayout computeTimelineLayout(const Plan &plan, const QDate &today);

} // namespace helios::ui
