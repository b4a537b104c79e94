#include "ui/dialogs/adapt_plan_dialog.h"

#include "ui/models/display_format.h"

#include "core/domain/goal.h"
#include "ui/dialogs/plan_diff_view.h"
#include "ui/models/plan_diff_model.h"
#include "ui/viewmodels/adapt_plan_view_model.h"
#include "ui/widgets/date_field.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace helios::ui {

namespace {

constexpr int kStreamLines = 400; // the streamed text is for watching, not for keeping

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1b));
    label->setPalette(palette);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

AdaptPlanDialog::AdaptPlanDialog(AdaptPlanViewModel &viewModel, const Plan &plan,
                                 const QDate &today, QWidget *parent)
    : QDialog(parent), m_viewModel(viewModel), m_plan(plan)
{
    m_plan.tasks.clear();
    setObjectName(QStringLiteral("adaptPlanDialog"));
    setWindowTitle(tr("Adapt plan"));

    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText); // goals from a model or an import stay text
    intro->setText(tr("Helios proposes a new version of “%1”: the remaining work is scheduled "
                      "again from today, finished tasks keep their dates. Nothing changes until "
                      "you accept.")
                       .arg(shortened(plan.goal.simplified(), kMaxGoalInSentence)));
    intro->setWordWrap(true);
    QFormLayout *form = createOptions(plan, today);
    QHBoxLayout *actions = createActions();
    createBusyRow();

    m_streamView = new QPlainTextEdit(this);
    m_streamView->setObjectName(QStringLiteral("streamView"));
    m_streamView->setReadOnly(true);
    m_streamView->setMaximumBlockCount(kStreamLines);
    m_streamView->setMaximumHeight(90);
    m_streamView->hide();

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);

    m_diffView = createPlanDiffView(viewModel.diffModel(), this);

    m_errorLabel = errorLabel(this);
    QDialogButtonBox *buttons = createButtons();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_streamView);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_diffView, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connectViewModel();
    resize(720, 520);
    updateState();
}

QFormLayout *AdaptPlanDialog::createOptions(const Plan &plan, const QDate &today)
{
    m_deadlineCheck = new QCheckBox(tr("New deadline:"), this);
    m_deadlineCheck->setObjectName(QStringLiteral("deadlineCheck"));
    m_deadlineEdit = new DateField(today, this);
    m_deadlineEdit->setObjectName(QStringLiteral("deadlineEdit"));
    m_deadlineEdit->setMinimumDate(today);
    m_deadlineEdit->setDate(plan.deadline.isValid() ? plan.deadline : today.addMonths(1));
    m_deadlineEdit->setEnabled(false);
    connect(m_deadlineCheck, &QCheckBox::toggled, m_deadlineEdit, &QWidget::setEnabled);
    connect(m_deadlineCheck, &QCheckBox::toggled, this, &AdaptPlanDialog::updateState);
    connect(m_deadlineEdit, &DateField::acceptableInputChanged, this,
            &AdaptPlanDialog::updateState);

    m_hoursSpin = new QDoubleSpinBox(this);
    m_hoursSpin->setObjectName(QStringLiteral("hoursSpin"));
    m_hoursSpin->setRange(0.5, kMaxHoursPerWeek);
    m_hoursSpin->setDecimals(1);
    m_hoursSpin->setSingleStep(0.5);
    m_hoursSpin->setValue(plan.hoursPerWeek);
    m_hoursSpin->setSuffix(tr(" h"));

    auto *form = new QFormLayout;
    form->addRow(m_deadlineCheck, m_deadlineEdit);
    form->addRow(tr("Hours per week:"), m_hoursSpin);
    return form;
}

QHBoxLayout *AdaptPlanDialog::createActions()
{
    m_proposeButton = new QPushButton(tr("&Propose"), this);
    m_proposeButton->setObjectName(QStringLiteral("proposeButton"));
    m_proposeButton->setToolTip(tr("Schedule the remaining tasks again from today"));
    m_proposeButton->setDefault(true);
    connect(m_proposeButton, &QPushButton::clicked, this, &AdaptPlanDialog::propose);
    m_reviseButton = new QPushButton(tr("Revise with the &model"), this);
    m_reviseButton->setObjectName(QStringLiteral("reviseButton"));
    m_reviseButton->setToolTip(m_viewModel.canReviseWithModel()
                                   ? tr("Let the model split, add, drop and re-estimate the "
                                        "remaining tasks")
                                   : tr("Choose a model provider in Settings to use this"));
    connect(m_reviseButton, &QPushButton::clicked, this, &AdaptPlanDialog::reviseWithModel);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_proposeButton);
    actions->addWidget(m_reviseButton);
    actions->addStretch(1);
    return actions;
}

void AdaptPlanDialog::createBusyRow()
{
    m_busyRow = new QWidget(this);
    m_busyRow->setObjectName(QStringLiteral("busyIndicator"));
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel(m_busyRow);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    auto *spinner = new QProgressBar(m_busyRow);
    spinner->setRange(0, 0);
    spinner->setTextVisible(false);
    spinner->setMaximumHeight(8);
    m_cancelButton = new QPushButton(tr("Cancel"), m_busyRow);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, &m_viewModel, &AdaptPlanViewModel::cancel);
    busyLayout->addWidget(m_progressLabel);
    busyLayout->addWidget(spinner, 1);
    busyLayout->addWidget(m_cancelButton);
    m_busyRow->hide();
}

QDialogButtonBox *AdaptPlanDialog::createButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    m_acceptButton = buttons->addButton(tr("&Accept"), QDialogButtonBox::AcceptRole);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_rejectButton = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    connect(m_acceptButton, &QPushButton::clicked, this, &AdaptPlanDialog::acceptProposal);
    connect(m_rejectButton, &QPushButton::clicked, this, &AdaptPlanDialog::reject);
    return buttons;
}

