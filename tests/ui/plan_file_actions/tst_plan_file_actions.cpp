#include "core/jobs/plan_transfer.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/recording_error_reporter.h"
#include "ui/dialogs/file_chooser.h"
#include "ui/i18n/translations.h"
#include "ui/models/plan_list_model.h"
#include "ui/viewmodels/import_export_view_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_file_actions.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QUrl>

using namespace helios;
using namespace helios::ui;

namespace {

// Answers the file dialogs with what the test set.
class StubChooser final : public FileChooser
{
public:
    std::optional<ExportTarget> chooseExportTarget(QWidget *, const QString &suggested) override
    {
        suggestedName = suggested;
        return exportTarget;
    }
    QString chooseImportFile(QWidget *) override { return importPath; }

    std::optional<ExportTarget> exportTarget;
    QString importPath;
    QString suggestedName;
};

struct Harness
{
    explicit Harness(test::MemoryFixture &fixture)
        : viewModel({.plans = fixture.service(), .openStorage = fixture.opener()}),
          edits({.plans = fixture.service()}, viewModel),
          window({.plans = viewModel, .edits = edits, .errors = errors}), transfer(fixture.store()),
          importExport(transfer, viewModel),
          actions(new PlanFileActions(window, viewModel, importExport, chooser, errors))
    {
        window.show();
        viewModel.start();
    }

    ~Harness()
    {
        if (!QTest::qWaitFor([this]() { return !viewModel.isBusy() && !importExport.isBusy(); }))
            QTest::qFail("The window's store calls did not finish.", __FILE__, __LINE__);
    }

    Harness(const Harness &) = delete;
    Harness &operator=(const Harness &) = delete;

    bool waitForPlans(int count)
    {
        return QTest::qWaitFor([this, count]() {
            return viewModel.planListModel()->rowCount() == count &&
                   viewModel.currentPlan().id > 0 && !viewModel.isBusy();
        });
    }

    test::RecordingErrorReporter errors;
    StubChooser chooser;
    PlansViewModel viewModel;
    TaskEditsViewModel edits;
    MainWindow window;
    PlanTransfer transfer;
    ImportExportViewModel importExport;
    PlanFileActions *actions;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestPlanFileActions : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate::currentDate();

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_plan_file_actions"));
    }

    void init() { QSettings().clear(); }

    void shouldOfferTheActionsInTheMenus()
    {
        test::MemoryFixture fixture;
        Harness h(fixture);
        QMenu *file = h.window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
        QMenu *edit = h.window.findChild<QMenu *>(QStringLiteral("editMenu"));
        QVERIFY(file && edit);
        QVERIFY(file->actions().contains(h.actions->exportAction()));
        QVERIFY(file->actions().contains(h.actions->importAction()));
        // "Export all plans…" right after the export of the selected plan
        const QList<QAction *> fileActions = file->actions();
        QCOMPARE(fileActions.indexOf(h.actions->exportAllAction()),
                 fileActions.indexOf(h.actions->exportAction()) + 1);
        QVERIFY(edit->actions().contains(h.actions->copyMarkdownAction()));
        // Nothing to export before there is a plan; importing is possible once the store is open
        QVERIFY(QTest::qWaitFor([&h]() { return h.actions->importAction()->isEnabled(); }));
        QVERIFY(!h.actions->exportAction()->isEnabled());
        QVERIFY(!h.actions->exportAllAction()->isEnabled());
        QVERIFY(!h.actions->copyMarkdownAction()->isEnabled());
        QVERIFY(h.window.acceptDrops());
        QCOMPARE(h.actions->exportAction()->text(), QStringLiteral("&Export…"));
    }

