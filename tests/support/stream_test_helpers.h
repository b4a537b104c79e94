#pragma once

// Helpers the stream parser and decoder tests share: a readable form of decoded events, and
// feeding bytes split at given cuts, so that "split anywhere, same result" is easy to assert.

#include "core/llm/stream_decoder.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace helios::test {

// One event per line ("content:...", "usage:p/c/t", "done", ...), so that a failed comparison
// reads well.
inline QString describe(const QList<llm::StreamEvent> &events)
{
    using Kind = llm::StreamEvent::Kind;
    QStringList lines;
    for (const llm::StreamEvent &e : events) {
        switch (e.kind) {
        case Kind::Content:
            lines << QStringLiteral("content:") + e.text;
            break;
        case Kind::Finished:
            lines << QStringLiteral("finished:") + e.text;
            break;
        case Kind::Usage:
            lines << QStringLiteral("usage:%1/%2/%3")
                         .arg(e.usage.promptTokens)
                         .arg(e.usage.completionTokens)
                         .arg(e.usage.totalTokens);
            break;
        case Kind::Done:
            lines << QStringLiteral("done");
            break;
        case Kind::Error:
            lines << QStringLiteral("error:") + e.text;
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// Everything parser (a framing parser or a decoder) gives for bytes fed in pieces cut at cuts
// (ascending), then finish().
template <typename Parser>
auto runInPieces(Parser &parser, const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    decltype(parser.finish()) out;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        out += parser.feed(QByteArrayView(bytes).sliced(from, cut - from));
        from = cut;
    }
    out += parser.feed(QByteArrayView(bytes).sliced(from));
    out += parser.finish();
    return out;
}

// Random ascending cuts inside size, 1 to 12 bytes apart.
inline QList<qsizetype> randomCuts(QRandomGenerator &random, qsizetype size)
{
    QList<qsizetype> cuts;
    qsizetype at = 0;
    while (true) {
        at += 1 + qsizetype(random.bounded(12));
        if (at >= size)
            return cuts;
        cuts << at;
    }
}

} // namespace helios::test
