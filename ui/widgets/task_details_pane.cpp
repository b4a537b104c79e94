#include "ui/widgets/task_details_pane.h"

#include "ui/models/display_format.h"
#include "ui/widgets/notes_edit.h"

#include <QFormLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace helios::ui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TaskDetailsPane::TaskDetailsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("taskDetails"));

    m_placeholder = plainLabel(this);
    m_placeholder->setObjectName(QStringLiteral("taskDetailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setText(tr("Select a task to see its details and write notes."));
    m_placeholder->setEnabled(false);

    auto *details = new QWidget(this);
    m_title = plainLabel(details);
    m_title->setObjectName(QStringLiteral("taskDetailsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_status = addField(form, tr("Status:"), "taskDetailsStatus");
    m_estimate = addField(form, tr("Estimate:"), "taskDetailsEstimate");
    m_dates = addField(form, tr("Scheduled:"), "taskDetailsDates");
    m_milestone = addField(form, tr("Milestone:"), "taskDetailsMilestone");
    m_dependencies = addField(form, tr("Depends on:"), "taskDetailsDependencies");

    auto *notesLabel = new QLabel(tr("&Notes:"), details);
    m_notes = new NotesEdit(details);
    m_notes->setObjectName(QStringLiteral("taskNotes"));
    m_notes->setPlaceholderText(tr("Anything worth remembering about this task. Saved when you "
                                   "leave the field."));
    notesLabel->setBuddy(m_notes);
    connect(m_notes, &NotesEdit::editingFinished, this, &TaskDetailsPane::commitNotes);

    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(details);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    setMinimumWidth(180);
}

QLabel *TaskDetailsPane::addField(QFormLayout *form, const QString &label, const char *name)
{
    QLabel *value = plainLabel(this);
    value->setObjectName(QString::fromLatin1(name));
    form->addRow(label, value);
    return value;
}

void TaskDetailsPane::showTask(const Task &task, const QList<Task> &planTasks,
                               const QString &milestone)
{
    if (task.id != m_taskId)
        commitNotes();
    const bool sameTask = task.id == m_taskId;
    m_taskId = task.id;
    m_title->setText(task.title);
    m_status->setText(statusLabel(task.status));
    m_estimate->setText(tr("%1 h").arg(formatHours(task.estimateHours)));
    if (task.startDate.isValid() && task.dueDate.isValid())
        m_dates->setText(tr("%1 – %2").arg(formatDate(task.startDate), formatDate(task.dueDate)));
    else
        m_dates->setText(tr("Not scheduled"));
    m_milestone->setText(milestone);
    QStringList lines;
    for (int position : task.dependsOn) {
        if (position >= 0 && position < planTasks.size())
            lines << tr("%1. %2").arg(position + 1).arg(planTasks.at(position).title);
    }
    m_dependencies->setText(lines.isEmpty() ? tr("Nothing") : lines.join(QLatin1Char('\n')));

    // Keep what the person is typing; take the stored notes otherwise.
    const bool typing = sameTask && m_notes->hasFocus() && m_notes->toPlainText() != task.notes;
    m_storedNotes = task.notes;
    if (!typing && m_notes->toPlainText() != task.notes)
        m_notes->setPlainText(task.notes);
    m_pages->setCurrentIndex(1);
}

void TaskDetailsPane::showNoTask()
{
    commitNotes();
    m_taskId = 0;
    m_storedNotes.clear();
    m_notes->clear();
    m_pages->setCurrentIndex(0);
}

QString TaskDetailsPane::titleText() const
{
    return m_title->text();
}

QString TaskDetailsPane::dependenciesText() const
{
    return m_dependencies->text();
}

void TaskDetailsPane::commitNotes()
{
    if (m_taskId == 0)
        return;
    const QString notes = m_notes->toPlainText();
    if (notes == m_storedNotes)
        return;
    // Shown as stored from now on; a failed save reloads the plan.
    m_storedNotes = notes;
    Q_EMIT notesEdited(m_taskId, notes);
}

} // namespace helios::ui
