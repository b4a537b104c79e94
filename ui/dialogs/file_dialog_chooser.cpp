#include "ui/dialogs/file_dialog_chooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QList>
#include <QStandardPaths>

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

// Where the next file dialog opens: the folder of the last file chosen in this run, else the
// person's Documents folder (never the working directory, which for a desktop launch is / or ~).
QString &lastFolder()
{
    static QString folder;
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return folder;
}

void remember(const QString &chosenFile)
{
    if (!chosenFile.isEmpty())
        lastFolder() = QFileInfo(chosenFile).absolutePath();
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
    const QString start = QFileInfo(suggestedName).isAbsolute()
                              ? suggestedName
                              : QDir(lastFolder()).filePath(suggestedName);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export plan"), start,
                                                texts.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return std::nullopt;
    remember(path);
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
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import plan"), lastFolder(),
        tr("Plans and task lists (*.json *.ics *.md *.markdown *.txt);;All files (*)"));
    remember(path);
    return path;
}

QString FileDialogChooser::chooseTemplateExportFile(QWidget *parent, const QString &suggestedName)
{
    const QString start = QDir(lastFolder()).filePath(suggestedName + QStringLiteral(".json"));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export template"), start,
                                                tr("Helios template (*.json)"));
    if (path.isEmpty())
        return {};
    remember(path);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return path;
}

QString FileDialogChooser::chooseTemplateImportFile(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import template"), lastFolder(), tr("Helios template (*.json);;All files (*)"));
    remember(path);
    return path;
}

} // namespace helios::ui
