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

VersionDialogs versionDialogs(VersionService &versions, PlansViewModel &plans,
                              AdaptPlanViewModel::TeamProvider team, ReplanSync sync)
{
    VersionDialogs dialogs = versionDialogs(versions, plans, std::move(team));
    dialogs.adapt = [adapt = std::move(dialogs.adapt), sync]() {
        AdaptPlanViewModel *viewModel = adapt();
        viewModel->setSync(sync.mergeFirst, sync.changed);
        return viewModel;
    };
    dialogs.history = [history = std::move(dialogs.history), sync]() {
        VersionHistoryViewModel *viewModel = history();
        viewModel->setSync(sync.mergeFirst, sync.changed);
        return viewModel;
    };
    return dialogs;
}

} // namespace helios::ui
