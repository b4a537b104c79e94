#pragma once

#include "core/domain/plan.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The offline planner's kinds as a catalogue, for the template gallery and for showing why a goal
// was recognised as what ("Recognised as Wedding (wedding, guests)"). A view of the knowledge base
// in resources/planner/*.json (docs/PLANNER_KNOWLEDGE.md); it does not change at run time.
namespace helios {

struct CatalogueText
{
    QString en;
    QString zh;
    // The text in `language` ("zh" or anything else for English).
    const QString &in(QStringView language) const { return language == u"zh" ? zh : en; }
};

struct PlannerKind
{
    QString id;               // "events/wedding": what Plan::kind holds for its plans
    QString family;           // "events": the gallery's category
    CatalogueText familyName; // "Events and trips" / "活动与出行"
    CatalogueText name;       // "Wedding" / "婚礼"
    CatalogueText sample;     // a goal as a person would type it, in each language
    bool event = false;       // the plan ends in a dated event pinned to the deadline
};

// Every kind, families in file-name order and kinds in their file's order. Cheap after the first
// call (the knowledge base is read once per process).
QList<PlannerKind> plannerKinds();

// One kind by id; none for "generic", "llm" or an unknown id.
std::optional<PlannerKind> plannerKind(const QString &id);

// Reads the built-in knowledge base on a pool thread (it is read once, on first use, ~30–40 ms for
// 131 kinds): the window calls it at start so that the first plan it shows, whose header names the
// plan's kind, does not read it on the GUI thread.
void preloadPlannerKinds();

// The kind's sample goal in `language` planned offline as that kind and scheduled from `today`
// at `hoursPerWeek`, without a deadline (an event kind gets its default date): the gallery's
// preview and the start of "Use this template". None for an unknown kind.
std::optional<Plan> draftSamplePlan(const QString &kindId, const QString &language, QDate today,
                                    double hoursPerWeek = 8.0);

} // namespace helios
