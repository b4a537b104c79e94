#pragma once

#include "core/domain/plan.h"
#include "core/io/imported_plan.h"
#include "core/io/plan_format.h"

#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

#include <optional>

namespace helios {
class PlanTransfer;
}

namespace helios::ui {

class PlansViewModel;

// Export and import for the window: the work runs off the GUI thread (PlanTransfer writes on the
// store workers and parses on the thread pool); the outcome comes back as signals. After an
// import the plans are reloaded and the new plan selected.
class ImportExportViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    ImportExportViewModel(PlanTransfer &transfer, PlansViewModel &plans, QObject *parent = nullptr);

    bool isBusy() const { return m_running > 0; }

    // A plan as the Markdown checklist of docs/FORMATS.md ("Copy as Markdown"). The plan is
    // already in memory, so this is bounded work.
    static QString markdownOf(const Plan &plan);

    // The plans a previewed file would make (previewFile), until imported or cancelled.
    const QList<ImportedPlan> &preview() const { return m_preview; }
    QString previewPath() const { return m_previewPath; }

public Q_SLOTS:
    // planId 0: all plans.
    void exportPlans(qint64 planId, helios::PlanFormat format, const QString &path);
    void importFile(const QString &path);
    // Reads and checks `path` without saving anything: previewReady when the plans it would
    // make are known (preview()), failed with one sentence when the file is refused.
    void previewFile(const QString &path);
    // Saves the previewed plans, the first one named `name` when that is not empty: imported.
    void importPreviewed(const QString &name = {});
    // Forgets the previewed plans; nothing is saved.
    void cancelPreview();

Q_SIGNALS:
    void busyChanged(bool busy);
    void exported(const QString &path);
    void imported(qint64 planId, int taskCount);
    void previewReady();
    void failed(const QString &message);

private:
    QCoro::Task<> runExport(std::optional<qint64> planId, PlanFormat format, QString path);
    QCoro::Task<> runImport(QString path);
    QCoro::Task<> runPreview(QString path);
    QCoro::Task<> runSave(QList<ImportedPlan> plans);
    void showImported(const QList<Plan> &plans);
    void setRunning(int delta);

    PlanTransfer &m_transfer;
    PlansViewModel &m_plans;
    int m_running = 0;
    QList<ImportedPlan> m_preview;
    QString m_previewPath;
    quint64 m_previewGeneration = 0; // drops a read that a newer preview or a cancel overtook
};

} // namespace helios::ui
