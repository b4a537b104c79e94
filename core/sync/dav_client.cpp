#include "core/sync/dav_client.h"

#include "core/domain/plain_text.h"
#include "core/log/logging.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <qcoro/qcorosignal.h>

namespace helios::sync {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

// One exchange's timers and collected answer; its timers are its children.
class Exchange : public QObject
{
public:
    DavResponse out;
    DavLimits limits;
    QPointer<QNetworkReply> reply;
    QTimer connectTimer;
    QTimer idleTimer;
    QTimer deadlineTimer;
    bool tooLarge = false;
    bool done = false;

    Exchange()
    {
        for (QTimer *t : {&connectTimer, &idleTimer, &deadlineTimer}) {
            t->setParent(this);
            t->setSingleShot(true);
        }
    }
    ~Exchange() override
    {
        for (QTimer *t : {&connectTimer, &idleTimer, &deadlineTimer})
            t->setParent(nullptr);
    }

    void timeout(const QString &why)
    {
        if (out.error.isEmpty()) {
            out.error = why;
            out.timedOut = true;
        }
        if (reply && !reply->isFinished())
            reply->abort();
    }

    void read()
    {
        if (!reply)
            return;
        connectTimer.stop();
        if (limits.idleTimeoutMs > 0)
            idleTimer.start(limits.idleTimeoutMs);
        const QByteArray data = reply->readAll();
        if (tooLarge)
            return;
        out.body += data;
        if (limits.maxBytes > 0 && out.body.size() > limits.maxBytes) {
            tooLarge = true;
            out.body.clear();
            out.error = QCoreApplication::translate(
                            "helios", "The server's answer was larger than %1 MB; it was not read.")
                            .arg(limits.maxBytes / (1024 * 1024));
            reply->abort();
        }
    }
};

} // namespace

DavClient::DavClient(QNetworkAccessManager *network, Credentials credentials, DavLimits limits,
                     QObject *parent)
    : QObject(parent), m_network(network), m_credentials(std::move(credentials)), m_limits(limits)
{}

DavClient::~DavClient()
{
    // Best effort: overwrite the password's characters before its memory goes back.
    if (!m_credentials.password.isEmpty())
        m_credentials.password.fill(QLatin1Char('\0'));
    m_credentials.password.clear();
}

QCoro::Task<DavResponse> DavClient::send(DavRequest request)
{
    const QUrl origin = request.url;
    for (int hop = 0;; ++hop) {
        const bool withCredentials = sameOrigin(origin, request.url);
        QCoro::Task<DavResponse> sending = sendOnce(request, withCredentials);
        DavResponse response = co_await std::move(sending);
        if (!isRedirect(response.status))
            co_return response;
        if (hop >= m_limits.maxRedirects) {
            response.error =
                QCoreApplication::translate("helios", "The server redirected more than %1 times.")
                    .arg(m_limits.maxRedirects);
            response.status = 0;
            co_return response;
        }
        const QUrl next = response.url.resolved(QUrl(QString::fromUtf8(response.location)));
        if (!next.isValid() || next.scheme().isEmpty()) {
            response.error = QCoreApplication::translate(
                "helios", "The server redirected to an address that is not valid.");
            response.status = 0;
            co_return response;
        }
        // WebDAV clients keep the method and body on every redirect (a PROPFIND is not a GET).
        request.url = next;
    }
}

