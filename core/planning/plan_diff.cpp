#include "core/planning/plan_diff.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace helios {

namespace {

// Hours closer than this are the same (estimates are edited to a tenth at most).
constexpr double kHoursEpsilon = 1e-6;

bool sameHours(double a, double b)
{
    return a == b || std::abs(a - b) <= kHoursEpsilon;
}

// Which task of the new plan each task of the old plan became (-1: removed), and back.
struct Matching
{
    std::vector<int> afterOf;
    std::vector<int> beforeOf;
};

Matching match(const QList<Task> &before, const QList<Task> &after)
{
    Matching m;
    m.afterOf.assign(static_cast<size_t>(before.size()), -1);
    m.beforeOf.assign(static_cast<size_t>(after.size()), -1);

    // By id when both sides have one.
    QHash<qint64, int> afterById;
    for (int j = 0; j < after.size(); ++j) {
        if (after[j].id > 0 && !afterById.contains(after[j].id))
            afterById.insert(after[j].id, j);
    }
    for (int i = 0; i < before.size(); ++i) {
        const auto found = afterById.constFind(before[i].id);
        if (before[i].id > 0 && found != afterById.cend() &&
            m.beforeOf[static_cast<size_t>(*found)] == -1) {
            m.afterOf[static_cast<size_t>(i)] = *found;
            m.beforeOf[static_cast<size_t>(*found)] = i;
        }
    }

    // The rest by title and milestone, in order, but never two tasks that both have ids: those
    // are different tasks.
    QHash<std::pair<QString, QString>, QList<int>> afterByKey;
    for (int j = 0; j < after.size(); ++j) {
        if (m.beforeOf[static_cast<size_t>(j)] == -1)
            afterByKey[{after[j].title, after[j].milestone}].append(j);
    }
    for (int i = 0; i < before.size(); ++i) {
        if (m.afterOf[static_cast<size_t>(i)] != -1)
            continue;
        auto found = afterByKey.find({before[i].title, before[i].milestone});
        if (found == afterByKey.end())
            continue;
        QList<int> &candidates = *found;
        const auto it = std::find_if(candidates.begin(), candidates.end(),
                                     [&](int j) { return before[i].id <= 0 || after[j].id <= 0; });
        if (it == candidates.end())
            continue;
        m.afterOf[static_cast<size_t>(i)] = *it;
        m.beforeOf[static_cast<size_t>(*it)] = i;
        candidates.erase(it);
    }
    return m;
}

// A task's prerequisites as sorted, distinct positions in the new plan; a prerequisite that has
// no counterpart there gets a negative marker of its own, so it never compares equal.
std::vector<int> prerequisites(const QList<Task> &tasks, int position, const std::vector<int> *map)
{
    std::vector<int> result;
    for (const int p : tasks[position].dependsOn) {
        if (p < 0 || p >= tasks.size() || p == position)
            continue;
        if (!map) {
            result.push_back(p);
            continue;
        }
        const int mapped = (*map)[static_cast<size_t>(p)];
        result.push_back(mapped >= 0 ? mapped : -1 - p);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

QString dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate)
                          : QCoreApplication::translate("helios", "none");
}

QString hoursText(double hours)
{
    return QString::number(hours, 'g', 6);
}

QString statusText(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return QCoreApplication::translate("helios", "to do");
    case TaskStatus::InProgress:
        return QCoreApplication::translate("helios", "in progress");
    case TaskStatus::Done:
        return QCoreApplication::translate("helios", "done");
    case TaskStatus::Skipped:
        return QCoreApplication::translate("helios", "skipped");
    }
    return QCoreApplication::translate("helios", "to do");
}

// "(+7 days)", "(-1 day)"; empty when a side has no date.
QString shiftText(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    const qint64 days = from.daysTo(to);
    const QString signedDays = (days > 0 ? QStringLiteral("+") : QString()) + QString::number(days);
    return QLatin1Char(' ') + (std::abs(days) == 1
                                   ? QCoreApplication::translate("helios", "(%1 day)")
                                   : QCoreApplication::translate("helios", "(%1 days)"))
                                  .arg(signedDays);
}

