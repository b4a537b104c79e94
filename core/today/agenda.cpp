#include "core/today/agenda.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace helios {

namespace {

constexpr double kMinimumRemainingHours = 0.5; // as the re-planner's

double sanitizedHours(double hours)
{
    return std::isfinite(hours) && hours > 0.0 ? hours : 0.0;
}

AgendaItem itemOf(const PlannedTask &planned, AgendaItem::Section section)
{
    AgendaItem item;
    item.section = section;
    item.task = planned.task;
    item.planGoal = planned.planGoal;
    return item;
}

// Due date, then plan, then position: the order of the store's read, kept whatever order the
// tasks come in.
bool byDue(const AgendaItem &a, const AgendaItem &b)
{
    if (a.task.dueDate != b.task.dueDate)
        return a.task.dueDate < b.task.dueDate;
    if (a.task.planId != b.task.planId)
        return a.task.planId < b.task.planId;
    return a.task.order < b.task.order;
}

bool byStart(const AgendaItem &a, const AgendaItem &b)
{
    if (a.task.startDate != b.task.startDate)
        return a.task.startDate < b.task.startDate;
    return byDue(a, b);
}

} // namespace

double remainingHours(const Task &task)
{
    if (task.isFinished())
        return 0.0;
    const double estimate = sanitizedHours(task.estimateHours);
    if (task.status != TaskStatus::InProgress || !(task.actualHours >= 0.0))
        return estimate;
    return std::min(estimate, std::max(kMinimumRemainingHours, estimate - task.actualHours));
}

bool isOverdue(const Task &task, QDate today)
{
    return !task.isFinished() && task.dueDate.isValid() && today.isValid() && task.dueDate < today;
}

QDate agendaHorizon(QDate today, const AgendaOptions &options)
{
    return today.addDays(std::max(0, options.lookaheadDays));
}

QHash<qint64, int> Agenda::overdueByPlan() const
{
    QHash<qint64, int> counts;
    for (const AgendaItem &item : overdue)
        ++counts[item.task.planId];
    return counts;
}

QList<qint64> Agenda::plansWithOverdue() const
{
    QList<qint64> plans;
    QSet<qint64> seen;
    for (const AgendaItem &item : overdue) {
        if (!seen.contains(item.task.planId)) {
            seen.insert(item.task.planId);
            plans.append(item.task.planId);
        }
    }
    return plans;
}

const AgendaItem *Agenda::find(qint64 taskId) const
{
    for (const QList<AgendaItem> *list : {&overdue, &today, &nextUp}) {
        for (const AgendaItem &item : *list) {
            if (item.task.id == taskId)
                return &item;
        }
    }
    return nullptr;
}

Agenda buildAgenda(const QList<PlannedTask> &open, QDate today, const AgendaOptions &options)
{
    Agenda agenda;
    agenda.date = today;
    if (!today.isValid())
        return agenda;
    const QDate horizon = agendaHorizon(today, options);

    std::map<qint64, double> dailyShareOfPlan; // plans with open work on the list (summed in order)
    QHash<qint64, qsizetype> nextOfPlan;       // index in `upcoming` of each plan's first task
    QList<AgendaItem> upcoming;
    for (const PlannedTask &planned : open) {
        const Task &task = planned.task;
        if (task.isFinished() || !task.startDate.isValid() || task.startDate > horizon)
            continue;
        dailyShareOfPlan[task.planId] = sanitizedHours(planned.planHoursPerWeek) / 7.0;
        if (isOverdue(task, today)) {
            AgendaItem item = itemOf(planned, AgendaItem::Section::Overdue);
            item.hoursToday = remainingHours(task);
            item.daysOverdue = static_cast<int>(task.dueDate.daysTo(today));
            agenda.overdueHours += item.hoursToday;
            agenda.overdue.append(std::move(item));
        } else if (task.startDate <= today) {
            AgendaItem item = itemOf(planned, AgendaItem::Section::Today);
            // A task without a due date counts as due today.
            const QDate due = task.dueDate.isValid() ? task.dueDate : today;
            const QDate from = std::max(task.startDate, today);
            const qint64 daysLeft = std::max<qint64>(1, from.daysTo(due) + 1);
            item.hoursToday = remainingHours(task) / static_cast<double>(daysLeft);
            agenda.plannedHours += item.hoursToday;
            agenda.today.append(std::move(item));
        } else {
            AgendaItem item = itemOf(planned, AgendaItem::Section::NextUp);
            const auto known = nextOfPlan.constFind(task.planId);
            if (known == nextOfPlan.cend()) {
                nextOfPlan.insert(task.planId, upcoming.size());
                upcoming.append(std::move(item));
            } else if (byStart(item, upcoming[*known])) {
                upcoming[*known] = std::move(item);
            }
        }
    }
    std::stable_sort(agenda.overdue.begin(), agenda.overdue.end(), byDue);
    std::stable_sort(agenda.today.begin(), agenda.today.end(), byDue);
    std::stable_sort(upcoming.begin(), upcoming.end(), byStart);
    upcoming.resize(std::min<qsizetype>(upcoming.size(), std::max(0, options.nextUpLimit)));
    agenda.nextUp = std::move(upcoming);

    if (options.weekdayHours) {
        agenda.availableHours =
            sanitizedHours((*options.weekdayHours)[static_cast<size_t>(today.dayOfWeek() - 1)]);
    } else {
        for (const auto &[planId, share] : dailyShareOfPlan)
            agenda.availableHours += share;
    }
    return agenda;
}

} // namespace helios
