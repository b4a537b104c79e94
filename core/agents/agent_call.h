#pragma once

#include "core/agents/progress.h"
#include "core/agents/prompt_template.h"
#include "core/domain/result.h"
#include "core/llm/llm_client.h"

#include <QJsonObject>
#include <QPointer>

#include <qcoro/qcorotask.h>

#include <functional>

namespace helios::agents {

// One agent's question to the model, with what its answer must satisfy.
struct AgentCall
{
    QString agent; // "analyst", "researcher", "planner", "reviser": named in progress and errors
    PlanningStage stage = PlanningStage::Analysing;
    RenderedPrompt prompt;
    QJsonObject schema;
    QString schemaName;
    int maxTokens = 2048;
    int contextTokens = 8192;
    double temperature = 0.2;
    // The reasons an answer is rejected (empty: accepted), as short sentences.
    std::function<QStringList(const QJsonObject &)> check;
};

// Asks the model (the schema sent with the request, the prompt's version as promptVersion),
// streams the answer's pieces to the sink, and accepts the JSON object in the answer when check
// finds nothing wrong. Otherwise ONE repair round: the model gets its answer back with the
// reasons and the schema (progress: stage Repairing) and the second answer is checked the same
// way; if that fails too: Error::Kind::Validation, one sentence with the first reasons.
// Errors from the model server pass through (Provider, Usage when the prompt does not fit the
// context); a cancel is Error::Kind::Cancelled. The client may be destroyed meanwhile: then the
// call ends with a Provider error rather than touching it.
QCoro::Task<Result<QJsonObject>> askAgent(QPointer<llm::LlmClient> client, AgentCall call,
                                          llm::CallOptions options, ProgressSink sink,
                                          llm::CancelToken cancel);

// The request askAgent sends for these messages: the call's schema, limits and prompt version
// (part of the response cache's key, so a new prompt version never reuses old answers).
llm::ChatRequest chatRequestFor(const AgentCall &call, QList<llm::ChatMessage> messages);

// The reasons an answer's text is rejected: no/cut-off/malformed JSON, then check's reasons.
QStringList answerProblems(const QString &answer, const AgentCall &call, QJsonObject *object);

} // namespace helios::agents