QString changeLine(const TaskChange &change)
{
    QStringList parts;
    const Task &b = change.before;
    const Task &a = change.after;
    if (change.fields.testFlag(TaskField::Title))
        parts << QCoreApplication::translate("helios", "renamed from \"%1\"").arg(b.title);
    if (change.fields.testFlag(TaskField::Notes))
        parts << QCoreApplication::translate("helios", "notes changed");
    if (change.fields.testFlag(TaskField::TaskStatus))
        parts << QCoreApplication::translate("helios", "status %1 → %2")
                     .arg(statusText(b.status), statusText(a.status));
    if (change.fields.testFlag(TaskField::Estimate))
        parts << QCoreApplication::translate("helios", "estimate %1 h → %2 h")
                     .arg(hoursText(b.estimateHours), hoursText(a.estimateHours));
    if (change.fields.testFlag(TaskField::Milestone))
        parts << QCoreApplication::translate("helios", "milestone \"%1\" → \"%2\"")
                     .arg(b.milestone, a.milestone);
    if (change.fields.testFlag(TaskField::Dependencies))
        parts << QCoreApplication::translate("helios", "prerequisites changed");
    return QCoreApplication::translate("helios", "~ %1: %2")
        .arg(a.title, parts.join(QCoreApplication::translate("helios", ", ", "list separator")));
}

QString shiftLine(const DateShift &shift)
{
    const bool startMoved = shift.oldStart != shift.newStart;
    const bool dueMoved = shift.oldDue != shift.newDue;
    // Start and due moved as one: by the same number of days, or both dated or undated now.
    const bool bothOld = shift.oldStart.isValid() && shift.oldDue.isValid();
    const bool bothNew = shift.newStart.isValid() && shift.newDue.isValid();
    const bool together =
        (bothOld && bothNew &&
         shift.oldStart.daysTo(shift.newStart) == shift.oldDue.daysTo(shift.newDue)) ||
        (!shift.oldStart.isValid() && !shift.oldDue.isValid()) ||
        (!shift.newStart.isValid() && !shift.newDue.isValid());
    QString what;
    if (dueMoved && (!startMoved || together)) {
        what = QCoreApplication::translate("helios", "due %1 → %2")
                   .arg(dateText(shift.oldDue), dateText(shift.newDue)) +
               shiftText(shift.oldDue, shift.newDue);
    } else if (!dueMoved) {
        what = QCoreApplication::translate("helios", "start %1 → %2")
                   .arg(dateText(shift.oldStart), dateText(shift.newStart)) +
               shiftText(shift.oldStart, shift.newStart);
    } else {
        what = QCoreApplication::translate("helios", "start %1 → %2, due %3 → %4")
                   .arg(dateText(shift.oldStart), dateText(shift.newStart), dateText(shift.oldDue),
                        dateText(shift.newDue)) +
               shiftText(shift.oldDue, shift.newDue);
    }
    return QCoreApplication::translate("helios", "~ %1: %2").arg(shift.after.title, what);
}

} // namespace

bool PlanDiff::isEmpty() const
{
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && shifted.isEmpty() &&
           !deadline && !hoursPerWeek && !atRisk && !hoursShort && !finish;
}

