#include "core/store/sql.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"
#include "tests/unit/store/store_test_plans.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>
#include <sqlite3.h>

#include <atomic>

using namespace helios;

namespace {

Plan makePlan(const QString &goal, int tasks)
{
    return test::storePlan(goal, tasks, /*chained=*/true);
}

std::atomic<int> statementsRun{0};

int countStatement(unsigned type, void *, void *, void *)
{
    if (type == SQLITE_TRACE_STMT)
        statementsRun.fetch_add(1);
    return 0;
}

} // namespace

class TestStoreQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("helios-%1.db").arg(++m_round));
        m_store = std::make_unique<Store>(m_path);
        QVERIFY(QCoro::waitFor(m_store->open()).ok());
    }

    void cleanup() { m_store.reset(); }

    void shouldNotScanTasksInAnyQuery()
    {
        // GIVEN a database with the schema and some rows, as Helios leaves it (no ANALYZE)
        QVERIFY(QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("a"), 30))).ok());
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("explain"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        // WHEN every statement the store issues is explained
        for (const sql::Statement &statement : sql::all()) {
            if (!statement.text.contains(QStringLiteral("tasks")))
                continue;
            QSqlQuery explain(db);
            QVERIFY2(explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + statement.text),
                     statement.name);
            const int placeholders = static_cast<int>(statement.text.count(QLatin1Char('?')));
            for (int i = 0; i < placeholders; ++i)
                explain.addBindValue(1);
            QVERIFY2(explain.exec(), qPrintable(explain.lastError().text()));
            // THEN none of them reads the whole tasks table
            while (explain.next()) {
                const QString detail = explain.value(3).toString();
                const bool fullScan = detail.startsWith(QStringLiteral("SCAN ")) &&
                                      !detail.contains(QStringLiteral("USING")) &&
                                      (detail.contains(QStringLiteral("tasks")) ||
                                       detail == QStringLiteral("SCAN t"));
                QVERIFY2(!fullScan, qPrintable(QStringLiteral("%1: %2").arg(
                                        QLatin1String(statement.name), detail)));
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("explain"));
    }

    void shouldLoadAllPlansWithTheirTasksInTwoQueries_data()
    {
        QTest::addColumn<int>("plans");
        QTest::newRow("1 plan") << 1;
        QTest::newRow("5 plans") << 5;
        QTest::newRow("40 plans") << 40;
    }

    void shouldLoadAllPlansWithTheirTasksInTwoQueries()
    {
        QFETCH(int, plans);
        // GIVEN some plans of 7 tasks each, with dependencies
        for (int i = 0; i < plans; ++i)
            QVERIFY(
                QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("p%1").arg(i), 7))).ok());
        // AND one template, which is not the user's plan
        Result<Plan> tpl = QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("tpl"), 3)));
        QVERIFY(QCoro::waitFor(m_store->setTemplate(tpl->id, true)).ok());

        // WHEN they are loaded by a store whose connections count the statements they run
        StoreOptions options;
        options.workerThreads = 1;
        options.connectionOpened = [](QSqlDatabase &db) {
            const QVariant handle = db.driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                if (sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.data()))
                    sqlite3_trace_v2(raw, SQLITE_TRACE_STMT, countStatement, nullptr);
            }
        };
        Store traced(m_path, options);
        QVERIFY(QCoro::waitFor(traced.open()).ok());
        QVERIFY(statementsRun.load() > 0); // the hook is live
        statementsRun = 0;
        Result<QList<Plan>> loaded = QCoro::waitFor(traced.plansWithTasks());

        // THEN there are exactly two statements, whatever the number of plans
        QVERIFY(loaded.ok());
        QCOMPARE(statementsRun.load(), 2);
        QCOMPARE(loaded->size(), plans);
        for (const Plan &p : std::as_const(*loaded)) {
            QCOMPARE(p.tasks.size(), 7);
            QCOMPARE(p.tasks[3].dependsOn, QList<int>{2});
            QVERIFY(!p.isTemplate);
        }
    }

    void shouldPageTemplatesAndCountThem()
    {
        QList<qint64> ids;
        for (int i = 0; i < 7; ++i) {
            Plan p = makePlan(QStringLiteral("template %1").arg(i), 2);
            p.createdAt = QDateTime(QDate(2026, 1, 1 + i), QTime(8, 0), Qt::UTC);
            Result<Plan> saved = QCoro::waitFor(m_store->savePlan(p));
            QVERIFY(saved.ok());
            ids.append(saved->id);
            QVERIFY(QCoro::waitFor(m_store->setTemplate(saved->id, true)).ok());
        }
        QVERIFY(QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("mine"), 2))).ok());

        Result<Page<PlanSummary>> first = QCoro::waitFor(m_store->templates(1, 3));
        Result<Page<PlanSummary>> last = QCoro::waitFor(m_store->templates(3, 3));
        QVERIFY(first.ok() && last.ok());
        QCOMPARE(first->total, 7);
        QCOMPARE(first->items.size(), 3);
        QCOMPARE(first->items[0].id, ids[6]); // newest first
        QCOMPARE(last->items.size(), 1);
        QCOMPARE(last->items[0].id, ids[0]);
        // templates are not among the person's own plans
        QCOMPARE(QCoro::waitFor(m_store->plans())->size(), 1);
        QVERIFY(!QCoro::waitFor(m_store->setTemplate(9999, true)).ok());
    }

    void shouldComputeStatisticsWithoutLoadingTasks()
    {
        Result<Plan> saved = QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("s"), 6)));
        QVERIFY(saved.ok());
        QVERIFY(QCoro::waitFor(m_store->setTaskStatus(saved->tasks[0].id, TaskStatus::Done)).ok());
        QVERIFY(
            QCoro::waitFor(m_store->setTaskStatus(saved->tasks[1].id, TaskStatus::Skipped)).ok());
        QVERIFY(QCoro::waitFor(m_store->setTaskStatus(saved->tasks[2].id, TaskStatus::InProgress))
                    .ok());

        // due dates run from 2026-11-27 one a day; on 2026-12-01 tasks 2 and 3 are overdue
        Result<TaskStatistics> stats = QCoro::waitFor(m_store->statistics(QDate(2026, 12, 1)));
        QVERIFY(stats.ok());
        QCOMPARE(stats->total, 6);
        QCOMPARE(stats->done, 1);
        QCOMPARE(stats->skipped, 1);
        QCOMPARE(stats->inProgress, 1);
        QCOMPARE(stats->todo, 3);
        QCOMPARE(stats->overdue, 2);
        QCOMPARE(stats->totalHours, 1.0 + 2 + 3 + 1 + 2 + 3);
        QCOMPARE(stats->finishedHours, 1.0 + 2);
    }

    void shouldStreamEveryTask()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("x%1").arg(i), 50))).ok());
        int seen = 0;
        QSet<QString> titles;
        QVERIFY(QCoro::waitFor(m_store->forEachTask([&](const Task &t) {
                    ++seen;
                    titles.insert(t.title);
                    return true;
                })).ok());
        QCOMPARE(seen, 150);
        QCOMPARE(titles.size(), 150);
        int stoppedAt = 0;
        QVERIFY(QCoro::waitFor(m_store->forEachTask([&](const Task &) {
                    return ++stoppedAt < 10;
                })).ok());
        QCOMPARE(stoppedAt, 10);
    }

    // Every write path, each followed by the cached reads it affects: none may be stale.
    void shouldNeverServeAStaleReadAfterAWrite()
    {
        Result<Plan> a = QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("a"), 3)));
        QVERIFY(a.ok());
        const QDate today(2026, 11, 27);
        // Warm every cached read.
        QCOMPARE(QCoro::waitFor(m_store->plans())->size(), 1);
        QVERIFY(QCoro::waitFor(m_store->plan(a->id))->tasks[0].status == TaskStatus::Todo);
        QCOMPARE(QCoro::waitFor(m_store->statistics(today))->done, 0);
        QCOMPARE(QCoro::waitFor(m_store->templates(1, 10))->total, 0);
        const quint64 hitsBefore = m_store->queryCacheHits();
        QCOMPARE(QCoro::waitFor(m_store->plans())->size(), 1);
        QVERIFY(m_store->queryCacheHits() > hitsBefore); // the cache is really in use

        // savePlan
        Result<Plan> b = QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("b"), 2)));
        QVERIFY(b.ok());
        QCOMPARE(QCoro::waitFor(m_store->plans())->size(), 2);
        QCOMPARE(QCoro::waitFor(m_store->statistics(today))->total, 5);

        // setTaskStatus
        QVERIFY(QCoro::waitFor(m_store->setTaskStatus(a->tasks[0].id, TaskStatus::Done)).ok());
        QVERIFY(QCoro::waitFor(m_store->plan(a->id))->tasks[0].status == TaskStatus::Done);
        QCOMPARE(QCoro::waitFor(m_store->plans())->at(1).doneCount, 1);
        QCOMPARE(QCoro::waitFor(m_store->statistics(today))->done, 1);

        // setTaskNotes: the plan read (warm again above) shows the new notes, in any script
        const QString notes = QStringLiteral("先读第三章\n<b>not bold</b>");
        Result<Task> noted = QCoro::waitFor(m_store->setTaskNotes(a->tasks[1].id, notes));
        QVERIFY(noted.ok());
        QCOMPARE(noted->notes, notes);
        QCOMPARE(noted->planId, a->id);
        QCOMPARE(QCoro::waitFor(m_store->plan(a->id))->tasks[1].notes, notes);
        QVERIFY(QCoro::waitFor(m_store->setTaskNotes(a->tasks[1].id, QString())).ok());
        QVERIFY(QCoro::waitFor(m_store->plan(a->id))->tasks[1].notes.isEmpty());
        Result<Task> missing = QCoro::waitFor(m_store->setTaskNotes(-5, notes));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().message, QStringLiteral("There is no task with id -5."));

        // setTemplate, both ways
        QVERIFY(QCoro::waitFor(m_store->setTemplate(b->id, true)).ok());
        QCOMPARE(QCoro::waitFor(m_store->plans())->size(), 1);
        QCOMPARE(QCoro::waitFor(m_store->templates(1, 10))->total, 1);
        QVERIFY(QCoro::waitFor(m_store->plan(b->id))->isTemplate);
        QVERIFY(QCoro::waitFor(m_store->setTemplate(b->id, false)).ok());
        QCOMPARE(QCoro::waitFor(m_store->plans())->size(), 2);
        QCOMPARE(QCoro::waitFor(m_store->templates(1, 10))->total, 0);
        QVERIFY(!QCoro::waitFor(m_store->plan(b->id))->isTemplate);
    }

    void shouldKeepOtherPlansCachedWhenOnePlanChanges()
    {
        Result<Plan> a = QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("a"), 3)));
        Result<Plan> b = QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("b"), 3)));
        QVERIFY(QCoro::waitFor(m_store->plan(b->id)).ok());
        QVERIFY(QCoro::waitFor(m_store->setTaskStatus(a->tasks[0].id, TaskStatus::Done)).ok());
        const quint64 hits = m_store->queryCacheHits();
        QVERIFY(QCoro::waitFor(m_store->plan(b->id)).ok());
        QCOMPARE(m_store->queryCacheHits(), hits + 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;
    std::unique_ptr<Store> m_store;
};

HELIOS_TEST_MAIN(TestStoreQueries)
#include "tst_store_queries.moc"
