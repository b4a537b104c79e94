#include "api/http/http_message.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace helios::api {

QList<QByteArrayView> splitView(QByteArrayView text, char separator)
{
    QList<QByteArrayView> out;
    qsizetype start = 0;
    while (true) {
        const qsizetype at = text.indexOf(separator, start);
        if (at < 0) {
            out.append(text.sliced(start));
            return out;
        }
        out.append(text.sliced(start, at - start));
        start = at + 1;
    }
}

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

QString HttpRequest::queryValue(QStringView name) const
{
    const QByteArray key = name.toUtf8();
    for (const QByteArrayView pair : splitView(query, '&')) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView k = equals < 0 ? pair : pair.first(equals);
        if (k != key)
            continue;
        if (equals < 0)
            return QString(QLatin1String(""));
        QByteArray value = pair.sliced(equals + 1).toByteArray();
        value.replace('+', ' ');
        return QUrl::fromPercentEncoding(value);
    }
    return {};
}

bool HttpRequest::acceptsGzip() const
{
    const QByteArray accepted = header("accept-encoding");
    for (const QByteArrayView part : splitView(accepted, ',')) {
        const QList<QByteArrayView> params = splitView(part, ';');
        if (params.first().trimmed().compare("gzip", Qt::CaseInsensitive) != 0 &&
            params.first().trimmed() != "*")
            continue;
        for (qsizetype i = 1; i < params.size(); ++i) {
            const QByteArrayView p = params.at(i).trimmed();
            if (p.startsWith("q=") && p.sliced(2).toByteArray().toDouble() <= 0.0)
                return false;
        }
        return true;
    }
    return false;
}

HttpResponse HttpResponse::json(int status, QByteArray body)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &sentence)
{
    return json(status, QJsonDocument(QJsonObject{{QStringLiteral("error"), sentence}})
                            .toJson(QJsonDocument::Compact));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 426:
        return "Upgrade Required";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace helios::api
