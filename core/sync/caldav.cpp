#include "core/sync/caldav.h"

#include <QCoreApplication>

namespace helios::sync {

namespace {

const QByteArray kXml = "application/xml; charset=utf-8";

QUrl asCollection(QUrl url)
{
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        url.setPath(path + QLatin1Char('/'));
    return url;
}

// The path of an href as the items keep it: absolute URLs in answers become paths.
QString pathOf(const QUrl &base, const QString &href)
{
    return hrefOf(resolveHref(base, href));
}

bool sameCollection(const QUrl &collection, const QString &path)
{
    QString a = hrefOf(collection);
    QString b = path;
    while (a.endsWith(QLatin1Char('/')))
        a.chop(1);
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    return a == b;
}

RemoteCollection collectionFrom(const QUrl &base, const dav::Entry &entry)
{
    RemoteCollection c;
    c.url = asCollection(resolveHref(base, entry.href));
    c.displayName = entry.props.displayName;
    c.supportsSyncCollection = entry.props.reportsSyncCollection;
    c.ctag = entry.props.ctag;
    c.syncToken = entry.props.syncToken;
    return c;
}

bool takesTodos(const dav::Props &props)
{
    return props.isCalendar &&
           (!props.componentsKnown || props.components.contains(QStringLiteral("VTODO")));
}

} // namespace

CalDav::CalDav(DavClient &client) : m_client(client) {}

QString CalDav::notMultistatus(const DavResponse &response, const QString &doing) const
{
    return response.ok()
               ? QCoreApplication::translate("helios",
                                             "%1 failed: the server answered %2 instead of a "
                                             "multistatus.")
                     .arg(doing)
                     .arg(response.status)
               : m_client.describe(response, doing);
}

QCoro::Task<Result<dav::Multistatus>> CalDav::multistatus(DavRequest request, QString doing)
{
    QCoro::Task<DavResponse> sending = m_client.send(std::move(request));
    const DavResponse response = co_await std::move(sending);
    if (response.status != 207)
        co_return Error::provider(notMultistatus(response, doing));
    Result<dav::Multistatus> parsed = dav::parseMultistatus(response.body);
    if (!parsed)
        co_return Error::provider(QCoreApplication::translate("helios", "%1 failed: %2")
                                      .arg(doing, parsed.error().message));
    co_return parsed;
}

QCoro::Task<Result<Discovery>> CalDav::discover(QUrl serverUrl)
{
    const QString doing =
        QCoreApplication::translate("helios", "Looking for the calendars on the server");
    if (serverUrl.scheme().isEmpty())
        serverUrl = QUrl(QStringLiteral("https://") + serverUrl.toString());
    if (!serverUrl.isValid() || serverUrl.host().isEmpty() ||
        (serverUrl.scheme() != QLatin1String("http") &&
         serverUrl.scheme() != QLatin1String("https")))
        co_return Error::usage(QCoreApplication::translate(
                                   "helios", "'%1' is not a server address (http:// or https://).")
                                   .arg(serverUrl.toDisplayString(QUrl::RemoveUserInfo)));
    if (serverUrl.path().isEmpty())
        serverUrl.setPath(QStringLiteral("/"));

    Discovery found;
    QUrl home;
    std::optional<RemoteCollection> itself;
    // 1. The URL as typed: often the server's root, a principal or a home set.
    {
        DavRequest request{"PROPFIND", serverUrl, dav::propfindDiscovery(), kXml, 0, {}, false};
        QCoro::Task<DavResponse> sending = m_client.send(request);
        const DavResponse response = co_await std::move(sending);
        if (response.status == 401 || (response.status == 0 && !response.error.isEmpty()))
            co_return Error::provider(m_client.describe(response, doing));
        if (response.status == 207) {
            Result<dav::Multistatus> parsed = dav::parseMultistatus(response.body);
            if (parsed && !parsed->entries.isEmpty()) {
                const dav::Entry &entry = parsed->entries.constFirst();
                const QUrl at = response.url;
                if (!entry.props.principalHref.isEmpty())
                    found.principal = resolveHref(at, entry.props.principalHref);
                if (!entry.props.homeHref.isEmpty())
                    home = resolveHref(at, entry.props.homeHref);
                if (entry.props.isCalendar)
                    itself = collectionFrom(at, entry);
            }
        }
    }
    // 2. /.well-known/caldav (RFC 6764), which servers redirect to their DAV root.
    if (found.principal.isEmpty() && home.isEmpty() && !itself) {
        DavRequest request{"PROPFIND",
                           serverUrl.resolved(QUrl(QStringLiteral("/.well-known/caldav"))),
                           dav::propfindDiscovery(),
                           kXml,
                           0,
                           {},
                           false};
        QCoro::Task<DavResponse> sending = m_client.send(request);
        const DavResponse response = co_await std::move(sending);
        if (response.status == 401)
            co_return Error::provider(m_client.describe(response, doing));
        if (response.status == 207) {
            Result<dav::Multistatus> parsed = dav::parseMultistatus(response.body);
            if (parsed && !parsed->entries.isEmpty() &&
                !parsed->entries.constFirst().props.principalHref.isEmpty())
                found.principal =
                    resolveHref(response.url, parsed->entries.constFirst().props.principalHref);
        }
    }
    // 3. The principal's calendar home set.
    if (home.isEmpty() && !found.principal.isEmpty()) {
        QCoro::Task<Result<dav::Multistatus>> principalTask = multistatus(
            {"PROPFIND", found.principal, dav::propfindDiscovery(), kXml, 0, {}, false}, doing);
        Result<dav::Multistatus> principal = co_await std::move(principalTask);
        if (!principal)
            co_return principal.error();
        if (!principal->entries.isEmpty() &&
            !principal->entries.constFirst().props.homeHref.isEmpty())
            home = resolveHref(found.principal, principal->entries.constFirst().props.homeHref);
    }
    if (home.isEmpty() && itself) {
        found.collections.append(*itself);
        found.home = itself->url.resolved(QUrl(QStringLiteral("..")));
        co_return found;
    }
    if (home.isEmpty())
        co_return Error::provider(
            QCoreApplication::translate(
                "helios",
                "%1 failed: the server names no calendar home for this user (is it a CalDAV "
                "server?).")
                .arg(doing));
    found.home = asCollection(home);
    QCoro::Task<Result<QList<RemoteCollection>>> listing = collections(found.home);
    Result<QList<RemoteCollection>> all = co_await std::move(listing);
    if (!all)
        co_return all.error();
    found.collections = std::move(*all);
    co_return found;
}

QCoro::Task<Result<QList<RemoteCollection>>> CalDav::collections(QUrl home)
{
    const QString doing = QCoreApplication::translate("helios", "Listing the calendars");
    home = asCollection(home);
    QCoro::Task<Result<dav::Multistatus>> listingTask =
        multistatus({"PROPFIND", home, dav::propfindCollections(), kXml, 1, {}, false}, doing);
    Result<dav::Multistatus> listing = co_await std::move(listingTask);
    if (!listing)
        co_return listing.error();
    QList<RemoteCollection> out;
    for (const dav::Entry &entry : std::as_const(listing->entries)) {
        if (takesTodos(entry.props))
            out.append(collectionFrom(home, entry));
    }
    co_return out;
}

QCoro::Task<Result<RemoteCollection>> CalDav::collection(QUrl url)
{
    const QString doing = QCoreApplication::translate("helios", "Reading the calendar");
    url = asCollection(url);
    QCoro::Task<Result<dav::Multistatus>> listingTask =
        multistatus({"PROPFIND", url, dav::propfindCollections(), kXml, 0, {}, false}, doing);
    Result<dav::Multistatus> listing = co_await std::move(listingTask);
    if (!listing)
        co_return listing.error();
    if (listing->entries.isEmpty() || !listing->entries.constFirst().props.isCalendar)
        co_return Error::provider(
            QCoreApplication::translate("helios", "%1 failed: %2 is not a calendar.")
                .arg(doing, url.toDisplayString(QUrl::RemoveUserInfo)));
    RemoteCollection c = collectionFrom(url, listing->entries.constFirst());
    c.url = url;
    co_return c;
}

QCoro::Task<Result<RemoteCollection>> CalDav::makeCalendar(QUrl home, QString slug,
                                                           QString displayName)
{
    const QString doing =
        QCoreApplication::translate("helios", "Creating the calendar '%1'").arg(displayName);
    const QUrl url = asCollection(asCollection(home).resolved(QUrl(slug)));
    DavRequest request{"MKCALENDAR", url, dav::mkcalendar(displayName), kXml, -1, {}, false};
    QCoro::Task<DavResponse> sending = m_client.send(request);
    const DavResponse response = co_await std::move(sending);
    if (!response.ok())
        co_return Error::provider(m_client.describe(response, doing));
    QCoro::Task<Result<RemoteCollection>> reading = collection(url);
    Result<RemoteCollection> made = co_await std::move(reading);
    co_return made;
}

QCoro::Task<Result<RemoteChanges>> CalDav::changesSince(QUrl collection, QString syncToken,
                                                        EtagFilter keep)
{
    const QString doing = QCoreApplication::translate("helios", "Asking the server what changed");
    collection = asCollection(collection);
    DavRequest request{"REPORT", collection, dav::syncCollection(syncToken), kXml, -1, {}, false};
    QCoro::Task<DavResponse> sending = m_client.send(request);
    const DavResponse response = co_await std::move(sending);
    RemoteChanges changes;
    if (response.status != 207) {
        const bool refusedToken =
            dav::errorCondition(response.body) == QLatin1String("valid-sync-token");
        const QList<int> notOffered{400, 403, 405, 409, 415, 422, 501};
        if (refusedToken || (!syncToken.isEmpty() && notOffered.contains(response.status))) {
            changes.tokenRefused = true;
            co_return changes;
        }
        if (syncToken.isEmpty() && notOffered.contains(response.status)) {
            changes.unsupported = true;
            co_return changes;
        }
        co_return Error::provider(m_client.describe(response, doing));
    }
    Result<QString> token = dav::readMultistatus(response.body, [&](dav::Entry &&entry) {
        const QString path = pathOf(collection, entry.href);
        if (sameCollection(collection, path))
            return;
        if (entry.status == 404 || entry.status == 410)
            changes.removed.append(path);
        else if (!entry.props.etag.isEmpty() && (!keep || keep(path, entry.props.etag)))
            changes.changed.append({path, entry.props.etag});
    });
    if (!token)
        co_return Error::provider(QCoreApplication::translate("helios", "%1 failed: %2")
                                      .arg(doing, token.error().message));
    changes.complete = syncToken.isEmpty();
    changes.syncToken = std::move(*token);
    co_return changes;
}

QCoro::Task<Result<QString>> CalDav::ctag(QUrl collection)
{
    QCoro::Task<Result<dav::Multistatus>> listingTask =
        multistatus({"PROPFIND", asCollection(collection), dav::propfindCtag(), kXml, 0, {}, false},
                    QCoreApplication::translate("helios", "Asking the server what changed"));
    Result<dav::Multistatus> listing = co_await std::move(listingTask);
    if (!listing)
        co_return listing.error();
    if (listing->entries.isEmpty())
        co_return QString();
    const dav::Props &props = listing->entries.constFirst().props;
    // A sync token changes whenever the collection does, as a ctag does.
    co_return props.ctag.isEmpty() ? props.syncToken : props.ctag;
}

QCoro::Task<Result<QList<RemoteEtag>>> CalDav::todoEtags(QUrl collection, EtagFilter keep)
{
    const QString doing = QCoreApplication::translate("helios", "Listing the tasks");
    collection = asCollection(collection);
    DavRequest request{"REPORT", collection, dav::todoEtags(), kXml, 1, {}, false};
    QCoro::Task<DavResponse> sending = m_client.send(request);
    const DavResponse response = co_await std::move(sending);
    if (response.status != 207)
        co_return Error::provider(notMultistatus(response, doing));
    QList<RemoteEtag> out;
    Result<QString> read = dav::readMultistatus(response.body, [&](dav::Entry &&entry) {
        const QString path = pathOf(collection, entry.href);
        if (!sameCollection(collection, path) && !entry.props.etag.isEmpty() &&
            (!keep || keep(path, entry.props.etag)))
            out.append({path, entry.props.etag});
    });
    if (!read)
        co_return Error::provider(QCoreApplication::translate("helios", "%1 failed: %2")
                                      .arg(doing, read.error().message));
    co_return out;
}

QCoro::Task<Result<QList<RemoteResource>>> CalDav::multiget(QUrl collection, QStringList hrefs)
{
    collection = asCollection(collection);
    QCoro::Task<Result<dav::Multistatus>> listingTask =
        multistatus({"REPORT", collection, dav::calendarMultiget(hrefs), kXml, 1, {}, false},
                    QCoreApplication::translate("helios", "Reading the changed tasks"));
    Result<dav::Multistatus> listing = co_await std::move(listingTask);
    if (!listing)
        co_return listing.error();
    QList<RemoteResource> out;
    for (const dav::Entry &entry : std::as_const(listing->entries)) {
        if (entry.status != 200 || entry.props.calendarData.isEmpty())
            continue;
        out.append(
            {pathOf(collection, entry.href), entry.props.etag, entry.props.calendarData.toUtf8()});
    }
    co_return out;
}

QCoro::Task<DavResponse> CalDav::get(QUrl url)
{
    return m_client.send({"GET", url, {}, {}, -1, {}, false});
}

QCoro::Task<DavResponse> CalDav::put(QUrl url, QByteArray body, QString ifMatch)
{
    return m_client.send({"PUT", url, std::move(body), "text/calendar; charset=utf-8", -1,
                          ifMatch.toUtf8(), ifMatch.isEmpty()});
}

QCoro::Task<DavResponse> CalDav::remove(QUrl url, QString ifMatch)
{
    return m_client.send({"DELETE", url, {}, {}, -1, ifMatch.toUtf8(), false});
}

} // namespace helios::sync
