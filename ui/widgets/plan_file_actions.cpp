#include "ui/widgets/plan_file_actions.h"

#include "ui/dialogs/error_reporter.h"
#include "ui/dialogs/file_chooser.h"
#include "ui/dialogs/import_preview_dialog.h"
#include "ui/viewmodels/import_export_view_model.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QAction>
#include <QClipboard>
#include <QDropEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>

namespace helios::ui {

namespace {

constexpr int kStatusTimeoutMs = 5000;

// The one local file a drag carries, or nothing.
QString droppedFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

PlanFileActions::PlanFileActions(QMainWindow &window, PlansViewModel &plans,
                                 ImportExportViewModel &transfer, FileChooser &chooser,
                                 ErrorReporter &errors)
    : QObject(&window), m_window(window), m_plans(plans), m_transfer(transfer), m_chooser(chooser),
      m_errors(errors)
{
    m_export = new QAction(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    m_export->setStatusTip(tr("Save the selected plan as iCalendar, Markdown, CSV, JSON or "
                              "todo.txt"));
    connect(m_export, &QAction::triggered, this, &PlanFileActions::exportSelectedPlan);

    m_exportAll = new QAction(tr("Export &all plans…"), this);
    m_exportAll->setObjectName(QStringLiteral("exportAllAction"));
    m_exportAll->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    m_exportAll->setStatusTip(tr("Save every plan in one file; Helios JSON keeps their "
                                 "versions too"));
    connect(m_exportAll, &QAction::triggered, this, &PlanFileActions::exportAllPlans);

    m_import = new QAction(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    m_import->setStatusTip(tr("Make a new plan from a JSON, iCalendar, Markdown or todo.txt "
                              "file"));
    connect(m_import, &QAction::triggered, this, &PlanFileActions::importFile);

    m_copyMarkdown = new QAction(tr("Copy as &Markdown"), this);
    m_copyMarkdown->setObjectName(QStringLiteral("copyMarkdownAction"));
    m_copyMarkdown->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    connect(m_copyMarkdown, &QAction::triggered, this, &PlanFileActions::copyAsMarkdown);

    addToMenus();
    m_window.setAcceptDrops(true);
    m_window.installEventFilter(this);

    connect(&m_plans, &PlansViewModel::currentPlanChanged, this, &PlanFileActions::updateEnabled);
    connect(&m_plans, &PlansViewModel::stateChanged, this, &PlanFileActions::updateEnabled);
    connect(&m_transfer, &ImportExportViewModel::busyChanged, this,
            &PlanFileActions::updateEnabled);
    connect(&m_transfer, &ImportExportViewModel::exported, this, [this](const QString &path) {
        showStatus(tr("Exported to %1.").arg(QFileInfo(path).fileName()));
    });
    connect(&m_transfer, &ImportExportViewModel::imported, this, [this](qint64, int tasks) {
        showStatus(tr("Imported a plan of %n task(s).", nullptr, tasks));
    });
    connect(&m_transfer, &ImportExportViewModel::previewReady, this,
            &PlanFileActions::showImportPreview);
    connect(&m_transfer, &ImportExportViewModel::failed, this, [this](const QString &message) {
        m_errors.reportError(&m_window, m_failureTitle, message);
    });
    updateEnabled();
}

void PlanFileActions::startImport(const QString &path)
{
    // The title of the error box says which of the two failed (the last one started).
    m_failureTitle = tr("Import failed");
    // What it would create is shown first; nothing is saved before Import.
    if (m_preview)
        m_preview->reject();
    m_transfer.previewFile(path);
}

ImportPreviewDialog *PlanFileActions::importPreview() const
{
    return m_preview;
}

void PlanFileActions::showImportPreview()
{
    auto *dialog = new ImportPreviewDialog(
        m_transfer.preview(), QFileInfo(m_transfer.previewPath()).fileName(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog]() { m_transfer.importPreviewed(dialog->planName()); });
    connect(dialog, &QDialog::rejected, &m_transfer, &ImportExportViewModel::cancelPreview);
    m_preview = dialog;
    dialog->open();
}

void PlanFileActions::startExport(qint64 planId, const ExportTarget &target)
{
    m_failureTitle = tr("Export failed");
    m_transfer.exportPlans(planId, target.format, target.path);
}

void PlanFileActions::addToMenus()
{
    QMenuBar *bar = m_window.menuBar();
    if (QMenu *file = bar->findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        // Before the separator that precedes Quit.
        const QList<QAction *> actions = file->actions();
        QAction *before = actions.size() >= 2 ? actions.at(actions.size() - 2) : nullptr;
        file->insertActions(before, {m_import, m_export, m_exportAll});
    }
    // The window's Edit menu (undo, redo, ...) when it has one.
    if (QMenu *edit = m_window.findChild<QMenu *>(QStringLiteral("editMenu"))) {
        edit->addSeparator();
        edit->addAction(m_copyMarkdown);
        return;
    }
    auto *edit = new QMenu(tr("&Edit"), bar);
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_copyMarkdown);
    QMenu *help = bar->findChild<QMenu *>(QStringLiteral("helpMenu"));
    bar->insertMenu(help ? help->menuAction() : nullptr, edit);
}

void PlanFileActions::updateEnabled()
{
    const bool ready = m_plans.state() == PlansViewModel::State::Ready && !m_transfer.isBusy();
    const bool planShown = m_plans.currentPlan().id > 0;
    m_export->setEnabled(ready && planShown);
    // A shown plan means the list has one; templates alone would export an empty file.
    m_exportAll->setEnabled(ready && planShown);
    m_import->setEnabled(ready);
    m_copyMarkdown->setEnabled(planShown);
}

void PlanFileActions::showStatus(const QString &message)
{
    m_window.statusBar()->showMessage(message, kStatusTimeoutMs);
}

void PlanFileActions::exportSelectedPlan()
{
    const Plan &plan = m_plans.currentPlan();
    if (plan.id <= 0)
        return;
    QString name = plan.goal.simplified();
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const std::optional<ExportTarget> target =
        m_chooser.chooseExportTarget(&m_window, name.left(60));
    if (target)
        startExport(plan.id, *target);
}

void PlanFileActions::exportAllPlans()
{
    if (m_plans.currentPlan().id <= 0)
        return;
    const std::optional<ExportTarget> target =
        m_chooser.chooseExportTarget(&m_window, tr("Helios plans"));
    if (target)
        startExport(0, *target);
}

void PlanFileActions::importFile()
{
    const QString path = m_chooser.chooseImportFile(&m_window);
    if (!path.isEmpty())
        startImport(path);
}

void PlanFileActions::copyAsMarkdown()
{
    const Plan &plan = m_plans.currentPlan();
    if (plan.id <= 0)
        return;
    QGuiApplication::clipboard()->setText(ImportExportViewModel::markdownOf(plan));
    showStatus(tr("Copied the plan as Markdown."));
}

bool PlanFileActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!droppedFile(drag->mimeData()).isEmpty() && m_import->isEnabled()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == &m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = droppedFile(drop->mimeData());
        if (!path.isEmpty() && m_import->isEnabled()) {
            drop->acceptProposedAction();
            startImport(path);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace helios::ui
