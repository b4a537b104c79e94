#pragma once

#include "core/domain/plan.h"
#include "core/planning/plan_edit.h"

#include <QList>
#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

#include <functional>
#include <utility>

namespace helios {
class PlanEditService;
}

namespace helios::ui {

class PlansViewModel;
class TaskEditsViewModel;

// Editing the plan the window shows, without widgets: rename the plan; add (in one line),
// remove, rename, re-estimate, move (to a day or a milestone) a task; change what it waits for.
// Each edit is worked out and saved by PlanEditService (which reschedules when dates can move),
// shown at once through PlansViewModel::applyEditedPlan, said in the status bar ("3 tasks moved,
// the plan now finishes 5/12/2027") and pushed on TaskEditsViewModel's undo stack (which owns
// this editor); undo and redo save
// the plan as it was before or after. Edits are written one at a time, in the order asked for,
// each on the plan as the one before left it. Nothing here waits.
class PlanEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    // Edits a person can undo in a row; a command holds the plan before and after it.
    static constexpr int kUndoLimit = 100;

    // plans, edits and service must outlive the editor (TaskEditsViewModel makes it its child).
    PlanEditor(PlansViewModel &plans, TaskEditsViewModel &edits, PlanEditService &service,
               QObject *parent = nullptr);
    ~PlanEditor() override;

    // A plan is shown and can be edited.
    bool canEdit() const;
    bool isBusy() const { return m_busy; }
    // What the last edit changed (dates moved, finish) and its sentence.
    const PlanDiff &lastDiff() const { return m_lastDiff; }
    QString lastSummary() const { return m_lastSummary; }
    // Where moveTask(taskId, start) would put the task in `plan` (the plan shown), saving
    // nothing: the first and last day the scheduler gives it (the same applyEdit the move runs),
    // or why it cannot go there. Pure, so the timeline's drag preview runs it on the thread pool
    // once per day dragged to.
    static Result<std::pair<QDate, QDate>> landingOf(const Plan &plan, qint64 taskId,
                                                     const QDate &start, QDate today);

public Q_SLOTS:
    void renamePlan(const QString &goal);
    // One line: "Read chapter 4 2h #Basics" (see quickTask).
    void quickAdd(const QString &line);
    void addTask(const helios::Task &task, const QList<qint64> &prerequisites = {});
    void removeTask(qint64 taskId);
    void editTask(qint64 taskId, const helios::TaskFieldsEdit &fields);
    // Starts the task on `start` (or as near after it as the plan allows).
    void moveTask(qint64 taskId, const QDate &start);
    // An edit saved elsewhere in the window (Settings → Sync's "Use this value instead"), from
    // `before` to `after` of the same plan: shown, and put on the undo stack as `undoText`.
    void recordEdit(const helios::Plan &before, const helios::Plan &after, const QString &undoText);

Q_SIGNALS:
    void busyChanged(bool busy);
    // An edit was saved; taskId is the task it was about (a new task's id), 0 for the plan.
    void edited(qint64 taskId, const QString &summary);
    // An edit was refused or could not be saved: one sentence; the plan is as stored.
    void failed(const QString &message);

private:
    friend class PlanEditCommand;
    struct Pending
    {
        PlanEdit edit;
        QString undoText;
        std::optional<Plan> state; // set: write this state (undo, redo) instead of an edit
    };

    void enqueue(Pending pending);
    void runNext();
    QCoro::Task<> run(Pending pending);
    // Undo and redo: the plan as it was.
    void writeState(const Plan &plan, const QString &what);
    QString summaryOf(const PlanEdit &edit, const Plan &before, const Plan &after,
                      const PlanDiff &diff, bool rescheduled, int addedPosition) const;
    QString taskTitle(const Plan &plan, qint64 taskId) const;

    // Status and notes writes, or a read of the plan, under way.
    bool othersBusy() const;

    PlansViewModel &m_plans;
    TaskEditsViewModel &m_edits;
    PlanEditService &m_service;
    QList<Pending> m_queue;
    bool m_busy = false;
    bool m_waitingForPlans = false; // runNext once PlansViewModel is no longer busy
    PlanDiff m_lastDiff;
    QString m_lastSummary;
};

} // namespace helios::ui
