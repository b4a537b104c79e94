#include "ui/dialogs/reschedule_overdue_dialog.h"

#include "ui/dialogs/plan_diff_view.h"
#include "ui/models/display_format.h"
#include "ui/viewmodels/overdue_reschedule_view_model.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace helios::ui {

RescheduleOverdueDialog::RescheduleOverdueDialog(OverdueRescheduleViewModel *viewModel,
                                                 QWidget *parent)
    : QDialog(parent), m_viewModel(viewModel)
{
    m_viewModel->setParent(this);
    setObjectName(QStringLiteral("rescheduleOverdueDialog"));
    setWindowTitle(tr("Reschedule overdue tasks"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("rescheduleHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("rescheduleSummary"));
    m_summary->setWordWrap(true);
    m_diffView = createPlanDiffView(viewModel->diffModel(), this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rescheduleError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1b));
    m_error->setPalette(errorPalette);

    auto *buttons = new QDialogButtonBox(this);
    m_acceptButton = buttons->addButton(tr("Accept"), QDialogButtonBox::AcceptRole);
    m_acceptButton->setObjectName(QStringLiteral("rescheduleAccept"));
    m_skipButton = buttons->addButton(tr("Keep as it is"), QDialogButtonBox::ActionRole);
    m_skipButton->setObjectName(QStringLiteral("rescheduleSkip"));
    m_retryButton = buttons->addButton(tr("Try again"), QDialogButtonBox::ActionRole);
    m_retryButton->setObjectName(QStringLiteral("rescheduleRetry"));
    m_closeButton = buttons->addButton(tr("Stop"), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("rescheduleClose"));
    // Accept saves and moves on; only Stop (or Close at the end) closes the dialog.
    disconnect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_acceptButton, &QPushButton::clicked, viewModel,
            &OverdueRescheduleViewModel::accept);
    connect(m_skipButton, &QPushButton::clicked, viewModel, &OverdueRescheduleViewModel::skip);
    connect(m_retryButton, &QPushButton::clicked, viewModel, &OverdueRescheduleViewModel::retry);
    connect(buttons, &QDialogButtonBox::rejected, this, &RescheduleOverdueDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_diffView, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(viewModel, &OverdueRescheduleViewModel::stateChanged, this,
            &RescheduleOverdueDialog::updateState);
    connect(viewModel, &OverdueRescheduleViewModel::proposalChanged, this,
            &RescheduleOverdueDialog::updateState);
    resize(860, 520);
    updateState();
}

QString RescheduleOverdueDialog::headingText() const
{
    return m_heading->text();
}

QString RescheduleOverdueDialog::summaryText() const
{
    return m_summary->text();
}

void RescheduleOverdueDialog::reject()
{
    m_viewModel->cancel();
    QDialog::reject();
}

void RescheduleOverdueDialog::updateState()
{
    using State = OverdueRescheduleViewModel::State;
    const OverdueRescheduleViewModel &vm = *m_viewModel;
    const State state = vm.state();
    const QString goal = shortened(vm.currentPlan().goal.simplified(), kMaxGoalInSentence);
    const QString position = tr("Plan %1 of %2").arg(vm.position() + 1).arg(vm.planCount());
    switch (state) {
    case State::Idle:
    case State::Proposing:
        m_heading->setText(tr("%1: re-planning from today…").arg(position));
        m_summary->clear();
        break;
    case State::Reviewing:
    case State::Applying:
        m_heading->setText(tr("%1: %2").arg(position, goal));
        m_summary->setText(vm.summary());
        break;
    case State::Failed:
        m_heading->setText(tr("%1: %2").arg(position, goal));
        m_summary->clear();
        break;
    case State::Finished:
        m_heading->setText(tr("Done: %n plan(s) rescheduled", "", vm.acceptedCount()));
        m_summary->setText(vm.skippedCount() == 0
                               ? QString()
                               : tr("%n plan(s) kept as they were.", "", vm.skippedCount()));
        break;
    }
    m_error->setText(state == State::Failed ? vm.errorMessage() : QString());
    m_error->setVisible(state == State::Failed);
    m_diffView->setVisible(state == State::Reviewing || state == State::Applying);
    m_acceptButton->setVisible(state != State::Finished && state != State::Failed);
    m_acceptButton->setEnabled(state == State::Reviewing);
    m_skipButton->setVisible(state != State::Finished);
    m_skipButton->setEnabled(state == State::Reviewing || state == State::Failed);
    m_retryButton->setVisible(state == State::Failed);
    m_closeButton->setText(state == State::Finished ? tr("Close") : tr("Stop"));
    if (state == State::Reviewing)
        m_acceptButton->setDefault(true);
}

} // namespace helios::ui
