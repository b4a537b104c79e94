#include "core/agents/answer_schemas.h"

#include "core/agents/answers.h"

#include <QJsonArray>

namespace helios::agents {

namespace {

QJsonObject text(int maxLength)
{
    return {{QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("maxLength"), maxLength}};
}

QJsonObject textList()
{
    return {{QStringLiteral("type"), QStringLiteral("array")},
            {QStringLiteral("items"), text(kMaxItemLength)},
            {QStringLiteral("maxItems"), kMaxListItems}};
}

QJsonObject object(const QJsonObject &properties)
{
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"), properties},
            {QStringLiteral("required"), QJsonArray::fromStringList(properties.keys())},
            {QStringLiteral("additionalProperties"), false}};
}

} // namespace

QJsonObject analysisSchema()
{
    return object({{QStringLiteral("subject"), text(kMaxItemLength)},
                   {QStringLiteral("scope"), text(kMaxScopeLength)},
                   {QStringLiteral("constraints"), textList()},
                   {QStringLiteral("success_criteria"), textList()},
                   {QStringLiteral("risks"), textList()}});
}

QJsonObject researchSchema()
{
    return object({{QStringLiteral("knowledge_areas"), textList()},
                   {QStringLiteral("resources"), textList()},
                   {QStringLiteral("milestones"), textList()}});
}

QJsonObject tasksSchema()
{
    QJsonObject task = object({{QStringLiteral("id"), text(kMaxIdLength)},
                               {QStringLiteral("title"), text(kMaxTitleLength)},
                               {QStringLiteral("description"), text(kMaxDescriptionLength)},
                               {QStringLiteral("estimate_hours"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("number")},
                                            {QStringLiteral("minimum"), kMinEstimateHours},
                                            {QStringLiteral("maximum"), kMaxEstimateHours}}},
                               {QStringLiteral("depends_on"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                            {QStringLiteral("items"), text(kMaxIdLength)}}},
                               {QStringLiteral("milestone"), text(kMaxMilestoneLength)}});
    // Optional, so not in "required": true on the one task that is the goal's event (the exam,
    // the race, the wedding), which the scheduler pins to the deadline.
    QJsonObject properties = task.value(QStringLiteral("properties")).toObject();
    properties.insert(QStringLiteral("event"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}});
    task.insert(QStringLiteral("properties"), properties);
    return object(
        {{QStringLiteral("tasks"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                               {QStringLiteral("items"), task},
                                               {QStringLiteral("minItems"), kMinTasks},
                                               {QStringLiteral("maxItems"), kMaxTasks}}}});
}

} // namespace helios::agents
