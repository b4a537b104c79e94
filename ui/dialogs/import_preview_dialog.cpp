#include "ui/dialogs/import_preview_dialog.h"

#include "core/domain/goal.h"
#include "ui/models/display_format.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace helios::ui {

namespace {

constexpr int kLinesQuoted = 3; // of the lines left out, the first few are quoted

struct Span
{
    QDate first;
    QDate last;
    int tasks = 0;
    int milestones = 0;
};

Span spanOf(const QList<ImportedPlan> &plans)
{
    Span span;
    QStringList milestones;
    for (const ImportedPlan &imported : plans) {
        for (const Task &task : imported.plan.tasks) {
            ++span.tasks;
            if (!task.milestone.isEmpty() && !milestones.contains(task.milestone))
                milestones.append(task.milestone);
            const QDate start = task.startDate.isValid() ? task.startDate : task.dueDate;
            const QDate end = task.dueDate.isValid() ? task.dueDate : task.startDate;
            if (start.isValid() && (!span.first.isValid() || start < span.first))
                span.first = start;
            if (end.isValid() && (!span.last.isValid() || end > span.last))
                span.last = end;
        }
    }
    span.milestones = int(milestones.size());
    return span;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QList<ImportedPlan> &plans, const QString &fileName,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import a plan"));
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("From %1. Nothing is saved until you choose Import.").arg(fileName));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("planNameEdit"));
    m_name->setMaxLength(kMaxGoalLength);
    m_name->setText(plans.isEmpty() ? QString() : plans.constFirst().plan.goal);
    m_name->setEnabled(plans.size() == 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Plan &name:"), m_name);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    const Span span = spanOf(plans);
    QString summary = plans.size() == 1 ? tr("%n task(s)", nullptr, span.tasks)
                                        : tr("%n plan(s)", nullptr, int(plans.size())) + tr(" · ") +
                                              tr("%n task(s)", nullptr, span.tasks);
    if (span.milestones > 0)
        summary += tr(" · ") + tr("%n milestone(s)", nullptr, span.milestones);
    if (span.first.isValid())
        summary += tr(" · ") + tr("%1 to %2").arg(formatDate(span.first), formatDate(span.last));
    m_summary->setText(summary);

    m_tasks = new QTreeWidget(this);
    m_tasks->setObjectName(QStringLiteral("taskPreview"));
    m_tasks->setHeaderLabels({tr("Task"), tr("Due")});
    m_tasks->setRootIsDecorated(true);
    m_tasks->header()->setStretchLastSection(false);
    m_tasks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tasks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    fillTasks(plans);

    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("importWarnings"));
    m_warningLabel->setTextFormat(Qt::PlainText); // quoted lines of the file stay text
    m_warningLabel->setWordWrap(true);
    QPalette palette = m_warningLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0x8a, 0x5a, 0x00));
    m_warningLabel->setPalette(palette);
    collectWarnings(plans);
    m_warningLabel->setText(m_warnings.join(QLatin1Char('\n')));
    m_warningLabel->setVisible(!m_warnings.isEmpty());
    // A name taken from the file is there to be typed over.
    if (std::any_of(plans.cbegin(), plans.cend(),
                    [](const ImportedPlan &imported) { return imported.namedAfterFile; }))
        m_name->selectAll();

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A plan needs a name.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_import->setEnabled(!m_name->isEnabled() || !text.trimmed().isEmpty());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_tasks, 1);
    layout->addWidget(m_warningLabel);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString ImportPreviewDialog::planName() const
{
    return m_name->text().simplified();
}

QString ImportPreviewDialog::summaryText() const
{
    return m_summary->text();
}

void ImportPreviewDialog::fillTasks(const QList<ImportedPlan> &plans)
{
    for (const ImportedPlan &imported : plans) {
        QTreeWidgetItem *parent = nullptr;
        if (plans.size() > 1) {
            parent = new QTreeWidgetItem(m_tasks, {imported.plan.goal});
            parent->setToolTip(0, plainToolTip(imported.plan.goal));
        }
        QString milestone;
        QTreeWidgetItem *group = parent;
        for (const Task &task : imported.plan.tasks) {
            if (task.milestone != milestone || (!group && !task.milestone.isEmpty())) {
                milestone = task.milestone;
                group = milestone.isEmpty() ? parent
                                            : (parent ? new QTreeWidgetItem(parent, {milestone})
                                                      : new QTreeWidgetItem(m_tasks, {milestone}));
                if (group && !milestone.isEmpty()) {
                    QFont bold = group->font(0);
                    bold.setBold(true);
                    group->setFont(0, bold);
                }
            }
            auto *item = group ? new QTreeWidgetItem(group) : new QTreeWidgetItem(m_tasks);
            item->setText(0, task.title);
            item->setToolTip(0, plainToolTip(task.title));
            item->setText(1, task.dueDate.isValid() ? formatDate(task.dueDate) : tr("no date"));
        }
    }
    m_tasks->expandAll();
}

void ImportPreviewDialog::collectWarnings(const QList<ImportedPlan> &plans)
{
    int undated = 0;
    int stillUndated = 0;
    QStringList skipped;
    bool namedAfterFile = false;
    for (const ImportedPlan &imported : plans) {
        undated += imported.undatedTasks;
        stillUndated += int(std::count_if(
            imported.plan.tasks.cbegin(), imported.plan.tasks.cend(),
            [](const Task &task) { return !task.isFinished() && !task.dueDate.isValid(); }));
        skipped += imported.skippedLines;
        namedAfterFile = namedAfterFile || imported.namedAfterFile;
    }
    if (namedAfterFile)
        m_warnings << tr("The file does not name the plan, so it is named after the file: "
                         "change the name above if you like.");
    if (undated > 0 && stillUndated == 0)
        m_warnings << tr("%n task(s) had no due date in the file: Helios scheduled them from "
                         "today.",
                         nullptr, undated);
    else if (stillUndated > 0)
        m_warnings << tr("%n task(s) have no dates.", nullptr, stillUndated);
    if (!skipped.isEmpty()) {
        QStringList quoted;
        for (int i = 0; i < skipped.size() && i < kLinesQuoted; ++i)
            quoted << tr("“%1”").arg(shortened(skipped.at(i), 80));
        if (skipped.size() > kLinesQuoted)
            quoted << QStringLiteral("…");
        m_warnings << tr("%n line(s) that are not list items are left out: %1", nullptr,
                         int(skipped.size()))
                          .arg(quoted.join(tr(", ")));
    }
}

} // namespace helios::ui
