#include "core/domain/plan_limits.h"

#include "core/domain/plain_text.h"

#include <QCoreApplication>
#include <QDate>

#include <initializer_list>

namespace helios {

namespace {

QString planName(const QString &where)
{
    return where.isEmpty() ? QCoreApplication::translate("helios", "the plan") : where;
}

} // namespace

void makePlainText(Plan &plan)
{
    plan.goal = plainText(plan.goal, false);
    plan.subject = plainText(plan.subject, false);
    plan.language = plainText(plan.language, false);
    plan.kind = plainText(plan.kind, false);
    // Read through a const reference and written only where something changes: the task list is
    // usually shared with the caller's copy, and writing to it would copy every task.
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const Task &task = std::as_const(plan.tasks).at(i);
        QString title = plainText(task.title, false);
        QString milestone = plainText(task.milestone, false);
        QString notes = plainText(task.notes, true);
        if (title == task.title && milestone == task.milestone && notes == task.notes)
            continue;
        Task &changed = plan.tasks[i];
        changed.title = std::move(title);
        changed.milestone = std::move(milestone);
        changed.notes = std::move(notes);
    }
}

Status checkPlanLimits(const Plan &plan, const QString &where)
{
    using namespace limits;
    const QString name = planName(where);
    if (plan.goal.size() > kMaxGoalLength)
        return Error::usage(QCoreApplication::translate(
                                "helios", "The goal of %1 is %2 characters long; Helios takes "
                                          "goals of at most %3.")
                                .arg(name)
                                .arg(plan.goal.size())
                                .arg(kMaxGoalLength));
    if (plan.subject.size() > kMaxGoalLength || plan.language.size() > kMaxLabelLength ||
        plan.kind.size() > kMaxLabelLength)
        return Error::usage(
            QCoreApplication::translate("helios", "The subject, language or kind of %1 is longer "
                                                  "than Helios takes.")
                .arg(name));
    if (plan.tasks.size() > kMaxTasksPerPlan)
        return Error::usage(QCoreApplication::translate(
                                "helios", "There are %1 tasks in %2; Helios takes at most %3 in "
                                          "one plan.")
                                .arg(plan.tasks.size())
                                .arg(name)
                                .arg(kMaxTasksPerPlan));
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const Task &task = plan.tasks.at(i);
        if (task.title.size() > kMaxTitleLength)
            return Error::usage(
                QCoreApplication::translate("helios", "The title of task %1 of %2 is %3 "
                                                      "characters long; Helios takes titles of "
                                                      "at most %4.")
                    .arg(i + 1)
                    .arg(name)
                    .arg(task.title.size())
                    .arg(kMaxTitleLength));
        if (task.milestone.size() > kMaxTitleLength)
            return Error::usage(
                QCoreApplication::translate("helios", "The milestone of task %1 of %2 is %3 "
                                                      "characters long; Helios takes names of "
                                                      "at most %4.")
                    .arg(i + 1)
                    .arg(name)
                    .arg(task.milestone.size())
                    .arg(kMaxTitleLength));
        if (task.notes.size() > kMaxNotesLength)
            return Error::usage(
                QCoreApplication::translate("helios", "The notes of task %1 of %2 are %3 "
                                                      "characters long; Helios takes notes of at "
                                                      "most %4.")
                    .arg(i + 1)
                    .arg(name)
                    .arg(task.notes.size())
                    .arg(kMaxNotesLength));
        if (task.dependsOn.size() > kMaxDependenciesPerTask)
            return Error::usage(
                QCoreApplication::translate("helios", "Task %1 of %2 depends on %3 tasks; Helios "
                                                      "takes at most %4.")
                    .arg(i + 1)
                    .arg(name)
                    .arg(task.dependsOn.size())
                    .arg(kMaxDependenciesPerTask));
    }
    return Ok{};
}

namespace {

bool dateTaken(const QDate &date)
{
    return !date.isValid() ||
           (date.year() >= limits::kFirstYear && date.year() <= limits::kLastYear);
}

Error dateRefused(const QString &what, const QDate &date)
{
    return Error::usage(QCoreApplication::translate(
                            "helios", "%1 is %2; Helios takes dates from the years %3 to %4.")
                            .arg(what, date.toString(Qt::ISODate))
                            .arg(limits::kFirstYear)
                            .arg(limits::kLastYear));
}

} // namespace

Status checkPlanDates(const Plan &plan, const QString &where)
{
    const QString name = planName(where);
    if (!dateTaken(plan.startDate))
        return dateRefused(QCoreApplication::translate("helios", "The start date of %1").arg(name),
                           plan.startDate);
    if (!dateTaken(plan.deadline))
        return dateRefused(QCoreApplication::translate("helios", "The deadline of %1").arg(name),
                           plan.deadline);
    qsizetype event = -1;
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const Task &task = plan.tasks.at(i);
        for (const QDate &date : {task.startDate, task.dueDate, task.notBefore, task.dueBy}) {
            if (!dateTaken(date))
                return dateRefused(QCoreApplication::translate("helios", "A date of task %1 of %2")
                                       .arg(i + 1)
                                       .arg(name),
                                   date);
        }
        if (task.notBefore.isValid() && task.dueBy.isValid() && task.notBefore > task.dueBy)
            return Error::usage(
                QCoreApplication::translate("helios", "Task %1 of %2 cannot start on %3 and be "
                                                      "done by %4: its first day is after its "
                                                      "latest.")
                    .arg(i + 1)
                    .arg(name)
                    .arg(task.notBefore.toString(Qt::ISODate), task.dueBy.toString(Qt::ISODate)));
        if (task.event) {
            if (event >= 0)
                return Error::usage(
                    QCoreApplication::translate("helios", "Tasks %1 and %2 of %3 are both the "
                                                          "goal's event; a plan has at most one.")
                        .arg(event + 1)
                        .arg(i + 1)
                        .arg(name));
            event = i;
        }
    }
    return Ok{};
}

Status checkNotesLength(const QString &notes)
{
    if (notes.size() > limits::kMaxNotesLength)
        return Error::usage(QCoreApplication::translate(
                                "helios", "The notes are %1 characters long; Helios takes notes "
                                          "of at most %2.")
                                .arg(notes.size())
                                .arg(limits::kMaxNotesLength));
    return Ok{};
}

} // namespace helios
