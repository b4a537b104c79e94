// The Template gallery in a real window under Xvfb, over the in-memory storage: categories,
// search and pages; "Use this template" opens New goal's preview and saves nothing before
// Accept; "Save current plan as template"; export and import of template files.

#include "core/jobs/job_service.h"
#include "core/jobs/plan_service.h"
#include "core/jobs/template_gallery.h"
#include "core/planning/planner_catalogue.h"
#include "tests/support/memory_storage.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/recording_error_reporter.h"
#include "ui/dialogs/file_chooser.h"
#include "ui/dialogs/new_goal_dialog.h"
#include "ui/dialogs/template_gallery_dialog.h"
#include "ui/models/draft_task_model.h"
#include "ui/planning/goal_planning_view_model.h"
#include "ui/planning/planning_teams.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/viewmodels/template_gallery_view_model.h"
#include "ui/widgets/main_window.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace helios;
using namespace helios::ui;

namespace {

class StubChooser final : public FileChooser
{
public:
    std::optional<ExportTarget> chooseExportTarget(QWidget *, const QString &) override
    {
        return std::nullopt;
    }
    QString chooseImportFile(QWidget *) override { return {}; }
    QString chooseTemplateExportFile(QWidget *, const QString &suggested) override
    {
        suggestedName = suggested;
        return exportPath;
    }
    QString chooseTemplateImportFile(QWidget *) override { return importPath; }

    QString exportPath;
    QString importPath;
    QString suggestedName;
};

// The window as the application wires it, over MemoryStorage instead of the Store.
struct Harness
{
    Harness()
        : service(storage),
          viewModel(
              {.plans = service, .openStorage = []() -> QCoro::Task<Status> { co_return Ok{}; }}),
          edits({.plans = service}, viewModel), jobs(storage), teams(nullptr, nullptr, nullptr, {}),
          planning(jobs, service, teams), gallery(storage), galleryViewModel(gallery),
          window({.plans = viewModel,
                  .edits = edits,
                  .errors = errors,
                  .planning = &planning,
                  .gallery = &galleryViewModel,
                  .templateFiles = &chooser})
    {
        window.resize(1100, 700);
        window.show();
        viewModel.start();
    }
    ~Harness()
    {
        if (!QTest::qWaitFor([this]() {
                return !viewModel.isBusy() && !planning.hasWorkInFlight() &&
                       !galleryViewModel.isBusy();
            }))
            QTest::qFail("The window's storage calls did not finish.", __FILE__, __LINE__);
    }

    test::MemoryStorage storage;
    PlanService service;
    test::RecordingErrorReporter errors;
    PlansViewModel viewModel;
    TaskEditsViewModel edits;
    JobService jobs;
    PlanningTeams teams;
    GoalPlanningViewModel planning;
    TemplateGallery gallery;
    TemplateGalleryViewModel galleryViewModel;
    StubChooser chooser;
    MainWindow window;
};

QStringList listedTitles(QListView *list)
{
    QStringList titles;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        titles << list->model()->index(row, 0).data().toString();
    return titles;
}

} // namespace

class TestTemplateGalleryDialog : public QObject
{
    Q_OBJECT

private:
    // Opens the gallery from File → Template gallery… and waits for its first page.
    static TemplateGalleryDialog *openGallery(Harness &h)
    {
        [&]() { QTRY_VERIFY(h.window.templateGalleryAction()->isEnabled()); }();
        h.window.templateGalleryAction()->trigger();
        TemplateGalleryDialog *dialog = h.window.templateGalleryDialog();
        if (!dialog)
            return nullptr;
        [&]() {
            QTRY_VERIFY(dialog->isVisible());
            QTRY_VERIFY(h.galleryViewModel.total() > 0);
            QTRY_VERIFY(h.galleryViewModel.preview().has_value());
        }();
        return dialog;
    }

    static void selectCategory(TemplateGalleryDialog *dialog, const QString &id)
    {
        auto *categories = dialog->findChild<QListWidget *>(QStringLiteral("categoryList"));
        for (int row = 0; row < categories->count(); ++row) {
            if (categories->item(row)->data(Qt::UserRole).toString() == id)
                categories->setCurrentRow(row);
        }
    }

