#pragma once

#include "core/domain/result.h"
#include "core/llm/provider.h"

#include <functional>
#include <memory>

namespace helios::llm {

// Default endpoints when none is configured: Ollama's and llama.cpp server's usual ports.
QUrl defaultEndpoint(ProviderKind kind);

// The provider for config (openai or ollama). apiKey is asked for on every request and never
// stored; Ollama does not use one. An error sentence when config names no model server
// (offline) or its endpoint is not an http(s) URL.
Result<std::unique_ptr<Provider>> makeProvider(ProviderConfig config,
                                               std::function<QString()> apiKey = {},
                                               QObject *parent = nullptr);

} // namespace helios::llm
