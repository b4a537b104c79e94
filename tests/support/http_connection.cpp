#include "tests/support/http_connection.h"

#include <QTcpSocket>
#include <QTimer>

namespace helios::test {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 256 * 1024 * 1024;
constexpr qint64 HighWater = 1024 * 1024;
constexpr qint64 Slice = 256 * 1024;

QByteArray headerIn(const QList<std::pair<QByteArray, QByteArray>> &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

enum class Parse { Done, NeedMore, Bad };

// A chunked body starting at `from`; on Done, `end` is just past its trailer.
Parse dechunk(const QByteArray &in, qsizetype from, QByteArray &body, qsizetype &end)
{
    qsizetype at = from;
    body.clear();
    while (true) {
        const qsizetype lineEnd = in.indexOf("\r\n", at);
        if (lineEnd < 0)
            return in.size() - at > 1024 ? Parse::Bad : Parse::NeedMore;
        QByteArray sizeText = in.mid(at, lineEnd - at);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon); // chunk extensions
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || body.size() + size > MaxBodyBytes)
            return Parse::Bad;
        at = lineEnd + 2;
        if (size == 0) {
            // Trailer fields, then a blank line.
            while (true) {
                const qsizetype trailerEnd = in.indexOf("\r\n", at);
                if (trailerEnd < 0)
                    return Parse::NeedMore;
                const bool blank = trailerEnd == at;
                at = trailerEnd + 2;
                if (blank) {
                    end = at;
                    return Parse::Done;
                }
            }
        }
        if (in.size() < at + size + 2)
            return Parse::NeedMore;
        body.append(in.constData() + at, size);
        if (in.mid(at + size, 2) != "\r\n")
            return Parse::Bad;
        at += size + 2;
    }
}

} // namespace

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    return headerIn(headers, name);
}

HttpConnection::HttpConnection(QTcpSocket *socket, int id, Handler handler, QObject *parent)
    : QObject(parent), m_socket(socket), m_id(id), m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_busy && !m_waiting)
            pump();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (m_socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &HttpConnection::onReadyRead);
}

void HttpConnection::abort()
{
    m_stopped = true;
    m_busy = false;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::onReadyRead()
{
    m_in.append(m_socket->readAll());
    while (!m_stopped && takeRequest()) {
    }
    startNext();
}

bool HttpConnection::takeRequest()
{
    const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_in.size() > MaxHeadBytes)
            refuse(431, "Request header fields too large");
        return false;
    }
    const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        refuse(400, "Malformed request line");
        return false;
    }
    RecordedRequest request;
    request.method = requestLine[0];
    request.target = requestLine[1];
    const qsizetype query = request.target.indexOf('?');
    request.path = query < 0 ? request.target : request.target.first(query);
    request.connection = m_id;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            refuse(400, "Malformed header line");
            return false;
        }
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    const qsizetype bodyStart = headEnd + 4;
    qsizetype end = bodyStart;
    const bool expectContinue =
        request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
    if (request.header("Transfer-Encoding").toLower().contains("chunked")) {
        switch (dechunk(m_in, bodyStart, request.body, end)) {
        case Parse::Bad:
            refuse(400, "Malformed chunked body");
            return false;
        case Parse::NeedMore:
            if (expectContinue && !m_continueSent && !m_busy) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return false;
        case Parse::Done:
            break;
        }
    } else if (const QByteArray length = request.header("Content-Length"); !length.isEmpty()) {
        bool ok = false;
        const qint64 size = length.toLongLong(&ok);
        if (!ok || size < 0 || size > MaxBodyBytes) {
            refuse(ok ? 413 : 400, "Bad Content-Length");
            return false;
        }
        if (m_in.size() < bodyStart + size) {
            if (expectContinue && !m_continueSent && !m_busy) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return false;
        }
        request.body = m_in.mid(bodyStart, size);
        end = bodyStart + size;
    }
    m_in.remove(0, end);
    m_continueSent = false;

    const QByteArray connection = request.header("Connection").toLower();
    const bool keepAlive = requestLine[2] == "HTTP/1.1" ? !connection.contains("close")
                                                        : connection.contains("keep-alive");
    m_queue.append({std::move(request), keepAlive});
    return true;
}

void HttpConnection::refuse(int status, const QByteArray &message)
{
    m_stopped = true;
    m_queue.clear();
    if (m_busy)
        return; // the response being written ends with a close anyway once stopped
    const QByteArray body = "{\"error\":\"" + message + "\"}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + " " + message +
                    "\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    m_socket->disconnectFromHost();
}

void HttpConnection::startNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    Pending next = m_queue.takeFirst();
    m_response = m_handler(next.request);
    if (!next.keepAlive)
        m_response.close = true;
    m_busy = true;
    m_piece = 0;
    m_offset = 0;
    m_delayDone = false;
    m_written = 0;
    pump();
}

void HttpConnection::pump()
{
    const qint64 cut = m_response.cutAfterBytes;
    while (m_piece < m_response.pieces.size()) {
        const HttpResponse::Piece &piece = m_response.pieces[m_piece];
        if (!m_delayDone && piece.delayMs > 0) {
            m_waiting = true;
            QTimer::singleShot(piece.delayMs, this, [this] {
                m_waiting = false;
                m_delayDone = true;
                pump();
            });
            return;
        }
        while (m_offset < piece.bytes.size() || (cut >= 0 && m_written >= cut)) {
            if (cut >= 0 && m_written >= cut) {
                stop();
                return;
            }
            if (m_socket->bytesToWrite() > HighWater)
                return; // bytesWritten brings us back
            qint64 n = std::min<qint64>(Slice, piece.bytes.size() - m_offset);
            if (cut >= 0)
                n = std::min(n, cut - m_written);
            const qint64 written = m_socket->write(piece.bytes.constData() + m_offset, n);
            if (written < 0) {
                stop();
                return;
            }
            m_offset += written;
            m_written += written;
        }
        ++m_piece;
        m_offset = 0;
        m_delayDone = false;
    }
    m_busy = false;
    if (m_response.close || m_stopped) {
        stop();
        return;
    }
    startNext();
}

void HttpConnection::stop()
{
    m_busy = false;
    m_stopped = true;
    m_queue.clear();
    m_socket->disconnectFromHost(); // sends what was written, then closes
}

} // namespace helios::test
