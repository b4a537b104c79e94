// libFuzzer target: SseParser and OpenAiStreamDecoder on arbitrary bytes.
// The bytes are fed whole, then split at a point and in small steps picked from their hash;
// the events must be the same either way, and nothing may crash or grow past the cap.

#include "core/llm/openai_stream_decoder.h"
#include "core/llm/sse_parser.h"

#include <cstdint>
#include <cstdlib>

using namespace helios::llm;

namespace {

quint64 fnv1a(QByteArrayView bytes)
{
    quint64 hash = 14695981039346656037ULL;
    for (char c : bytes)
        hash = (hash ^ quint8(c)) * 1099511628211ULL;
    return hash;
}

constexpr qsizetype Cap = 4096; // small, so that the cap is reached too

template <typename Parser, typename Out>
Out run(Parser &parser, QByteArrayView bytes, qsizetype cut, qsizetype step)
{
    Out out;
    out += parser.feed(bytes.first(cut));
    for (qsizetype at = cut; at < bytes.size(); at += step)
        out += parser.feed(bytes.sliced(at, std::min(step, bytes.size() - at)));
    out += parser.finish();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The split comes from the bytes themselves, so corpus files are plain server output.
    const quint64 hash = fnv1a(bytes);
    const qsizetype cut = bytes.isEmpty() ? 0 : qsizetype(hash % quint64(bytes.size() + 1));
    const qsizetype step = 1 + qsizetype((hash >> 32) % 7);

    SseParser whole(Cap);
    QList<SseEvent> expected = whole.feed(bytes);
    expected += whole.finish();
    SseParser split(Cap);
    const auto events = run<SseParser, QList<SseEvent>>(split, bytes, cut, step);
    if (whole.hasError() != split.hasError() || events != expected)
        std::abort();
    for (const SseEvent &e : events) {
        if (e.data.size() > Cap)
            std::abort();
    }

    OpenAiStreamDecoder wholeDecoder(Cap);
    QList<StreamEvent> decoded = wholeDecoder.feed(bytes);
    decoded += wholeDecoder.finish();
    OpenAiStreamDecoder splitDecoder(Cap);
    const auto splitDecoded =
        run<OpenAiStreamDecoder, QList<StreamEvent>>(splitDecoder, bytes, cut, step);
    if (splitDecoded != decoded)
        std::abort();
    // The decoder always ends: done or failed, reported once, last.
    if (!wholeDecoder.isFinished() || decoded.isEmpty())
        std::abort();
    if (decoded.last().kind != StreamEvent::Kind::Done &&
        decoded.last().kind != StreamEvent::Kind::Error)
        std::abort();
    return 0;
}
