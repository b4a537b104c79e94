// libFuzzer target: SseParser and OpenAiStreamDecoder on arbitrary bytes.
// The bytes are fed whole, then split at a point and in small steps picked from their hash;
// the events must be the same either way, and nothing may crash or grow past the cap.

#include "core/llm/openai_stream_decoder.h"
#include "core/llm/sse_parser.h"
#include "tests/fuzz/fuzz_split.h"

#include <cstdint>
#include <cstdlib>

using namespace helios::llm;
using namespace helios::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Split split = Split::of(bytes);

    const QList<SseEvent> events = framesBothWays<SseParser>(bytes, split);
    for (const SseEvent &e : events) {
        if (e.data.size() > Cap)
            std::abort();
    }

    checkDecoder<OpenAiStreamDecoder>(bytes, split);
    return 0;
}
