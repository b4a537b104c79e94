#pragma once

#include "core/domain/plan.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The values the sync storage interfaces (SyncQueries, SyncWrites) speak: a plan bound to a
// CalDAV collection, what was last agreed with the server about each task, the changes waiting to
// be sent, and the conflicts a merge decided. No secret is ever part of them: the password lives
// in the keychain (or, for helios-cli, in the environment) and in memory for a request.
namespace helios {

// A plan bound to a collection on a server, as whom. One collection per plan.
struct SyncBinding
{
    qint64 id = 0; // 0 until stored
    qint64 planId = 0;
    QString accountUrl;    // the server as the person gave it
    QString userName;      // empty: no authentication
    QString collectionUrl; // absolute, ends in '/'
    QString syncToken;     // RFC 6578 token of the last sync; empty before the first
    QString ctag;          // getctag of the last sync (servers without sync-collection)
    std::optional<QDateTime> lastSyncAt; // when a sync of it last finished, well or not
    QString lastError;                   // one sentence; empty when the last sync went well
    QString lastSummary;                 // what the last sync changed, in words
    // The calendar holds several plans: each plan's tasks hang under its goal group, and a
    // resource is this plan's only when it is one of its items or its PARENT chain reaches one.
    bool shared = false;

    friend bool operator==(const SyncBinding &, const SyncBinding &) = default;
};

// What the last sync agreed with the server about one task: a VTODO resource.
struct SyncItem
{
    qint64 bindingId = 0;
    QString uid;  // the VTODO's UID; unique in a binding
    QString href; // the resource's path on the server
    QString etag; // empty when not known
    // The task it is. In a SyncCommit, a negative value -(n + 1) names the task at position n of
    // the commit's plan, so that a task the commit inserts gets its item in the same write.
    qint64 taskId = 0;
    // The resource as last agreed with the server: the base of the next merge, and what Helios
    // edits when it writes (so that another client's properties stay).
    // Null when read without it (SyncQueries::itemPrints).
    QByteArray resource;
    QDateTime syncedAt;
    // What the resource says, in short, so that a round can tell which tasks changed here
    // without reading every resource: the print of its owned fields (X-HELIOS-FIELDS' form, the
    // milestone its CATEGORIES) and its PARENT's UID. Empty print: not known (written before
    // schema 8, or not readable); the resource is read instead.
    QString fieldsPrint = {};
    QString parentUid = {};
    // A 64-bit check of the fields that print as fieldsPrint (sync::fieldsCheck, never 0): a task
    // whose fields give the same check prints the same, without computing 9 SHA-256 prints of
    // each of thousands of tasks every round. 0: not known (written before schema 9); the
    // resource is read and the item written again with it.
    quint64 fieldsCheck = {};

    friend bool operator==(const SyncItem &, const SyncItem &) = default;
};

enum class OutboxKind { Put, Delete };

// A change waiting to reach the server: written before it is sent and removed in the write that
// records the server's answer, so that a change made offline, or a sync killed midway, is sent
// later, once (its UID and href stay what they were).
struct OutboxEntry
{
    qint64 id = 0; // 0 until stored
    qint64 bindingId = 0;
    QString uid; // one entry per (binding, uid): a newer one replaces the older
    QString href;
    OutboxKind kind = OutboxKind::Put;
    qint64 taskId = 0; // a Put's task (negative as in SyncItem within a SyncCommit)
    // The ETag the server must still have (If-Match); empty: a Put of a resource that must not
    // exist yet (If-None-Match: *), a Delete of any version.
    QString ifMatch;
    QByteArray body; // the iCalendar resource to PUT
    QDateTime createdAt;
    int attempts = 0;  // sends that failed
    QString lastError; // why the last one failed, one sentence

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

// A field both sides changed differently since the last sync: the newer edit was kept, the other
// is recorded here so that the person can see it (and put it back).
struct SyncConflict
{
    enum class Side { Server, Here };

    qint64 id = 0; // 0 until stored
    QDateTime createdAt;
    qint64 bindingId = 0;
    qint64 taskId = 0;
    QString uid;
    QString taskTitle; // the title when it was decided
    QString field;     // title, notes, status, start, due, milestone, estimate, actual,
                       // depends_on, or deleted (a deletion against an edit: the task was kept)
    QString keptValue;
    QString otherValue;
    Side otherSide = Side::Server; // where the edit that was not kept came from

    friend bool operator==(const SyncConflict &, const SyncConflict &) = default;
};

// One step of a sync, written all or nothing (SyncWrites::commitSync).
struct SyncCommit
{
    qint64 bindingId = 0;
    // The bound plan's tasks as the sync read them: when the stored plan's tasks differ (the
    // person changed one meanwhile), nothing is written and the outcome says so, so that the
    // sync reads again instead of overwriting the change. Checked only when `plan` is set.
    QList<Task> expectedTasks;
    // The plan's new state (tasks changed, added or removed by the server), applied as a new
    // version with `reason` as VersionWrites::applyVersion does; unset: the plan stays.
    std::optional<Plan> plan;
    QString reason;
    std::function<QString(const Plan &)> snapshotOf;
    // When valid, the plan's newest version is amended (its snapshot and time replaced) instead
    // of a new one added, when it has `reason`, is not the original and was made at or after
    // this: syncs that keep receiving changes make one version an hour, not one each.
    QDateTime amendVersionFrom;
    QList<SyncItem> itemWrites;       // by (binding, uid): written or replaced
    QStringList itemRemovals;         // uids
    QList<OutboxEntry> outboxWrites;  // by (binding, uid): written or replaced
    QStringList outboxRemovals;       // uids
    QList<SyncConflict> conflicts;    // appended
    std::optional<QString> syncToken; // the binding's, when set
    std::optional<QString> ctag;      // the binding's, when set
    // The run's end, when set: lastSyncAt, lastError, lastSummary become these.
    std::optional<QDateTime> finishedAt;
    QString error;
    QString summary;
};

struct SyncCommitOutcome
{
    bool applied = true;      // false: the plan's tasks changed meanwhile, nothing was written
    std::optional<Plan> plan; // the plan as saved, when the commit had one and was applied
};

} // namespace helios
