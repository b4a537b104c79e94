#pragma once

#include "core/io/plan_format.h"

#include <QString>

#include <optional>

class QWidget;

namespace helios::ui {

// A file the person chose to export to, with the format its dialog filter named.
struct ExportTarget
{
    QString path;
    PlanFormat format = PlanFormat::Json;
};

// Asks the person for files to export to and import from. An interface so that widget tests can
// answer instead of a file dialog.
class FileChooser
{
public:
    virtual ~FileChooser() = default;
    // nullopt when cancelled. `suggestedName` has no suffix; the chosen filter adds it.
    virtual std::optional<ExportTarget> chooseExportTarget(QWidget *parent,
                                                           const QString &suggestedName) = 0;
    // Empty when cancelled.
    virtual QString chooseImportFile(QWidget *parent) = 0;
    // A template file (Helios JSON) to write to, or to read; empty when cancelled.
    virtual QString chooseTemplateExportFile(QWidget *parent, const QString &suggestedName)
    {
        const std::optional<ExportTarget> target = chooseExportTarget(parent, suggestedName);
        return target ? target->path : QString();
    }
    virtual QString chooseTemplateImportFile(QWidget *parent) { return chooseImportFile(parent); }
};

} // namespace helios::ui
