#include "ui/dialogs/new_goal_dialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace helios::ui {

NewGoalDialog::NewGoalDialog(const QDate &today, QWidget *parent) : QDialog(parent), m_today(today)
{
    setWindowTitle(tr("New goal"));

    auto *prompt = new QLabel(tr("What do you want to achieve?"), this);
    QFont promptFont = prompt->font();
    promptFont.setBold(true);
    prompt->setFont(promptFont);

    m_goalEdit = new QPlainTextEdit(this);
    m_goalEdit->setObjectName(QStringLiteral("goalEdit"));
    m_goalEdit->setTabChangesFocus(true);
    m_goalEdit->setPlaceholderText(tr("For example: Learn Python programming in three months\n"
                                      "例如：三个月内学会Python编程"));
    m_goalEdit->setMinimumHeight(96);
    prompt->setBuddy(m_goalEdit);

    m_deadlineCheck = new QCheckBox(tr("Deadline:"), this);
    m_deadlineCheck->setObjectName(QStringLiteral("deadlineCheck"));
    m_deadlineEdit = new QDateEdit(this);
    m_deadlineEdit->setObjectName(QStringLiteral("deadlineEdit"));
    m_deadlineEdit->setCalendarPopup(true);
    m_deadlineEdit->setMinimumDate(today);
    m_deadlineEdit->setDate(today.addMonths(3));
    m_deadlineEdit->setEnabled(false);
    connect(m_deadlineCheck, &QCheckBox::toggled, m_deadlineEdit, &QWidget::setEnabled);

    m_hoursSpin = new QDoubleSpinBox(this);
    m_hoursSpin->setObjectName(QStringLiteral("hoursSpin"));
    m_hoursSpin->setRange(0.5, kMaxHoursPerWeek);
    m_hoursSpin->setDecimals(1);
    m_hoursSpin->setSingleStep(0.5);
    m_hoursSpin->setValue(10.0);
    m_hoursSpin->setSuffix(tr(" h"));

    auto *form = new QFormLayout;
    form->addRow(m_deadlineCheck, m_deadlineEdit);
    form->addRow(tr("Hours per week:"), m_hoursSpin);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1b));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    m_busyRow = new QWidget(this);
    m_busyRow->setObjectName(QStringLiteral("busyIndicator"));
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    auto *spinner = new QProgressBar(m_busyRow);
    spinner->setRange(0, 0);
    spinner->setTextVisible(false);
    spinner->setMaximumHeight(8);
    busyLayout->addWidget(new QLabel(tr("Planning…"), m_busyRow));
    busyLayout->addWidget(spinner, 1);
    m_busyRow->hide();

    m_buttons = new QDialogButtonBox(this);
    m_createButton = m_buttons->addButton(tr("Create plan"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewGoalDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_goalEdit, 1);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_buttons);

    resize(520, 340);
    m_goalEdit->setFocus();
}

Goal NewGoalDialog::goal() const
{
    Goal goal;
    goal.text = m_goalEdit->toPlainText();
    goal.deadline = m_deadlineCheck->isChecked() ? m_deadlineEdit->date() : QDate();
    goal.hoursPerWeek = m_hoursSpin->value();
    goal.today = m_today;
    return goal;
}

QString NewGoalDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void NewGoalDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_goalEdit), static_cast<QWidget *>(m_deadlineCheck),
                       static_cast<QWidget *>(m_hoursSpin), static_cast<QWidget *>(m_createButton)})
        w->setEnabled(!busy);
    m_deadlineEdit->setEnabled(!busy && m_deadlineCheck->isChecked());
    m_busyRow->setVisible(busy);
    if (busy)
        m_errorLabel->hide();
    Q_EMIT busyChanged(busy);
}

void NewGoalDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_goalEdit->setFocus();
}

void NewGoalDialog::submit()
{
    if (m_busy)
        return;
    Q_EMIT goalSubmitted(goal());
}

} // namespace helios::ui
