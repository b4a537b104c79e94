#pragma once

#include "core/domain/plan.h"

#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace helios {

// A value before and after a change.
template <typename T> struct ValueChange
{
    T before{};
    T after{};
};

// What changed in a task that is in both plans, apart from its dates (see DateShift).
enum class TaskField {
    Title = 0x01,
    Notes = 0x02,
    TaskStatus = 0x04, // not "Status": that would shadow helios::Status
    Estimate = 0x08,
    Milestone = 0x10,
    Dependencies = 0x20, // the set of prerequisite tasks, compared through the matching
};
Q_DECLARE_FLAGS(TaskFields, TaskField)
Q_DECLARE_OPERATORS_FOR_FLAGS(TaskFields)

struct TaskChange
{
    Task before;
    Task after;
    int position = -1; // in the new plan
    TaskFields fields;
};

struct DateShift
{
    Task before;
    Task after;
    int position = -1; // in the new plan
    QDate oldStart;
    QDate oldDue;
    QDate newStart;
    QDate newDue;
    // How far the task moved: the due date's shift, or the start date's when a due date is
    // missing on either side; 0 when the task was dated on one side only.
    qint64 days = 0;
};

// The differences between two versions of a plan: what a re-plan proposes, or what an edit did.
// Lists keep plan order (removed tasks in the old plan's order, the others in the new one's).
struct PlanDiff
{
    QList<Task> added;
    QList<Task> removed;
    QList<TaskChange> changed;
    QList<DateShift> shifted;

    std::optional<ValueChange<QDate>> deadline;
    std::optional<ValueChange<double>> hoursPerWeek;
    std::optional<ValueChange<bool>> atRisk;
    std::optional<ValueChange<double>> hoursShort;
    std::optional<ValueChange<QDate>> finish; // Plan::finishDate()

    bool isEmpty() const;
};

// Tasks are matched by id when both have one (> 0), else by title and milestone (duplicates in
// order). Hours are compared to a millionth of an hour.
PlanDiff diffPlans(const Plan &before, const Plan &after);

// A short English text (translatable, context "helios"), one line per change:
//   "* Deadline: 2026-12-01 → 2026-12-15"
//   "- Removed: Read chapter 3"
//   "+ Added: Write tests (2 h)"
//   "~ Write tests: status to do → done"
//   "~ Write tests: due 2026-12-03 → 2026-12-10 (+7 days)"
// and "No changes." for an empty diff.
QString describe(const PlanDiff &diff);

} // namespace helios
