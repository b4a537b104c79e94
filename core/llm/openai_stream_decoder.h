#pragma once

#include "core/domain/result.h"
#include "core/llm/sse_parser.h"
#include "core/llm/stream_decoder.h"

namespace helios::llm {

// Reads the OpenAI-compatible /v1/chat/completions format: the SSE stream of
// "chat.completion.chunk" objects ending with "data: [DONE]", and the plain JSON answer.
class OpenAiStreamDecoder final : public StreamDecoder
{
public:
    explicit OpenAiStreamDecoder(qsizetype maxEventBytes = SseParser::DefaultMaxEventBytes);

    QList<StreamEvent> feed(QByteArrayView chunk) override;
    // Ends the stream: an answer that never finished (no finish_reason and no [DONE]) is an error.
    QList<StreamEvent> finish() override;

    // The answer of a request without "stream": true; the server's own message when it is an error.
    static Result<ChatAnswer> parseAnswer(QByteArrayView body);
    // The message in an error body ({"error": {"message": ...}}), or empty when there is none.
    static QString errorMessage(QByteArrayView body);

private:
    void handle(const SseEvent &event, QList<StreamEvent> &out);

    SseParser m_sse;
    bool m_finishSeen = false;
};

} // namespace helios::llm
