#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace helios {

enum class JobStatus { Pending, Running, Completed, Failed, Cancelled, Interrupted };

QString toString(JobStatus status);
std::optional<JobStatus> jobStatusFromString(QStringView text);

// A persisted piece of background work, such as generating a plan.
struct Job
{
    qint64 id = 0;
    QString kind; // e.g. "generate_plan"
    JobStatus status = JobStatus::Pending;
    QString input; // JSON describing the request
    QString error; // set when failed or interrupted
    qint64 planId = 0;
    QString stage;       // what a running job is doing: analysing, researching, planning, ...
    qint64 ownerPid = 0; // the process running it; 0 when none
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The error of a job whose process stopped while it was at `stage` (Job::stage: "analysing",
// "planning", ...; empty while it waited to start), in the person's language.
QString interruptedJobError(const QString &stage);

} // namespace helios
