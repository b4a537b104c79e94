#include "core/agents/agent_call.h"

#include "core/agents/json_answer.h"
#include "core/llm/token_budget.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace helios::agents {

namespace {

// What of a rejected answer is echoed in the repair round: enough to fix it, not a 10,000-task
// answer that would crowd the goal out of the context.
constexpr int kMaxEchoedAnswer = 6000;
constexpr int kErrorsInSentence = 3;

QString withoutFinalStop(QString s)
{
    while (s.endsWith(u'.') || s.endsWith(u'。'))
        s.chop(1);
    return s;
}

// The agent's role as the person reads it in an error sentence.
QString roleName(const QString &agent)
{
    if (agent == QLatin1String("analyst"))
        return QCoreApplication::translate("helios", "analyst");
    if (agent == QLatin1String("researcher"))
        return QCoreApplication::translate("helios", "researcher");
    if (agent == QLatin1String("planner"))
        return QCoreApplication::translate("helios", "planner");
    if (agent == QLatin1String("reviser"))
        return QCoreApplication::translate("helios", "reviser");
    return agent;
}

Error rejectedAfterRepair(const AgentCall &call, const QStringList &problems)
{
    QStringList first;
    for (int i = 0; i < std::min<qsizetype>(kErrorsInSentence, problems.size()); ++i)
        first << withoutFinalStop(problems[i]);
    QString sentence =
        QCoreApplication::translate("helios",
                                    "The %1's answer was rejected even after a repair round: %2")
            .arg(roleName(call.agent), first.join(QCoreApplication::translate("helios", "; ")));
    if (problems.size() > kErrorsInSentence)
        sentence += QCoreApplication::translate("helios", " (and %n more problems)", nullptr,
                                                int(problems.size() - kErrorsInSentence));
    return {Error::Kind::Validation,
            sentence +
                QCoreApplication::translate("helios", ".", "the full stop that ends a sentence")};
}

QString repairRequest(const AgentCall &call, const QStringList &problems)
{
    QString text = QStringLiteral("Your answer was rejected:\n");
    for (const QString &p : problems)
        text += QStringLiteral("- ") + p + u'\n';
    text += QStringLiteral("Answer again with the corrected JSON object only, matching this "
                           "schema:\n");
    text += QString::fromUtf8(QJsonDocument(call.schema).toJson(QJsonDocument::Compact));
    return text;
}

} // namespace

llm::ChatRequest chatRequestFor(const AgentCall &call, QList<llm::ChatMessage> messages)
{
    llm::ChatRequest r;
    r.messages = std::move(messages);
    r.temperature = call.temperature;
    r.maxTokens = call.maxTokens;
    r.contextTokens = call.contextTokens;
    r.jsonSchema = call.schema;
    r.schemaName = call.schemaName;
    r.promptVersion = call.prompt.version;
    return r;
}

QStringList answerProblems(const QString &answer, const AgentCall &call, QJsonObject *object)
{
    Result<QJsonObject> json = extractJsonObject(answer);
    if (!json)
        return {json.error().message};
    QStringList problems = call.check ? call.check(*json) : QStringList();
    if (problems.isEmpty() && object)
        *object = std::move(json).value();
    return problems;
}

QCoro::Task<Result<QJsonObject>> askAgent(QPointer<llm::LlmClient> client, AgentCall call,
                                          llm::CallOptions options, ProgressSink sink,
                                          llm::CancelToken cancel)
{
    const auto closed = [&call] {
        return Error{Error::Kind::Provider,
                     QCoreApplication::translate(
                         "helios", "The model client was closed before the %1 had answered.")
                         .arg(roleName(call.agent))};
    };
    QList<llm::ChatMessage> messages{
        {QStringLiteral("system"), llm::compactSystemPrompt(call.prompt.system)},
        {QStringLiteral("user"), call.prompt.user}};
    llm::Provider::PieceSink onPiece;
    PlanningStage stage = call.stage;
    if (sink)
        onPiece = [sink, &stage, agent = call.agent](const QString &piece) {
            sink(ProgressEvent::piece(stage, agent, piece));
        };

    QStringList problems;
    for (int round = 0; round < 2; ++round) {
        Result<QList<llm::ChatMessage>> fitted =
            llm::fitToContext(messages, call.contextTokens, call.maxTokens);
        if (!fitted)
            co_return Error{
                fitted.error().kind,
                QCoreApplication::translate("helios", "The %1's prompt does not fit: %2")
                    .arg(roleName(call.agent), fitted.error().message)};
        if (cancel.isCancelled())
            co_return Error::cancelled();
        if (!client)
            co_return closed();
        auto asking = client->chat(chatRequestFor(call, fitted.value()), options, onPiece, cancel);
        Result<llm::ChatResult> answer = co_await asking;
        if (cancel.isCancelled())
            co_return Error::cancelled();
        if (!answer)
            co_return answer.error();

        QJsonObject object;
        problems = answerProblems(answer->answer.content, call, &object);
        if (problems.isEmpty())
            co_return object;
        if (answer->answer.finishReason == QLatin1String("length"))
            problems.prepend(QStringLiteral("The answer was cut off at the token limit; "
                                            "answer more briefly."));
        if (round == 1)
            break;

        stage = PlanningStage::Repairing;
        if (sink)
            sink(ProgressEvent::stageEntered(PlanningStage::Repairing, call.agent));
        QString echoed = answer->answer.content;
        if (echoed.size() > kMaxEchoedAnswer)
            echoed = echoed.left(kMaxEchoedAnswer) + QStringLiteral("\n[... cut]");
        messages << llm::ChatMessage{QStringLiteral("assistant"), echoed}
                 << llm::ChatMessage{QStringLiteral("user"), repairRequest(call, problems)};
    }
    co_return rejectedAfterRepair(call, problems);
}

} // namespace helios::agents
