// libFuzzer target: NdjsonParser and OllamaStreamDecoder on arbitrary bytes, split anywhere.

#include "core/llm/ndjson_parser.h"
#include "core/llm/ollama_stream_decoder.h"
#include "tests/fuzz/fuzz_split.h"

#include <cstdint>
#include <cstdlib>

using namespace helios::llm;
using namespace helios::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Split split = Split::of(bytes);

    const QList<QByteArray> lines = framesBothWays<NdjsonParser>(bytes, split);
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.size() > Cap || line.contains('\n'))
            std::abort();
    }

    checkDecoder<OllamaStreamDecoder>(bytes, split);
    return 0;
}