    void shouldSpeakChineseInTheMenus()
    {
        // GIVEN the Chinese translation
        AppTranslations translations;
        QVERIFY(
            translations.use(Language::Chinese, QLocale(QLocale::English, QLocale::UnitedStates)));
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("学习Python编程"), m_today);
        Harness h(fixture);
        QVERIFY(h.waitForPlans(1));
        // THEN the actions are in Chinese
        QCOMPARE(h.actions->exportAction()->text(), QStringLiteral("导出(&E)…"));
        QCOMPARE(h.actions->copyMarkdownAction()->text(), QStringLiteral("复制为 Markdown(&M)"));
        QCOMPARE(h.actions->exportAllAction()->text(), QStringLiteral("导出全部计划(&A)…"));
        // AND the open File menu is saved for a person to look at (HELIOS_TEST_ARTIFACTS)
        QMenu *file = h.window.menuBar()->findChild<QMenu *>(QStringLiteral("fileMenu"));
        file->popup(h.window.mapToGlobal(QPoint(0, 0)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        const QImage menu = file->grab().toImage();
        QVERIFY(!menu.isNull());
        const QString folder = qEnvironmentVariable("HELIOS_TEST_ARTIFACTS");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            menu.save(folder + QStringLiteral("/file-menu-zh_CN.png"));
            h.window.grab().save(folder + QStringLiteral("/window-zh_CN.png"));
        }
        file->hide();
        QVERIFY(
            translations.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void shouldExportTheSelectedPlanInTheChosenFormat()
    {
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("学习Python编程"), m_today);
        Harness h(fixture);
        QVERIFY(h.waitForPlans(1));
        QVERIFY(h.actions->exportAction()->isEnabled());
        const QString path = fixture.folder() + QStringLiteral("/plan.ics");
        h.chooser.exportTarget = ExportTarget{path, PlanFormat::ICalendar};
        QSignalSpy exported(&h.importExport, &ImportExportViewModel::exported);
        h.actions->exportAction()->trigger();
        QVERIFY(exported.size() == 1 || exported.wait(10000)); // it may have come within the call
        QCOMPARE(h.chooser.suggestedName, QStringLiteral("学习Python编程"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.count("BEGIN:VTODO") >= 8);
        QVERIFY(h.errors.messages.isEmpty());
    }

    void shouldExportAllPlansIntoOneFile()
    {
        // GIVEN two plans, the first one shown
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("学习Python编程"), m_today);
        fixture.createPlan(QStringLiteral("Learn Rust"), m_today);
        Harness h(fixture);
        QVERIFY(h.waitForPlans(2));
        QVERIFY(h.actions->exportAllAction()->isEnabled());
        // WHEN File → Export all plans… is chosen with a JSON file as the target
        const QString path = fixture.folder() + QStringLiteral("/all.json");
        h.chooser.exportTarget = ExportTarget{path, PlanFormat::Json};
        QSignalSpy exported(&h.importExport, &ImportExportViewModel::exported);
        h.actions->exportAllAction()->trigger();
        QVERIFY(exported.size() == 1 || exported.wait(10000)); // it may have come within the call
        // THEN the dialog suggested a name for all plans and the file holds both of them
        QCOMPARE(h.chooser.suggestedName, QStringLiteral("Helios plans"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("helios-plan"));
        const QJsonArray plans = root.value(QStringLiteral("plans")).toArray();
        QCOMPARE(plans.size(), 2);
        QStringList goals;
        for (const auto &plan : plans)
            goals.append(plan.toObject().value(QStringLiteral("goal")).toString());
        goals.sort();
        QCOMPARE(goals,
                 (QStringList{QStringLiteral("Learn Rust"), QStringLiteral("学习Python编程")}));
        QVERIFY(h.errors.messages.isEmpty());
    }

    void shouldNotExportAllPlansWhenTheDialogIsCancelled()
    {
        // GIVEN a plan and a file dialog that is cancelled
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Rust"), m_today);
        Harness h(fixture);
        QVERIFY(h.waitForPlans(1));
        h.chooser.exportTarget.reset();
        QSignalSpy exported(&h.importExport, &ImportExportViewModel::exported);
        QSignalSpy busy(&h.importExport, &ImportExportViewModel::busyChanged);
        // WHEN Export all plans… is chosen
        h.actions->exportAllAction()->trigger();
        // THEN nothing is started and no file appears
        QCOMPARE(busy.size(), 0);
        QCOMPARE(exported.size(), 0);
        QVERIFY(QDir(fixture.folder()).entryList({QStringLiteral("*.json")}).isEmpty());
    }

    void shouldImportAChosenFileAndSelectTheNewPlan()
    {
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Rust"), m_today);
        Harness h(fixture);
        QVERIFY(h.waitForPlans(1));
        const QString path = fixture.folder() + QStringLiteral("/answer.md");
        writeFile(path, "# Garden\n\n- Dig the beds (2h)\n- Sow the seeds\n");
        h.chooser.importPath = path;
        QSignalSpy imported(&h.importExport, &ImportExportViewModel::imported);
        h.actions->importAction()->trigger();
        QVERIFY(imported.size() == 1 || imported.wait(10000)); // it may have come within the call
        QVERIFY(QTest::qWaitFor([&h]() {
            return h.viewModel.planListModel()->rowCount() == 2 &&
                   h.viewModel.currentPlan().goal == QStringLiteral("Garden");
        }));
        QCOMPARE(h.viewModel.currentPlan().tasks.size(), 2);
    }

    void shouldImportAFileDroppedOnTheWindow()
    {
        test::MemoryFixture fixture;
        Harness h(fixture);
        QVERIFY(QTest::qWaitFor([&h]() { return h.actions->importAction()->isEnabled(); }));
        const QString path = fixture.folder() + QStringLiteral("/todo.txt");
        writeFile(path, "(A) Call the plumber +house due:2030-01-01\n");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&h.window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy imported(&h.importExport, &ImportExportViewModel::imported);
        QCoreApplication::sendEvent(&h.window, &drop);
        QVERIFY(imported.size() == 1 || imported.wait(10000)); // it may have come within the call
        QVERIFY(QTest::qWaitFor([&h]() { return h.viewModel.planListModel()->rowCount() == 1; }));
    }

    void shouldReportARefusedImportAndChangeNothing()
    {
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Rust"), m_today);
        Harness h(fixture);
        QVERIFY(h.waitForPlans(1));
        const QString path = fixture.folder() + QStringLiteral("/latin1.md");
        writeFile(path, "- caf\xE9\n");
        h.chooser.importPath = path;
        QSignalSpy failed(&h.importExport, &ImportExportViewModel::failed);
        h.actions->importAction()->trigger();
        QVERIFY(failed.size() == 1 || failed.wait(10000)); // it may have come within the call
        QCOMPARE(h.errors.messages.size(), 1);
        QCOMPARE(h.errors.titles.constFirst(), QStringLiteral("Import failed"));
        QVERIFY2(h.errors.messages.constFirst().contains(QStringLiteral("not valid UTF-8")),
                 qPrintable(h.errors.messages.constFirst()));
        QCOMPARE(fixture.summaries().size(), 1);
    }

    void shouldCopyThePlanAsMarkdown()
    {
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Rust"), m_today);
        Harness h(fixture);
        QVERIFY(h.waitForPlans(1));
        QVERIFY(h.actions->copyMarkdownAction()->isEnabled());
        h.actions->copyMarkdownAction()->trigger();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("# Learn Rust\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("- [ ] ")));
    }
};

HELIOS_TEST_GUI_MAIN(TestPlanFileActions)
#include "tst_plan_file_actions.moc"
