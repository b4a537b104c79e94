#pragma once

// What is due: the day's list across every plan, shared by `helios-cli today`, the window's
// Today page, the reminders and the local API's /api/v1/today. Pure functions over the open
// tasks a TaskQueries read returns (TodayService reads them), a date and the person's hours.
//
//     const AgendaOptions options;  // hours from the plans, 7 days ahead, 10 next up
//     auto open = co_await tasks.openTasksStartingBy(agendaHorizon(today, options));
//     const Agenda agenda = buildAgenda(*open, today, options);
//     agenda.today, agenda.overdue, agenda.nextUp, agenda.plannedHours, agenda.availableHours

#include "core/domain/task.h"
#include "core/domain/task_queries.h"
#include "core/planning/scheduler.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace helios {

struct AgendaOptions
{
    // The hours the person has on each weekday, Monday first. Not set: the sum of the daily
    // shares (hours per week / 7) of the plans with open work on the list, which is what the
    // scheduler gives each of them a day.
    std::optional<WeekdayHours> weekdayHours;
    int lookaheadDays = 7; // next up: tasks starting within this many days after today
    int nextUpLimit = 10;  // at most this many next-up tasks (the first of each plan)
};

struct AgendaItem
{
    enum class Section { Overdue, Today, NextUp };

    Section section = Section::Today;
    Task task; // planId set, no dependencies
    QString planGoal;
    // Today: the share of its remaining hours planned for today (spread evenly over the days
    // from today to its due date). Overdue: all of its remaining hours. Next up: 0.
    double hoursToday = 0.0;
    int daysOverdue = 0; // days since its due date (Overdue only)
};

struct Agenda
{
    QDate date;
    QList<AgendaItem> overdue;   // open and due before the date: longest overdue first
    QList<AgendaItem> today;     // open and under way on the date: by due date, plan, position
    QList<AgendaItem> nextUp;    // the first task of each plan to start after the date, soonest
                                 // first, within the lookahead and the limit
    double plannedHours = 0.0;   // sum of today's hoursToday
    double overdueHours = 0.0;   // sum of the overdue tasks' remaining hours
    double availableHours = 0.0; // the person's hours on the date (see AgendaOptions)

    bool isEmpty() const { return overdue.isEmpty() && today.isEmpty() && nextUp.isEmpty(); }
    // Overdue tasks per plan id, for the plan list and the header.
    QHash<qint64, int> overdueByPlan() const;
    // The plans with overdue tasks, in the order their first overdue task is listed.
    QList<qint64> plansWithOverdue() const;
    // The task with this id on any of the three lists; nullptr when it is not there.
    const AgendaItem *find(qint64 taskId) const;
};

// Not finished and due before `today`: what every view marks as overdue and the plan list counts.
bool isOverdue(const Task &task, QDate today);

// The last start date TaskQueries::openTasksStartingBy must be asked for.
QDate agendaHorizon(QDate today, const AgendaOptions &options = {});

// Sorts the open tasks (as openTasksStartingBy(agendaHorizon(today)) returns them; any order
// will do) into the day's three lists. Finished and undated tasks are left out.
Agenda buildAgenda(const QList<PlannedTask> &open, QDate today, const AgendaOptions &options = {});

// What is left of a task: its estimate less the hours already spent when those are known, at
// least half an hour (never more than the estimate) while it is open; 0 once it is finished.
// The re-planner counts the same way.
double remainingHours(const Task &task);

} // namespace helios
