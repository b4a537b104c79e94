#include "ui/dialogs/file_dialog_chooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QList>

namespace helios::ui {

namespace {

struct Filter
{
    PlanFormat format;
    QString text;
};

QList<Filter> exportFilters()
{
    return {
        {PlanFormat::ICalendar, FileDialogChooser::tr("iCalendar tasks (*.ics)")},
        {PlanFormat::Markdown, FileDialogChooser::tr("Markdown checklist (*.md)")},
        {PlanFormat::Csv, FileDialogChooser::tr("CSV spreadsheet (*.csv)")},
        {PlanFormat::Json, FileDialogChooser::tr("Helios JSON, complete (*.json)")},
        {PlanFormat::TodoTxt, FileDialogChooser::tr("todo.txt (*.txt)")},
    };
}

} // namespace

std::optional<ExportTarget> FileDialogChooser::chooseExportTarget(QWidget *parent,
                                                                  const QString &suggestedName)
{
    const QList<Filter> filters = exportFilters();
    QStringList texts;
    for (const Filter &filter : filters)
        texts.append(filter.text);
    QString selected = texts.constFirst();
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Plan"), suggestedName,
                                                texts.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return std::nullopt;
    ExportTarget target;
    for (const Filter &filter : filters) {
        if (filter.text == selected)
            target.format = filter.format;
    }
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + planFormatSuffix(target.format);
    target.path = path;
    return target;
}

QString FileDialogChooser::chooseImportFile(QWidget *parent)
{
    return QFileDialog::getOpenFileName(
        parent, tr("Import Plan"), QString(),
        tr("Plans and task lists (*.json *.ics *.md *.markdown *.txt);;All files (*)"));
}

} // namespace helios::ui
