#include "ui/dialogs/task_edit_dialog.h"

#include "ui/models/display_format.h"
#include "ui/widgets/date_field.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

#include <cmath>

namespace helios::ui {

TaskEditDialog::TaskEditDialog(const Plan &plan, qint64 taskId, const QDate &today, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_taskId(taskId)
{
    setObjectName(QStringLiteral("taskEditDialog"));
    setWindowTitle(tr("Edit task"));
    const int position = positionOfTask(plan, taskId);
    if (position >= 0)
        m_task = plan.tasks.at(position);

    m_title = new QLineEdit(m_task.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(kMaxEditedTitleLength);
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 48);

    m_hours = new QDoubleSpinBox(this);
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_hours->setRange(0.25, kMaxEditedEstimateHours);
    m_hours->setDecimals(2);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(m_task.estimateHours);
    m_hours->setSuffix(tr(" h"));

    m_milestone = new QComboBox(this);
    m_milestone->setObjectName(QStringLiteral("milestoneCombo"));
    m_milestone->setEditable(true);
    m_milestone->setInsertPolicy(QComboBox::NoInsert);
    QStringList milestones;
    QSet<QString> seen;
    for (const Task &task : plan.tasks) {
        if (!task.milestone.isEmpty() && !seen.contains(task.milestone)) {
            seen.insert(task.milestone);
            milestones << task.milestone;
        }
    }
    m_milestone->addItems(milestones);
    m_milestone->setCurrentText(m_task.milestone);
    m_milestone->setToolTip(tr("Pick another milestone to move the task there, or type a new "
                               "one."));

    m_start = new DateField(today, this);
    m_start->setObjectName(QStringLiteral("startField"));
    m_start->setMinimumDate(today);
    m_shownStart = m_task.startDate.isValid() ? std::max(m_task.startDate, today) : today;
    m_start->setDate(m_shownStart);
    m_start->setEnabled(!m_task.isFinished());
    m_start->setToolTip(m_task.isFinished()
                            ? tr("A finished task keeps its dates.")
                            : tr("The task is done from this day on, or as soon after it as "
                                 "the tasks before it allow; the rest of the plan follows."));

    QStringList numbers;
    for (const int p : std::as_const(m_task.dependsOn))
        numbers << QString::number(p + 1);
    m_after = new QLineEdit(numbers.join(QStringLiteral(", ")), this);
    m_after->setObjectName(QStringLiteral("prerequisitesEdit"));
    m_after->setPlaceholderText(tr("Task numbers, like 3, 5"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1b));
    m_problem->setPalette(warning);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Estimate:"), m_hours);
    form->addRow(tr("&Milestone:"), m_milestone);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Waits for:"), m_after);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("saveButton"));
    m_ok->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (!m_ok->isEnabled())
            return;
        const TaskFieldsEdit fields = changes();
        accept();
        if (!fields.isEmpty())
            Q_EMIT changesAccepted(m_taskId, fields);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_title, &QLineEdit::textChanged, this, &TaskEditDialog::validate);
    connect(m_after, &QLineEdit::textChanged, this, &TaskEditDialog::validate);
    connect(m_start, &DateField::dateChanged, this, &TaskEditDialog::validate);
    validate();
    m_title->setFocus();
    m_title->selectAll();
}

std::optional<QList<qint64>> TaskEditDialog::prerequisites(QString *problem) const
{
    QList<qint64> ids;
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\s]+"));
    for (const QString &part : m_after->text().split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int number = part.toInt(&ok);
        if (!ok || number < 1 || number > m_plan.tasks.size()) {
            if (problem)
                *problem = tr("“%1” is not the number of a task of this plan (1 to %2).")
                               .arg(part)
                               .arg(m_plan.tasks.size());
            return std::nullopt;
        }
        const qint64 id = m_plan.tasks.at(number - 1).id;
        if (id == m_taskId) {
            if (problem)
                *problem = tr("A task cannot wait for itself.");
            return std::nullopt;
        }
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

void TaskEditDialog::validate()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty())
        problem = tr("A task needs a title.");
    else if (m_start->isEnabled() && !m_start->hasAcceptableInput())
        problem = m_start->problem();
    else
        prerequisites(&problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

QString TaskEditDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

TaskFieldsEdit TaskEditDialog::changes() const
{
    TaskFieldsEdit fields;
    const QString title = m_title->text().trimmed();
    if (title != m_task.title)
        fields.title = title;
    if (std::abs(m_hours->value() - m_task.estimateHours) > 1e-9)
        fields.estimateHours = m_hours->value();
    const QString milestone = m_milestone->currentText().trimmed();
    if (milestone != m_task.milestone)
        fields.milestone = milestone;
    // Only a day other than the one first shown is a move.
    if (m_start->isEnabled() && m_start->hasAcceptableInput() && m_start->date() != m_shownStart)
        fields.start = m_start->date();
    if (const std::optional<QList<qint64>> ids = prerequisites(nullptr)) {
        QList<qint64> before;
        for (const int p : std::as_const(m_task.dependsOn)) {
            if (p >= 0 && p < m_plan.tasks.size())
                before << m_plan.tasks.at(p).id;
        }
        QList<qint64> sortedNew = *ids;
        std::sort(before.begin(), before.end());
        std::sort(sortedNew.begin(), sortedNew.end());
        if (sortedNew != before)
            fields.dependsOn = *ids;
    }
    return fields;
}

} // namespace helios::ui