    // Waits for the template with this id to be listed, selects it and waits for its preview.
    static bool selectTemplate(Harness &h, TemplateGalleryDialog *dialog, const QString &id)
    {
        auto *list = dialog->findChild<QListView *>(QStringLiteral("templateList"));
        const auto rowOf = [list, &id]() {
            for (int row = 0; row < list->model()->rowCount(); ++row) {
                if (list->model()->index(row, 0).data(TemplateListModel::IdRole).toString() == id)
                    return row;
            }
            return -1;
        };
        if (!QTest::qWaitFor([&]() { return rowOf() >= 0; }))
            return false;
        list->setCurrentIndex(list->model()->index(rowOf(), 0));
        return QTest::qWaitFor([&]() {
            return h.galleryViewModel.selectedId() == id &&
                   h.galleryViewModel.preview().has_value();
        });
    }

private Q_SLOTS:
    void shouldBrowseByCategorySearchAndPage()
    {
        // GIVEN the gallery open, nothing of the person's own
        Harness h;
        QAbstractItemModelTester tester(h.galleryViewModel.templates(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        TemplateGalleryDialog *dialog = openGallery(h);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListView *>(QStringLiteral("templateList"));
        auto *next = dialog->findChild<QPushButton *>(QStringLiteral("nextPageButton"));
        auto *previous = dialog->findChild<QPushButton *>(QStringLiteral("previousPageButton"));
        auto *page = dialog->findChild<QLabel *>(QStringLiteral("pageLabel"));
        auto *tasks = dialog->findChild<QTreeWidget *>(QStringLiteral("previewTasks"));

        // THEN every kind is there, a page at a time, the first one previewed with its tasks
        const int kinds = int(plannerKinds().size());
        QCOMPARE(h.galleryViewModel.total(), kinds);
        QCOMPARE(list->model()->rowCount(), TemplateGalleryViewModel::kPageSize);
        QCOMPARE(tasks->topLevelItemCount(), int(h.galleryViewModel.preview()->tasks.size()));
        QVERIFY(tasks->topLevelItemCount() >= 3);
        QVERIFY(!previous->isEnabled());
        QVERIFY(next->isEnabled());
        QVERIFY2(page->text().contains(QStringLiteral("Page 1 of")), qPrintable(page->text()));

        // WHEN Next is pressed
        const QStringList firstPage = listedTitles(list);
        QTest::mouseClick(next, Qt::LeftButton);
        // THEN the second page shows other templates
        QTRY_COMPARE(h.galleryViewModel.page(), 2);
        QTRY_VERIFY(listedTitles(list) != firstPage);
        QVERIFY(previous->isEnabled());
        QTest::mouseClick(previous, Qt::LeftButton);
        QTRY_COMPARE(listedTitles(list), firstPage);

        // WHEN the events category is chosen
        selectCategory(dialog, QStringLiteral("events"));
        // THEN only events are listed, the wedding among them
        QTRY_COMPARE(h.galleryViewModel.category(), QStringLiteral("events"));
        QTRY_VERIFY(listedTitles(list).contains(QStringLiteral("Wedding")));
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QVERIFY(list->model()
                        ->index(row, 0)
                        .data(TemplateListModel::IdRole)
                        .toString()
                        .startsWith(QLatin1String("kind:events/")));

        // WHEN a Chinese word is searched in every category
        selectCategory(dialog, QString());
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        search->insert(QStringLiteral("婚礼")); // as typed (QTest types only ASCII)
        // THEN the wedding is found
        QTRY_COMPARE(h.galleryViewModel.search(), QStringLiteral("婚礼"));
        // (the events page showed it too: wait for the search's own few results)
        QTRY_VERIFY(h.galleryViewModel.total() < 4 &&
                    listedTitles(list).contains(QStringLiteral("Wedding")));
        QCOMPARE(list->model()->rowCount(), h.galleryViewModel.total());

        // WHEN a search matches nothing
        search->setText(QStringLiteral("zzqxv"));
        // THEN the list is empty and nothing can be used
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QTRY_VERIFY(
            !dialog->findChild<QPushButton *>(QStringLiteral("useTemplateButton"))->isEnabled());
    }

    void shouldOpenTheTemplateInNewGoalsPreviewAndSaveOnlyOnAccept()
    {
        // GIVEN the gallery with the wedding selected
        Harness h;
        TemplateGalleryDialog *dialog = openGallery(h);
        QVERIFY(dialog);
        selectCategory(dialog, QStringLiteral("events"));
        QVERIFY(selectTemplate(h, dialog, QStringLiteral("kind:events/wedding")));
        const QStringList previewTitles = [&]() {
            QStringList titles;
            for (const Task &t : h.galleryViewModel.preview()->tasks)
                titles << t.title;
            return titles;
        }();

        // WHEN "Use this template" is pressed
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("useTemplateButton")),
                          Qt::LeftButton);

        // THEN New goal shows the template's tasks as its preview, and nothing is saved
        QTRY_VERIFY(h.window.newGoalDialog() && h.window.newGoalDialog()->isVisible());
        NewGoalDialog *newGoal = h.window.newGoalDialog();
        QTRY_VERIFY(newGoal->page() == NewGoalDialog::Page::Preview);
        QTRY_VERIFY(!h.window.templateGalleryDialog());
        DraftTaskModel *draft = h.planning.draftModel();
        QStringList draftTitles;
        for (const Task &t : draft->draft().tasks)
            draftTitles << t.title;
        QCOMPARE(draftTitles, previewTitles);
        QCOMPARE(draft->draft().kind, QStringLiteral("events/wedding"));
        QCOMPARE(h.storage.calls(QLatin1StringView("save_plan")), 0);

        // WHEN the person removes a task and accepts
        const int before = draft->rowCount();
        QVERIFY(draft->removeTask(1));
        QTest::mouseClick(newGoal->findChild<QPushButton *>(QStringLiteral("acceptButton")),
                          Qt::LeftButton);

        // THEN the edited plan is saved once and shown in the window
        QTRY_COMPARE(h.storage.calls(QLatin1StringView("save_plan")), 1);
        QTRY_VERIFY(h.viewModel.currentPlan().id > 0);
        QTRY_COMPARE(int(h.viewModel.currentPlan().tasks.size()), before - 1);
        QCOMPARE(h.viewModel.currentPlan().goal,
                 plannerKind(QStringLiteral("events/wedding"))->sample.en);
    }

