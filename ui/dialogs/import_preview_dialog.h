#pragma once

#include "core/io/imported_plan.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace helios::ui {

// What an import will create, before anything is saved: the plan's name (editable when the file
// makes one plan), its tasks by milestone with their dates, how many there are and the dates
// they span, and what to look at first (tasks the file gave no date, lines left out, a plan
// named after the file). Import saves it, Cancel forgets it (ImportExportViewModel's preview).
class ImportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ImportPreviewDialog(const QList<ImportedPlan> &plans, const QString &fileName,
                        QWidget *parent = nullptr);

    // The name the person gave the (first) plan.
    QString planName() const;
    QString summaryText() const;
    QStringList warnings() const { return m_warnings; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void fillTasks(const QList<ImportedPlan> &plans);
    void collectWarnings(const QList<ImportedPlan> &plans);

    QLineEdit *m_name = nullptr;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QLabel *m_warningLabel = nullptr;
    QStringList m_warnings;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace helios::ui
