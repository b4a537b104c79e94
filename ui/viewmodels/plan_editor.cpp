#include "ui/viewmodels/plan_editor.h"

#include "core/jobs/plan_edit_service.h"
#include "ui/models/display_format.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>
#include <QUndoStack>

namespace helios::ui {

// The edit as the Edit menu's Undo and Redo name it. Doing was the edit itself; undoing and
// redoing save the plan as it was before and after it.
class PlanEditCommand : public QUndoCommand
{
public:
    PlanEditCommand(PlanEditor &editor, Plan before, Plan after, const QString &text)
        : m_editor(&editor), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }

    void undo() override
    {
        if (m_editor)
            m_editor->writeState(m_before, PlanEditor::tr("Undone: %1").arg(text()));
    }

    void redo() override
    {
        if (m_first) { // pushed after the edit was saved
            m_first = false;
            return;
        }
        if (m_editor)
            m_editor->writeState(m_after, PlanEditor::tr("Redone: %1").arg(text()));
    }

private:
    QPointer<PlanEditor> m_editor;
    Plan m_before;
    Plan m_after;
    bool m_first = true;
};

namespace {

QString menuTitle(const QString &title)
{
    return shortened(title.simplified(), 40);
}

} // namespace

PlanEditor::PlanEditor(PlansViewModel &plans, TaskEditsViewModel &edits, PlanEditService &service,
                       QObject *parent)
    : QObject(parent), m_plans(plans), m_edits(edits), m_service(service)
{
    if (edits.undoStack()->count() == 0)
        edits.undoStack()->setUndoLimit(kUndoLimit);
    // A status or notes write under way would be overwritten by an edit based on the plan
    // before it: edits wait for the view-models' writes and reads to come back.
    auto resume = [this](bool busy) {
        if (!busy && m_waitingForPlans && !othersBusy()) {
            m_waitingForPlans = false;
            runNext();
        }
    };
    connect(&plans, &PlansViewModel::busyChanged, this, resume);
    connect(&edits, &TaskEditsViewModel::busyChanged, this, resume);
}

bool PlanEditor::othersBusy() const
{
    return m_plans.isBusy() || m_edits.isBusy();
}

PlanEditor::~PlanEditor() = default;

bool PlanEditor::canEdit() const
{
    return m_plans.state() == PlansViewModel::State::Ready && m_plans.currentPlan().id != 0;
}

QString PlanEditor::taskTitle(const Plan &plan, qint64 taskId) const
{
    const int position = positionOfTask(plan, taskId);
    return position >= 0 ? plan.tasks.at(position).title : QString();
}

void PlanEditor::renamePlan(const QString &goal)
{
    enqueue({PlanEdit::renamePlan(goal), tr("Rename the plan"), std::nullopt});
}

void PlanEditor::quickAdd(const QString &line)
{
    const Task task = quickTask(line);
    addTask(task);
}

void PlanEditor::addTask(const Task &task, const QList<qint64> &prerequisites)
{
    enqueue({PlanEdit::addTask(task, prerequisites),
             tr("Add “%1”").arg(menuTitle(task.title.trimmed())), std::nullopt});
}

void PlanEditor::removeTask(qint64 taskId)
{
    enqueue({PlanEdit::removeTask(taskId),
             tr("Remove “%1”").arg(menuTitle(taskTitle(m_plans.currentPlan(), taskId))),
             std::nullopt});
}

void PlanEditor::editTask(qint64 taskId, const TaskFieldsEdit &fields)
{
    if (fields.isEmpty())
        return;
    const QString title = menuTitle(taskTitle(m_plans.currentPlan(), taskId));
    QString text = tr("Edit “%1”").arg(title);
    if (fields.start && !fields.title && !fields.estimateHours && !fields.dependsOn)
        text = tr("Move “%1”").arg(title);
    else if (fields.title && !fields.estimateHours && !fields.start && !fields.dependsOn)
        text = tr("Rename “%1”").arg(title);
    else if (fields.estimateHours && !fields.title && !fields.start && !fields.dependsOn)
        text = tr("Re-estimate “%1”").arg(title);
    enqueue({PlanEdit::editTask(taskId, fields), text, std::nullopt});
}

void PlanEditor::moveTask(qint64 taskId, const QDate &start)
{
    TaskFieldsEdit fields;
    fields.start = start;
    editTask(taskId, fields);
}

Result<std::pair<QDate, QDate>> PlanEditor::landingOf(const Plan &plan, qint64 taskId,
                                                      const QDate &start, QDate today)
{
    TaskFieldsEdit fields;
    fields.start = start;
    Result<EditOutcome> outcome = applyEdit(plan, PlanEdit::editTask(taskId, fields), today);
    if (!outcome)
        return outcome.error();
    const int position = positionOfTask(outcome->plan, taskId);
    if (position < 0)
        return Error::notFound(
            QCoreApplication::translate("helios", "There is no task with id %1 in this plan.")
                .arg(taskId));
    const Task &task = outcome->plan.tasks.at(position);
    return std::pair{task.startDate, task.dueDate};
}

