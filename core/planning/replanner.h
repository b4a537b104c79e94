#pragma once

#include "core/domain/plan.h"

#include <QDate>

#include <optional>

namespace helios {

// Proposes a new version of a plan from `today` on, for the person to review (see diffPlans)
// before it replaces the old one:
// - done and skipped tasks keep their dates exactly;
// - in-progress tasks keep their start date; what is left of them is scheduled from today: the
//   estimate less the hours already spent when those are known, at least 0.5 h (never more than
//   the estimate), else the whole estimate;
// - overdue and future to-do tasks are scheduled from today, in dependency order;
// - nothing is scheduled before today; atRisk and hoursShort are recomputed;
// - the plan's start date is kept; the deadline and the weekly hours are replaced when given;
// - what tasks say about their own dates (event, notBefore, dueBy) is kept and honoured; when
//   the deadline moves and the plan has an event, the unfinished tasks' notBefore and dueBy move
//   by as many days (they were counted back from the event).
// Estimates, ids, statuses and everything else are kept. An invalid `today` means the current
// date.
Plan replan(const Plan &plan, QDate today, std::optional<QDate> newDeadline = {},
            std::optional<double> newHoursPerWeek = {});

// The person's pace so far, as a ratio of finished to planned work (for ScheduleOptions::pace):
// the estimated hours of done tasks over the estimated hours of the tasks the plan had due
// before `today`, clamped to [0.1, 2.0]. Skipped tasks count on neither side (skipping removes
// work, it does not make anyone slower). 1.0 when nothing was due yet.
double measuredPace(const QList<Task> &tasks, QDate today);

} // namespace helios