    void shouldSaveThePlanAsTemplateAndShareItAsAFile()
    {
        // GIVEN a plan in the window
        Harness h;
        QTRY_COMPARE(h.viewModel.state(), PlansViewModel::State::Ready);
        auto made = QCoro::waitFor(h.service.createPlan(
            {QStringLiteral("Plant a vegetable garden"), {}, 6, QDate::currentDate()}));
        QVERIFY(made.ok());
        h.viewModel.reload();
        QTRY_VERIFY(h.viewModel.hasPlans());
        h.viewModel.selectPlan(made->id);
        QTRY_COMPARE(h.viewModel.selectedPlanId(), made->id);
        TemplateGalleryDialog *dialog = openGallery(h);
        QVERIFY(dialog);

        // WHEN "Save current plan as template" is pressed
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveAsTemplateButton"));
        QTRY_VERIFY(save->isEnabled());
        QSignalSpy saved(&h.galleryViewModel, &TemplateGalleryViewModel::savedAsTemplate);
        QTest::mouseClick(save, Qt::LeftButton);

        // THEN it is among My templates, and the plan is still a plan
        QTRY_COMPARE(saved.count(), 1);
        selectCategory(dialog, QString(kOwnTemplatesCategory));
        QTRY_COMPARE(h.galleryViewModel.total(), 1);
        QTRY_COMPARE(h.galleryViewModel.templates()->index(0).data().toString(),
                     QStringLiteral("Plant a vegetable garden"));
        QVERIFY(!dialog->messageText().isEmpty());
        auto plans = QCoro::waitFor(h.service.plans());
        QCOMPARE(plans->size(), 1);

        // WHEN it is exported to a file
        QTemporaryDir dir;
        h.chooser.exportPath = dir.filePath(QStringLiteral("garden.json"));
        QVERIFY(selectTemplate(h, dialog, QString::number(saved.at(0).at(0).toLongLong())));
        QSignalSpy exported(&h.galleryViewModel, &TemplateGalleryViewModel::exported);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportTemplateButton")),
                          Qt::LeftButton);
        // THEN the file is written under a name made from the goal
        QTRY_COMPARE(exported.count(), 1);
        QCOMPARE(h.chooser.suggestedName, QStringLiteral("plant-a-vegetable-garden"));
        QVERIFY(QFile::exists(h.chooser.exportPath));

        // WHEN it is imported back
        h.chooser.importPath = h.chooser.exportPath;
        QSignalSpy imported(&h.galleryViewModel, &TemplateGalleryViewModel::imported);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importTemplateButton")),
                          Qt::LeftButton);
        // THEN there are two own templates
        QTRY_COMPARE(imported.count(), 1);
        QTRY_COMPARE(h.galleryViewModel.total(), 2);

        // WHEN a file that is not a template is imported
        QFile bad(dir.filePath(QStringLiteral("notes.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("just some notes, not JSON");
        bad.close();
        h.chooser.importPath = bad.fileName();
        const int savesBefore = h.storage.calls(QLatin1StringView("save_plan"));
        QSignalSpy failed(&h.galleryViewModel, &TemplateGalleryViewModel::failed);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importTemplateButton")),
                          Qt::LeftButton);
        // THEN one sentence naming the file is shown, and nothing is saved
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(dialog->messageText().contains(QStringLiteral("notes.json")),
                 qPrintable(dialog->messageText()));
        QCOMPARE(h.storage.calls(QLatin1StringView("save_plan")), savesBefore);
    }

    void shouldOfferTheGalleryFromNewGoal()
    {
        // GIVEN New goal open
        Harness h;
        QTRY_COMPARE(h.viewModel.state(), PlansViewModel::State::Ready);
        h.window.openNewGoalDialog();
        NewGoalDialog *newGoal = h.window.newGoalDialog();
        QVERIFY(newGoal);
        auto *fromTemplate =
            newGoal->findChild<QPushButton *>(QStringLiteral("templateGalleryButton"));
        QTRY_VERIFY(fromTemplate->isVisible());
        // WHEN "From a template…" is pressed
        QTest::mouseClick(fromTemplate, Qt::LeftButton);
        // THEN the gallery opens
        QTRY_VERIFY(h.window.templateGalleryDialog() &&
                    h.window.templateGalleryDialog()->isVisible());
    }
};

HELIOS_TEST_GUI_MAIN(TestTemplateGalleryDialog)
#include "tst_template_gallery_dialog.moc"