void PlanEditor::recordEdit(const Plan &before, const Plan &after, const QString &undoText)
{
    if (before.id == 0 || before.id != after.id)
        return;
    m_edits.undoStack()->push(new PlanEditCommand(*this, before, after, undoText));
    m_plans.applyEditedPlan(after);
}

void PlanEditor::writeState(const Plan &plan, const QString &what)
{
    enqueue({PlanEdit{}, what, plan});
}

void PlanEditor::enqueue(Pending pending)
{
    m_queue.append(std::move(pending));
    if (!m_busy)
        runNext();
}

void PlanEditor::runNext()
{
    if (m_queue.isEmpty()) {
        if (m_busy) {
            m_busy = false;
            Q_EMIT busyChanged(false);
        }
        return;
    }
    if (!m_busy) {
        m_busy = true;
        Q_EMIT busyChanged(true);
    }
    if (othersBusy()) {
        m_waitingForPlans = true;
        return;
    }
    run(m_queue.takeFirst());
}

QCoro::Task<> PlanEditor::run(Pending pending)
{
    QPointer self(this);
    if (pending.state) {
        // Undo or redo: the plan as it was, saved as it is.
        QCoro::Task<Result<Plan>> saving = m_service.save(*pending.state);
        Result<Plan> saved = co_await std::move(saving);
        if (!self)
            co_return;
        if (!saved) {
            m_plans.showStatus(saved.error().message, true);
            Q_EMIT failed(saved.error().message);
            m_plans.refresh();
        } else {
            m_lastDiff = diffPlans(m_plans.currentPlan(), *saved);
            m_lastSummary = pending.undoText;
            m_plans.applyEditedPlan(*saved);
            m_plans.showStatus(pending.undoText, false);
            Q_EMIT edited(0, pending.undoText);
        }
        runNext();
        co_return;
    }

    if (!canEdit()) {
        runNext();
        co_return;
    }
    const Plan before = m_plans.currentPlan();
    QCoro::Task<Result<PlanEditService::Edited>> editing =
        m_service.edit(before, pending.edit, m_plans.today());
    Result<PlanEditService::Edited> edited = co_await std::move(editing);
    if (!self)
        co_return;
    if (!edited) {
        const QString message = edited.error().message;
        m_plans.showStatus(message, true);
        Q_EMIT failed(message);
        // A refused edit changed nothing; a failed write may have: read the plan again.
        if (edited.error().kind == Error::Kind::Storage)
            m_plans.refresh();
        runNext();
        co_return;
    }
    m_lastDiff = edited->diff;
    m_lastSummary = summaryOf(pending.edit, before, edited->after, edited->diff,
                              edited->rescheduled, edited->addedPosition);
    qint64 taskId = pending.edit.taskId;
    if (pending.edit.kind == PlanEdit::Kind::AddTask && edited->addedPosition >= 0)
        taskId = edited->after.tasks.at(edited->addedPosition).id;
    if (pending.edit.kind == PlanEdit::Kind::RemoveTask ||
        pending.edit.kind == PlanEdit::Kind::RenamePlan)
        taskId = 0;
    m_edits.undoStack()->push(
        new PlanEditCommand(*this, edited->before, edited->after, pending.undoText));
    m_plans.applyEditedPlan(edited->after);
    m_plans.showStatus(m_lastSummary, false);
    Q_EMIT this->edited(taskId, m_lastSummary);
    runNext();
}

QString PlanEditor::summaryOf(const PlanEdit &edit, const Plan &before, const Plan &after,
                              const PlanDiff &diff, bool rescheduled, int addedPosition) const
{
    QString what;
    switch (edit.kind) {
    case PlanEdit::Kind::RenamePlan:
        what = tr("Plan renamed.");
        break;
    case PlanEdit::Kind::AddTask:
        what = tr("“%1” added.")
                   .arg(menuTitle(addedPosition >= 0 ? after.tasks.at(addedPosition).title
                                                     : edit.task.title));
        break;
    case PlanEdit::Kind::RemoveTask:
        what = tr("“%1” removed.").arg(menuTitle(taskTitle(before, edit.taskId)));
        break;
    case PlanEdit::Kind::EditTask: {
        const int position = positionOfTask(after, edit.taskId);
        const QString title = menuTitle(taskTitle(after, edit.taskId));
        if (edit.fields.start && position >= 0 && after.tasks.at(position).startDate.isValid())
            what = tr("“%1” now starts %2.")
                       .arg(title, formatDate(after.tasks.at(position).startDate));
        else
            what = tr("“%1” changed.").arg(title);
        break;
    }
    }
    if (!rescheduled)
        return what;
    const int moved = int(diff.shifted.size());
    const QDate finish = after.finishDate();
    QString dates = moved == 0 ? tr("No other task moved.")
                               : tr("%n task(s) moved, the plan now finishes %1.", "", moved)
                                     .arg(finish.isValid() ? formatDate(finish) : tr("undated"));
    if (after.atRisk)
        dates +=
            QLatin1Char(' ') + tr("%1 h short of the deadline.").arg(formatHours(after.hoursShort));
    return what + QLatin1Char(' ') + dates;
}

} // namespace helios::ui
