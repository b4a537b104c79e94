#include "core/sync/task_fields.h"

#include <QLocale>

#include <cmath>

namespace helios::sync {

namespace {

bool sameHours(double a, double b)
{
    if (a < 0 || b < 0)
        return (a < 0) == (b < 0);
    return std::abs(a - b) < 0.0005;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QString hoursText(double hours)
{
    return QLocale::c().toString(hours, 'g', 12);
}

} // namespace

TaskFields TaskFields::of(const Task &task, QStringList dependsOnUids)
{
    TaskFields f;
    f.title = task.title;
    f.notes = task.notes.isNull() ? QStringLiteral("") : task.notes;
    f.status = task.status;
    f.start = task.startDate;
    f.due = task.dueDate;
    f.milestone = task.milestone.isNull() ? QStringLiteral("") : task.milestone;
    f.estimateHours = task.estimateHours;
    f.actualHours = task.actualHours >= 0 ? task.actualHours : -1.0;
    dependsOnUids.sort();
    dependsOnUids.removeDuplicates();
    f.dependsOn = std::move(dependsOnUids);
    return f;
}

void TaskFields::applyTo(Task &task) const
{
    task.title = title;
    task.notes = notes;
    task.status = status;
    task.startDate = start;
    task.dueDate = due;
    task.milestone = milestone;
    task.estimateHours = estimateHours;
    task.actualHours = actualHours;
}

bool operator==(const TaskFields &a, const TaskFields &b)
{
    return a.title == b.title && a.notes == b.notes && a.status == b.status && a.start == b.start &&
           a.due == b.due && a.milestone == b.milestone &&
           sameHours(a.estimateHours, b.estimateHours) && sameHours(a.actualHours, b.actualHours) &&
           a.dependsOn == b.dependsOn;
}

const QStringList &fieldNames()
{
    static const QStringList names{field::kTitle,    field::kNotes,  field::kStatus,
                                   field::kStart,    field::kDue,    field::kMilestone,
                                   field::kEstimate, field::kActual, field::kDependsOn};
    return names;
}

QString fieldText(const TaskFields &fields, const QString &name)
{
    if (name == field::kTitle)
        return fields.title;
    if (name == field::kNotes)
        return fields.notes;
    if (name == field::kStatus)
        return toString(fields.status);
    if (name == field::kStart)
        return dateText(fields.start);
    if (name == field::kDue)
        return dateText(fields.due);
    if (name == field::kMilestone)
        return fields.milestone;
    if (name == field::kEstimate)
        return hoursText(fields.estimateHours);
    if (name == field::kActual)
        return fields.actualHours >= 0 ? hoursText(fields.actualHours) : QStringLiteral("");
    if (name == field::kDependsOn)
        return fields.dependsOn.join(QLatin1Char(','));
    return {};
}

void copyField(TaskFields &to, const TaskFields &from, const QString &name)
{
    if (name == field::kTitle)
        to.title = from.title;
    else if (name == field::kNotes)
        to.notes = from.notes;
    else if (name == field::kStatus)
        to.status = from.status;
    else if (name == field::kStart)
        to.start = from.start;
    else if (name == field::kDue)
        to.due = from.due;
    else if (name == field::kMilestone)
        to.milestone = from.milestone;
    else if (name == field::kEstimate)
        to.estimateHours = from.estimateHours;
    else if (name == field::kActual)
        to.actualHours = from.actualHours;
    else if (name == field::kDependsOn)
        to.dependsOn = from.dependsOn;
}

namespace {

bool sameField(const TaskFields &a, const TaskFields &b, const QString &name)
{
    if (name == field::kEstimate)
        return sameHours(a.estimateHours, b.estimateHours);
    if (name == field::kActual)
        return sameHours(a.actualHours, b.actualHours);
    if (name == field::kDependsOn)
        return a.dependsOn == b.dependsOn;
    return fieldText(a, name) == fieldText(b, name);
}

} // namespace

QStringList changedFields(const TaskFields &a, const TaskFields &b)
{
    QStringList changed;
    for (const QString &name : fieldNames()) {
        if (!sameField(a, b, name))
            changed.append(name);
    }
    return changed;
}

Merge mergeFields(const TaskFields &base, const TaskFields &here, const TaskFields &server,
                  Side newer)
{
    Merge merge;
    merge.merged = here;
    for (const QString &name : fieldNames()) {
        if (sameField(here, server, name))
            continue; // both agree (changed alike, or neither changed)
        const bool hereChanged = !sameField(base, here, name);
        const bool serverChanged = !sameField(base, server, name);
        if (!hereChanged) {
            copyField(merge.merged, server, name);
            continue;
        }
        if (!serverChanged)
            continue; // here's edit stays
        const bool keepServer = newer == Side::Server;
        if (keepServer)
            copyField(merge.merged, server, name);
        merge.conflicts.append({name, fieldText(keepServer ? server : here, name),
                                fieldText(keepServer ? here : server, name),
                                keepServer ? Side::Here : Side::Server});
    }
    return merge;
}

} // namespace helios::sync
