#pragma once

#include "core/domain/sync_types.h"
#include "core/sync/caldav.h"
#include "core/sync/task_fields.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The pure half of a sync round (core/sync/sync_engine): given the plan, what was last agreed
// with the server (items), the outbox, when each task changed here and what the server says
// changed, decide the plan's new state, the items, the changes to send and the conflicts, as one
// SyncCommit. No I/O: tested on values alone.
namespace helios::sync {

struct StepInput
{
    SyncBinding binding;
    Plan plan;
    QList<SyncItem> items; // as the store gives them, or compacted (compactItems)
    QList<OutboxEntry> outbox;
    QHash<qint64, QDateTime> changeTimes;
    QList<RemoteResource> changed; // new or changed on the server, with their data
    QStringList removed;           // hrefs deleted on the server
    QString collectionPath;        // the collection's path, ending in '/', for new hrefs
    QDateTime now;
    // At most this many of the plan's tasks not on the server yet are made resources in this
    // step (0: all of them); the others wait for a later step (StepOutput::deferred). A first
    // sync of thousands of tasks then holds a few hundred new VTODOs at a time, not all of them.
    int createLimit = 0;
    // UIDs whose task had to be printed to agree with its item (read without its resource; its
    // fields check differs) in the step just run over this same input (StepOutput::printAgreed):
    // a step run again with the resources it needed does not print them again. Empty for a
    // first step.
    QSet<QString> printAgreed;
};

struct StepOutput
{
    SyncCommit commit; // plan set only when its tasks change
    int received = 0;
    int removedHere = 0;
    QStringList skipped; // one sentence per resource that could not be read or is not a task
    // Of those, the ones that are not iCalendar at all (not merely without a VTODO): while there
    // are any, the sync keeps its token so that they are read again next time.
    int unreadable = 0;
    // Tasks not on the server yet that this step left for a later one (createLimit): their
    // prerequisites go first, so that a new VTODO names every task it depends on.
    int deferred = 0;
    // UIDs of items given without their resources (SyncItem::resource null) whose resources
    // the step needs: when not empty, the rest of the output is not to be used; run the step
    // again with these items' resources.
    QStringList needed;
    // UIDs whose task printed as its item did although its fields check differs (see
    // StepInput::printAgreed): what a step run again over the same plan need not print again.
    QSet<QString> printAgreed;
};

StepOutput planStep(const StepInput &input, const std::function<QString()> &newUid);

// What X-HELIOS-TASK says of a task of this plan: "<plan created, ms since 1970>-<plan id>-<task
// id>", the same in every database copied from this one and in no other.
QString taskMark(const Plan &plan, qint64 taskId);

// The item with fieldsPrint and parentUid saying what its resource says (both empty when the
// resource cannot be read as a task).
SyncItem withPrint(SyncItem item);

// The UIDs of the items a step over these changes will need the resources of: groups (items of
// no task), and items at the hrefs changed or deleted on the server.
QStringList resourcesNeeded(const QList<SyncItem> &items, const QList<RemoteResource> &changed,
                            const QStringList &removed, const QString &collectionPath);

// Items as a round holds them, for a binding of thousands of tasks: what they all repeat is left
// out. An item at the href Helios gives a new resource (the collection's path, its UID, ".ics")
// keeps an empty href (itemHref gives it back); its print is kept as printDigest of it, and its
// ETag as a digest too (sameEtag compares). Only items read without their resources are
// compacted; the step reads whole (SyncQueries::itemsByUid) every item it writes over or
// deletes, so that each If-Match is the real ETag and what it writes it writes whole.
void compactItems(QList<SyncItem> &items, const QString &collectionPath);
QString itemHref(const SyncItem &item, const QString &collectionPath);
// The UID in an href of that form (the collection's path, the UID, ".ics"); empty for another.
QString uidInHref(const QString &href, const QString &collectionPath);
// A 64-bit hash of the print (textCheck, 11 characters), or empty for an empty print; in memory
// only, never stored.
QString printDigest(const QString &print);
// Whether a stored ETag (or its digest, compactItems) is the server's `etag`.
bool sameEtag(const QString &stored, const QString &etag);

// Fields of the task at `position` of plan, its prerequisites as UIDs (uidOfTask: task id to UID).
TaskFields fieldsAt(const Plan &plan, int position, const QHash<qint64, QString> &uidOfTask);

} // namespace helios::sync
