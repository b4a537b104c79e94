#pragma once

// Well-formed answers of the planning team's agents, for scripting the test LLM server: what
// an analyst, a researcher and a planner are expected to reply (see resources/prompts and
// core/agents/answer_schemas). Shared by the agent tests, the GUI tests and the benchmarks.

#include "tests/support/scripted_reply.h"
#include "tests/support/test_llm_server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace helios::test::answers {

// Text each agent's system prompt starts with, to route scripted replies to the right agent.
inline const QByteArray kAnalyst = "You are the analyst";
inline const QByteArray kResearcher = "You are the researcher";
inline const QByteArray kPlanner = "You are the planner";
inline const QByteArray kReviser = "You are the reviser";

inline QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QString analysisJson()
{
    return json(
        {{QStringLiteral("subject"), QStringLiteral("Python")},
         {QStringLiteral("scope"), QStringLiteral("The language basics and small scripts.")},
         {QStringLiteral("constraints"), QJsonArray{QStringLiteral("5 hours a week")}},
         {QStringLiteral("success_criteria"),
          QJsonArray{QStringLiteral("Writes a 100-line script alone")}},
         {QStringLiteral("risks"), QJsonArray{QStringLiteral("Losing the habit")}}});
}

inline QString researchJson()
{
    return json({{QStringLiteral("knowledge_areas"),
                  QJsonArray{QStringLiteral("Syntax"), QStringLiteral("Standard library")}},
                 {QStringLiteral("resources"), QJsonArray{QStringLiteral("docs.python.org")}},
                 {QStringLiteral("milestones"),
                  QJsonArray{QStringLiteral("Basics"), QStringLiteral("Projects")}}});
}

inline QJsonObject task(const QString &id, const QString &title, double hours = 2,
                        QJsonArray dependsOn = {},
                        const QString &milestone = QStringLiteral("Basics"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), QStringLiteral("Do it well.")},
            {QStringLiteral("estimate_hours"), hours},
            {QStringLiteral("depends_on"), dependsOn},
            {QStringLiteral("milestone"), milestone}};
}

inline QString tasksJson(const QJsonArray &tasks)
{
    return json({{QStringLiteral("tasks"), tasks}});
}

// Three tasks in a chain: Install Python (2 h) → Learn the syntax (4 h) → Write a script (3 h).
inline QString plannerJson()
{
    return tasksJson(
        {task(QStringLiteral("t1"), QStringLiteral("Install Python")),
         task(QStringLiteral("t2"), QStringLiteral("Learn the syntax"), 4, {QStringLiteral("t1")}),
         task(QStringLiteral("t3"), QStringLiteral("Write a script"), 3, {QStringLiteral("t2")})});
}

inline ScriptedReply reply(const QByteArray &marker, const QString &content, int delayMs = 0)
{
    ScriptedReply r;
    r.bodyContains = marker;
    r.content = content;
    r.delayMs = delayMs;
    return r;
}

// The answers of one whole generation: analyst, researcher, then planner.
inline void enqueueGeneration(TestLlmServer &server, const QString &planner = plannerJson(),
                              int delayMs = 0)
{
    server.enqueue(reply(kAnalyst, analysisJson(), delayMs));
    server.enqueue(reply(kResearcher, researchJson(), delayMs));
    server.enqueue(reply(kPlanner, planner, delayMs));
}

} // namespace helios::test::answers
