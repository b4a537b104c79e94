#include "ui/dialogs/reschedule_overdue_dialog.h"

#include "ui/dialogs/plan_diff_view.h"
#include "ui/models/display_format.h"
#include "ui/models/plan_diff_model.h"
#include "ui/viewmodels/adapt_plan_view_model.h"
#include "ui/viewmodels/reschedule_overdue_view_model.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace helios::ui {

namespace {

using Decision = RescheduleOverdueViewModel::Decision;
using State = AdaptPlanViewModel::State;

QString stateText(const RescheduleOverdueViewModel::Entry &entry)
{
    switch (entry.decision) {
    case Decision::Accepted:
        return RescheduleOverdueDialog::tr("rescheduled as version %1")
            .arg(QLocale().toString(entry.proposal->appliedVersion()));
    case Decision::Rejected:
        return RescheduleOverdueDialog::tr("rejected, unchanged");
    case Decision::Failed:
        return RescheduleOverdueDialog::tr("failed");
    case Decision::Waiting:
        break;
    }
    switch (entry.proposal->state()) {
    case State::Proposed:
        return RescheduleOverdueDialog::tr("to review");
    case State::Applying:
        return RescheduleOverdueDialog::tr("saving…");
    case State::Idle:
    case State::Proposing:
    case State::Applied:
    case State::Failed:
        break;
    }
    return RescheduleOverdueDialog::tr("proposing…");
}

} // namespace

RescheduleOverdueDialog::RescheduleOverdueDialog(RescheduleOverdueViewModel *viewModel,
                                                 QWidget *parent)
    : QDialog(parent), m_viewModel(viewModel)
{
    m_viewModel->setParent(this);
    setObjectName(QStringLiteral("rescheduleOverdueDialog"));
    setWindowTitle(tr("Reschedule overdue tasks"));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("%n overdue task(s). Each plan's remaining work is scheduled again from today, "
           "finished tasks keep their dates. Review the changes plan by plan; nothing changes "
           "until you accept.",
           nullptr, m_viewModel->overdueTasks()));

    m_plans = new QListWidget(this);
    m_plans->setObjectName(QStringLiteral("overduePlanList"));
    m_plans->setMaximumHeight(120);
    m_diffs = new QStackedWidget(this);
    const QList<RescheduleOverdueViewModel::Entry> &entries = m_viewModel->entries();
    for (int i = 0; i < entries.size(); ++i) {
        m_plans->addItem(QString());
        m_diffs->addWidget(createPlanDiffView(entries[i].proposal->diffModel(), m_diffs));
        updateRow(i);
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1b));
    m_error->setPalette(palette);

    m_accept = new QPushButton(tr("&Accept this plan's schedule"), this);
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_accept->setDefault(true);
    m_reject = new QPushButton(tr("&Reject"), this);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reject->setToolTip(tr("Keep this plan as it is"));
    connect(m_accept, &QPushButton::clicked, this, &RescheduleOverdueDialog::acceptCurrent);
    connect(m_reject, &QPushButton::clicked, this, &RescheduleOverdueDialog::rejectCurrent);
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_accept);
    decide->addWidget(m_reject);
    decide->addStretch(1);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_plans);
    layout->addWidget(m_summary);
    layout->addWidget(m_diffs, 1);
    layout->addWidget(m_error);
    layout->addLayout(decide);
    layout->addWidget(buttons);

    connect(m_plans, &QListWidget::currentRowChanged, this,
            &RescheduleOverdueDialog::updateCurrent);
    connect(m_viewModel, &RescheduleOverdueViewModel::entryChanged, this, [this](int index) {
        updateRow(index);
        if (index == currentPlan())
            updateCurrent();
    });
    resize(760, 560);
    if (!entries.isEmpty())
        m_plans->setCurrentRow(0);
    updateCurrent();
}

int RescheduleOverdueDialog::currentPlan() const
{
    return m_plans->currentRow();
}

void RescheduleOverdueDialog::setCurrentPlan(int index)
{
    m_plans->setCurrentRow(index);
}

QString RescheduleOverdueDialog::summaryText() const
{
    return m_summary->text();
}

void RescheduleOverdueDialog::acceptCurrent()
{
    const int index = currentPlan();
    m_viewModel->accept(index);
    // The next plan is chosen when this one's save is through (entryChanged).
}

void RescheduleOverdueDialog::rejectCurrent()
{
    const int index = currentPlan();
    m_viewModel->reject(index);
    chooseNextWaiting(index);
}

void RescheduleOverdueDialog::updateRow(int index)
{
    const RescheduleOverdueViewModel::Entry &entry = m_viewModel->entries().at(index);
    QListWidgetItem *item = m_plans->item(index);
    const QString goal = shortened(entry.goal.simplified(), kMaxGoalInSentence);
    item->setText(tr("%1 — %n overdue · %2", nullptr, entry.overdue).arg(goal, stateText(entry)));
    item->setToolTip(entry.goal);
    item->setData(Qt::UserRole, entry.planId);
    if (entry.decision == Decision::Accepted && index == currentPlan())
        chooseNextWaiting(index);
}

void RescheduleOverdueDialog::chooseNextWaiting(int after)
{
    const QList<RescheduleOverdueViewModel::Entry> &entries = m_viewModel->entries();
    for (int step = 1; step <= entries.size(); ++step) {
        const int i = int((after + step) % entries.size());
        if (entries[i].decision == Decision::Waiting) {
            m_plans->setCurrentRow(i);
            return;
        }
    }
    updateCurrent();
}

void RescheduleOverdueDialog::updateCurrent()
{
    const int index = currentPlan();
    const bool valid = index >= 0 && index < m_viewModel->entries().size();
    const RescheduleOverdueViewModel::Entry *entry =
        valid ? &m_viewModel->entries().at(index) : nullptr;
    const State state = entry ? entry->proposal->state() : State::Idle;
    const bool deciding = entry && entry->decision == Decision::Waiting;
    m_accept->setEnabled(deciding && state == State::Proposed &&
                         !entry->proposal->diff().isEmpty());
    m_reject->setEnabled(deciding && state != State::Applying);
    if (entry)
        m_diffs->setCurrentIndex(index);

    QString summary;
    if (m_viewModel->isFinished())
        summary = tr("Done: %n plan(s) rescheduled.", nullptr, m_viewModel->accepted());
    else if (deciding && state == State::Proposed)
        summary = entry->proposal->diff().isEmpty()
                      ? tr("No changes: the plan already fits from today.")
                      : entry->proposal->summary();
    else if (entry)
        summary = stateText(*entry);
    m_summary->setText(summary);
    const bool failed = entry && entry->decision == Decision::Failed;
    m_error->setText(failed ? entry->proposal->errorMessage() : QString());
    m_error->setVisible(failed);
}

} // namespace helios::ui