void AdaptPlanDialog::connectViewModel()
{
    connect(&m_viewModel, &AdaptPlanViewModel::stateChanged, this, &AdaptPlanDialog::updateState);
    connect(&m_viewModel, &AdaptPlanViewModel::proposalChanged, this,
            &AdaptPlanDialog::updateState);
    connect(&m_viewModel, &AdaptPlanViewModel::progressChanged, m_progressLabel,
            [this](const QString &stage) {
                if (!stage.isEmpty())
                    m_progressLabel->setText(stage);
            });
    connect(&m_viewModel, &AdaptPlanViewModel::textStreamed, this,
            &AdaptPlanDialog::appendStreamed);
    connect(&m_viewModel, &AdaptPlanViewModel::applied, this, &QDialog::accept);
}

std::optional<QDate> AdaptPlanDialog::newDeadline() const
{
    if (!m_deadlineCheck->isChecked() || m_deadlineEdit->date() == m_plan.deadline)
        return std::nullopt;
    return m_deadlineEdit->date();
}

std::optional<double> AdaptPlanDialog::newHoursPerWeek() const
{
    if (qFuzzyCompare(m_hoursSpin->value(), m_plan.hoursPerWeek))
        return std::nullopt;
    return m_hoursSpin->value();
}

QString AdaptPlanDialog::summaryText() const
{
    return m_summaryLabel->text();
}

QString AdaptPlanDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

QString AdaptPlanDialog::progressText() const
{
    return m_busyRow->isHidden() ? QString() : m_progressLabel->text();
}

void AdaptPlanDialog::propose()
{
    m_progressLabel->setText(tr("Scheduling the remaining tasks…"));
    m_viewModel.propose(newDeadline(), newHoursPerWeek());
}

void AdaptPlanDialog::reviseWithModel()
{
    m_streamView->clear();
    m_progressLabel->setText(tr("Asking the model…"));
    m_viewModel.reviseWithModel(newDeadline(), newHoursPerWeek());
}

void AdaptPlanDialog::reject()
{
    // Closing drops the proposal and stops any work in progress; nothing is saved.
    if (m_viewModel.state() == AdaptPlanViewModel::State::Proposing)
        m_viewModel.cancel();
    else
        m_viewModel.reject();
    QDialog::reject();
}

void AdaptPlanDialog::appendStreamed(const QString &piece)
{
    m_streamView->show();
    QScrollBar *bar = m_streamView->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    m_streamView->moveCursor(QTextCursor::End);
    m_streamView->insertPlainText(piece);
    if (atEnd)
        bar->setValue(bar->maximum());
}

void AdaptPlanDialog::updateState()
{
    using State = AdaptPlanViewModel::State;
    const State state = m_viewModel.state();
    const bool busy = m_viewModel.isBusy();
    for (QWidget *w : {static_cast<QWidget *>(m_deadlineCheck), static_cast<QWidget *>(m_hoursSpin),
                       static_cast<QWidget *>(m_proposeButton)})
        w->setEnabled(!busy);
    m_deadlineEdit->setEnabled(!busy && m_deadlineCheck->isChecked());
    // A deadline that is not a date is said under it; nothing is proposed with it.
    const bool deadlineOk = !m_deadlineCheck->isChecked() || m_deadlineEdit->hasAcceptableInput();
    m_proposeButton->setEnabled(!busy && deadlineOk);
    m_reviseButton->setEnabled(!busy && deadlineOk && m_viewModel.canReviseWithModel());
    m_busyRow->setVisible(busy);
    m_cancelButton->setVisible(state == State::Proposing);
    if (state == State::Applying)
        m_progressLabel->setText(tr("Saving the new version…"));
    m_streamView->setVisible(state == State::Proposing && !m_streamView->document()->isEmpty());

    const bool proposed = state == State::Proposed;
    m_acceptButton->setEnabled(proposed && !m_viewModel.diff().isEmpty());
    m_rejectButton->setText(proposed ? tr("&Reject") : tr("Close"));
    if (proposed) {
        m_summaryLabel->setText(m_viewModel.diff().isEmpty()
                                    ? tr("No changes: the plan already fits from today.")
                                    : m_viewModel.summary());
    } else if (state == State::Idle) {
        m_summaryLabel->setText(tr("Choose Propose to see what would change."));
    } else if (state == State::Proposing) {
        m_summaryLabel->clear();
    }
    m_summaryLabel->setVisible(!m_summaryLabel->text().isEmpty());
    if (state == State::Failed) {
        m_errorLabel->setText(m_viewModel.errorMessage());
        m_errorLabel->show();
    } else if (busy) {
        m_errorLabel->hide();
    }
}

void AdaptPlanDialog::acceptProposal()
{
    if (!m_viewModel.removesMostOfTheWork()) {
        m_viewModel.accept();
        return;
    }
    // Most of the work gone in one click is asked about first (without blocking the window).
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove most of the plan?"),
        tr("This proposal removes %1 of the %2 tasks still to do. Accept it anyway?")
            .arg(m_viewModel.removedRemainingTasks())
            .arg(m_viewModel.remainingTasks()),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRemovalBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("Earlier versions of the plan stay in Version history, where "
                               "they can be restored."));
    QPushButton *anyway = box->addButton(tr("Accept anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("acceptAnywayButton"));
    QPushButton *review = box->addButton(tr("Keep reviewing"), QMessageBox::RejectRole);
    review->setObjectName(QStringLiteral("keepReviewingButton"));
    box->setDefaultButton(review);
    connect(anyway, &QPushButton::clicked, &m_viewModel, &AdaptPlanViewModel::accept);
    box->open();
}

} // namespace helios::ui
