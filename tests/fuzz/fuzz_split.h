#pragma once

// What the stream fuzz targets share: the bytes are fed whole, then split at a point and in small
// steps picked from their hash; the output must be the same either way. A broken promise aborts,
// which is how libFuzzer is told.

#include "core/llm/stream_decoder.h"

#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace helios::fuzz {

constexpr qsizetype Cap = 4096; // small, so that the cap is reached too

// Where to split the bytes. It comes from the bytes themselves, so corpus files are plain server
// output.
struct Split
{
    qsizetype cut = 0;
    qsizetype step = 1;

    static Split of(QByteArrayView bytes)
    {
        quint64 hash = 14695981039346656037ULL; // FNV-1a
        for (char c : bytes)
            hash = (hash ^ quint8(c)) * 1099511628211ULL;
        Split split;
        split.cut = bytes.isEmpty() ? 0 : qsizetype(hash % quint64(bytes.size() + 1));
        split.step = 1 + qsizetype((hash >> 32) % 7);
        return split;
    }
};

// Everything parser gives for the bytes fed whole (split == nullptr) or as split says.
template <typename Parser> auto feedAll(Parser &parser, QByteArrayView bytes, const Split *split)
{
    decltype(parser.finish()) out;
    if (!split) {
        out += parser.feed(bytes);
    } else {
        out += parser.feed(bytes.first(split->cut));
        for (qsizetype at = split->cut; at < bytes.size(); at += split->step)
            out += parser.feed(bytes.sliced(at, std::min(split->step, bytes.size() - at)));
    }
    out += parser.finish();
    return out;
}

// The framing parser's frames; aborts unless splitting changes neither them nor the error.
template <typename Parser> auto framesBothWays(QByteArrayView bytes, const Split &split)
{
    Parser whole(Cap);
    const auto expected = feedAll(whole, bytes, nullptr);
    Parser pieces(Cap);
    const auto frames = feedAll(pieces, bytes, &split);
    if (whole.hasError() != pieces.hasError() || frames != expected)
        std::abort();
    return frames;
}

// Aborts unless the decoder says the same whole and split, and always ends: done or failed,
// reported once, last.
template <typename Decoder> void checkDecoder(QByteArrayView bytes, const Split &split)
{
    Decoder whole(Cap);
    const QList<llm::StreamEvent> decoded = feedAll(whole, bytes, nullptr);
    Decoder pieces(Cap);
    if (feedAll(pieces, bytes, &split) != decoded)
        std::abort();
    if (!whole.isFinished() || decoded.isEmpty())
        std::abort();
    if (decoded.last().kind != llm::StreamEvent::Kind::Done &&
        decoded.last().kind != llm::StreamEvent::Kind::Error)
        std::abort();
}

// One fuzz input for a framing parser and the decoder on top of it: frames and events must not
// depend on the split, and every frame must pass frameIsSound.
template <typename Parser, typename Decoder, typename FrameCheck>
int fuzzStream(const uint8_t *data, size_t size, FrameCheck frameIsSound)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Split split = Split::of(bytes);
    const auto frames = framesBothWays<Parser>(bytes, split);
    for (const auto &frame : frames) {
        if (!frameIsSound(frame))
            std::abort();
    }
    checkDecoder<Decoder>(bytes, split);
    return 0;
}

} // namespace helios::fuzz
