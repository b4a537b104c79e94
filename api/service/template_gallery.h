#pragma once

// The template gallery GET /api/v1/public-plans serves: the kinds of plan the offline planner
// knows (built in) followed by the person's own templates.

#include "core/domain/plan.h"

#include <QJsonObject>
#include <QList>

namespace helios::api {

// One kind of plan the offline planner knows, from its templates (resources/planner).
struct BuiltInKind
{
    QString id; // "learning/programming"
    int englishTasks = 0;
    int chineseTasks = 0;
    double englishHours = 0; // base estimate before scaling to the time available
    QStringList milestones;  // English
};

// The built-in kinds, read once from the planner's compiled-in templates. When the planner's
// knowledge base (issue 9, core/planning/planner_catalogue.h) is in main, its catalogue replaces
// this reading of the template file.
const QList<BuiltInKind> &builtInKinds();

QJsonObject builtInKindToJson(const BuiltInKind &kind);
QJsonObject templateToJson(const PlanSummary &summary);

} // namespace helios::api
