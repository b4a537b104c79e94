#pragma once

#include "core/domain/task.h"

#include <QDate>
#include <QString>
#include <QStringList>

// What Helios owns of a VTODO, as values: the fields a sync compares and merges one by one.
// Everything else in a VTODO belongs to whoever wrote it and is never touched.
namespace helios::sync {

// The fields by name, as the conflict log names them.
namespace field {
inline const QString kTitle = QStringLiteral("title");
inline const QString kNotes = QStringLiteral("notes");
inline const QString kStatus = QStringLiteral("status");
inline const QString kStart = QStringLiteral("start");
inline const QString kDue = QStringLiteral("due");
inline const QString kMilestone = QStringLiteral("milestone");
inline const QString kEstimate = QStringLiteral("estimate");
inline const QString kActual = QStringLiteral("actual");
inline const QString kDependsOn = QStringLiteral("depends_on"); // UIDs, comma-separated
inline const QString kDeleted = QStringLiteral("deleted");      // a deletion against an edit
} // namespace field

struct TaskFields
{
    QString title;
    QString notes;
    TaskStatus status = TaskStatus::Todo;
    QDate start;
    QDate due;
    QString milestone;
    double estimateHours = 1.0;
    double actualHours = -1.0; // negative: unknown
    QStringList dependsOn;     // the prerequisites' UIDs, sorted, each once

    // A task's fields; dependsOnUids are its prerequisites' UIDs.
    static TaskFields of(const Task &task, QStringList dependsOnUids);
    // Writes the synced fields into task (id, plan, order and dependencies untouched).
    void applyTo(Task &task) const;

    // Hours equal to the millisecond; everything else exactly.
    friend bool operator==(const TaskFields &a, const TaskFields &b);
};

// The fields by name (field::kTitle, ...), in a fixed order.
const QStringList &fieldNames();
// The names of the fields that differ.
QStringList changedFields(const TaskFields &a, const TaskFields &b);
// A field's value as the conflict log keeps it: dates YYYY-MM-DD (empty: none), the status as
// toString(TaskStatus), hours as a number (actual hours empty when unknown), UIDs comma-separated.
QString fieldText(const TaskFields &fields, const QString &field);
// Copies one field from `from`.
void copyField(TaskFields &to, const TaskFields &from, const QString &field);

enum class Side { Here, Server };

struct FieldConflict
{
    QString field;
    QString keptValue;
    QString otherValue;
    Side otherSide = Side::Server; // where the edit that was not kept came from
};

struct Merge
{
    TaskFields merged;
    QList<FieldConflict> conflicts;
};

// Three-way merge, field by field: a field changed on one side only since `base` takes that
// side; changed on both to the same value takes it; changed on both differently keeps the edit
// of the side that changed last (`newer`) and records the other as a conflict.
Merge mergeFields(const TaskFields &base, const TaskFields &here, const TaskFields &server,
                  Side newer);

} // namespace helios::sync
