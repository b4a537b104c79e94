#include "core/llm/provider_factory.h"

#include "core/llm/ollama_provider.h"
#include "core/llm/openai_provider.h"
#include <QCoreApplication>

namespace helios::llm {

QUrl defaultEndpoint(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Ollama:
        return QUrl(QStringLiteral("http://127.0.0.1:11434"));
    case ProviderKind::OpenAi:
        return QUrl(QStringLiteral("http://127.0.0.1:8080"));
    case ProviderKind::Offline:
        break;
    }
    return {};
}

Result<std::unique_ptr<Provider>> makeProvider(ProviderConfig config,
                                               std::function<QString()> apiKey, QObject *parent)
{
    if (config.kind == ProviderKind::Offline)
        return Error::usage(QCoreApplication::translate(
            "helios", "The offline planner does not use a model server."));
    if (config.endpoint.isEmpty())
        config.endpoint = defaultEndpoint(config.kind);
    const QString scheme = config.endpoint.scheme();
    if (!config.endpoint.isValid() || config.endpoint.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return Error::usage(QCoreApplication::translate(
                                "helios", "The endpoint \"%1\" is not an http:// or https:// URL.")
                                .arg(config.endpoint.toDisplayString()));
    std::unique_ptr<Provider> provider;
    if (config.kind == ProviderKind::OpenAi)
        provider = std::make_unique<OpenAiProvider>(std::move(config), std::move(apiKey), parent);
    else
        provider = std::make_unique<OllamaProvider>(std::move(config), parent);
    return provider;
}

} // namespace helios::llm
