#pragma once

#include "core/llm/network_pool.h"
#include "core/llm/provider.h"
#include "core/log/secret_scrubber.h"

#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace helios::llm {

// Any OpenAI-compatible server: POST /v1/chat/completions (JSON or SSE), GET /v1/models.
class OpenAiProvider final : public Provider
{
public:
    // How a JSON schema is asked for; the first level the server accepts is remembered.
    enum class SchemaMode { JsonSchema, JsonObject, Instructions };

    // apiKey is asked for on every request and never stored, logged or put in an error.
    OpenAiProvider(ProviderConfig config, std::function<QString()> apiKey = {},
                   QObject *parent = nullptr);

    QCoro::Task<Result<ChatAnswer>> chat(const ChatRequest &request, const CallOptions &options,
                                         PieceSink onPiece, CancelToken cancel,
                                         AttemptInfo *info = nullptr) override;
    QCoro::Task<Result<QStringList>> models() override;
    QCoro::Task<Result<QString>> health() override;

    SchemaMode schemaMode() const { return m_schemaMode; }

    // The request body for one mode (exposed for tests).
    QByteArray chatBody(const ChatRequest &request, bool stream, SchemaMode mode) const;

private:
    QNetworkRequest request(const QString &path) const;
    // Built from the key in use for one call (and remembered for the log's redaction).
    log::SecretScrubber scrubber() const;

    NetworkPool m_network; // its managers are children of this
    std::function<QString()> m_apiKey;
    SchemaMode m_schemaMode = SchemaMode::JsonSchema;
};

} // namespace helios::llm
