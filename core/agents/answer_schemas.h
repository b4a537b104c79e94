#pragma once

#include <QJsonObject>

namespace helios::agents {

// The JSON schemas sent with each agent's request (ChatRequest::jsonSchema), in the form strict
// structured-output modes accept: every property required, no others. The bounds are those of
// answers.h; validation (answer_validation.h) checks them again, because many local models
// ignore a schema or only get JSON mode.
QJsonObject analysisSchema();
QJsonObject researchSchema();
QJsonObject tasksSchema(); // the planner's and the reviser's answer

} // namespace helios::agents
