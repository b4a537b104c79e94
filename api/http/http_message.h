#pragma once

// One HTTP/1.1 request as the server read it, and the response a handler gives back. Plain
// values: the server (http_server.h) and the handlers never share a socket.

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace helios::api {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ... as sent (methods are case-sensitive)
    QByteArray path;   // percent-decoded, without the query: "/api/v1/plans/3"
    QByteArray query;  // after '?', still encoded: "page=2&limit=10"
    QList<std::pair<QByteArray, QByteArray>> headers; // names in lower case, values trimmed
    QByteArray body;
    bool keepAlive = true; // HTTP/1.1 without "Connection: close" (or 1.0 with keep-alive)

    // The first header of that name (lower case), empty when absent.
    QByteArray header(QByteArrayView lowerCaseName) const;
    // A query parameter, percent-decoded; null when absent.
    QString queryValue(QStringView name) const;
    // Whether Accept-Encoding lists gzip with a q-value above zero.
    bool acceptsGzip() const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // e.g. ETag, Cache-Control
    // Set when the body is already gzip-compressed (a cached representation); the server then
    // sends it as is to a client that accepts gzip, and `body` to one that does not.
    QByteArray gzippedBody;
    bool closeAfter = false; // end the connection once it is sent

    void addHeader(QByteArray name, QByteArray value)
    {
        headers.append(std::pair<QByteArray, QByteArray>(std::move(name), std::move(value)));
    }

    static HttpResponse json(int status, QByteArray body);
    // {"error": sentence}: one sentence for a person, never a path, a stack or a secret.
    static HttpResponse error(int status, const QString &sentence);
};

// The pieces of text between separators (QByteArrayView has no split() in Qt 6.4).
QList<QByteArrayView> splitView(QByteArrayView text, char separator);

// "OK", "Not Found", ...; "Unknown" for a status it does not know.
QByteArray reasonPhrase(int status);

} // namespace helios::api
