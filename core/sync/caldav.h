#pragma once

#include "core/domain/result.h"
#include "core/sync/dav_client.h"
#include "core/sync/dav_xml.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <qcoro/qcorotask.h>

#include <functional>

// The CalDAV conversations sync has with a server, over DavClient: discovery as clients do it
// (RFC 6764 and 4791: the URL as typed, /.well-known/caldav, the current user principal, the
// calendar home set, its VTODO collections), MKCALENDAR, what changed (sync-collection of RFC
// 6578, or the ctag and the VTODOs' ETags where a server has no sync-collection), multiget, GET,
// PUT and DELETE with preconditions. Errors are Provider errors of one sentence.
namespace helios::sync {

struct RemoteCollection
{
    QUrl url; // ends in '/'
    QString displayName;
    bool supportsSyncCollection = false;
    QString ctag;
    QString syncToken;
};

struct Discovery
{
    QUrl principal;
    QUrl home;
    QList<RemoteCollection> collections; // that hold VTODOs
};

struct RemoteEtag
{
    QString href;
    QString etag;
};

// Whether a listed resource (its href, ETag) is wanted in a listing's answer: a caller that
// knows most of them as they are (its own writes) keeps only the others, and the listing of a
// collection of thousands is never held whole. Called for every listed resource, so it also
// sees what a complete listing has.
using EtagFilter = std::function<bool(const QString &href, const QString &etag)>;

struct RemoteChanges
{
    QList<RemoteEtag> changed; // new or changed resources with their ETags
    QStringList removed;       // hrefs
    bool complete = false;     // changed lists every resource (a first or reset listing)
    QString syncToken;         // sync-collection: the new token
    bool tokenRefused = false; // the server no longer knows the token: list again from none
    bool unsupported = false;  // the server does not offer sync-collection after all
};

struct RemoteResource
{
    QString href;
    QString etag;
    QByteArray data;
};

class CalDav
{
public:
    explicit CalDav(DavClient &client);

    DavClient &client() { return m_client; }

    QCoro::Task<Result<Discovery>> discover(QUrl serverUrl);
    // The calendar collections of a home set that take VTODOs.
    QCoro::Task<Result<QList<RemoteCollection>>> collections(QUrl home);
    // A new collection for VTODOs at home/<slug>/, named displayName.
    QCoro::Task<Result<RemoteCollection>> makeCalendar(QUrl home, QString slug,
                                                       QString displayName);
    // What one collection says of itself (name, capabilities, ctag, token).
    QCoro::Task<Result<RemoteCollection>> collection(QUrl url);

    // changed: the resources `keep` wants (every one without it); removed: every one.
    QCoro::Task<Result<RemoteChanges>> changesSince(QUrl collection, QString syncToken,
                                                    EtagFilter keep = {});
    QCoro::Task<Result<QString>> ctag(QUrl collection);
    QCoro::Task<Result<QList<RemoteEtag>>> todoEtags(QUrl collection, EtagFilter keep = {});
    // The resources at those hrefs (a server may leave some out: they are just missing).
    QCoro::Task<Result<QList<RemoteResource>>> multiget(QUrl collection, QStringList hrefs);

    // Single resources: the raw response, for the caller to read preconditions from.
    QCoro::Task<DavResponse> get(QUrl url);
    QCoro::Task<DavResponse> put(QUrl url, QByteArray body, QString ifMatch);
    QCoro::Task<DavResponse> remove(QUrl url, QString ifMatch);

private:
    QCoro::Task<Result<dav::Multistatus>> multistatus(DavRequest request, QString doing);
    // The sentence for an answer to a listing that is not a 207 Multi-Status.
    QString notMultistatus(const DavResponse &response, const QString &doing) const;

    DavClient &m_client;
};

} // namespace helios::sync
