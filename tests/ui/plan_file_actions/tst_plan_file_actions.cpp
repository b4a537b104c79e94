#include "core/jobs/plan_transfer.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/recording_error_reporter.h"
#include "ui/dialogs/file_chooser.h"
#include "ui/dialogs/import_preview_dialog.h"
#include "ui/i18n/translations.h"
#include "ui/models/display_format.h"
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
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeWidget>
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

// The preview a started import opens, once the file is read.
ImportPreviewDialog *previewOf(const Harness &h)
{
    if (!QTest::qWaitFor([&h]() { return h.actions->importPreview() != nullptr; }))
        return nullptr;
    return h.actions->importPreview();
}

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
    // English as the person reads it: "1 task", "2 tasks".
    AppTranslations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
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
        ImportPreviewDialog *preview = previewOf(h);
        QVERIFY(preview);
        QCOMPARE(preview->planName(), QStringLiteral("Garden"));
        QTest::mouseClick(preview->importButton(), Qt::LeftButton);
        QVERIFY(imported.size() == 1 || imported.wait(10000)); // it may have come within the call
        QVERIFY(QTest::qWaitFor([&h]() {
            return h.viewModel.planListModel()->rowCount() == 2 &&
                   h.viewModel.currentPlan().goal == QStringLiteral("Garden");
        }));
        QCOMPARE(h.viewModel.currentPlan().tasks.size(), 2);
    }

    void shouldPreviewWhatAChatbotsAnswerWillCreateBeforeSavingIt()
    {
        // GIVEN a chatbot's answer: an opening sentence, a list without a heading, no dates
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Rust"), m_today);
        Harness h(fixture);
        QVERIFY(h.waitForPlans(1));
        const QString path = fixture.folder() + QStringLiteral("/chatbot answer.md");
        writeFile(path, "Sure! Here is a plan for your garden:\n\n"
                        "1. **Plan the beds**\n"
                        "   - Measure the garden (1h)\n"
                        "   - Draw the beds\n"
                        "2. **Plant**\n"
                        "   - Buy seeds due 2030-03-01\n"
                        "   - Sow them\n\n"
                        "Good luck, and enjoy your garden!\n");
        h.chooser.importPath = path;

        // WHEN it is imported
        h.actions->importAction()->trigger();

        // THEN a preview says what will be created, and nothing is saved yet
        ImportPreviewDialog *preview = previewOf(h);
        QVERIFY(preview);
        QCOMPARE(preview->planName(), QStringLiteral("chatbot answer"));
        QVERIFY2(preview->summaryText().startsWith(QStringLiteral("4 tasks · 2 milestones · ")),
                 qPrintable(preview->summaryText()));
        QVERIFY2(preview->summaryText().contains(formatDate(m_today)),
                 qPrintable(preview->summaryText()));
        auto *tasks = preview->findChild<QTreeWidget *>(QStringLiteral("taskPreview"));
        QCOMPARE(tasks->topLevelItemCount(), 2);
        QCOMPARE(tasks->topLevelItem(0)->text(0), QStringLiteral("Plan the beds"));
        QCOMPARE(tasks->topLevelItem(0)->child(0)->text(0), QStringLiteral("Measure the garden"));
        const QString warnings = preview->warnings().join(QLatin1Char('\n'));
        QVERIFY2(warnings.contains(QStringLiteral("named after the file")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("3 tasks had no due date in the file")),
                 qPrintable(warnings));
        QVERIFY2(
            warnings.contains(QStringLiteral("2 lines that are not list items are left out: ")),
            qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("“Sure! Here is a plan for your garden")),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("“Good luck, and enjoy your garden!”")),
                 qPrintable(warnings));
        QCOMPARE(fixture.summaries().size(), 1);

        // WHEN the plan is named and imported
        preview->nameEdit()->setText(QStringLiteral("My garden"));
        QSignalSpy imported(&h.importExport, &ImportExportViewModel::imported);
        QTest::mouseClick(preview->importButton(), Qt::LeftButton);

        // THEN it is saved under that name with its four tasks, and shown
        QVERIFY(imported.size() == 1 || imported.wait(10000));
        QVERIFY(QTest::qWaitFor(
            [&h]() { return h.viewModel.currentPlan().goal == QStringLiteral("My garden"); }));
        QCOMPARE(h.viewModel.currentPlan().tasks.size(), 4);
        QCOMPARE(fixture.summaries().size(), 2);
    }

    void shouldSaveNothingWhenThePreviewIsCancelledOrNamedNothing()
    {
        // GIVEN the preview of a file
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Rust"), m_today);
        Harness h(fixture);
        QVERIFY(h.waitForPlans(1));
        const QString path = fixture.folder() + QStringLiteral("/garden.md");
        writeFile(path, "- Dig the beds\n- Sow the seeds\n");
        h.chooser.importPath = path;
        h.actions->importAction()->trigger();
        QPointer<ImportPreviewDialog> preview = previewOf(h);
        QVERIFY(preview);
        // WHEN the name is emptied THEN it cannot be imported
        preview->nameEdit()->clear();
        QVERIFY(!preview->importButton()->isEnabled());
        // WHEN it is cancelled THEN nothing is saved and nothing is waiting
        QSignalSpy imported(&h.importExport, &ImportExportViewModel::imported);
        QTest::mouseClick(preview->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(preview.isNull());
        QVERIFY(h.importExport.preview().isEmpty());
        QCOMPARE(imported.size(), 0);
        QCOMPARE(fixture.summaries().size(), 1);
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
        ImportPreviewDialog *preview = previewOf(h);
        QVERIFY(preview);
        QVERIFY(preview->warnings().isEmpty()); // dated, named by nothing but its one task…
        QTest::mouseClick(preview->importButton(), Qt::LeftButton);
        QVERIFY(imported.size() == 1 || imported.wait(10000)); // it may have come within the call
        QVERIFY(QTest::qWaitFor([&h]() { return h.viewModel.planListModel()->rowCount() == 1; }));
    }

    void shouldReportARefusedImportAndChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("not UTF-8") << QStringLiteral("latin1.md") << QByteArray("- caf\xE9\n")
                                   << QStringLiteral("not valid UTF-8");
        QTest::newRow("binary") << QStringLiteral("photo.md")
                                << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("binary data");
        QTest::newRow("cut iCalendar")
            << QStringLiteral("tasks.ics")
            << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nSUMMARY:Dig\r\n")
            << QStringLiteral("END:");
        QTest::newRow("nested too deep") << QStringLiteral("deep.md") << [] {
            QByteArray deep;
            for (int i = 0; i < 40; ++i)
                deep += QByteArray(qsizetype(i) * 2, ' ') + "- step\n";
            return deep;
        }() << QStringLiteral("nested more than");
        QTest::newRow("no tasks") << QStringLiteral("prose.md")
                                  << QByteArray("Sure! I can help with that.\n")
                                  << QStringLiteral("no list items");
    }

    void shouldReportARefusedImportAndChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        // GIVEN a hostile or damaged file
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Rust"), m_today);
        Harness h(fixture);
        QVERIFY(h.waitForPlans(1));
        const QString path = fixture.folder() + QLatin1Char('/') + name;
        writeFile(path, bytes);
        h.chooser.importPath = path;
        // WHEN it is imported
        QSignalSpy failed(&h.importExport, &ImportExportViewModel::failed);
        h.actions->importAction()->trigger();
        // THEN one sentence says why, no preview opens, and nothing changes
        QVERIFY(failed.size() == 1 || failed.wait(10000)); // it may have come within the call
        QCOMPARE(h.errors.messages.size(), 1);
        QCOMPARE(h.errors.titles.constFirst(), QStringLiteral("Import failed"));
        QVERIFY2(h.errors.messages.constFirst().contains(message),
                 qPrintable(h.errors.messages.constFirst()));
        QVERIFY(!h.errors.messages.constFirst().trimmed().contains(QLatin1Char('\n')));
        QVERIFY(!h.actions->importPreview());
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
