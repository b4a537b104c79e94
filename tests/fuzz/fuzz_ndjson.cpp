// libFuzzer target: NdjsonParser and OllamaStreamDecoder on arbitrary bytes, split anywhere.

#include "core/llm/ndjson_parser.h"
#include "core/llm/ollama_stream_decoder.h"
#include "tests/fuzz/fuzz_split.h"

using namespace helios::llm;
using namespace helios::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzStream<NdjsonParser, OllamaStreamDecoder>(data, size, [](const QByteArray &line) {
        return !line.isEmpty() && line.size() <= Cap && !line.contains('\n');
    });
}
