#pragma once

#include "ui/dialogs/file_chooser.h"

#include <QCoreApplication>

namespace helios::ui {

// FileChooser through QFileDialog: the export format is the one of the chosen filter.
class FileDialogChooser final : public FileChooser
{
    Q_DECLARE_TR_FUNCTIONS(helios::ui::FileDialogChooser)

public:
    std::optional<ExportTarget> chooseExportTarget(QWidget *parent,
                                                   const QString &suggestedName) override;
    QString chooseImportFile(QWidget *parent) override;
    QString chooseTemplateExportFile(QWidget *parent, const QString &suggestedName) override;
    QString chooseTemplateImportFile(QWidget *parent) override;
};

} // namespace helios::ui
