// libFuzzer target: parsing of whole (non-streamed) answers and error bodies in both dialects.
// Any input gives an answer or an error with a message; nothing crashes.

#include "core/llm/ollama_stream_decoder.h"
#include "core/llm/openai_stream_decoder.h"

#include <cstdint>
#include <cstdlib>

using namespace helios::llm;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));

    const helios::Result<ChatAnswer> openAi = OpenAiStreamDecoder::parseAnswer(body);
    if (!openAi.ok() && openAi.error().message.isEmpty())
        std::abort();
    (void)OpenAiStreamDecoder::errorMessage(body);

    const helios::Result<ChatAnswer> ollama = OllamaStreamDecoder::parseAnswer(body);
    if (!ollama.ok() && ollama.error().message.isEmpty())
        std::abort();
    (void)OllamaStreamDecoder::errorMessage(body);
    return 0;
}
