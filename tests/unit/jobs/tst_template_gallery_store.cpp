// The template gallery over the real Store (a SQLite file): a page of the person's own templates
// is read through the store's query cache, and a write that changes the templates is seen.

#include "core/jobs/plan_service.h"
#include "core/jobs/template_gallery.h"
#include "core/store/store.h"
#include "tests/support/coro_test.h"
#include "tests/support/test_main.h"

#include <QTemporaryDir>

using namespace helios;

namespace {

const QDate kToday(2026, 11, 27);

GalleryQuery ownPage()
{
    GalleryQuery q;
    q.category = QString(kOwnTemplatesCategory);
    q.page = 1;
    q.limit = 20;
    q.today = kToday;
    return q;
}

} // namespace

class TestTemplateGalleryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store =
            std::make_unique<Store>(m_dir.filePath(QStringLiteral("gallery-%1.db").arg(++m_round)));
        HELIOS_AWAIT(opened, m_store->open());
        QVERIFY(opened.ok());
    }

    void cleanup() { m_store.reset(); }

    void shouldServeTheSecondReadOfAPageFromTheQueryCache()
    {
        // GIVEN a template in the database
        PlanService service(*m_store);
        HELIOS_AWAIT(plan, service.createPlan({QStringLiteral("Learn Rust"), {}, 8, kToday}));
        QVERIFY(plan.ok());
        HELIOS_AWAIT(offered, service.setTemplate(plan->id, true));
        QVERIFY(offered.ok());
        TemplateGallery gallery(*m_store);

        // WHEN the page of own templates is read twice
        const quint64 missesBefore = m_store->queryCacheMisses();
        HELIOS_AWAIT(first, gallery.page(ownPage()));
        QVERIFY(first.ok());
        QCOMPARE(first->total, 1);
        const quint64 hitsAfterFirst = m_store->queryCacheHits();
        QVERIFY(m_store->queryCacheMisses() > missesBefore); // the first read went to SQLite
        const quint64 missesAfterFirst = m_store->queryCacheMisses();
        HELIOS_AWAIT(second, gallery.page(ownPage()));

        // THEN the second read is served from the cache: one more hit, no more misses
        QVERIFY(second.ok());
        QCOMPARE(second->total, 1);
        QCOMPARE(m_store->queryCacheHits(), hitsAfterFirst + 1);
        QCOMPARE(m_store->queryCacheMisses(), missesAfterFirst);

        // WHEN a plan is saved as another template (a write)
        HELIOS_AWAIT(copy, gallery.saveAsTemplate(plan->id));
        QVERIFY(copy.ok());
        const quint64 missesBeforeThird = m_store->queryCacheMisses();
        HELIOS_AWAIT(third, gallery.page(ownPage()));

        // THEN the page is read again from SQLite and shows it
        QVERIFY(third.ok());
        QCOMPARE(third->total, 2);
        QCOMPARE(third->items.at(0).planId, copy->id);
        QVERIFY(m_store->queryCacheMisses() > missesBeforeThird);

        // AND unsetting a template is seen at once too
        HELIOS_AWAIT(unset, service.setTemplate(copy->id, false));
        QVERIFY(unset.ok());
        HELIOS_AWAIT(fourth, gallery.page(ownPage()));
        QVERIFY(fourth.ok());
        QCOMPARE(fourth->total, 1);
    }

    void shouldImportATemplateIntoTheDatabase()
    {
        // GIVEN the wedding template exported to a file
        TemplateGallery gallery(*m_store);
        const QString path = m_dir.filePath(QStringLiteral("wedding-%1.json").arg(m_round));
        HELIOS_AWAIT(exported, gallery.exportTemplate(QStringLiteral("kind:events/wedding"), path,
                                                      QStringLiteral("zh"), kToday));
        QVERIFY(exported.ok());
        // WHEN it is imported
        HELIOS_AWAIT(imported, gallery.importTemplate(path, kToday));
        // THEN it is stored as a template with its Chinese goal, and the gallery lists it first
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        HELIOS_AWAIT(stored, m_store->plan(imported->id));
        QVERIFY(stored.ok());
        QVERIFY(stored->isTemplate);
        QCOMPARE(stored->language, QStringLiteral("zh"));
        GalleryQuery all;
        all.today = kToday;
        HELIOS_AWAIT(page, gallery.page(all));
        QVERIFY(page.ok());
        QCOMPARE(page->items.at(0).planId, imported->id);
        QVERIFY(!page->items.at(0).builtIn);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_round = 0;
};

HELIOS_TEST_MAIN(TestTemplateGalleryStore)
#include "tst_template_gallery_store.moc"
