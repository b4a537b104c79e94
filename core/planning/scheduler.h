#pragma once

#include "core/domain/task.h"

#include <QDate>
#include <QList>

namespace helios {

struct ScheduleOptions
{
    QDate start;               // first day work may be scheduled (usually today)
    QDate deadline;            // null: none
    double hoursPerWeek = 10.0; // capacity, spread evenly over the week's days
};

struct ScheduleResult
{
    bool atRisk = false;     // the remaining work does not fit before the deadline
    double hoursShort = 0.0; // hours of work that fall after the deadline
    QDate finish;            // due date of the last task
};

// Puts tasks on the calendar: every unfinished task gets a start and due date, no earlier than
// options.start and no earlier than the due dates of its prerequisites, with at most the weekly
// capacity of work on any week. Done and skipped tasks keep their dates. It never crams: when the
// work does not fit before the deadline, tasks run past it and the result says how many hours
// are short. Dependencies are positions in `tasks`; a cycle or a bad position is ignored (the
// task is scheduled as if that dependency did not exist).
class Scheduler
{
public:
    static ScheduleResult schedule(QList<Task> &tasks, const ScheduleOptions &options);
};

} // namespace helios
