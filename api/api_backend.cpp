#include "api/api_backend.h"

#include "core/agents/offline_planning_team.h"

#include <QCoreApplication>

namespace helios::api {

Result<ApiTeam> offlineTeamOnly(const QString &planner)
{
    if (planner == QLatin1String("offline"))
        return ApiTeam{std::make_shared<agents::OfflinePlanningTeam>(), QStringLiteral("offline"),
                       QString()};
    return Error::usage(QCoreApplication::translate(
        "helios", "No model server is set up for the local API; use \"planner\": \"offline\"."));
}

} // namespace helios::api
