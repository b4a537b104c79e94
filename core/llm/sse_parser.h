#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace helios::llm {

// One dispatched Server-Sent Event. data holds the UTF-8 bytes of the data lines joined with '\n'.
struct SseEvent
{
    QString event = QStringLiteral("message");
    QByteArray data;
    QString id; // the last event id at the time of dispatch, as the spec says

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

// Incremental text/event-stream parser after the WHATWG HTML spec ("Parsing an event stream").
// Chunks may be split anywhere, also inside a UTF-8 sequence or between CR and LF.
//
// One deliberate difference from the spec: finish() dispatches an event whose blank line never
// came, because servers end with "data: [DONE]" and close without one.
class SseParser
{
public:
    static constexpr qsizetype DefaultMaxEventBytes = 8 * 1024 * 1024;

    explicit SseParser(qsizetype maxEventBytes = DefaultMaxEventBytes);

    QList<SseEvent> feed(QByteArrayView chunk);
    QList<SseEvent> finish();

    // An event grew past the cap (its data so far plus the line being read); the parser then
    // ignores all further input.
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // The last valid "retry:" field, in milliseconds.
    std::optional<qint64> retryMs() const { return m_retryMs; }

private:
    void scan(QByteArrayView bytes, QList<SseEvent> &out);
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    bool checkSize(qsizetype pendingLine);

    qsizetype m_maxEventBytes;
    QByteArray m_head; // the first bytes, held until we know whether they are a BOM
    bool m_started = false;
    bool m_afterCr = false;
    QByteArray m_line;
    QByteArray m_data;
    QByteArray m_eventType;
    QString m_lastEventId;
    std::optional<qint64> m_retryMs;
    QString m_error;
};

} // namespace helios::llm
