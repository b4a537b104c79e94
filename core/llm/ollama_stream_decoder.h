#pragma once

#include "core/domain/result.h"
#include "core/llm/ndjson_parser.h"
#include "core/llm/stream_decoder.h"

namespace helios::llm {

// Reads Ollama's native /api/chat format: one JSON object per line, the last with "done": true,
// "done_reason" and the token counts; {"error": "..."} lines report failures.
class OllamaStreamDecoder final : public StreamDecoder
{
public:
    explicit OllamaStreamDecoder(qsizetype maxLineBytes = NdjsonParser::DefaultMaxLineBytes);

    QList<StreamEvent> feed(QByteArrayView chunk) override;
    // Ends the stream: one that never said "done": true is an error.
    QList<StreamEvent> finish() override;

    // The answer of a request with "stream": false. A streamed body (one object per line) is read
    // too, so an answer that streamed by default is not lost.
    static Result<ChatAnswer> parseAnswer(QByteArrayView body);
    // The message in an error body ({"error": "..."}), or empty when there is none.
    static QString errorMessage(QByteArrayView body);

private:
    void handle(const QByteArray &line, QList<StreamEvent> &out);

    NdjsonParser m_lines;
};

} // namespace helios::llm