PlanDiff diffPlans(const Plan &before, const Plan &after)
{
    PlanDiff diff;
    const Matching m = match(before.tasks, after.tasks);

    for (int i = 0; i < before.tasks.size(); ++i) {
        if (m.afterOf[static_cast<size_t>(i)] == -1)
            diff.removed.append(before.tasks[i]);
    }
    for (int j = 0; j < after.tasks.size(); ++j) {
        const int i = m.beforeOf[static_cast<size_t>(j)];
        const Task &a = after.tasks[j];
        if (i == -1) {
            diff.added.append(a);
            continue;
        }
        const Task &b = before.tasks[i];

        TaskFields fields;
        if (b.title != a.title)
            fields |= TaskField::Title;
        if (b.notes != a.notes)
            fields |= TaskField::Notes;
        if (b.status != a.status)
            fields |= TaskField::TaskStatus;
        if (!sameHours(b.estimateHours, a.estimateHours))
            fields |= TaskField::Estimate;
        if (b.milestone != a.milestone)
            fields |= TaskField::Milestone;
        if (prerequisites(before.tasks, i, &m.afterOf) != prerequisites(after.tasks, j, nullptr))
            fields |= TaskField::Dependencies;
        if (fields)
            diff.changed.append({b, a, j, fields});

        if (b.startDate != a.startDate || b.dueDate != a.dueDate) {
            DateShift shift{b, a, j, b.startDate, b.dueDate, a.startDate, a.dueDate, 0};
            if (b.dueDate.isValid() && a.dueDate.isValid())
                shift.days = b.dueDate.daysTo(a.dueDate);
            else if (b.startDate.isValid() && a.startDate.isValid())
                shift.days = b.startDate.daysTo(a.startDate);
            diff.shifted.append(shift);
        }
    }

    if (before.deadline != after.deadline)
        diff.deadline = ValueChange<QDate>{before.deadline, after.deadline};
    if (!sameHours(before.hoursPerWeek, after.hoursPerWeek))
        diff.hoursPerWeek = ValueChange<double>{before.hoursPerWeek, after.hoursPerWeek};
    if (before.atRisk != after.atRisk)
        diff.atRisk = ValueChange<bool>{before.atRisk, after.atRisk};
    if (!sameHours(before.hoursShort, after.hoursShort))
        diff.hoursShort = ValueChange<double>{before.hoursShort, after.hoursShort};
    if (before.finishDate() != after.finishDate())
        diff.finish = ValueChange<QDate>{before.finishDate(), after.finishDate()};
    return diff;
}

QString describe(const PlanDiff &diff)
{
    if (diff.isEmpty())
        return QCoreApplication::translate("helios", "No changes.");

    QStringList lines;
    if (diff.deadline) {
        lines << QCoreApplication::translate("helios", "* Deadline: %1 → %2")
                     .arg(dateText(diff.deadline->before), dateText(diff.deadline->after));
    }
    if (diff.hoursPerWeek) {
        lines << QCoreApplication::translate("helios", "* Hours per week: %1 → %2")
                     .arg(hoursText(diff.hoursPerWeek->before),
                          hoursText(diff.hoursPerWeek->after));
    }
    if (diff.atRisk) {
        if (diff.atRisk->after) {
            const double shortNow = diff.hoursShort ? diff.hoursShort->after : 0.0;
            lines << QCoreApplication::translate("helios", "* Now at risk: %1 h short")
                         .arg(shortNow, 0, 'f', 1);
        } else {
            lines << QCoreApplication::translate("helios", "* No longer at risk");
        }
    } else if (diff.hoursShort) {
        lines << QCoreApplication::translate("helios", "* Hours short: %1 → %2")
                     .arg(diff.hoursShort->before, 0, 'f', 1)
                     .arg(diff.hoursShort->after, 0, 'f', 1);
    }
    if (diff.finish) {
        lines << QCoreApplication::translate("helios", "* Finish: %1 → %2")
                         .arg(dateText(diff.finish->before), dateText(diff.finish->after)) +
                     shiftText(diff.finish->before, diff.finish->after);
    }
    for (const Task &task : diff.removed)
        lines << QCoreApplication::translate("helios", "- Removed: %1").arg(task.title);
    for (const Task &task : diff.added)
        lines << QCoreApplication::translate("helios", "+ Added: %1 (%2 h)")
                     .arg(task.title, hoursText(task.estimateHours));

    // Task by task in the new plan's order: what changed, then how it moved.
    auto change = diff.changed.cbegin();
    auto shift = diff.shifted.cbegin();
    while (change != diff.changed.cend() || shift != diff.shifted.cend()) {
        if (shift == diff.shifted.cend() ||
            (change != diff.changed.cend() && change->position <= shift->position)) {
            lines << changeLine(*change++);
        } else {
            lines << shiftLine(*shift++);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace helios
