#include "ui/widgets/plan_deletion.h"

#include "ui/models/display_format.h"

#include "ui/models/plan_list_model.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QAction>
#include <QIcon>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace helios::ui {

void PlanDeletion::askWithMessageBox(QWidget *parent, const QString &title, const QString &text,
                                     Answer answer)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("deletePlanBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Delete plan"), QMessageBox::DestructiveRole);
    // Our own text, not QMessageBox::Cancel's: Qt's catalogue (qt6-translations-l10n) may be
    // missing, and the Chinese window then showed an English "Cancel".
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QDialog::finished, box, [box, remove, answer = std::move(answer)]() {
        answer(box->clickedButton() == static_cast<QAbstractButton *>(remove));
    });
    box->open();
}

PlanDeletion::PlanDeletion(PlansViewModel &viewModel, QListView &planView, Confirm confirm)
    : QObject(&planView), m_viewModel(viewModel), m_planView(planView),
      m_confirm(confirm ? std::move(confirm) : Confirm(&PlanDeletion::askWithMessageBox))
{
    m_action = new QAction(tr("&Delete plan…"), this);
    m_action->setObjectName(QStringLiteral("deletePlanAction"));
    m_action->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_action->setShortcut(QKeySequence::Delete);
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
    const QModelIndex index = plans->index(row);
    const QString goal = index.data(Qt::DisplayRole).toString();
    const int tasks = m_viewModel.currentPlan().id == planId
                          ? int(m_viewModel.currentPlan().tasks.size())
                          : index.data(PlanListModel::TaskCountRole).toInt();
    const QString text =
        // A plan made since the day's backup is in no backup: promise only what is true.
        tr("Delete “%1” and its %n task(s)? Its versions go too. This cannot be undone here; "
           "a backup made while the plan existed (File → Restore from backup…) still has it.",
           nullptr, tasks)
            .arg(shortened(goal.simplified(), kMaxGoalInSentence));
    // The answer may come after the window (and this object) went: only then is the plan
    // deleted, and deletePlan ignores a plan no longer listed.
    m_confirm(m_planView.window(), tr("Delete plan"), text,
              [self = QPointer<PlanDeletion>(this), planId](bool remove) {
                  if (self && remove)
                      self->m_viewModel.deletePlan(planId);
              });
}

} // namespace helios::ui
