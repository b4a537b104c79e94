// libFuzzer target: SseParser and OpenAiStreamDecoder on arbitrary bytes.
// The bytes are fed whole, then split at a point and in small steps picked from their hash;
// the events must be the same either way, and nothing may crash or grow past the cap.

#include "core/llm/openai_stream_decoder.h"
#include "core/llm/sse_parser.h"
#include "tests/fuzz/fuzz_split.h"

using namespace helios::llm;
using namespace helios::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzStream<SseParser, OpenAiStreamDecoder>(
        data, size, [](const SseEvent &event) { return event.data.size() <= Cap; });
}
