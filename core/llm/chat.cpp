#include "core/llm/chat.h"

namespace helios::llm {

QString toString(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Offline:
        return QStringLiteral("offline");
    case ProviderKind::OpenAi:
        return QStringLiteral("openai");
    case ProviderKind::Ollama:
        return QStringLiteral("ollama");
    }
    return QStringLiteral("offline");
}

std::optional<ProviderKind> providerKindFromString(QStringView text)
{
    for (auto kind : {ProviderKind::Offline, ProviderKind::OpenAi, ProviderKind::Ollama}) {
        if (text == toString(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace helios::llm
