#include "ui/viewmodels/version_dialogs.h"

#include "ui/viewmodels/version_history_view_model.h"

namespace helios::ui {

VersionDialogs versionDialogs(VersionService &versions, PlansViewModel &plans,
                              AdaptPlanViewModel::TeamProvider team)
{
    return {
        .adapt = [&versions, &plans,
                  team =
                      std::move(team)]() { return new AdaptPlanViewModel(versions, plans, team); },
        .history = [&versions, &plans]() { return new VersionHistoryViewModel(versions, plans); }};
}

} // namespace helios::ui
