#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace helios::llm {

// Incremental newline-delimited JSON framing: gives back each complete line, without its line
// end (LF or CRLF), skipping blank lines. The JSON itself is left to the caller. Chunks may be
// split anywhere; finish() gives the last line when the body does not end with a newline.
class NdjsonParser
{
public:
    static constexpr qsizetype DefaultMaxLineBytes = 8 * 1024 * 1024;

    explicit NdjsonParser(qsizetype maxLineBytes = DefaultMaxLineBytes);

    QList<QByteArray> feed(QByteArrayView chunk);
    QList<QByteArray> finish();

    // A line grew past the cap; the parser then ignores all further input.
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    void emitLine(QByteArrayView line, QList<QByteArray> &out);

    qsizetype m_maxLineBytes;
    QByteArray m_line;
    QString m_error;
};

} // namespace helios::llm
