#include "core/sync/sync_engine.h"

#include "core/jobs/plan_snapshot.h"
#include "core/sync/sync_step.h"

#include <QCoreApplication>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace helios::sync {

namespace {

constexpr int kMaxRounds = 3; // a 412 (or a change here meanwhile) makes another round

// A status that refuses one resource and says nothing of the others: forbidden (a task shared
// read-only), or data this server will not take.
bool refusesOneResource(int status)
{
    return status == 400 || status == 403 || status == 409 || status == 415 || status == 422;
}

constexpr int kMultigetBatch = 200;
constexpr int kOutboxPage = 100; // entries a send holds at once

constexpr int kSyncVersionSeconds = 3600; // one "sync" version an hour at most

// New resources a round makes at most (StepInput::createLimit): a first sync of thousands of
// tasks makes them a few hundred a round, and a round that made some while more wait is not
// counted against kMaxRounds (each one makes at least one, so they end).
constexpr int kCreatePerRound = 500;
// Changed resources a round reads at most (three multigets): a first sync that receives a
// calendar of thousands holds 600 of their VTODOs at a time. The rest wait for the next round,
// not counted either; the token is kept only after the round that read the last of them.
constexpr int kReceivePerRound = 3 * kMultigetBatch;
// Each of those rounds makes or reads more (a plan holds at most 20,000 tasks: 40 rounds of
// either); a server whose ETags never settle stops here all the same.
constexpr int kMaxUncountedRounds = 200;

// calendar-data comes through XML, which turns CRLF into LF: RFC 5545 lines end in CRLF.
QByteArray withCrlf(const QByteArray &data)
{
    QByteArray out;
    out.reserve(data.size() + data.count('\n'));
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\n' && (i == 0 || data.at(i - 1) != '\r'))
            out.append('\r');
        out.append(data.at(i));
    }
    return out;
}

// What a round read and decided is let go before it sends; the pages it held go back to the
// system instead of staying with the allocator (the store reads on a worker thread, whose arena
// otherwise keeps what the main thread freed): without it a first sync of thousands of tasks
// grows its resident set round by round although its heap does not.
void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

