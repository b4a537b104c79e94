#include "core/agents/progress.h"

namespace helios::agents {

QString toString(PlanningStage stage)
{
    switch (stage) {
    case PlanningStage::Analysing:
        return QStringLiteral("analysing");
    case PlanningStage::Researching:
        return QStringLiteral("researching");
    case PlanningStage::Planning:
        return QStringLiteral("planning");
    case PlanningStage::Scheduling:
        return QStringLiteral("scheduling");
    case PlanningStage::Repairing:
        return QStringLiteral("repairing");
    }
    return {};
}

} // namespace helios::agents
