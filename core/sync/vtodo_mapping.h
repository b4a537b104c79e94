#pragma once

#include "core/domain/result.h"
#include "core/io/ics_document.h"
#include "core/sync/task_fields.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <optional>

// What a task becomes on a CalDAV server, and back (docs/ARCHITECTURE.md "Sync"): a VTODO per
// task. Helios owns SUMMARY, DESCRIPTION, DTSTART, DUE, STATUS (with COMPLETED and
// PERCENT-COMPLETE when the status changes), the first CATEGORIES value (the milestone),
// RELATED-TO;RELTYPE=DEPENDS-ON to tasks of the same collection (RFC 9253), and
// X-HELIOS-ESTIMATE-HOURS / X-HELIOS-ACTUAL-HOURS; it stamps DTSTAMP and LAST-MODIFIED when it
// changes one of them. Every other property and component (VALARM, RRULE, VTIMEZONE, other
// clients' X- properties, RELTYPE=PARENT groupings) stays byte for byte as the server gave it.
namespace helios::sync {

struct RemoteTask
{
    QString uid;
    TaskFields fields;                     // dependsOn: every DEPENDS-ON UID, known here or not
    std::optional<QDateTime> lastModified; // LAST-MODIFIED, else DTSTAMP
};

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
std::optional<QByteArray> patchResource(const QByteArray &resource, const TaskFields &fields,
                                        const QSet<QString> &knownUids, const QDateTime &now);
// A fresh resource for a task that is not on the server yet.
QByteArray newResource(const QString &uid, const TaskFields &fields, const QDateTime &now);

// X-HELIOS-TASK: which task of which plan a VTODO is ("<plan created, ms>-<plan id>-<task id>",
// see sync_step's taskMark), written with every PUT so that a plan bound again to a calendar it
// was unbound from finds its own tasks there (the UIDs went with the old binding).
inline const QString kTaskMarkProperty = QStringLiteral("X-HELIOS-TASK");
// The resource's mark; empty when it has none or cannot be read.
QString taskMarkOf(const QByteArray &resource);
// The resource with its master VTODO marked so; the very bytes when it already is, or when it
// cannot be read.
QByteArray withTaskMark(const QByteArray &resource, const QString &mark);

} // namespace helios::sync
