#include "core/jobs/template_gallery.h"
#include "core/jobs/version_service.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/screenshots/screenshot_files.h"
#include "tests/ui/window_harness.h"
#include "ui/charts/burndown_chart_view.h"
#include "ui/dialogs/adapt_plan_dialog.h"
#include "ui/dialogs/file_chooser.h"
#include "ui/dialogs/new_goal_dialog.h"
#include "ui/dialogs/template_gallery_dialog.h"
#include "ui/dialogs/version_history_dialog.h"
#include "ui/i18n/translations.h"
#include "ui/models/task_table_model.h"
#include "ui/models/version_list_model.h"
#include "ui/viewmodels/adapt_plan_view_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/template_gallery_view_model.h"
#include "ui/viewmodels/version_history_view_model.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_detail_view.h"
#include "ui/widgets/plan_version_actions.h"
#include "ui/widgets/task_board.h"
#include "ui/widgets/task_details_pane.h"
#include "ui/widgets/task_filter_bar.h"

#include <QCheckBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTreeView>

using namespace helios;
using namespace helios::ui;

namespace {

using helios::test::artifactsFolder;
using helios::test::distinctColours;

struct Shot
{
    QImage image;
    QString fileMenu;
    QString firstHeader;
    QString windowTitle;
    QString overdueFilter;
    QImage dialogImage;
    QString dialogError;
    QImage previewImage; // New goal's preview of a plan before it is saved
    QString previewSummary;
    QString previewAccept;
    QImage adaptImage;
    QString adaptTitle;
    QString adaptSummary;
    QImage historyImage;
    QString historyTitle;
    int historyRows = 0;
};

// No file dialogs in screenshots.
class NoFiles final : public FileChooser
{
public:
    std::optional<ExportTarget> chooseExportTarget(QWidget *, const QString &) override
    {
        return std::nullopt;
    }
    QString chooseImportFile(QWidget *) override { return {}; }
};

struct GalleryShot
{
    QImage image;
    QString title;
    QString useButton;
    QString previewTitle;
    int previewTasks = 0;
};

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    // Shows the main window over the fixture's store with `planId` selected and grabs it.
    Shot grabMainWindow(test::MemoryFixture &fixture, qint64 planId, const QString &goal)
    {
        // Adapt plan and Version history are shot too.
        VersionService versions(fixture.store());
        test::WindowHarness ui(fixture, {.versions = &versions});
        MainWindow &window = ui.window;
        PlansViewModel &viewModel = ui.viewModel;
        window.resize(1180, 760);
        [&]() { QTRY_COMPARE(viewModel.state(), PlansViewModel::State::Ready); }();
        viewModel.selectPlan(planId);
        [&]() { QTRY_COMPARE(viewModel.currentPlan().id, planId); }();
        [&]() {
            QTRY_COMPARE(viewModel.taskTableModel()->rowCount(),
                         viewModel.currentPlan().tasks.size());
        }();
        [&]() {
            QTRY_VERIFY(
                window.detailView()->chartView()->series(QStringLiteral("planned"))->count() > 1);
        }();
        // A task selected, so that the details pane shows its notes.
        TaskBoard *board = window.detailView()->taskBoard();
        board->selectTask(viewModel.currentPlan().tasks.at(3).id);
        // The pane, hidden while nothing was selected, is laid out beside the tasks.
        [&]() {
            QTRY_VERIFY(board->detailsPane()->isVisible() && board->detailsPane()->x() > 0);
        }();
        Shot shot;
        shot.image = window.grab().toImage();
        shot.overdueFilter = board->filterBar()->overdueCheck()->text();
        shot.fileMenu = window.menuBar()->actions().constFirst()->text();
        shot.firstHeader =
            window.detailView()->taskView()->model()->headerData(0, Qt::Horizontal).toString();
        shot.windowTitle = window.windowTitle();

        // The New goal dialog, refusing an empty goal.
        window.openNewGoalDialog();
        NewGoalDialog *dialog = window.newGoalDialog();
        [&]() { QTRY_VERIFY(dialog->isVisible()); }();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                          Qt::LeftButton);
        [&]() { QTRY_VERIFY(!dialog->errorText().isEmpty()); }();
        shot.dialogImage = dialog->grab().toImage();
        shot.dialogError = dialog->errorText();

        // The same dialog showing the plan of a goal before it is saved.
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalEdit"))->setPlainText(goal);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                          Qt::LeftButton);
        [&]() { QTRY_VERIFY(dialog->page() == NewGoalDialog::Page::Preview); }();
        shot.previewImage = dialog->grab().toImage();
        shot.previewSummary = dialog->findChild<QLabel *>(QStringLiteral("previewSummary"))->text();
        shot.previewAccept =
            dialog->findChild<QPushButton *>(QStringLiteral("acceptButton"))->text();
        dialog->reject();
        [&]() { QTRY_VERIFY(!viewModel.isBusy()); }();