QString newUid()
{
    return QStringLiteral("helios-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Every item the commit writes says what its resource says (its print), and so does every item
// read whole because it had no print yet (a binding synced before schema 8): from then on a
// round needs the resources of only what changed.
void recordPrints(SyncCommit &commit, const QList<SyncItem> &items, const QStringList &backfill)
{
    QSet<QString> written;
    for (SyncItem &item : commit.itemWrites) {
        item = withPrint(std::move(item));
        written.insert(item.uid);
    }
    if (backfill.isEmpty())
        return;
    written.unite(QSet<QString>(commit.itemRemovals.cbegin(), commit.itemRemovals.cend()));
    const QSet<QString> wanted(backfill.cbegin(), backfill.cend());
    for (const SyncItem &item : items) {
        // Read whole (withResources), so never compacted: its href and ETag are the stored ones.
        if (wanted.contains(item.uid) && !written.contains(item.uid) && !item.resource.isNull())
            commit.itemWrites.append(withPrint(item));
    }
}

} // namespace

SyncCounts SyncReport::counts() const
{
    return {received, removedHere, sent, deletedThere, conflicts, int(skipped.size())};
}

QString SyncReport::summary() const
{
    return counts().sentence();
}

struct SyncEngine::Snapshot
{
    SyncBinding binding;
    Plan plan;
    QList<SyncItem> items;
    QList<OutboxEntry> outbox;
    QHash<qint64, QDateTime> changeTimes;
};

struct SyncEngine::Pulled
{
    QList<RemoteResource> changed;
    QStringList removed;
    bool more = false; // changed resources left for the next round (m_receivePerRound)
    std::optional<QString> syncToken;
    std::optional<QString> ctag;
};

SyncEngine::SyncEngine(Storage storage, CalDav &dav, std::function<QDateTime()> clock)
    : m_storage(storage), m_dav(dav), m_clock(std::move(clock)), m_createPerRound(kCreatePerRound),
      m_receivePerRound(kReceivePerRound)
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

QCoro::Task<Result<SyncEngine::Snapshot>> SyncEngine::read(qint64 bindingId)
{
    Snapshot s;
    QCoro::Task<Result<SyncBinding>> bindingTask = m_storage.queries.binding(bindingId);
    Result<SyncBinding> binding = co_await std::move(bindingTask);
    if (!binding)
        co_return binding.error();
    s.binding = std::move(*binding);
    QCoro::Task<Result<Plan>> planTask = m_storage.plans.plan(s.binding.planId);
    Result<Plan> plan = co_await std::move(planTask);
    if (!plan)
        co_return plan.error();
    s.plan = std::move(*plan);
    // Without their resources: the round reads those of the items it needs (withResources).
    QCoro::Task<Result<QList<SyncItem>>> itemsTask = m_storage.queries.itemPrints(bindingId);
    Result<QList<SyncItem>> items = co_await std::move(itemsTask);
    if (!items)
        co_return items.error();
    s.items = std::move(*items);
    compactItems(s.items, hrefOf(QUrl(s.binding.collectionUrl)));
    QCoro::Task<Result<QList<OutboxEntry>>> outboxTask = m_storage.queries.outbox(bindingId);
    Result<QList<OutboxEntry>> outbox = co_await std::move(outboxTask);
    if (!outbox)
        co_return outbox.error();
    s.outbox = std::move(*outbox);
    QCoro::Task<Result<QHash<qint64, QDateTime>>> timesTask =
        m_storage.queries.taskChangeTimes(s.binding.planId);
    Result<QHash<qint64, QDateTime>> times = co_await std::move(timesTask);
    if (!times)
        co_return times.error();
    s.changeTimes = std::move(*times);
    co_return s;
}

QCoro::Task<Status> SyncEngine::withResources(Snapshot &s, const QStringList &uids,
                                              QStringList &backfill)
{
    if (uids.isEmpty())
        co_return Ok{};
    QCoro::Task<Result<QHash<QString, SyncItem>>> reading =
        m_storage.queries.itemsByUid(s.binding.id, uids);
    Result<QHash<QString, SyncItem>> read = co_await std::move(reading);
    if (!read)
        co_return read.error();
    for (SyncItem &item : s.items) {
        const auto found = read->constFind(item.uid);
        if (found == read->cend())
            continue;
        item = *found; // whole again: its href, ETag and print as stored (compactItems)
        if (item.resource.isNull())
            item.resource = QByteArray(""); // null: not read
        if (item.fieldsPrint.isEmpty() || item.fieldsCheck == 0)
            backfill.append(item.uid);
    }
    co_return Ok{};
}

QCoro::Task<Result<SyncEngine::Pulled>> SyncEngine::pull(const Snapshot &s, Pulled carry,
                                                         QSet<QString> &seen)
{
    const QUrl collection(s.binding.collectionUrl);
    Pulled out;
    // The listing keeps only what differs from the items (by href and ETag): after a first sync
    // the server lists every resource Helios just wrote, and none of them is held. What a
    // complete listing names is marked as it goes by, so that an item it leaves out is one
    // deleted on the server.
    // Compacted items (compactItems) at the href Helios gives a resource are found by UID.
    const QString path = hrefOf(collection);
    QHash<QString, qsizetype> atUid;
    QHash<QString, qsizetype> atHref;
    atUid.reserve(s.items.size());
    for (qsizetype i = 0; i < s.items.size(); ++i) {
        const SyncItem &item = s.items.at(i);
        if (item.href.isEmpty())
            atUid.insert(item.uid, i);
        else
            atHref.insert(item.href, i);
    }
    const auto itemAt = [&](const QString &href) -> qsizetype {
        if (const auto at = atHref.constFind(href); at != atHref.cend())
            return *at;
        if (const QString uid = uidInHref(href, path); !uid.isEmpty()) {
            if (const auto at = atUid.constFind(uid); at != atUid.cend())
                return *at;
        }
        return -1;
    };
    std::vector<bool> listed(s.items.size(), false);
    const EtagFilter differs = [&s, &itemAt, &listed](const QString &href, const QString &etag) {
        const qsizetype at = itemAt(href);
        if (at < 0)
            return true;
        listed[at] = true;
        return !sameEtag(s.items.at(at).etag, etag);
    };
    QList<RemoteEtag> listing;
    bool complete = false;
    // A binding with a ctag and no token was synced without sync-collection: no need to ask.
    Result<RemoteChanges> changes = RemoteChanges{};
    if (s.binding.syncToken.isEmpty() && !s.binding.ctag.isEmpty()) {
        changes->unsupported = true;
    } else {
        QCoro::Task<Result<RemoteChanges>> asking =
            m_dav.changesSince(collection, s.binding.syncToken, differs);
        changes = co_await std::move(asking);
        if (changes && changes->tokenRefused) {
            QCoro::Task<Result<RemoteChanges>> again =
                m_dav.changesSince(collection, QString(), differs);
            changes = co_await std::move(again);
        }
    }
    if (!changes)
        co_return changes.error();
    if (!changes->unsupported) {
        out.syncToken = changes->syncToken;
        listing = std::move(changes->changed);
        complete = changes->complete;
        out.removed = changes->removed;
    } else {
        // No sync-collection: the ctag says whether anything changed, the ETags what.
        QCoro::Task<Result<QString>> ctagTask = m_dav.ctag(collection);
        Result<QString> ctag = co_await std::move(ctagTask);
        if (!ctag)
            co_return ctag.error();
        out.ctag = *ctag;
        if (ctag->isEmpty() || *ctag != s.binding.ctag) {
            std::fill(listed.begin(), listed.end(), false);
            QCoro::Task<Result<QList<RemoteEtag>>> etagsTask = m_dav.todoEtags(collection, differs);
            Result<QList<RemoteEtag>> etags = co_await std::move(etagsTask);
            if (!etags)
                co_return etags.error();
            listing = std::move(*etags);
            complete = true;
        }
    }
    if (complete) {
        for (qsizetype i = 0; i < s.items.size(); ++i) {
            if (!listed[i])
                out.removed.append(itemHref(s.items.at(i), path));
        }
    }
    QSet<QString> carried;
    for (const RemoteResource &r : std::as_const(carry.changed)) {
        carried.insert(r.href);
        out.changed.append(r);
    }
    // What this sync read already as it is now was merged by an earlier round: not again.
    QStringList fetch;
    for (const RemoteEtag &e : std::as_const(listing)) {
        if (carried.contains(e.href))
            continue;
        QString key = e.href + QLatin1Char('\n') + e.etag;
        if (seen.contains(key))
            continue;
        if (fetch.size() == m_receivePerRound) {
            out.more = true;
            break;
        }
        fetch.append(e.href);
        seen.insert(std::move(key));
    }
    listing.clear();
    for (const QString &href : std::as_const(carry.removed)) {
        if (!out.removed.contains(href))
            out.removed.append(href);
    }
    for (qsizetype i = 0; i < fetch.size(); i += kMultigetBatch) {
        QCoro::Task<Result<QList<RemoteResource>>> getting =
            m_dav.multiget(collection, fetch.mid(i, kMultigetBatch));
        Result<QList<RemoteResource>> got = co_await std::move(getting);
        if (!got)
            co_return got.error();
        for (RemoteResource &r : *got) {
            r.data = withCrlf(r.data);
            out.changed.append(std::move(r));
        }
    }
    co_return out;
}

QCoro::Task<Result<SyncEngine::Sent>> SyncEngine::send(const Snapshot &s, SyncReport &report,
                                                       QString &error, Pulled &carry)
{
    const QUrl collection(s.binding.collectionUrl);
    Sent outcome = Sent::Nothing;
    // Each answer is recorded while the next request is on its way (store commits run on a
    // worker; QCoro tasks start at once): the requests stay one at a time and the commits in
    // order, but a sync of thousands of tasks no longer waits for a commit between two requests.
    // Killed in between, an answer not yet recorded is sent again and found (412), as before.
    std::optional<QCoro::Task<Result<SyncCommitOutcome>>> recording;
    bool stopped = false;
    // A page of the outbox at a time: a first sync of thousands of tasks holds a hundred bodies,
    // not all of them.
    qint64 afterId = 0;
    while (!stopped) {
        QCoro::Task<Result<QList<OutboxEntry>>> reading =
            m_storage.queries.outboxPage(s.binding.id, afterId, kOutboxPage);
        Result<QList<OutboxEntry>> outbox = co_await std::move(reading);
        if (!outbox)
            co_return outbox.error();
        if (outbox->isEmpty())
            break;
        afterId = outbox->constLast().id;
        for (const OutboxEntry &entry : std::as_const(*outbox)) {
            const QUrl url = resolveHref(collection, entry.href);
            const bool put = entry.kind == OutboxKind::Put;
            QCoro::Task<DavResponse> sending =
                put ? m_dav.put(url, entry.body, entry.ifMatch) : m_dav.remove(url, entry.ifMatch);
            const DavResponse response = co_await std::move(sending);
            SyncCommit answer;
            answer.bindingId = s.binding.id;
            if (response.ok() || (!put && response.status == 404)) {
                answer.outboxRemovals = {entry.uid};
                if (outcome == Sent::Nothing)
                    outcome = Sent::Updated;
                if (put && entry.ifMatch.isEmpty())
                    outcome = Sent::Created;
                if (put) {
                    answer.itemWrites = {withPrint(SyncItem{s.binding.id, entry.uid, entry.href,
                                                            QString::fromUtf8(response.etag),
                                                            entry.taskId, entry.body, m_clock()})};
                    if (entry.taskId != 0)
                        ++report.sent; // a group (taskId 0) is no task
                } else {
                    answer.itemRemovals = {entry.uid};
                    if (entry.taskId != 0)
                        ++report.deletedThere; // a group (taskId 0) is no task
                }
            } else if (response.status == 412 || (put && response.status == 404)) {
                // Changed or deleted there since the sync read it: read it now, merge next round.
                QCoro::Task<DavResponse> getting = m_dav.get(url);
                const DavResponse current = co_await std::move(getting);
                if (current.status == 404)
                    carry.removed.append(entry.href);
                else if (current.ok())
                    carry.changed.append(
                        {entry.href, QString::fromUtf8(current.etag), withCrlf(current.body)});
                continue;
            } else {
                OutboxEntry failed = entry;
                ++failed.attempts;
                failed.lastError = m_dav.client().describe(
                    response,
                    put ? QCoreApplication::translate("helios", "Sending a task to the server")
                        : QCoreApplication::translate("helios", "Deleting a task on the server"));
                if (error.isEmpty())
                    error = failed.lastError;
                answer.outboxWrites = {failed};
                // A refusal of this one resource (403 on a read-only task, data the server will not
                // take) leaves the others to go; anything else (401, full, gone, down) stops here.
                stopped = !refusesOneResource(response.status);
            }
            if (recording) {
                Result<SyncCommitOutcome> previous = co_await std::move(*recording);
                recording.reset();
                if (!previous)
                    co_return previous.error();
            }
            recording.emplace(m_storage.writes.commitSync(answer));
            if (stopped)
                break;
        }
    }
    if (recording) {
        Result<SyncCommitOutcome> last = co_await std::move(*recording);
        if (!last)
            co_return last.error();
    }
    if (!error.isEmpty())
        co_return Sent::Failed;
    co_return outcome;
}

QCoro::Task<Status> SyncEngine::finish(qint64 bindingId, const QString &error,
                                       const SyncReport &report)
{
    SyncCommit end;
    end.bindingId = bindingId;
    end.finishedAt = m_clock();
    end.error = error;
    end.summary = report.counts().stored(); // put in words where it is shown
    QCoro::Task<Result<SyncCommitOutcome>> writing = m_storage.writes.commitSync(end);
    Result<SyncCommitOutcome> written = co_await std::move(writing);
    if (!written)
        co_return written.error();
    co_return Ok{};
}

QCoro::Task<Result<SyncReport>> SyncEngine::sync(qint64 bindingId)
{
    SyncReport report;
    const int requestsBefore = m_dav.client().requestsSent();
    QString error;
    Pulled carry;
    QSet<QString> seen;      // href and ETag of every resource this sync read (pull)
    bool unreadable = false; // a round read what is not iCalendar: the token stays
    int uncounted = 0;       // rounds that made or read more of the same changes
    for (int round = 0; round < kMaxRounds && error.isEmpty(); ++round) {
        ++report.rounds;
        int deferred = 0; // tasks this round left for the next (kCreatePerRound)
        QCoro::Task<Result<Snapshot>> reading = read(bindingId);
        Result<Snapshot> snapshot = co_await std::move(reading);
        if (!snapshot)
            co_return snapshot.error();
        QCoro::Task<Result<Pulled>> pulling = pull(*snapshot, std::exchange(carry, {}), seen);
        Result<Pulled> pulled = co_await std::move(pulling);
        if (!pulled) {
            error = pulled.error().message;
            break;
        }
        bool applied = false;
        {
            // The resources of the items the step reads: groups and what the server changed,
            // then whatever else it asks for (a task changed here since it was agreed).
            QStringList backfill; // items with no print yet, read whole: written with one
            QCoro::Task<Status> loading =
                withResources(*snapshot,
                              resourcesNeeded(snapshot->items, pulled->changed, pulled->removed,
                                              hrefOf(QUrl(snapshot->binding.collectionUrl))),
                              backfill);
            if (const Status loaded = co_await std::move(loading); !loaded)
                co_return loaded.error();
            StepInput input{snapshot->binding,
                            snapshot->plan,
                            snapshot->items,
                            snapshot->outbox,
                            snapshot->changeTimes,
                            pulled->changed,
                            pulled->removed,
                            hrefOf(QUrl(snapshot->binding.collectionUrl)),
                            m_clock(),
                            m_createPerRound,
                            {}};
            StepOutput step = planStep(input, newUid);
            if (!step.needed.isEmpty()) {
                input.items = {}; // not a second copy of every item while some are read
                QCoro::Task<Status> more = withResources(*snapshot, step.needed, backfill);
                if (const Status loaded = co_await std::move(more); !loaded)
                    co_return loaded.error();
                input.items = snapshot->items;
                input.printAgreed = std::move(step.printAgreed); // the same plan: not again
                step = planStep(input, newUid);
                if (!step.needed.isEmpty()) {
                    // An item gone from the store meanwhile: read again, what this round read
                    // too (nothing of it was written).
                    seen.clear();
                    continue;
                }
            }
            input = {};
            recordPrints(step.commit, snapshot->items, backfill);
            step.commit.reason = QStringLiteral("sync");
            step.commit.snapshotOf = [](const Plan &plan) { return planSnapshot(plan); };
            // Syncs that keep receiving changes amend the plan's newest "sync" version within
            // the hour instead of adding one each: a version holds the whole plan's snapshot
            // (docs/BENCHMARKS.md, Sync: the database grows by it), which a background sync every
            // five minutes would otherwise add to the database each time the phone changed one
            // task. A version made here in between (an edit in the window, a re-plan, a
            // restore) starts a new one, so restore still reaches the state around each.
            step.commit.amendVersionFrom = m_clock().addSecs(-kSyncVersionSeconds);
            // A resource that could not be read is asked for again next time: the token (or
            // ctag) stays where it was until every change up to the new one has been read.
            // So does the token of a round that left changed resources for the next one.
            unreadable = unreadable || step.unreadable > 0;
            if (!unreadable && !pulled->more) {
                step.commit.syncToken = pulled->syncToken;
                step.commit.ctag = pulled->ctag;
            }
            const int conflicts = int(step.commit.conflicts.size());
            QCoro::Task<Result<SyncCommitOutcome>> committing =
                m_storage.writes.commitSync(std::move(step.commit));
            Result<SyncCommitOutcome> committed = co_await std::move(committing);
            if (!committed)
                co_return committed.error();
            applied = committed->applied;
            if (applied) {
                deferred = step.deferred;
                report.received += step.received;
                report.removedHere += step.removedHere;
                report.conflicts += conflicts;
                // The server's text; a resource read again in a later round is told once.
                for (const QString &skipped : std::as_const(step.skipped)) {
                    const QString sentence = m_dav.client().scrub(skipped);
                    if (!report.skipped.contains(sentence))
                        report.skipped.append(sentence);
                }
            }
        }
        if (!applied) {
            seen.clear(); // changed here meanwhile: as above
            continue;
        }
        // Sending needs only the binding: what the round read and decided (the plan, every
        // item's resource, the step's outbox) is let go first, so that a first sync of
        // thousands of tasks does not hold their resources twice while it sends them.
        snapshot->plan = Plan{};
        snapshot->items.clear();
        snapshot->outbox.clear();
        snapshot->changeTimes.clear();
        pulled->changed.clear();
        releaseFreedMemory();
        QCoro::Task<Result<Sent>> sending = send(*snapshot, report, error, carry);
        Result<Sent> sent = co_await std::move(sending);
        if (!sent)
            co_return sent.error();
        // Another round only when the next sync could miss something. A send refused with 412
        // or 404 read the resource (carry): merge it now. A new resource made after the kept
        // token and deleted by another client before the next sync is in neither of Xandikos's
        // states (the token's, the next one) and it does not report it, so after a creation the
        // token must be read again after Helios's writes. Updates and deletions need no round:
        // the next sync-collection lists them from the kept token with the ETags the sends
        // recorded, so they are recognised as Helios's own writes (one listing, no fetch), and
        // a resource the token knew that is deleted later is reported as removed. Servers
        // without sync-collection keep the round, so that the stored ctag is from after the
        // writes (otherwise the next sync lists every ETag).
        if (((deferred > 0 && *sent == Sent::Created) || pulled->more) &&
            uncounted < kMaxUncountedRounds) {
            ++uncounted;
            --round; // more tasks to make or to read: not a round of merging again
            continue;
        }
        const bool bySyncCollection = pulled->syncToken.has_value();
        const bool carried = !carry.changed.isEmpty() || !carry.removed.isEmpty();
        if (!carried && (*sent == Sent::Nothing || (*sent == Sent::Updated && bySyncCollection)))
            break;
    }
    report.requests = m_dav.client().requestsSent() - requestsBefore;
    // Whatever the server sent back (an echoed password included) never reaches a sentence.
    error = m_dav.client().scrub(error);
    QCoro::Task<Status> finishing = finish(bindingId, error, report);
    const Status finished = co_await std::move(finishing);
    if (!finished)
        co_return finished.error();
    if (!error.isEmpty())
        co_return Error::provider(error);
    co_return report;
}

} // namespace helios::sync
