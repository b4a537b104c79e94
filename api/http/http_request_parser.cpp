#include "api/http/http_request_parser.h"

#include <QCoreApplication>
#include <QUrl>

namespace helios::api {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits) : m_limits(limits) {}

HttpRequestParser::State HttpRequestParser::fail(int status, QString sentence)
{
    m_errorStatus = status;
    m_errorSentence = std::move(sentence);
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray &buffer)
{
    if (m_errorStatus != 0)
        return State::Failed;
    if (m_state == Phase::Head) {
        // Leading empty lines between requests are allowed (RFC 9112 2.2).
        while (m_headBytes == 0 && (buffer.startsWith("\r\n") || buffer.startsWith("\n")))
            buffer.remove(0, buffer.startsWith("\r\n") ? 2 : 1);
        qsizetype end = buffer.indexOf("\r\n\r\n");
        qsizetype endLength = 4;
        if (end < 0) {
            end = buffer.indexOf("\n\n");
            endLength = 2;
        }
        if (end < 0) {
            m_headBytes = buffer.size();
            if (m_headBytes > m_limits.maxHeaderBytes)
                return fail(431, QCoreApplication::translate(
                                     "helios", "The request's headers are too large."));
            return State::NeedMore;
        }
        if (end + endLength > m_limits.maxHeaderBytes)
            return fail(
                431, QCoreApplication::translate("helios", "The request's headers are too large."));
        if (State s = parseHead(QByteArrayView(buffer).first(end)); s == State::Failed)
            return s;
        buffer.remove(0, end + endLength);
        m_headBytes = 0;
        m_state = Phase::Body;
    }
    if (m_state == Phase::Body) {
        const qsizetype missing = m_bodyLength - m_request.body.size();
        const qsizetype take = std::min(missing, buffer.size());
        if (take > 0) {
            m_request.body.append(buffer.constData(), take);
            buffer.remove(0, take);
        }
        if (m_request.body.size() < m_bodyLength)
            return State::NeedMore;
        m_state = Phase::Done;
    }
    return State::Complete;
}

HttpRequestParser::State HttpRequestParser::parseHead(QByteArrayView head)
{
    m_request = HttpRequest();
    m_bodyLength = 0;
    m_expectContinue = false;
    qsizetype lineEnd = head.indexOf('\n');
    QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    if (requestLine.endsWith('\r'))
        requestLine.chop(1);
    const QList<QByteArrayView> parts = splitView(requestLine, ' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/'))
        return fail(400, QCoreApplication::translate("helios", "The request line is not HTTP."));
    const QByteArrayView version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/"))
            return fail(505,
                        QCoreApplication::translate("helios", "Only HTTP/1.1 is spoken here."));
        return fail(400, QCoreApplication::translate("helios", "The request line is not HTTP."));
    }
    m_request.method = parts.at(0).toByteArray();
    const QByteArrayView target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    const QByteArrayView rawPath = question < 0 ? target : target.first(question);
    m_request.path = QByteArray::fromPercentEncoding(rawPath.toByteArray());
    if (question >= 0)
        m_request.query = target.sliced(question + 1).toByteArray();
    bool http10 = version == "HTTP/1.0";
    m_request.keepAlive = !http10;

    bool haveLength = false;
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 1;
        lineEnd = head.indexOf('\n', start);
        QByteArrayView line =
            lineEnd < 0 ? head.sliced(start) : head.sliced(start, lineEnd - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t')
            return fail(400, QCoreApplication::translate("helios",
                                                         "Folded header lines are not accepted."));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400,
                        QCoreApplication::translate("helios", "A request header is malformed."));
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name == "content-length") {
            bool ok = false;
            const qlonglong length = value.toLongLong(&ok);
            if (!ok || length < 0 || (haveLength && length != m_bodyLength))
                return fail(400, QCoreApplication::translate(
                                     "helios", "The request's Content-Length is not a number."));
            if (length > m_limits.maxBodyBytes)
                return fail(413, QCoreApplication::translate(
                                     "helios", "The request body is larger than %1 bytes.")
                                     .arg(m_limits.maxBodyBytes));
            m_bodyLength = qsizetype(length);
            haveLength = true;
        } else if (name == "transfer-encoding") {
            return fail(411, QCoreApplication::translate(
                                 "helios", "Send the request body with a Content-Length."));
        } else if (name == "connection") {
            const QByteArray lower = value.toLower();
            if (lower.contains("close"))
                m_request.keepAlive = false;
            else if (lower.contains("keep-alive"))
                m_request.keepAlive = true;
        } else if (name == "expect") {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return fail(417, QCoreApplication::translate(
                                     "helios", "Only \"Expect: 100-continue\" is understood."));
            m_expectContinue = !http10;
        }
        m_request.headers.append(std::pair<QByteArray, QByteArray>(name, value));
    }
    if (!http10 && m_request.header("host").isEmpty())
        return fail(400, QCoreApplication::translate("helios", "The request has no Host header."));
    return State::NeedMore;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest out = std::move(m_request);
    m_request = HttpRequest();
    m_state = Phase::Head;
    m_bodyLength = 0;
    m_expectContinue = false;
    return out;
}

} // namespace helios::api
