#pragma once

#include "core/llm/network_pool.h"
#include "core/llm/provider.h"

class QNetworkAccessManager;

namespace helios::llm {

// Ollama's native API: POST /api/chat (JSON or NDJSON), GET /api/tags, GET /api/version.
class OllamaProvider final : public Provider
{
public:
    explicit OllamaProvider(ProviderConfig config, QObject *parent = nullptr);

    QCoro::Task<Result<ChatAnswer>> chat(const ChatRequest &request, const CallOptions &options,
                                         PieceSink onPiece, CancelToken cancel,
                                         AttemptInfo *info = nullptr) override;
    QCoro::Task<Result<QStringList>> models() override;
    QCoro::Task<Result<QString>> health() override;

    QByteArray chatBody(const ChatRequest &request, bool stream) const;

private:
    NetworkPool m_network; // its managers are children of this
};

} // namespace helios::llm
