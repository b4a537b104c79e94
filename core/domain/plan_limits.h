#pragma once

#include "core/domain/goal.h"
#include "core/domain/plan.h"
#include "core/domain/result.h"

// Bounds no person meets, applied to every way a plan gets in (the window, the CLI, imports,
// restores, model answers) so that nothing under them can make Helios slow or large: past a
// bound the plan is refused with one sentence before any work is done on it.
namespace helios::limits {

inline constexpr int kMaxTasksPerPlan = 20000;
inline constexpr int kMaxTitleLength = 500;   // a task's title, a milestone's name (characters)
inline constexpr int kMaxNotesLength = 20000; // a task's notes (characters)
inline constexpr int kMaxDependenciesPerTask = 1000;
inline constexpr int kMaxLabelLength = 64; // a plan's language and kind
inline constexpr int kMaxPlansPerImport = 10000;
// Components inside components (iCalendar), list levels (Markdown), arrays and objects inside
// each other (JSON).
inline constexpr int kMaxNesting = 32;
// The goal: kMaxGoalLength (goal.h), also for a plan's subject.
// Every date of a plan and its tasks (start, deadline, a task's dates, first and latest day).
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2999;

} // namespace helios::limits

namespace helios {

// The plan's texts as plain text (plain_text.h): goal, subject, titles and milestones on one
// line, notes on several.
void makePlainText(Plan &plan);

// Refuses a plan past any limit with one sentence (a usage error) that says which and by how
// much; `where` names the plan for the person ("plan 2 of the file"), empty for "the plan".
Status checkPlanLimits(const Plan &plan, const QString &where = {});
// The dates of a plan from outside (an import file): every date within the years kFirstYear to
// kLastYear, no task whose first day (notBefore) is after its latest day (dueBy), at most one task
// that is the goal's event. One sentence (a usage error) naming the task otherwise.
Status checkPlanDates(const Plan &plan, const QString &where = {});
// The same for one task's notes (an edit of a stored task).
Status checkNotesLength(const QString &notes);

} // namespace helios
