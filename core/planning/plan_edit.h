#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"
#include "core/planning/plan_diff.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace helios {

// The fields of a task a person changes; a field left unset stays as it is.
struct TaskFieldsEdit
{
    std::optional<QString> title;
    std::optional<double> estimateHours;
    std::optional<QString> milestone;
    std::optional<QList<qint64>> dependsOn; // prerequisites by task id
    std::optional<QString> notes;
    // Move the task: it is done from this day on, or as close after it as its prerequisites and
    // the work before it allow (see applyEdit).
    std::optional<QDate> start;

    bool isEmpty() const
    {
        return !title && !estimateHours && !milestone && !dependsOn && !notes && !start;
    }
};

// One change a person makes to a saved plan (the window's edits, `helios-cli task|plan`).
struct PlanEdit
{
    enum class Kind {
        RenamePlan, // goal
        AddTask,    // task: title, estimate, milestone, notes; dependsOn as positions are ignored,
                    // prerequisites by id in fields.dependsOn
        RemoveTask, // taskId
        EditTask,   // taskId, fields
    };
    Kind kind = Kind::EditTask;
    QString goal;
    Task task;
    qint64 taskId = 0;
    TaskFieldsEdit fields;

    static PlanEdit renamePlan(QString goal);
    static PlanEdit addTask(Task task, QList<qint64> prerequisites = {});
    static PlanEdit removeTask(qint64 taskId);
    static PlanEdit editTask(qint64 taskId, TaskFieldsEdit fields);
};

// Limits of what a person may type (the same as the New goal preview's).
inline constexpr int kMaxEditedTitleLength = 500;
inline constexpr double kMaxEditedEstimateHours = 1000.0;

// What an edit did: the plan after it, what changed against the plan before, and whether the
// dates were worked out again.
struct EditOutcome
{
    Plan plan;
    PlanDiff diff;
    bool rescheduled = false;
    int addedPosition = -1; // AddTask: where the new task is in plan.tasks
};

// Applies one edit to a plan, purely. A change that can move dates (a new or removed task, an
// estimate, prerequisites, a move) schedules the unfinished work again, as a re-plan from `today`
// does (replan: done and skipped tasks keep their dates, a task in progress its start), from
// today or the plan's start, whichever is later; unfinished tasks already overdue keep their
// dates (rescheduling them is the Today view's "reschedule overdue", not a side effect of an
// edit). A rename, a new milestone or notes move nothing.
//
// A new task goes after the last task of its milestone (at the end when the milestone is new or
// empty). A move puts the task, in the plan's order, before the first unfinished task that starts
// on or after the day asked for, so the one person gets to it then; when that order still starts
// it earlier (its dependents pull it forward), the day becomes its notBefore. It cannot start
// before its prerequisites, and its dependents follow it. A finished task, or
// one whose dueBy is before the day, cannot be moved.
//
// Refused, with one sentence and the plan untouched: an unknown task id (NotFound), an empty or
// overlong title or goal, an estimate not in (0, 1000] hours, a prerequisite that is the task
// itself, unknown, or that would close a cycle, an invalid day (Usage).
Result<EditOutcome> applyEdit(const Plan &plan, const PlanEdit &edit, QDate today);

// The rescheduling applyEdit does, on its own: the plan's unfinished, not overdue tasks get dates
// again from max(today, plan start), and its risk is worked out again.
Plan rescheduleAfterEdit(const Plan &plan, QDate today);

// A task written on one line, as quick-add reads it: "Read chapter 4 2h #Basics" is the title
// "Read chapter 4", 2 hours, milestone "Basics". Hours as "2h", "1.5 h", "90m", "2 hours",
// "2小时", "30分钟" at the end (1 hour when none is given); "#milestone" at the end, or "#" and
// everything after it. The title is what is left.
Task quickTask(const QString &line);

// The position of the task with this id, -1 when there is none.
int positionOfTask(const Plan &plan, qint64 taskId);

} // namespace helios
