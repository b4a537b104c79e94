#pragma once

#include "core/domain/result.h"
#include "core/llm/framed_stream_decoder.h"
#include "core/llm/sse_parser.h"

namespace helios::llm {

// Reads the OpenAI-compatible /v1/chat/completions format: the SSE stream of
// "chat.completion.chunk" objects ending with "data: [DONE]", and the plain JSON answer.
class OpenAiStreamDecoder final : public detail::FramedStreamDecoder<SseParser, SseEvent>
{
public:
    explicit OpenAiStreamDecoder(qsizetype maxEventBytes = SseParser::DefaultMaxEventBytes);

    // finish() ends the stream: an answer that never finished (no finish_reason and no [DONE]) is
    // an error.

    // The answer of a request without "stream": true; the server's own message when it is an error.
    static Result<ChatAnswer> parseAnswer(QByteArrayView body);
    // The message in an error body ({"error": {"message": ...}}), or empty when there is none.
    static QString errorMessage(QByteArrayView body);

private:
    void handle(const SseEvent &event, QList<StreamEvent> &out) override;
    // Some servers stop after the finish reason without [DONE]; that answer is complete.
    void endedEarly(QList<StreamEvent> &out) override;

    bool m_finishSeen = false;
};

} // namespace helios::llm
