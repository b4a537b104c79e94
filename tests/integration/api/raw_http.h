#pragma once

// A plain HTTP/1.1 client over QTcpSocket for the local API's tests: it sends exactly the bytes
// a test writes and shows every header that comes back (QNetworkAccessManager would add
// Accept-Encoding and undo the gzip). Blocking reads are fine here: the server runs on a thread
// of its own.

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QTcpSocket>

#include <utility>

namespace helios::test {

struct RawResponse
{
    int status = 0; // 0: no (whole) response came
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    bool has(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

// Reads one response (the server always sends Content-Length) within timeoutMs.
inline RawResponse readResponse(QTcpSocket &socket, bool headOnly = false, int timeoutMs = 10000)
{
    RawResponse response;
    QByteArray in;
    QElapsedTimer clock;
    clock.start();
    qsizetype headEnd = -1;
    qint64 length = 0;
    while (clock.elapsed() < timeoutMs) {
        if (headEnd < 0) {
            headEnd = in.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const QList<QByteArray> lines = in.left(headEnd).split('\n');
                const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
                response.status = statusLine.value(1).toInt();
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        response.headers.append(
                            {lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
                }
                length = headOnly ? 0 : response.header("Content-Length").toLongLong();
                if (response.status == 100) { // "100 Continue": the real answer follows
                    in.remove(0, headEnd + 4);
                    response = RawResponse();
                    headEnd = -1;
                    continue;
                }
            }
        }
        if (headEnd >= 0 && in.size() - headEnd - 4 >= length) {
            response.body = in.mid(headEnd + 4, length);
            return response;
        }
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(100) &&
            socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        in += socket.readAll();
    }
    return RawResponse{};
}

inline bool connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return socket.waitForConnected(5000);
}

// One request on a new connection; its response.
inline RawResponse exchange(quint16 port, const QByteArray &request, bool headOnly = false)
{
    QTcpSocket socket;
    if (!connectTo(socket, port))
        return {};
    socket.write(request);
    socket.flush();
    return readResponse(socket, headOnly);
}

// "GET path" (or another method) with the token, any extra header lines and a body.
inline QByteArray requestText(const QByteArray &method, const QByteArray &path,
                              const QByteArray &token, const QByteArray &extraHeaders = {},
                              const QByteArray &body = {})
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token + "\r\n";
    out += extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        out +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    out += "\r\n" + body;
    return out;
}

// Whether the server closed the connection within timeoutMs (reading and dropping what came).
inline bool closedWithin(QTcpSocket &socket, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        socket.waitForReadyRead(50);
        socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
    }
    return false;
}

} // namespace helios::test
