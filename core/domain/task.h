#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace helios {

enum class TaskStatus { Todo, InProgress, Done, Skipped };

QString toString(TaskStatus status); // "todo", "in_progress", "done", "skipped"
std::optional<TaskStatus> taskStatusFromString(QStringView text);

struct Task
{
    qint64 id = 0;     // 0 until stored
    qint64 planId = 0; // 0 until stored
    qint64 userId = 0; // 0 until stored
    QString title;
    QString notes;
    TaskStatus status = TaskStatus::Todo;
    double estimateHours = 1.0;
    QDate startDate;           // null until scheduled
    QDate dueDate;             // null until scheduled
    double actualHours = -1.0; // time really spent, when known; negative: unknown
    // Prerequisites, as positions in the owning Plan::tasks. Positions keep a plan self-contained
    // before it has ids; the store maps them to task ids and back.
    QList<int> dependsOn;
    int order = 0; // position in the plan, 0-based
    QString milestone;
    // The goal's event itself (the exam, the race, the wedding day): the scheduler pins it to the
    // plan's deadline and plans the rest before it. At most one per plan is expected.
    bool event = false;
    QDate notBefore; // the task does not start before this day (a dated session); null: any day
    QDate dueBy;     // the task should be finished by this day (a booking lead time); null: none

    bool isFinished() const { return status == TaskStatus::Done || status == TaskStatus::Skipped; }
    friend bool operator==(const Task &, const Task &) = default;
};

} // namespace helios
