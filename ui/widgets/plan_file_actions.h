#pragma once

#include "ui/dialogs/file_chooser.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMainWindow;

namespace helios::ui {

class ErrorReporter;
class FileChooser;
class ImportExportViewModel;
class ImportPreviewDialog;
class PlansViewModel;

// File → Export…, Export all plans… and Import…, Edit → Copy as Markdown, and importing a file
// dropped on the window. Adds its actions to the window's File menu (object name "fileMenu") and an
// Edit menu, and watches the window for drops; forwards intent to the view-model.
class PlanFileActions : public QObject
{
    Q_OBJECT

public:
    PlanFileActions(QMainWindow &window, PlansViewModel &plans, ImportExportViewModel &transfer,
                    FileChooser &chooser, ErrorReporter &errors);

    QAction *exportAction() const { return m_export; }
    QAction *exportAllAction() const { return m_exportAll; }
    QAction *importAction() const { return m_import; }
    QAction *copyMarkdownAction() const { return m_copyMarkdown; }
    // What the file being imported will create, open until Import or Cancel; or nullptr.
    ImportPreviewDialog *importPreview() const;

    void exportSelectedPlan();
    // Every plan but the templates, into one file (docs/FORMATS.md).
    void exportAllPlans();
    void importFile();
    void copyAsMarkdown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addToMenus();
    void updateEnabled();
    void showStatus(const QString &message);
    void startImport(const QString &path);
    void showImportPreview();
    void startExport(qint64 planId, const ExportTarget &target);

    QMainWindow &m_window;
    PlansViewModel &m_plans;
    ImportExportViewModel &m_transfer;
    FileChooser &m_chooser;
    ErrorReporter &m_errors;
    QString m_failureTitle;
    QAction *m_export = nullptr;
    QAction *m_exportAll = nullptr;
    QAction *m_import = nullptr;
    QAction *m_copyMarkdown = nullptr;
    QPointer<ImportPreviewDialog> m_preview;
};

} // namespace helios::ui
