#pragma once

#include "core/today/agenda.h"
#include "ui/viewmodels/version_dialogs.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace helios::ui {

class AdaptPlanDialog;
class PlansViewModel;
class RescheduleOverdueDialog;
class VersionHistoryDialog;

// Plan → Adapt plan… and Version history… for the selected plan, with their shortcuts. Adds a
// Plan menu before the window's Tools menu (object name "toolsMenu") and Adapt plan to its tool
// bar ("mainToolBar"). An action stays disabled without its view-model factory and while no plan
// is shown.
class PlanVersionActions : public QObject
{
    Q_OBJECT

public:
    PlanVersionActions(PlansViewModel &plans, VersionDialogs dialogs, QMainWindow &window);

    QAction *adaptAction() const { return m_adapt; }
    QAction *historyAction() const { return m_history; }
    AdaptPlanDialog *adaptDialog() const;        // the open one, or nullptr
    VersionHistoryDialog *historyDialog() const; // the open one, or nullptr
    // Today's "Reschedule overdue tasks…": possible when plans can be re-planned.
    bool canRescheduleOverdue() const { return bool(m_dialogs.adapt); }
    RescheduleOverdueDialog *rescheduleDialog() const; // the open one, or nullptr

public Q_SLOTS:
    void openAdaptDialog();
    void openVersionHistory();
    // One re-plan per plan with overdue tasks in `agenda`, each reviewed in one dialog.
    void openRescheduleOverdue(const helios::Agenda &agenda);

private:
    void updateEnabled();
    void showStatus(const QString &message);

    PlansViewModel &m_plans;
    QMainWindow &m_window;
    VersionDialogs m_dialogs;
    QAction *m_adapt = nullptr;
    QAction *m_history = nullptr;
    QPointer<AdaptPlanDialog> m_adaptDialog;
    QPointer<VersionHistoryDialog> m_historyDialog;
    QPointer<RescheduleOverdueDialog> m_rescheduleDialog;
};

} // namespace helios::ui
