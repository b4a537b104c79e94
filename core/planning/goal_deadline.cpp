#include "core/planning/goal_deadline.h"

#include "core/planning/goal_text.h"

namespace helios {

std::optional<QDate> deadlineInGoal(const QString &goal, QDate today)
{
    return planning::deadlineInText(planning::normaliseGoal(goal), today);
}

std::optional<double> hoursPerWeekInGoal(const QString &goal)
{
    return planning::hoursPerWeekInText(planning::normaliseGoal(goal));
}

} // namespace helios
