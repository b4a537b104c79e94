#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// The XML of WebDAV (RFC 4918), CalDAV (RFC 4791), sync-collection (RFC 6578) and the
// CalendarServer ctag that sync speaks: request bodies, and what a 207 Multi-Status says.
namespace helios::sync::dav {

// What one response of a multistatus says (properties of 2xx propstats only).
struct Props
{
    QString etag;
    QString calendarData;
    QString displayName;
    QString ctag;
    QString syncToken;
    bool isCollection = false;
    bool isCalendar = false;
    bool componentsKnown = false; // supported-calendar-component-set was given
    QStringList components;       // VTODO, VEVENT, ...
    bool reportsKnown = false;    // supported-report-set was given
    bool reportsSyncCollection = false;
    QString principalHref;
    QString homeHref;
};

struct Entry
{
    QString href;
    int status = 200; // the response's own status (404: removed, in a sync-collection answer)
    Props props;
};

struct Multistatus
{
    QList<Entry> entries;
    QString syncToken; // the new token of a sync-collection answer
};

// Refused (Usage error, one sentence): not XML, or no DAV:multistatus at the top.
Result<Multistatus> parseMultistatus(const QByteArray &xml);
// The same, one response at a time: `each` gets every entry as it is read and none is kept (a
// listing of thousands of hrefs need not be held whole). Gives back the sync token.
Result<QString> readMultistatus(const QByteArray &xml, const std::function<void(Entry &&)> &each);
// The error a server put in a failed request's body (a DAV:error precondition such as
// valid-sync-token), by local name; empty when none.
QString errorCondition(const QByteArray &xml);

QByteArray propfindDiscovery(); // current-user-principal, calendar-home-set, resourcetype
QByteArray
propfindCollections();     // what a calendar collection is: name, components, reports, ctag, token
QByteArray propfindCtag(); // getctag and sync-token
QByteArray syncCollection(const QString &token);       // sync-level 1, getetag
QByteArray todoEtags();                                // calendar-query: VTODOs, getetag
QByteArray calendarMultiget(const QStringList &hrefs); // calendar-data and getetag
QByteArray mkcalendar(const QString &displayName);     // VTODO only

} // namespace helios::sync::dav
