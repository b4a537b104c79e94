// libFuzzer target: NdjsonParser and OllamaStreamDecoder on arbitrary bytes, split anywhere.

#include "core/llm/ndjson_parser.h"
#include "core/llm/ollama_stream_decoder.h"

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

constexpr qsizetype Cap = 4096;

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

    NdjsonParser whole(Cap);
    QList<QByteArray> expected = whole.feed(bytes);
    expected += whole.finish();
    NdjsonParser split(Cap);
    const auto lines = run<NdjsonParser, QList<QByteArray>>(split, bytes, cut, step);
    if (whole.hasError() != split.hasError() || lines != expected)
        std::abort();
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.size() > Cap || line.contains('\n'))
            std::abort();
    }

    OllamaStreamDecoder wholeDecoder(Cap);
    QList<StreamEvent> decoded = wholeDecoder.feed(bytes);
    decoded += wholeDecoder.finish();
    OllamaStreamDecoder splitDecoder(Cap);
    const auto splitDecoded =
        run<OllamaStreamDecoder, QList<StreamEvent>>(splitDecoder, bytes, cut, step);
    if (splitDecoded != decoded)
        std::abort();
    if (!wholeDecoder.isFinished() || decoded.isEmpty())
        std::abort();
    if (decoded.last().kind != StreamEvent::Kind::Done &&
        decoded.last().kind != StreamEvent::Kind::Error)
        std::abort();
    return 0;
}
