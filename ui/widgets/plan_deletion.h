#pragma once

#include <QObject>

class QAction;
class QListView;

namespace helios::ui {

class PendingPlanDeletion;
class PlansViewModel;

// Edit → Delete plan (and Delete on the plan list, and its context menu): no question; the plan
// leaves the list at once and the undo bar offers it back for a few seconds
// (PendingPlanDeletion), after which it is deleted.
class PlanDeletion : public QObject
{
    Q_OBJECT

public:
    PlanDeletion(PlansViewModel &viewModel, QListView &planView, PendingPlanDeletion &pending);

    QAction *action() const { return m_action; }
    // Deletes the selected plan, with undo.
    void deleteSelectedPlan();

private:
    void updateEnabled();

    PlansViewModel &m_viewModel;
    QListView &m_planView;
    PendingPlanDeletion &m_pending;
    QAction *m_action = nullptr;
};

} // namespace helios::ui
