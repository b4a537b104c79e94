#pragma once

#include "core/domain/result.h"
#include "core/domain/sync_types.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <qcoro/qcorotask.h>

namespace helios {

// Reads of the sync state (see PlanQueries for what every storage interface promises).
class SyncQueries
{
public:
    virtual ~SyncQueries() = default;

    // Every binding, by id.
    virtual QCoro::Task<Result<QList<SyncBinding>>> bindings() = 0;
    // One binding; NotFound for an id no binding has.
    virtual QCoro::Task<Result<SyncBinding>> binding(qint64 bindingId) = 0;
    // A binding's items, by uid.
    virtual QCoro::Task<Result<QList<SyncItem>>> items(qint64 bindingId) = 0;
    // A binding's outbox, oldest first.
    virtual QCoro::Task<Result<QList<OutboxEntry>>> outbox(qint64 bindingId) = 0;
    // The newest conflicts of every binding, newest first, at most `limit` (1..1000).
    virtual QCoro::Task<Result<QList<SyncConflict>>> conflicts(int limit) = 0;
    // When each task of a plan last changed here, by whichever writer: its title, notes, status,
    // dates, milestone or hours (a task saved again unchanged keeps its time). Tasks whose time
    // is unknown are left out.
    virtual QCoro::Task<Result<QHash<qint64, QDateTime>>> taskChangeTimes(qint64 planId) = 0;
};

} // namespace helios
