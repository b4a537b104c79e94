#include "core/llm/ndjson_parser.h"
#include <QCoreApplication>

namespace helios::llm {

namespace {

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

} // namespace

NdjsonParser::NdjsonParser(qsizetype maxLineBytes) : m_maxLineBytes(maxLineBytes) {}

QList<QByteArray> NdjsonParser::feed(QByteArrayView chunk)
{
    QList<QByteArray> out;
    while (!chunk.isEmpty() && !hasError()) {
        const qsizetype newline = chunk.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? chunk : chunk.first(newline);
        if (m_line.size() + piece.size() > m_maxLineBytes) {
            m_error = QCoreApplication::translate("helios", "A JSON line is larger than %1 bytes.")
                          .arg(m_maxLineBytes);
            m_line.clear();
            m_line.squeeze();
            break;
        }
        if (newline < 0) {
            m_line.append(piece);
            break;
        }
        if (m_line.isEmpty()) {
            emitLine(piece, out);
        } else {
            m_line.append(piece);
            emitLine(m_line, out);
            m_line.clear();
        }
        chunk = chunk.sliced(newline + 1);
    }
    return out;
}

QList<QByteArray> NdjsonParser::finish()
{
    QList<QByteArray> out;
    if (!hasError() && !m_line.isEmpty())
        emitLine(m_line, out);
    m_line.clear();
    return out;
}

void NdjsonParser::emitLine(QByteArrayView line, QList<QByteArray> &out)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (!isBlank(line))
        out.append(line.toByteArray());
}

} // namespace helios::llm
