#pragma once

#include "core/domain/result.h"
#include "core/domain/sync_types.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

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
    // A binding's items without their resources (null), by uid: a round reads these and then
    // only the items it needs whole (itemsByUid), so that a sync holds the stored VTODOs of what
    // changed, not of the whole plan.
    virtual QCoro::Task<Result<QList<SyncItem>>> itemPrints(qint64 bindingId) = 0;
    // The binding's items with these uids, whole (with their resources), by uid; uids it has no
    // item for are left out.
    virtual QCoro::Task<Result<QHash<QString, SyncItem>>> itemsByUid(qint64 bindingId,
                                                                     QStringList uids) = 0;
    // A binding's outbox, oldest first.
    virtual QCoro::Task<Result<QList<OutboxEntry>>> outbox(qint64 bindingId) = 0;
    // At most `limit` (1..1000) entries of a binding's outbox with an id above `afterId`,
    // oldest first: a send goes through a long outbox a page at a time.
    virtual QCoro::Task<Result<QList<OutboxEntry>>> outboxPage(qint64 bindingId, qint64 afterId,
                                                               int limit) = 0;
    // The newest conflicts of every binding, newest first, at most `limit` (1..1000).
    virtual QCoro::Task<Result<QList<SyncConflict>>> conflicts(int limit) = 0;
    // When each task of a plan last changed here, by whichever writer: its title, notes, status,
    // dates, milestone or hours (a task saved again unchanged keeps its time). Tasks whose time
    // is unknown are left out.
    virtual QCoro::Task<Result<QHash<qint64, QDateTime>>> taskChangeTimes(qint64 planId) = 0;
};

} // namespace helios
