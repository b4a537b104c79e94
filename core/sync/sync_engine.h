#pragma once

#include "core/domain/plan_queries.h"
#include "core/domain/result.h"
#include "core/domain/sync_queries.h"
#include "core/domain/sync_summary.h"
#include "core/domain/sync_writes.h"
#include "core/sync/caldav.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <qcoro/qcorotask.h>

#include <functional>

// Two-way sync of one bound plan with its CalDAV collection (docs/ARCHITECTURE.md "Sync"). One
// run: read what the server changed (sync-collection, or ctag and ETags where a server has none),
// merge it field by field with what changed here since the last agreement, write the result and
// the changes to send in one storage commit (the outbox), then send them with If-Match /
// If-None-Match: * and record each answer. A 412 means the server changed meanwhile: another
// round reads and merges it. Storage is only the interfaces of core/domain.
namespace helios::sync {

struct SyncReport
{
    int received = 0;     // tasks changed or added here from the server
    int removedHere = 0;  // tasks deleted here because they were deleted on the server
    int sent = 0;         // resources written to the server
    int deletedThere = 0; // resources deleted on the server
    int conflicts = 0;    // fields both sides changed (the newer kept, the other logged)
    QStringList skipped;  // server resources that could not be read, one sentence each
    int requests = 0;     // HTTP requests made
    int rounds = 0;       // 1, or more when a 412 made it merge again

    // What changed, in words ("2 task(s) received, 1 task(s) sent."; "Nothing changed."), in
    // this process's language; counts() as the binding keeps it (lastSummary).
    QString summary() const;
    SyncCounts counts() const;
};

class SyncEngine
{
public:
    struct Storage
    {
        PlanQueries &plans;
        SyncQueries &queries;
        SyncWrites &writes;
    };

    // The storage and the client must outlive the engine. clock: now, for stamps (UTC).
    SyncEngine(Storage storage, CalDav &dav, std::function<QDateTime()> clock = {});

    // Syncs one binding. An error (one sentence, no secret) when the server could not be
    // reached or refused; what was merged before it is kept, and what was not sent stays in the
    // outbox. The binding records the run's end either way.
    QCoro::Task<Result<SyncReport>> sync(qint64 bindingId);

    // New resources a round makes at most (StepInput::createLimit; tests make it small).
    void setCreatePerRound(int limit) { m_createPerRound = limit; }
    // Changed resources a round reads from the server at most; the others wait for the next
    // round of the same sync (tests make it small).
    void setReceivePerRound(int limit) { m_receivePerRound = limit; }

private:
    struct Snapshot;
    struct Pulled;
    // What a send did: Created when it made a new resource on the server (If-None-Match: *),
    // Updated when it only changed or deleted resources the kept token already knew.
    enum class Sent { Nothing, Updated, Created, Failed };

    QCoro::Task<Result<Snapshot>> read(qint64 bindingId);
    // Reads the resources of the snapshot's items with these UIDs into it; backfill gets the
    // UIDs of those that had no print.
    QCoro::Task<Status> withResources(Snapshot &snapshot, const QStringList &uids,
                                      QStringList &backfill);
    // What changed on the server since the last sync, with what a refused send found (carry):
    // at most m_receivePerRound resources, leaving out those this sync read already (`seen`:
    // href and ETag), to which it adds the ones it asks for.
    QCoro::Task<Result<Pulled>> pull(const Snapshot &snapshot, Pulled carry, QSet<QString> &seen);
    // Sends the outbox; a send refused with 412 or 404 reads the resource, for the next round.
    QCoro::Task<Result<Sent>> send(const Snapshot &snapshot, SyncReport &report, QString &error,
                                   Pulled &carry);
    QCoro::Task<Status> finish(qint64 bindingId, const QString &error, const SyncReport &report);

    Storage m_storage;
    CalDav &m_dav;
    std::function<QDateTime()> m_clock;
    int m_createPerRound;
    int m_receivePerRound;
};

} // namespace helios::sync
