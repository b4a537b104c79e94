#pragma once

#include "core/llm/chat.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace helios::cli {

inline constexpr auto kDefaultApiKeyVariable = "HELIOS_API_KEY";

// What the LLM flags of ask, plan and models asked for (defaults from $HELIOS_PROVIDER,
// $HELIOS_ENDPOINT and $HELIOS_MODEL). The API key is not here: it is read from the environment
// variable named by apiKeyVariable when a request is sent, and never kept.
struct LlmRequest
{
    llm::ProviderKind provider = llm::ProviderKind::Offline;
    bool providerGiven = false;        // --provider or $HELIOS_PROVIDER was given
    QUrl endpoint;                     // empty: the provider's default
    QString model;                     // empty: the first model the server lists
    std::optional<double> temperature; // --temperature
    bool noCache = false;              // --no-cache: ask the model, then store its answer
    int timeoutSeconds = 0;            // --timeout: overall deadline; 0: the default
    QString prompt;                    // ask
    QString system;                    // ask --system
    bool stream = true;                // ask --no-stream turns it off
    QString apiKeyVariable = QString::fromLatin1(kDefaultApiKeyVariable);
};

} // namespace helios::cli