        // Adapt plan with its proposal, accepted; then the version history it made.
        PlanVersionActions *actions = window.versionActions();
        actions->adaptAction()->trigger();
        AdaptPlanDialog *adapt = actions->adaptDialog();
        [&]() { QTRY_VERIFY(adapt && adapt->isVisible()); }();
        adapt->propose();
        [&]() { QTRY_COMPARE(adapt->viewModel().state(), AdaptPlanViewModel::State::Proposed); }();
        shot.adaptImage = adapt->grab().toImage();
        shot.adaptTitle = adapt->windowTitle();
        shot.adaptSummary = adapt->summaryText();
        adapt->viewModel().accept();
        [&]() { QTRY_VERIFY(!actions->adaptDialog()); }();
        [&]() { QTRY_VERIFY(!viewModel.isBusy()); }();
        actions->historyAction()->trigger();
        VersionHistoryDialog *history = actions->historyDialog();
        [&]() {
            QTRY_VERIFY(history && history->isVisible() &&
                        history->viewModel().state() == VersionHistoryViewModel::State::Ready);
        }();
        shot.historyImage = history->grab().toImage();
        shot.historyTitle = history->windowTitle();
        shot.historyRows = history->viewModel().versionModel()->rowCount();
        history->reject();
        [&]() { QTRY_VERIFY(!actions->historyDialog()); }();
        return shot;
    }

    // Opens the Template gallery over the fixture's store, the events with the wedding selected,
    // and grabs it.
    GalleryShot grabGallery(test::MemoryFixture &fixture)
    {
        TemplateGallery gallery(fixture.store());
        TemplateGalleryViewModel galleryViewModel(gallery);
        NoFiles chooser;
        test::WindowHarness ui(fixture, {.gallery = &galleryViewModel, .templateFiles = &chooser});
        GalleryShot shot;
        [&]() { QTRY_VERIFY(ui.window.templateGalleryAction()->isEnabled()); }();
        ui.window.templateGalleryAction()->trigger();
        TemplateGalleryDialog *dialog = ui.window.templateGalleryDialog();
        if (!dialog)
            return shot;
        dialog->resize(1100, 640);
        auto *categories = dialog->findChild<QListWidget *>(QStringLiteral("categoryList"));
        for (int row = 0; row < categories->count(); ++row) {
            if (categories->item(row)->data(Qt::UserRole).toString() == u"events")
                categories->setCurrentRow(row);
        }
        auto *list = dialog->findChild<QListView *>(QStringLiteral("templateList"));
        const QString wedding = QStringLiteral("kind:events/wedding");
        const auto weddingRow = [list, &wedding]() {
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                if (list->model()->index(row, 0).data(TemplateListModel::IdRole) == wedding)
                    return row;
            }
            return -1;
        };
        [&]() { QTRY_VERIFY(weddingRow() >= 0); }();
        list->setCurrentIndex(list->model()->index(weddingRow(), 0));
        [&]() {
            QTRY_VERIFY(galleryViewModel.selectedId() == wedding &&
                        galleryViewModel.preview().has_value() && !galleryViewModel.isBusy());
        }();
        shot.image = dialog->grab().toImage();
        shot.title = dialog->windowTitle();
        shot.useButton =
            dialog->findChild<QPushButton *>(QStringLiteral("useTemplateButton"))->text();
        shot.previewTitle = dialog->findChild<QLabel *>(QStringLiteral("previewTitle"))->text();
        shot.previewTasks = int(galleryViewModel.preview().value().tasks.size());
        dialog->close();
        [&]() { QTRY_VERIFY(!ui.window.templateGalleryDialog()); }();
        return shot;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
        QSettings().clear();
    }

    void shouldSaveTranslatedScreenshotsOfThePlanWindow()
    {
        // GIVEN a store with an English and a Chinese plan, a few tasks of each done
        const QDate today = QDate::currentDate();
        test::MemoryFixture fixture;
        const Plan english = fixture.createPlan(QStringLiteral("Run a half marathon"),
                                                today.addDays(-21), today.addDays(60), 4);
        const Plan chinese = fixture.createPlan(QStringLiteral("三个月内学会Python编程"),
                                                today.addDays(-14), today.addDays(30), 4);
        for (const Plan *plan : {&english, &chinese}) {
            for (int i = 0; i < 3; ++i)
                QVERIFY(QCoro::waitFor(
                            fixture.service().setTaskStatus(plan->tasks.at(i).id, TaskStatus::Done))
                            .ok());
        }
        AppTranslations translations;
        const QString folder = artifactsFolder();

        // WHEN the window is grabbed in English and in Chinese
        QVERIFY(
            translations.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates)));
        const Shot en = grabMainWindow(fixture, english.id, QStringLiteral("Learn to play chess"));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(
            translations.use(Language::Chinese, QLocale(QLocale::English, QLocale::UnitedStates)));
        const Shot zh = grabMainWindow(fixture, chinese.id, QStringLiteral("一年内读完二十本书"));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(
            translations.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates)));

        // THEN both images have content and are saved as artifacts
        for (const auto &[shot, name] : {std::pair{&en, QStringLiteral("main-en.png")},
                                         std::pair{&zh, QStringLiteral("main-zh_CN.png")}}) {
            QVERIFY(!shot->image.isNull());
            QVERIFY(shot->image.width() >= 1000 && shot->image.height() >= 600);
            QVERIFY2(distinctColours(shot->image) > 20, qPrintable(name));
            QVERIFY(shot->image.save(QDir(folder).filePath(name)));
            QVERIFY(!shot->dialogImage.isNull());
            QVERIFY(shot->dialogImage.save(
                QDir(folder).filePath(QStringLiteral("new-goal-") + name.mid(5))));
            QVERIFY2(distinctColours(shot->previewImage) > 10, qPrintable(name));
            QVERIFY(shot->previewImage.save(
                QDir(folder).filePath(QStringLiteral("new-goal-preview-") + name.mid(5))));
            QVERIFY2(distinctColours(shot->adaptImage) > 10, qPrintable(name));
            QVERIFY(shot->adaptImage.save(
                QDir(folder).filePath(QStringLiteral("adapt-plan-") + name.mid(5))));
            QVERIFY(shot->historyImage.save(
                QDir(folder).filePath(QStringLiteral("version-history-") + name.mid(5))));
            QCOMPARE(shot->historyRows, 2);
        }
        // AND the Chinese window speaks Chinese
        QCOMPARE(en.fileMenu, QStringLiteral("&File"));
        QCOMPARE(zh.fileMenu, QStringLiteral("文件(&F)"));
        QCOMPARE(en.firstHeader, QStringLiteral("Task"));
        QCOMPARE(en.overdueFilter, QStringLiteral("Overdue"));
        QCOMPARE(zh.overdueFilter, QStringLiteral("已逾期"));
        QCOMPARE(zh.firstHeader, QStringLiteral("任务"));
        QVERIFY(en.windowTitle != zh.windowTitle);
        QCOMPARE(en.previewAccept, QStringLiteral("Accept plan"));
        QCOMPARE(zh.previewAccept, QStringLiteral("接受计划"));
        QVERIFY2(en.previewSummary.contains(QStringLiteral("tasks")),
                 qPrintable(en.previewSummary));
        QVERIFY2(zh.previewSummary.contains(QStringLiteral("个任务")),
                 qPrintable(zh.previewSummary));
        QCOMPARE(en.adaptTitle, QStringLiteral("Adapt plan"));
        QCOMPARE(zh.adaptTitle, QStringLiteral("调整计划"));
        QVERIFY2(en.adaptSummary.contains(QLatin1String("move later")),
                 qPrintable(en.adaptSummary));
        // (which way the tasks move depends on the plan the offline planner made; either
        // sentence is Chinese)
        QVERIFY2(zh.adaptSummary.contains(QStringLiteral("个任务")) &&
                     (zh.adaptSummary.contains(QStringLiteral("推后")) ||
                      zh.adaptSummary.contains(QStringLiteral("提前"))),
                 qPrintable(zh.adaptSummary));
        QCOMPARE(zh.historyTitle, QStringLiteral("版本历史"));
        // AND so do the core's validation sentences (context "helios")
        QCOMPARE(en.dialogError,
                 QStringLiteral("The goal is empty: describe what you want to achieve."));
        QCOMPARE(zh.dialogError, QStringLiteral("目标为空：请描述你想达成的事情。"));
    }

    void shouldSaveTranslatedScreenshotsOfTheTemplateGallery()
    {
        // GIVEN a store with one plan
        const QDate today = QDate::currentDate();
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Run a half marathon"), today.addDays(-7),
                           today.addDays(60), 4);
        AppTranslations translations;

        // WHEN the gallery is grabbed in English and in Chinese
        QVERIFY(
            translations.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates)));
        const GalleryShot en = grabGallery(fixture);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(translations.use(Language::Chinese, QLocale(QLocale::Chinese, QLocale::China)));
        const GalleryShot zh = grabGallery(fixture);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(
            translations.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates)));

        // THEN both have content and are saved as artifacts
        const QString folder = artifactsFolder();
        for (const auto &[shot, name] : {std::pair{&en, QStringLiteral("gallery-en.png")},
                                         std::pair{&zh, QStringLiteral("gallery-zh_CN.png")}}) {
            QVERIFY(!shot->image.isNull());
            QVERIFY2(distinctColours(shot->image) > 20, qPrintable(name));
            QVERIFY(shot->image.save(QDir(folder).filePath(name)));
            QVERIFY(shot->previewTasks >= 5);
        }
        // AND the Chinese gallery speaks Chinese, its wedding sample goal too
        QCOMPARE(en.title, QStringLiteral("Template gallery"));
        QCOMPARE(zh.title, QStringLiteral("模板库"));
        QCOMPARE(en.useButton, QStringLiteral("Use this template"));
        QCOMPARE(zh.useButton, QStringLiteral("使用此模板"));
        QVERIFY2(zh.previewTitle.contains(QStringLiteral("婚礼")), qPrintable(zh.previewTitle));
        QVERIFY2(en.previewTitle.contains(QStringLiteral("wedding"), Qt::CaseInsensitive),
                 qPrintable(en.previewTitle));
    }
};

HELIOS_TEST_GUI_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