QCoro::Task<DavResponse> DavClient::sendOnce(const DavRequest &request, bool withCredentials)
{
    auto ex = std::make_unique<Exchange>();
    ex->limits = m_limits;
    ex->out.url = request.url;
    if (!m_network) {
        ex->out.error =
            QCoreApplication::translate("helios", "The sync was closed during the request.");
        co_return ex->out;
    }
    QNetworkRequest r(request.url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setRawHeader("User-Agent", "Helios/" HELIOS_VERSION " (CalDAV)");
    if (!request.contentType.isEmpty())
        r.setRawHeader("Content-Type", request.contentType);
    if (request.depth >= 0)
        r.setRawHeader("Depth", QByteArray::number(request.depth));
    if (!request.ifMatch.isEmpty())
        r.setRawHeader("If-Match", request.ifMatch);
    if (request.ifNoneMatchAny)
        r.setRawHeader("If-None-Match", "*");
    if (withCredentials && !m_credentials.user.isEmpty()) {
        const QByteArray pair =
            (m_credentials.user + QLatin1Char(':') + m_credentials.password).toUtf8();
        r.setRawHeader("Authorization", "Basic " + pair.toBase64());
    }
    ++m_requests;
    QNetworkReply *reply = request.method == "GET"
                               ? m_network->get(r)
                               : m_network->sendCustomRequest(r, request.method, request.body);
    ex->reply = reply;
    Exchange *e = ex.get();
    QObject::connect(reply, &QNetworkReply::requestSent, e, [e] { e->connectTimer.stop(); });
    QObject::connect(reply, &QIODevice::readyRead, e, [e] { e->read(); });
    QObject::connect(&e->connectTimer, &QTimer::timeout, e, [e] {
        e->timeout(
            QCoreApplication::translate("helios", "Could not connect to the server within %1 s.")
                .arg(e->limits.connectTimeoutMs / 1000.0));
    });
    QObject::connect(&e->idleTimer, &QTimer::timeout, e, [e] {
        e->timeout(QCoreApplication::translate("helios", "The server sent nothing for %1 s.")
                       .arg(e->limits.idleTimeoutMs / 1000.0));
    });
    QObject::connect(&e->deadlineTimer, &QTimer::timeout, e, [e] {
        e->timeout(QCoreApplication::translate("helios", "The server did not answer within %1 s.")
                       .arg(e->limits.deadlineMs / 1000.0));
    });
    if (m_limits.connectTimeoutMs > 0)
        e->connectTimer.start(m_limits.connectTimeoutMs);
    if (m_limits.idleTimeoutMs > 0)
        e->idleTimer.start(m_limits.idleTimeoutMs);
    e->deadlineTimer.start(m_limits.deadlineMs);

    if (!reply->isFinished()) {
        auto finished = qCoro(reply, &QNetworkReply::finished);
        co_await finished;
    }
    if (!ex->reply) {
        ex->out.error = QCoreApplication::translate("helios", "The connection was closed.");
        co_return ex->out;
    }
    for (QTimer *t : {&e->connectTimer, &e->idleTimer, &e->deadlineTimer})
        t->stop();
    if (reply->bytesAvailable() > 0)
        e->read();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && e->out.error.isEmpty())
        e->out.status = status.toInt();
    e->out.etag = reply->rawHeader("ETag");
    e->out.location = reply->rawHeader("Location");
    if (e->out.status == 0 && e->out.error.isEmpty())
        e->out.error = QCoreApplication::translate("helios", "Could not reach the server: %1")
                           .arg(reply->errorString());
    reply->disconnect(e);
    reply->deleteLater();
    co_return ex->out;
}

QString DavClient::scrub(const QString &text) const
{
    QString clean = text;
    if (!m_credentials.password.isEmpty())
        clean.replace(m_credentials.password, QStringLiteral("[redacted]"));
    const QByteArray basic =
        (m_credentials.user + QLatin1Char(':') + m_credentials.password).toUtf8().toBase64();
    clean.replace(QString::fromLatin1(basic), QStringLiteral("[redacted]"));
    // One line of plain text: a server's escape sequences never reach a terminal or the window.
    return plainText(log::redact(clean), false);
}

QString DavClient::describe(const DavResponse &response, const QString &doing) const
{
    if (response.status == 0)
        return QCoreApplication::translate("helios", "%1 failed: %2")
            .arg(doing, scrub(response.error));
    switch (response.status) {
    case 401:
        return QCoreApplication::translate(
                   "helios",
                   "%1 failed: the server did not accept the user name and password (401).")
            .arg(doing);
    case 403:
        return QCoreApplication::translate("helios",
                                           "%1 failed: the server does not allow it (403).")
            .arg(doing);
    case 404:
        return QCoreApplication::translate("helios",
                                           "%1 failed: the server has nothing at %2 (404).")
            .arg(doing, scrub(response.url.toDisplayString(QUrl::RemoveUserInfo)));
    case 412:
        return QCoreApplication::translate(
                   "helios", "%1 failed: someone else changed it on the server meanwhile (412).")
            .arg(doing);
    case 507:
        return QCoreApplication::translate(
                   "helios", "%1 failed: the server has no room left (507 Insufficient Storage).")
            .arg(doing);
    default:
        break;
    }
    QString detail = QString::fromUtf8(response.body.left(300)).simplified();
    // An HTML error page says little in a sentence.
    if (detail.startsWith(QLatin1Char('<')))
        detail.clear();
    if (detail.size() > 120)
        detail = detail.left(120) + QStringLiteral("…");
    if (detail.isEmpty())
        return QCoreApplication::translate("helios", "%1 failed: the server answered %2.")
            .arg(doing)
            .arg(response.status);
    return QCoreApplication::translate("helios", "%1 failed: the server answered %2 (%3).")
        .arg(doing)
        .arg(response.status)
        .arg(scrub(detail));
}

QUrl resolveHref(const QUrl &base, const QString &href)
{
    return base.resolved(QUrl(href.trimmed(), QUrl::TolerantMode));
}

QString hrefOf(const QUrl &url)
{
    return url.path(QUrl::FullyEncoded);
}

} // namespace helios::sync
