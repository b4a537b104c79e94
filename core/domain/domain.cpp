#include "core/domain/job.h"
#include "core/domain/plan.h"

#include <algorithm>

namespace helios {

QString toString(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return QStringLiteral("todo");
    case TaskStatus::InProgress:
        return QStringLiteral("in_progress");
    case TaskStatus::Done:
        return QStringLiteral("done");
    case TaskStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("todo");
}

std::optional<TaskStatus> taskStatusFromString(QStringView text)
{
    for (auto s :
         {TaskStatus::Todo, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Skipped}) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

QString toString(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return QStringLiteral("pending");
    case JobStatus::Running:
        return QStringLiteral("running");
    case JobStatus::Completed:
        return QStringLiteral("completed");
    case JobStatus::Failed:
        return QStringLiteral("failed");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    case JobStatus::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("pending");
}

std::optional<JobStatus> jobStatusFromString(QStringView text)
{
    for (auto s : {JobStatus::Pending, JobStatus::Running, JobStatus::Completed, JobStatus::Failed,
                   JobStatus::Cancelled, JobStatus::Interrupted}) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

double Plan::totalHours() const
{
    double sum = 0;
    for (const auto &t : tasks)
        sum += t.estimateHours;
    return sum;
}

double Plan::remainingHours() const
{
    double sum = 0;
    for (const auto &t : tasks) {
        if (!t.isFinished())
            sum += t.estimateHours;
    }
    return sum;
}

double Plan::progress() const
{
    const double total = totalHours();
    return total > 0 ? (total - remainingHours()) / total : 0.0;
}

QDate Plan::finishDate() const
{
    QDate last;
    for (const auto &t : tasks) {
        if (t.dueDate.isValid() && (!last.isValid() || t.dueDate > last))
            last = t.dueDate;
    }
    return last;
}

} // namespace helios
