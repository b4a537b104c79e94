#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>

#include <qcoro/qcorotask.h>

namespace helios {

// One change to stored data, recorded by the storage whichever process or thread made it, so
// that a listener (the local API's events, a window showing a plan) hears of changes made
// elsewhere. Numbers only grow; a listener remembers the last one it saw.
struct Change
{
    enum class Kind {
        Task, // a task's status or notes changed: entityId the task, planId its plan
        Job,  // a job's status or plan changed: entityId the job, planId its plan (0: none)
        Plan, // a plan was added, changed (a new version, the template flag) or deleted
    };
    qint64 sequence = 0;
    Kind kind = Kind::Task;
    qint64 entityId = 0;
    qint64 planId = 0;
    QString
        status; // task: todo, ...; job: pending, completed, ...; plan: created, updated, deleted
    friend bool operator==(const Change &, const Change &) = default;
};

// The feed of changes (see PlanQueries for what every storage interface promises). Cheap enough
// to poll a few times a second. Only the newest changes are kept (at least the last 10,000): a
// listener that fell further behind sees a gap in the numbers and reloads what it shows.
class ChangeFeed
{
public:
    virtual ~ChangeFeed() = default;
    // The number of the newest change; 0 when there is none.
    virtual QCoro::Task<Result<qint64>> lastChange() = 0;
    // The changes numbered above `after`, oldest first, at most `limit` (1..1000) of them.
    virtual QCoro::Task<Result<QList<Change>>> changesSince(qint64 after, int limit) = 0;
};

} // namespace helios
