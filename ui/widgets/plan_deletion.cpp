#include "ui/widgets/plan_deletion.h"

#include "ui/models/plan_list_model.h"
#include "ui/viewmodels/pending_plan_deletion.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QAction>
#include <QIcon>
#include <QListView>

namespace helios::ui {

PlanDeletion::PlanDeletion(PlansViewModel &viewModel, QListView &planView,
                           PendingPlanDeletion &pending)
    : QObject(&planView), m_viewModel(viewModel), m_planView(planView), m_pending(pending)
{
    m_action = new QAction(tr("&Delete plan"), this);
    m_action->setObjectName(QStringLiteral("deletePlanAction"));
    // Where Delete deletes a plan, as Help → Keyboard shortcuts says it.
    m_planView.setProperty("shortcutArea", tr("In the plan list"));
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_action->setShortcut(QKeySequence::Delete);
    m_action->setToolTip(tr("Delete the selected plan; Undo brings it back for a few seconds"));
    // Delete deletes a plan only where plans are listed; elsewhere the key keeps its own meaning.
    m_action->setShortcutContext(Qt::WidgetShortcut);
    m_planView.addAction(m_action);
    m_planView.setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_action, &QAction::triggered, this, &PlanDeletion::deleteSelectedPlan);
    connect(&m_viewModel, &PlansViewModel::selectedPlanIdChanged, this,
            &PlanDeletion::updateEnabled);
    connect(&m_viewModel, &PlansViewModel::stateChanged, this, &PlanDeletion::updateEnabled);
    updateEnabled();
}

void PlanDeletion::updateEnabled()
{
    m_action->setEnabled(m_viewModel.state() == PlansViewModel::State::Ready &&
                         m_viewModel.selectedPlanId() != 0);
}

void PlanDeletion::deleteSelectedPlan()
{
    const qint64 planId = m_viewModel.selectedPlanId();
    const PlanListModel *plans = m_viewModel.planListModel();
    const int row = plans->rowOfPlan(planId);
    if (planId == 0 || row < 0)
        return;
    m_pending.deletePlan(planId, plans->index(row).data(Qt::DisplayRole).toString());
}

} // namespace helios::ui
