#pragma once

#include "core/domain/plan.h"

#include <QString>

namespace helios::ui {

// What the window says about how the offline planner understood a plan's goal, in the window's
// language: "Recognised as Wedding (wedding, guests)." for a kind of the knowledge base; for a
// goal it did not know, that only the first steps are planned and how to get a full plan (a model
// server or a template); empty for a model's plan or an imported one.
QString planKindSentence(const Plan &plan);

// The event of the plan ("Sit the IELTS on 20/03/2027."), or empty when it has none.
QString planEventSentence(const Plan &plan);

} // namespace helios::ui
