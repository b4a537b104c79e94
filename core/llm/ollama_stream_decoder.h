#pragma once

#include "core/domain/result.h"
#include "core/llm/framed_stream_decoder.h"
#include "core/llm/ndjson_parser.h"

namespace helios::llm {

// Reads Ollama's native /api/chat format: one JSON object per line, the last with "done": true,
// "done_reason" and the token counts; {"error": "..."} lines report failures.
class OllamaStreamDecoder final : public detail::FramedStreamDecoder<NdjsonParser, QByteArray>
{
public:
    explicit OllamaStreamDecoder(qsizetype maxLineBytes = NdjsonParser::DefaultMaxLineBytes);

    // finish() ends the stream: one that never said "done": true is an error.

    // The answer of a request with "stream": false. A streamed body (one object per line) is read
    // too, so an answer that streamed by default is not lost.
    static Result<ChatAnswer> parseAnswer(QByteArrayView body);
    // The message in an error body ({"error": "..."}), or empty when there is none.
    static QString errorMessage(QByteArrayView body);

private:
    void handle(const QByteArray &line, QList<StreamEvent> &out) override;
};

} // namespace helios::llm
