#pragma once

#include "core/domain/result.h"
#include "core/io/ics_document.h"
#include "core/sync/task_fields.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

// What a task becomes on a CalDAV server, and back (docs/ARCHITECTURE.md "Sync"): a VTODO per
// task. Helios owns SUMMARY, DESCRIPTION, DTSTART, DUE, STATUS (with COMPLETED and
// PERCENT-COMPLETE when the status changes), the first CATEGORIES value (the milestone),
// RELATED-TO;RELTYPE=DEPENDS-ON to tasks of the same collection (RFC 9253), and
// X-HELIOS-ESTIMATE-HOURS / X-HELIOS-ACTUAL-HOURS; it stamps DTSTAMP and LAST-MODIFIED when it
// changes one of them. The PARENT relation (RELATED-TO;RELTYPE=PARENT, or without RELTYPE) is
// set by the sync step (the task's milestone group), and only when it is given. Every other
// property and component (VALARM, RRULE, VTIMEZONE, other clients' X- properties) stays byte for
// byte as the server gave it.
//
// Groups: a milestone (or, in a calendar shared by several plans, a plan's goal) is a VTODO of
// its own marked X-HELIOS-GROUP:MILESTONE (GOAL), its SUMMARY the name, STATUS COMPLETED when
// every task under it is finished; phones show the tasks whose PARENT it is under it.
namespace helios::sync {

inline const QString kGroupMilestone = QStringLiteral("MILESTONE");
inline const QString kGroupGoal = QStringLiteral("GOAL");

struct RemoteTask
{
    QString uid;
    TaskFields fields;                     // dependsOn: every DEPENDS-ON UID, known here or not
    std::optional<QDateTime> lastModified; // LAST-MODIFIED, else DTSTAMP
    QString parentUid;  // the first RELATED-TO with RELTYPE=PARENT (or none); empty: none
    QString group;      // X-HELIOS-GROUP upper case (kGroupMilestone, kGroupGoal); empty: a task
    QString mark;       // X-HELIOS-TASK (taskMarkOf); empty: none
    QString fieldsMark; // X-HELIOS-FIELDS (fieldsMarkOf); empty: none
};

// What Helios writes into a group VTODO.
struct GroupFields
{
    QString kind; // kGroupMilestone or kGroupGoal
    QString name; // the milestone or the goal
    bool completed = false;
    QString parentUid; // empty: none (a milestone group of a plan's own calendar)

    friend bool operator==(const GroupFields &, const GroupFields &) = default;
};

// The UID of the todo's PARENT relation (RFC 5545: a RELATED-TO without RELTYPE is PARENT);
// empty when it has none.
QString parentUidOf(const ics::Component &todo);
// Makes `uid` the todo's only PARENT relation (none when empty). Whether anything changed.
bool writeParent(ics::Component &todo, const QString &uid);

// The master VTODO of a calendar resource (the first without RECURRENCE-ID), or nullptr.
const ics::Component *masterTodo(const ics::Component &calendar);
ics::Component *masterTodo(ics::Component &calendar);

// A VTODO's owned fields.
TaskFields readFields(const ics::Component &todo);
// A resource's task: Usage error (one sentence) when it is not iCalendar, has no VTODO or the
// VTODO has no UID.
Result<RemoteTask> readRemoteTask(const QByteArray &resource);

// Changes the VTODO so that it says `fields`, touching only the properties of fields that
// differ from what it says now; DEPENDS-ON relations to UIDs outside knownUids are left alone.
// Returns whether anything changed (then DTSTAMP and LAST-MODIFIED are `now`).
bool writeFields(ics::Component &todo, const TaskFields &fields, const QSet<QString> &knownUids,
                 const QDateTime &now);
// The resource with its master VTODO saying `fields` (see writeFields), or nullopt when it
// cannot be read (what readRemoteTask refuses). Unchanged fields give back the very bytes.
// `parent`, when given, becomes its PARENT relation (writeParent).
std::optional<QByteArray> patchResource(const QByteArray &resource, const TaskFields &fields,
                                        const QSet<QString> &knownUids, const QDateTime &now,
                                        const std::optional<QString> &parent = std::nullopt);
// The same, the PARENT chosen from the one the resource has and the milestone its CATEGORIES
// said before the patch (one parse of it).
using ParentChoice = std::function<QString(const QString &parent, const QString &milestone)>;
std::optional<QByteArray> patchResource(const QByteArray &resource, const TaskFields &fields,
                                        const QSet<QString> &knownUids, const QDateTime &now,
                                        const ParentChoice &parentFor);
// A fresh resource for a task that is not on the server yet, under `parent` when not empty.
QByteArray newResource(const QString &uid, const TaskFields &fields, const QDateTime &now,
                       const QString &parent = {});

// A fresh group resource, and a group resource as last agreed made to say `group` (the very
// bytes when it does already; nullopt when it cannot be read).
QByteArray newGroupResource(const QString &uid, const GroupFields &group, const QDateTime &now);
std::optional<QByteArray> patchGroupResource(const QByteArray &resource, const GroupFields &group,
                                             const QDateTime &now);

// X-HELIOS-TASK: which task of which plan a VTODO is ("<plan created, ms>-<plan id>-<task id>",
// see sync_step's taskMark), written with every PUT so that a plan bound again to a calendar it
// was unbound from finds its own tasks there (the UIDs went with the old binding).
inline const QString kTaskMarkProperty = QStringLiteral("X-HELIOS-TASK");
// The resource's mark; empty when it has none or cannot be read.
QString taskMarkOf(const QByteArray &resource);
// X-HELIOS-FIELDS: a print of each owned field as Helios last wrote it (fieldsPrint: a short
// hash of each, in fieldNames' order), written beside the mark. Bound again, with no agreed
// version left, Helios merges against it (mergeWithPrint): a field whose one side still prints so
// did not change on that side.
inline const QString kFieldsMarkProperty = QStringLiteral("X-HELIOS-FIELDS");
QString fieldsPrint(const TaskFields &fields);
// A 64-bit check of the same fields (FNV-1a over their values, never 0), cheap enough for every
// task of a round: fields with the same check print the same (SyncItem::fieldsCheck). Finer than
// the print (hours by their bits, where the print writes 12 significant digits), so equal prints
// may have different checks, never the other way (but for a 2^-64 chance). Stored: never changes.
quint64 fieldsCheck(const TaskFields &fields);
// The same FNV-1a 64 over one text (its length, then its UTF-16 code units), never 0.
quint64 textCheck(QStringView text);
// The three-way merge of mergeFields with the base known only by its print: a field that differs
// takes the side that changed it since; changed on both (or no readable print), the `newer`
// side's, the other recorded as a conflict.
Merge mergeWithPrint(const QString &print, const TaskFields &here, const TaskFields &server,
                     Side newer);
// The resource's X-HELIOS-FIELDS; empty when it has none or cannot be read.
QString fieldsMarkOf(const QByteArray &resource);
// The resource with its master VTODO marked so, and its X-HELIOS-FIELDS the print of the fields
// it says; the very bytes when it already is, or when it cannot be read.
QByteArray withTaskMark(const QByteArray &resource, const QString &mark);

} // namespace helios::sync
