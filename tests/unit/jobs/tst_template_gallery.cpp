// The template gallery on the in-memory storage: built-in templates beside the person's own, by
// category, searched in English and Chinese, paged; plans from templates, export and import.

#include "core/jobs/plan_service.h"
#include "core/jobs/template_gallery.h"
#include "core/planning/planner_catalogue.h"
#include "tests/support/coro_test.h"
#include "tests/support/memory_storage.h"
#include "tests/support/test_main.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <set>

using namespace helios;

namespace {

const QDate kToday(2026, 11, 27);

GalleryQuery query(QString category, QString search, int page, int limit, QString language = {})
{
    GalleryQuery q;
    q.category = std::move(category);
    q.search = std::move(search);
    q.page = page;
    q.limit = limit;
    q.language = std::move(language);
    q.today = kToday;
    return q;
}

// A saved plan offered as a template.
qint64 ownTemplate(test::MemoryStorage &storage, const QString &goal)
{
    PlanService service(storage);
    auto plan = test::await(service.createPlan({goal, QDate(), 8, kToday}));
    if (!plan || !plan->ok())
        return 0;
    auto offered = test::await(service.setTemplate(plan->value().id, true));
    return offered && offered->ok() ? plan->value().id : 0;
}

} // namespace

class TestTemplateGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListEveryKindOnceAcrossPages()
    {
        // GIVEN a gallery with no own templates
        test::MemoryStorage storage;
        TemplateGallery gallery(storage);
        const QList<PlannerKind> kinds = plannerKinds();
        QVERIFY(kinds.size() >= 40);

        // WHEN every page of 7 is read
        std::set<QString> seen;
        int pages = 0;
        for (int page = 1;; ++page) {
            HELIOS_AWAIT(read, gallery.page(query({}, {}, page, 7)));
            QVERIFY(read.ok());
            QCOMPARE(read->total, int(kinds.size()));
            QVERIFY(read->items.size() <= 7);
            if (read->items.isEmpty())
                break;
            ++pages;
            for (const GalleryTemplate &t : read->items) {
                // THEN each is a built-in template with a drafted plan's figures
                QVERIFY(t.builtIn);
                QVERIFY(t.id.startsWith(QLatin1String("kind:")));
                QVERIFY2(t.taskCount >= 3, qPrintable(t.id));
                QVERIFY(t.totalHours > 0);
                QVERIFY(!t.title.isEmpty() && !t.goal.isEmpty() && !t.categoryName.isEmpty());
                QVERIFY2(seen.insert(t.id).second, qPrintable(t.id)); // no kind twice
            }
        }
        // AND together the pages hold every kind, in as many pages as the total says
        QCOMPARE(int(seen.size()), int(kinds.size()));
        QCOMPARE(pages, int((kinds.size() + 6) / 7));
    }

    void shouldDraftBuiltInTemplatesOffTheCallingThread()
    {
        // GIVEN a fresh gallery (nothing drafted yet)
        test::MemoryStorage storage;
        TemplateGallery gallery(storage);
        // WHEN a page of every built-in template is read, and one's preview
        const auto page = test::await(gallery.page(query({}, {}, 1, 500)));
        const auto preview = test::await(
            gallery.templatePlan(QStringLiteral("kind:home/move"), QStringLiteral("en"), kToday));
        // THEN they come back drafted, and the calling thread's event loop kept turning
        QVERIFY(page && page->ok() && preview && preview->ok());
        QCOMPARE(page->value().items.size(), plannerKinds().size());
        QVERIFY(page->value().items.constLast().taskCount > 0);
        QVERIFY(!preview->value().tasks.isEmpty());
        QVERIFY2(page.keptEventLoopRunning(), qPrintable(QString::number(page.longestStallMs)));
        QVERIFY2(preview.keptEventLoopRunning(),
                 qPrintable(QString::number(preview.longestStallMs)));
    }

    void shouldFilterByCategory()
    {
        test::MemoryStorage storage;
        TemplateGallery gallery(storage);
        // GIVEN the events family
        const QList<GalleryCategory> categories = TemplateGallery::categories(QStringLiteral("en"));
        QCOMPARE(categories.first().id, QString(kOwnTemplatesCategory));
        QVERIFY(std::any_of(categories.begin(), categories.end(),
                            [](const GalleryCategory &c) { return c.id == u"events"; }));
        // WHEN its page is read
        HELIOS_AWAIT(events, gallery.page(query(QStringLiteral("events"), {}, 1, 500)));
        QVERIFY(events.ok());
        // THEN it holds the wedding and only events
        QVERIFY(events->total >= 3);
        QCOMPARE(events->items.size(), events->total);
        bool wedding = false;
        for (const GalleryTemplate &t : events->items) {
            QCOMPARE(t.category, QStringLiteral("events"));
            wedding = wedding || t.id == u"kind:events/wedding";
        }
        QVERIFY(wedding);
    }

    void shouldSearchInEitherLanguageWhateverTheCase()
    {
        test::MemoryStorage storage;
        TemplateGallery gallery(storage);
        // WHEN searched in capitals, in English, with the gallery in Chinese
        HELIOS_AWAIT(english, gallery.page(query({}, QStringLiteral("WEDDING"), 1, 20,
                                                 QStringLiteral("zh_CN"))));
        QVERIFY(english.ok());
        // THEN the wedding is found, named in Chinese
        QVERIFY(english->total >= 1);
        const auto isWedding = [](const GalleryTemplate &t) {
            return t.id == u"kind:events/wedding";
        };
        auto found = std::find_if(english->items.begin(), english->items.end(), isWedding);
        QVERIFY(found != english->items.end());
        QCOMPARE(found->title, QStringLiteral("婚礼"));
        // AND a Chinese search finds it in an English gallery
        HELIOS_AWAIT(chinese, gallery.page(query({}, QStringLiteral("婚礼"), 1, 20)));
        QVERIFY(chinese.ok());
        found = std::find_if(chinese->items.begin(), chinese->items.end(), isWedding);
        QVERIFY(found != chinese->items.end());
        QCOMPARE(found->title, QStringLiteral("Wedding"));
        // AND a search that matches nothing is an empty page, not an error
        HELIOS_AWAIT(none, gallery.page(query({}, QStringLiteral("zzqxv"), 1, 20)));
        QVERIFY(none.ok());
        QCOMPARE(none->total, 0);
        QVERIFY(none->items.isEmpty());
    }

    void shouldShowOwnTemplatesFirstAndInTheirCategory()
    {
        // GIVEN two own templates
        test::MemoryStorage storage;
        const qint64 first = ownTemplate(storage, QStringLiteral("Plant a vegetable garden"));
        const qint64 second = ownTemplate(storage, QStringLiteral("学习弹吉他"));
        QVERIFY(first > 0 && second > 0);
        TemplateGallery gallery(storage);
        // WHEN the first page of everything is read
        HELIOS_AWAIT(all, gallery.page(query({}, {}, 1, 3)));
        QVERIFY(all.ok());
        // THEN they come first, newest first, and count in the total
        QCOMPARE(all->total, int(plannerKinds().size()) + 2);
        QCOMPARE(all->items.at(0).planId, second);
        QCOMPARE(all->items.at(1).planId, first);
        QVERIFY(!all->items.at(0).builtIn);
        QVERIFY(all->items.at(2).builtIn);
        // AND their category holds only them, searchable
        HELIOS_AWAIT(mine, gallery.page(query(QString(kOwnTemplatesCategory), {}, 1, 20)));
        QVERIFY(mine.ok());
        QCOMPARE(mine->total, 2);
        HELIOS_AWAIT(guitar, gallery.page(query(QString(kOwnTemplatesCategory),
                                                QStringLiteral("吉他"), 1, 20)));
        QVERIFY(guitar.ok());
        QCOMPARE(guitar->total, 1);
        QCOMPARE(guitar->items.at(0).title, QStringLiteral("学习弹吉他"));
    }

    void shouldReadOwnTemplatesThroughTheStoragePages()
    {
        // GIVEN 130 own templates (more than one storage page of 100)
        test::MemoryStorage storage;
        PlanService service(storage);
        for (int i = 0; i < 130; ++i) {
            Plan plan;
            plan.goal = QStringLiteral("Template %1").arg(i);
            plan.startDate = kToday;
            plan.language = QStringLiteral("en");
            plan.tasks.append(Task{});
            plan.tasks[0].title = QStringLiteral("Step");
            plan.isTemplate = true;
            HELIOS_AWAIT(saved, service.savePlan(plan));
            QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        }
        TemplateGallery gallery(storage);
        // WHEN the last page of own templates is read
        HELIOS_AWAIT(last, gallery.page(query(QString(kOwnTemplatesCategory), {}, 7, 20)));
        // THEN it holds the oldest ten, read through both storage pages
        QVERIFY(last.ok());
        QCOMPARE(last->total, 130);
        QCOMPARE(last->items.size(), 10);
        QCOMPARE(last->items.constLast().title, QStringLiteral("Template 0"));
        QCOMPARE(storage.calls(QLatin1StringView("templates")), 2);
    }

    void shouldPlanFromABuiltInTemplateWithoutSaving()
    {
        test::MemoryStorage storage;
        TemplateGallery gallery(storage);
        // WHEN a plan is made from the wedding template with the person's own goal and date
        Goal goal{QStringLiteral("Our wedding in Lisbon, 80 guests"), QDate(2027, 6, 12), 6,
                  kToday};
        HELIOS_AWAIT(plan, gallery.planFromTemplate(QStringLiteral("kind:events/wedding"), goal,
                                                    QStringLiteral("en")));
        // THEN it is a dated wedding plan for that goal, its event on the day, and nothing saved
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QCOMPARE(plan->kind, QStringLiteral("events/wedding"));
        QCOMPARE(plan->goal, goal.text);
        QCOMPARE(plan->id, 0);
        QVERIFY(plan->tasks.size() >= 5);
        bool event = false;
        for (const Task &t : plan->tasks) {
            QVERIFY(t.startDate >= kToday);
            if (t.event) {
                event = true;
                QCOMPARE(t.dueDate, QDate(2027, 6, 12));
            }
        }
        QVERIFY(event);
        QCOMPARE(storage.calls(QLatin1StringView("save_plan")), 0);
        // AND without a goal the kind's sample goal in the language is planned
        HELIOS_AWAIT(sample,
                     gallery.planFromTemplate(QStringLiteral("kind:events/wedding"),
                                              Goal{{}, {}, 6, kToday}, QStringLiteral("zh")));
        QVERIFY(sample.ok());
        QCOMPARE(sample->goal, plannerKind(QStringLiteral("events/wedding"))->sample.zh);
        QCOMPARE(sample->language, QStringLiteral("zh"));
    }

    void shouldRefuseAnUnknownTemplateWithASentence()
    {
        test::MemoryStorage storage;
        TemplateGallery gallery(storage);
        for (const QString &id : {QStringLiteral("kind:events/elopement"),
                                  QStringLiteral("wedding"), QStringLiteral("42")}) {
            HELIOS_AWAIT(plan, gallery.planFromTemplate(id, Goal{{}, {}, 6, kToday}, {}));
            QVERIFY(!plan.ok());
            QCOMPARE(plan.error().kind, Error::Kind::NotFound);
            QVERIFY(plan.error().message.endsWith(QLatin1Char('.')));
        }
        // AND a plan that is not a template is not one
        PlanService service(storage);
        HELIOS_AWAIT(saved, service.createPlan({QStringLiteral("Learn Rust"), {}, 8, kToday}));
        QVERIFY(saved.ok());
        HELIOS_AWAIT(notOne, gallery.templatePlan(QString::number(saved->id), {}, kToday));
        QVERIFY(!notOne.ok());
        QCOMPARE(notOne.error().kind, Error::Kind::Usage);
    }

    void shouldSaveACopyOfAPlanAsTemplate()
    {
        // GIVEN a plan with a finished task
        test::MemoryStorage storage;
        PlanService service(storage);
        HELIOS_AWAIT(source, service.createPlan({QStringLiteral("Learn Rust"), {}, 8, kToday}));
        QVERIFY(source.ok());
        QVERIFY(test::await(service.setTaskStatus(source->tasks[0].id, TaskStatus::Done))->ok());
        TemplateGallery gallery(storage);
        // WHEN it is saved as a template
        HELIOS_AWAIT(copy, gallery.saveAsTemplate(source->id));
        // THEN a new template with the same tasks, all to do, is stored and the plan stays a plan
        QVERIFY(copy.ok());
        QVERIFY(copy->id != source->id);
        QVERIFY(copy->isTemplate);
        QCOMPARE(copy->tasks.size(), source->tasks.size());
        for (const Task &t : copy->tasks)
            QVERIFY(t.status == TaskStatus::Todo);
        HELIOS_AWAIT(plans, service.plans());
        QCOMPARE(plans->size(), 1);
        HELIOS_AWAIT(mine, gallery.page(query(QString(kOwnTemplatesCategory), {}, 1, 20)));
        QCOMPARE(mine->total, 1);
        QCOMPARE(mine->items.at(0).planId, copy->id);
    }

    void shouldExportAndImportATemplateFile()
    {
        // GIVEN the marathon template exported to a file
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("marathon.json"));
        test::MemoryStorage storage;
        TemplateGallery gallery(storage);
        HELIOS_AWAIT(exported, gallery.exportTemplate(QStringLiteral("kind:fitness/marathon"), path,
                                                      QStringLiteral("en"), kToday));
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!json.isEmpty());
        // WHEN it is imported into another storage
        test::MemoryStorage other;
        TemplateGallery elsewhere(other);
        HELIOS_AWAIT(imported, elsewhere.importTemplate(path, kToday));
        // THEN it is an own template there with the same tasks
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        QVERIFY(imported->isTemplate);
        HELIOS_AWAIT(original, gallery.templatePlan(QStringLiteral("kind:fitness/marathon"),
                                                    QStringLiteral("en"), kToday));
        QCOMPARE(imported->tasks.size(), original->tasks.size());
        for (qsizetype i = 0; i < imported->tasks.size(); ++i)
            QCOMPARE(imported->tasks[i].title, original->tasks[i].title);
        HELIOS_AWAIT(mine, elsewhere.page(query(QString(kOwnTemplatesCategory), {}, 1, 20)));
        QCOMPARE(mine->total, 1);
    }

    void shouldRefuseHostileTemplateFilesAndSaveNothing()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };

        const QStringList files{
            write(QStringLiteral("big.json"), QByteArray(kMaxTemplateFileBytes + 1, ' ')),
            write(QStringLiteral("binary.json"), QByteArray("{\"plans\":\0\1\2", 12)),
            write(QStringLiteral("latin1.json"), QByteArray("{\"goal\":\"caf\xe9\"}")),
            write(QStringLiteral("broken.json"), QByteArray("{\"plans\": [")),
            write(QStringLiteral("markdown.json"), QByteArray("# Plan\n- [ ] a task\n")),
            dir.filePath(QStringLiteral("missing.json")),
        };

        test::MemoryStorage storage;
        TemplateGallery gallery(storage);
        for (const QString &path : files) {
            HELIOS_AWAIT(imported, gallery.importTemplate(path, kToday));
            QVERIFY2(!imported.ok(), qPrintable(path));
            const QString message = imported.error().message;
            // one sentence naming the file
            QVERIFY2(message.contains(QFileInfo(path).fileName()), qPrintable(message));
            QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
        }
        QCOMPARE(storage.calls(QLatin1StringView("save_plan")), 0);
    }
};

HELIOS_TEST_MAIN(TestTemplateGallery)
#include "tst_template_gallery.moc"
