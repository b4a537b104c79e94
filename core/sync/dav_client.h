#pragma once

#include "core/domain/error.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <qcoro/qcorotask.h>

#include <memory>

class QNetworkAccessManager;

namespace helios::sync {

// Who the requests of one sync run are made as. The password is held only for the run (the
// caller reads it from the keychain when the run starts and drops it when it ends); it goes into
// an Authorization header and nowhere else.
struct Credentials
{
    QString user;
    QString password;
};

struct DavLimits
{
    int connectTimeoutMs = 15'000;
    int idleTimeoutMs = 30'000; // nothing received for this long: the server is stuck
    int deadlineMs = 180'000;   // one request, start to end
    qint64 maxBytes = qint64(64) * 1024 * 1024;
    int maxRedirects = 5;
};

struct DavRequest
{
    QByteArray method; // PROPFIND, REPORT, GET, PUT, DELETE, MKCALENDAR
    QUrl url;
    QByteArray body;
    QByteArray contentType; // empty: none
    int depth = -1;         // the Depth header; -1: none
    QByteArray ifMatch;     // an ETag (quoted as the server gave it)
    bool ifNoneMatchAny = false;
};

struct DavResponse
{
    int status = 0; // 0: no HTTP answer (see error)
    QByteArray body;
    QByteArray etag;
    QByteArray location; // of a redirect
    QUrl url;            // where the answer came from (after redirects)
    QString error;       // why there was no answer: one sentence, empty when there was one
    bool timedOut = false;

    bool ok() const { return status >= 200 && status < 300; }
};

// HTTP for CalDAV on one QNetworkAccessManager: any WebDAV method, preemptive Basic
// authentication, redirects followed by hand (the method and body kept; credentials only to the
// same origin), connect, idle and overall deadlines and a size cap (QNetworkRequest's transfer
// timeout is only an inactivity timer). Counts the requests it sends (benchmarks, tests).
class DavClient : public QObject
{
    Q_OBJECT

public:
    DavClient(QNetworkAccessManager *network, Credentials credentials, DavLimits limits = {},
              QObject *parent = nullptr);
    ~DavClient() override;

    QCoro::Task<DavResponse> send(DavRequest request);

    int requestsSent() const { return m_requests; }
    const DavLimits &limits() const { return m_limits; }
    // The sentence for a response that is not a success, naming what was being done
    // (`doing`: "Reading the collection"); server text is shortened and scrubbed of secrets.
    QString describe(const DavResponse &response, const QString &doing) const;
    // Removes the password (and anything that looks like a secret) from text a server sent, and
    // makes it one line of plain text (control characters, so terminal escapes, removed).
    QString scrub(const QString &text) const;

private:
    QCoro::Task<DavResponse> sendOnce(const DavRequest &request, bool withCredentials);

    QPointer<QNetworkAccessManager> m_network;
    Credentials m_credentials;
    DavLimits m_limits;
    int m_requests = 0;
};

// A URL made absolute against base (hrefs in answers are usually paths).
QUrl resolveHref(const QUrl &base, const QString &href);
// The path of a URL as hrefs name it (percent-encoded as the server wrote it).
QString hrefOf(const QUrl &url);

} // namespace helios::sync
