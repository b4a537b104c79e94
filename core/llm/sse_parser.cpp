#include "core/llm/sse_parser.h"

#include <QCoreApplication>
#include <cstring>

namespace helios::llm {

namespace {

constexpr char Bom[] = "\xEF\xBB\xBF";
constexpr qsizetype BomSize = 3;

bool allDigits(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

SseParser::SseParser(qsizetype maxEventBytes) : m_maxEventBytes(maxEventBytes) {}

QList<SseEvent> SseParser::feed(QByteArrayView chunk)
{
    QList<SseEvent> out;
    if (hasError() || chunk.isEmpty())
        return out;
    if (!m_started) {
        // A BOM may itself arrive split: hold the first bytes until they decide.
        m_head.append(chunk);
        const qsizetype n = std::min(m_head.size(), BomSize);
        if (std::memcmp(m_head.constData(), Bom, size_t(n)) == 0 && m_head.size() < BomSize)
            return out;
        m_started = true;
        QByteArray head = std::move(m_head);
        m_head.clear();
        QByteArrayView view(head);
        if (view.startsWith(QByteArrayView(Bom, BomSize)))
            view = view.sliced(BomSize);
        scan(view, out);
        return out;
    }
    scan(chunk, out);
    return out;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> out;
    if (!m_started && !m_head.isEmpty() && !hasError()) {
        // A stream shorter than a BOM that looked like its start: plain bytes after all.
        m_started = true;
        QByteArray head = std::move(m_head);
        m_head.clear();
        scan(head, out);
    }
    if (hasError())
        return out;
    if (!m_line.isEmpty()) {
        QByteArray line = std::move(m_line);
        m_line.clear();
        processLine(line, out);
    }
    if (!hasError())
        dispatch(out);
    m_afterCr = false;
    return out;
}

void SseParser::scan(QByteArrayView bytes, QList<SseEvent> &out)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end && !hasError()) {
        if (m_afterCr) {
            m_afterCr = false;
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        const char *q = p;
        while (q < end && *q != '\r' && *q != '\n')
            ++q;
        const QByteArrayView piece(p, q - p);
        if (!checkSize(m_line.size() + piece.size()))
            return;
        if (q == end) {
            m_line.append(piece);
            return;
        }
        if (m_line.isEmpty()) {
            processLine(piece, out);
        } else {
            m_line.append(piece);
            QByteArray line = std::move(m_line);
            m_line.clear();
            processLine(line, out);
        }
        m_afterCr = *q == '\r';
        p = q + 1;
    }
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // a comment, e.g. a keep-alive ping

    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }

    if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
        checkSize(0);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    } else if (field == "retry") {
        if (allDigits(value)) {
            bool ok = false;
            const qint64 ms = value.toLongLong(&ok);
            if (ok)
                m_retryMs = ms;
        }
    }
    // Any other field is ignored, as the spec says.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    if (m_data.isEmpty()) {
        m_eventType.clear();
        return;
    }
    m_data.chop(1); // the '\n' after the last data line
    SseEvent event;
    if (!m_eventType.isEmpty())
        event.event = QString::fromUtf8(m_eventType);
    event.data = std::move(m_data);
    event.id = m_lastEventId;
    out.append(std::move(event));
    m_data.clear();
    m_eventType.clear();
}

bool SseParser::checkSize(qsizetype pendingLine)
{
    if (m_data.size() + m_eventType.size() + pendingLine <= m_maxEventBytes)
        return true;
    m_error = QCoreApplication::translate("helios", "A server-sent event is larger than %1 bytes.")
                  .arg(m_maxEventBytes);
    m_line.clear();
    m_line.squeeze();
    m_data.clear();
    m_data.squeeze();
    m_eventType.clear();
    return false;
}

} // namespace helios::llm
