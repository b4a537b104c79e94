#pragma once

#include "core/domain/task.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace helios {

// Hours available on each day of the week, Monday first (index = QDate::dayOfWeek() - 1).
using WeekdayHours = std::array<double, 7>;

struct ScheduleOptions
{
    QDate start;                // first day work may be scheduled (usually today)
    QDate deadline;             // null: none
    double hoursPerWeek = 10.0; // capacity, spread evenly over the week's days
    // When set, replaces the even split of hoursPerWeek: each day gets the hours of its weekday
    // and a day with 0 gets no work. Negative or non-finite hours count as 0. When every day is
    // 0 nothing can be scheduled (see Scheduler::schedule).
    std::optional<WeekdayHours> weekdayHours = std::nullopt;
    // The person's current pace: actual throughput over planned throughput (0.5 = half as fast as
    // planned). Only ScheduleResult::projectedFinish depends on it; the dates written into the
    // tasks and the risk are always at the planned capacity. Not positive or not finite: 1.
    double pace = 1.0;
};

struct ScheduleResult
{
    bool atRisk = false;     // the remaining work does not fit before the deadline
    double hoursShort = 0.0; // hours of work that fall after the deadline
    QDate finish;            // due date of the last task
    // Where the work ends when the capacity is scaled by ScheduleOptions::pace; equal to finish
    // at pace 1. Null when the remaining work cannot be scheduled at all.
    QDate projectedFinish;
    // Milestones that still have unfinished work and whose last task is due after the deadline,
    // in the order they first appear in the task list. Empty without a deadline.
    QStringList slippingMilestones;
};

// Puts tasks on the calendar: every unfinished task gets a start and due date, no earlier than
// options.start and no earlier than the due dates of its prerequisites, with at most the weekly
// capacity of work on any week. Done and skipped tasks keep their dates. When the work does not fit
// before the deadline, tasks run past it and the result says how many hours are short — except
// what a pinned event waits for: that is dated at the least higher pace that ends it before the
// event (the result still says how many hours short the person's week is). Dependencies are
// positions in `tasks`; a cycle or a bad position is ignored (the task is scheduled as if that
// dependency did not exist).
//
// What a task says about its own dates is honoured, for every planner (offline or model):
// - an event (Task::event) is pinned to the deadline (to the start when the deadline has passed)
//   and uses none of the weekly hours; without a deadline it comes on the day after all other
//   work. A task that depends on an event starts the day after it.
// - Task::notBefore: the task does not start before that day; the person works on whatever else
//   is ready meanwhile, or idles when nothing is.
// - Task::dueBy: among the tasks that can start, the one with the earliest dueBy goes first; the
//   hours that still fall after its dueBy make the plan at risk and count as hours short (as
//   hours after the deadline do; a task late for both counts once).
// Without events, notBefore and dueBy the order is the work order of the dependency graph.
//
// When weekday hours are given and every day has none, nothing can be scheduled: that is not an
// error but a plan that cannot finish. Every unfinished task is left without dates, the result
// is at risk (with or without a deadline) and hoursShort is all the remaining hours.
struct Goal;
struct Plan;

class Scheduler
{
public:
    static ScheduleResult schedule(QList<Task> &tasks, const ScheduleOptions &options);
};

// A plan restarted for `goal` (from a template, or a built-in plan copied): no ids, no creation
// time, not a template, every task to do, unworked and undated, then scheduled from goal.today.
void startAfresh(Plan &plan, const Goal &goal);

} // namespace helios
