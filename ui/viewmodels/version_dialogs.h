#pragma once

#include "ui/viewmodels/adapt_plan_view_model.h"

#include <functional>

namespace helios {
class VersionService;
}

namespace helios::ui {

class PlansViewModel;
class VersionHistoryViewModel;

// The view-models behind Plan → Adapt plan… and Version history…, made fresh each time a dialog
// opens (the dialog takes ownership). The window holds these factories, never VersionService
// itself; an empty factory leaves its action disabled.
struct VersionDialogs
{
    std::function<AdaptPlanViewModel *()> adapt;
    std::function<VersionHistoryViewModel *()> history;
};

// Both factories over `versions` for the plans of `plans`; team: the model's planning team for
// "Revise with the model", when one is configured. versions and plans must outlive the factories.
VersionDialogs versionDialogs(VersionService &versions, PlansViewModel &plans,
                              AdaptPlanViewModel::TeamProvider team = {});

// What a re-plan or a restore of a synced plan does with the server (AdaptPlanViewModel::setSync,
// VersionHistoryViewModel::setSync).
struct ReplanSync
{
    AdaptPlanViewModel::MergeFirst mergeFirst;
    std::function<void(qint64 planId)> changed;
};
// The same, a re-plan or a restore merging the server's edits first.
VersionDialogs versionDialogs(VersionService &versions, PlansViewModel &plans,
                              AdaptPlanViewModel::TeamProvider team, ReplanSync sync);

} // namespace helios::ui
