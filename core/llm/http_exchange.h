#pragma once

// The exchange shapes both providers share (internal to core/llm): a chat call whose 2xx body
// streams through a format decoder, and a short GET probe (models, health). Only the paths, the
// body and the format's decoder differ between OpenAI-compatible servers and Ollama.

#include "core/llm/http_deadline.h"
#include "core/llm/stream_decoder.h"

#include <QLatin1String>
#include <QPointer>

namespace helios::llm::detail {

// The sentence for a call whose provider was destroyed while it waited.
Error closedError();

// The limits of a probe: short, since nothing is generated.
HttpLimits probeLimits();

// What one chat exchange said through a decoder: its events applied to state, pieces to onPiece.
struct ChatStream
{
    StreamDecoder &decoder;
    StreamState state;
    std::function<void(const QString &)> onPiece;

    // The consumer for runHttp: the 2xx body chunk by chunk when streaming, none otherwise.
    std::function<bool(QByteArrayView)> consumer(bool stream);
    // Fills info from the outcome and whether the answer's content began.
    void record(AttemptInfo *info, const HttpOutcome &out) const;
    // The answer of a streamed exchange that succeeded: the decoder's end applied first.
    Result<ChatAnswer> streamedAnswer(const HttpOutcome &out, const HttpLimits &limits);
    // The error of an exchange that failed: the stream's own error, else the error body's.
    Error failure(const HttpOutcome &out, const HttpLimits &limits) const;
};

// GETs request with probeLimits(): the body of a 2xx answer, or the error sentence; closedError()
// when owner was destroyed meanwhile (the caller must then not touch it).
QCoro::Task<Result<QByteArray>> probe(QPointer<QObject> owner, QNetworkAccessManager *nam,
                                      QNetworkRequest request);

// The names in a list of models: body.<listKey>[].<nameKey>, empty names skipped.
Result<QStringList> modelNamesIn(const QByteArray &body, QLatin1String listKey,
                                 QLatin1String nameKey);

} // namespace helios::llm::detail
