#pragma once

#include "api/http/http_limits.h"
#include "api/http/http_message.h"

#include <QByteArray>
#include <QString>

namespace helios::api {

// Reads HTTP/1.1 requests from the bytes of one connection, in pieces of any size, within
// HttpLimits: a head over maxHeaderBytes is refused with 431 as soon as it is that long, a
// Content-Length over maxBodyBytes with 413 before the body is read. Chunked request bodies are
// refused (411): every client of a JSON API sends a length.
class HttpRequestParser
{
public:
    enum class State {
        NeedMore, // nothing complete yet
        Complete, // take() returns the request; the rest of the buffer is the next one
        Failed,   // errorStatus() and errorSentence() say why; the connection must close
    };

    explicit HttpRequestParser(const HttpLimits &limits);

    // Consumes what it can from buffer (from the front).
    State feed(QByteArray &buffer);
    HttpRequest take();
    // True once the head of the current request is read and it asked "Expect: 100-continue".
    bool wantsContinue() const { return m_expectContinue && m_state == Phase::Body; }
    void continueSent() { m_expectContinue = false; }
    // True while part of a request has been read.
    bool inRequest() const { return m_state != Phase::Head || m_headBytes > 0; }
    int errorStatus() const { return m_errorStatus; }
    const QString &errorSentence() const { return m_errorSentence; }

private:
    enum class Phase { Head, Body, Done };

    State fail(int status, QString sentence);
    State parseHead(QByteArrayView head);

    const HttpLimits &m_limits;
    Phase m_state = Phase::Head;
    qsizetype m_headBytes = 0; // of the current head seen so far
    qsizetype m_bodyLength = 0;
    bool m_expectContinue = false;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QString m_errorSentence;
};

} // namespace helios::api
