// The store records how long each of its calls takes (store_query_duration_seconds{query}) and
// its read cache's hits and misses (store_query_cache_requests_total{result}), on a real file.

#include "core/metrics/helios_metrics.h"
#include "core/metrics/metric.h"
#include "core/metrics/metrics_registry.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"
#include "tests/unit/store/store_test_plans.h"

#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

#include <functional>

using namespace helios;
using namespace helios::metrics;

namespace {

Plan makePlan(const QString &goal, int tasks)
{
    return test::storePlan(goal, tasks, /*chained=*/false);
}

class CountingVisitor final : public PlanVisitor
{
public:
    bool beginPlan(const Plan &) override { return true; }
    bool visitTask(const Task &, const QList<qint64> &) override
    {
        ++tasks;
        return true;
    }
    bool endPlan(const Plan &) override { return true; }
    int tasks = 0;
};

} // namespace

class TestStoreMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_registry = std::make_unique<MetricsRegistry>();
        m_metrics = std::make_unique<HeliosMetrics>(registerHeliosMetrics(*m_registry));
        StoreOptions options;
        options.queryDurations = &m_metrics->storeQueryDuration;
        options.queryCacheRequests = &m_metrics->storeQueryCacheRequests;
        m_store = std::make_unique<Store>(
            m_dir.filePath(QStringLiteral("metrics-%1.db").arg(++m_round)), options);
    }

    void cleanup()
    {
        m_store.reset();
        m_metrics.reset();
        m_registry.reset();
    }

    void shouldRecordTheDurationOfEveryCall()
    {
        // GIVEN an open store with one plan
        QCOMPARE(count("open"), 0u);
        QVERIFY(QCoro::waitFor(m_store->open()).ok());
        QCOMPARE(count("open"), 1u);
        Result<Plan> saved = QCoro::waitFor(m_store->savePlan(makePlan(QStringLiteral("a"), 5)));
        QVERIFY(saved);
        QCOMPARE(count("save_plan"), 1u);
        const qint64 planId = saved->id;
        const qint64 taskId = saved->tasks.constFirst().id;
        qint64 jobId = 0;
        Job fresh;
        fresh.kind = QStringLiteral("generate_plan");

        // WHEN each call runs THEN the count of its own label rises by exactly one
        using Call = std::function<bool()>;
        const QList<std::pair<const char *, Call>> calls{
            {"save_plans",
             [&] {
                 return QCoro::waitFor(m_store->savePlans({makePlan(QStringLiteral("b"), 2)}, {}))
                     .ok();
             }},
            {"plans", [&] { return QCoro::waitFor(m_store->plans()).ok(); }},
            {"plan", [&] { return QCoro::waitFor(m_store->plan(planId)).ok(); }},
            {"set_task_status",
             [&] { return QCoro::waitFor(m_store->setTaskStatus(taskId, TaskStatus::Done)).ok(); }},
            {"set_task_notes",
             [&] {
                 return QCoro::waitFor(m_store->setTaskNotes(taskId, QStringLiteral("n"))).ok();
             }},
            {"plans_with_tasks", [&] { return QCoro::waitFor(m_store->plansWithTasks()).ok(); }},
            {"set_template",
             [&] { return QCoro::waitFor(m_store->setTemplate(planId, true)).ok(); }},
            {"templates", [&] { return QCoro::waitFor(m_store->templates(1, 10)).ok(); }},
            {"statistics",
             [&] { return QCoro::waitFor(m_store->statistics(QDate(2026, 12, 1))).ok(); }},
            {"for_each_task",
             [&] {
                 return QCoro::waitFor(m_store->forEachTask([](const Task &) { return true; }))
                     .ok();
             }},
            {"visit_plans",
             [&] {
                 CountingVisitor visitor;
                 const bool ok = QCoro::waitFor(m_store->visitPlans(planId, visitor)).ok();
                 return ok && visitor.tasks == 5;
             }},
            {"apply_version",
             [&] {
                 const Result<Plan> stored = QCoro::waitFor(m_store->plan(planId));
                 const auto snapshot = [](const Plan &) { return QStringLiteral("{}"); };
                 return stored && QCoro::waitFor(m_store->applyVersion(
                                                     *stored, QStringLiteral("replan"), snapshot))
                                      .ok();
             }},
            {"versions", [&] { return QCoro::waitFor(m_store->versions(planId)).ok(); }},
            {"version", [&] { return QCoro::waitFor(m_store->version(planId, 1)).ok(); }},
            {"insert_job",
             [&] {
                 const Result<Job> job = QCoro::waitFor(m_store->insertJob(fresh));
                 jobId = job ? job->id : 0;
                 return job.ok();
             }},
            {"job", [&] { return QCoro::waitFor(m_store->job(jobId)).ok(); }},
            {"update_job",
             [&] {
                 Job job;
                 job.id = jobId;
                 job.status = JobStatus::Completed;
                 return QCoro::waitFor(m_store->updateJob(job)).ok();
             }},
            {"recent_jobs", [&] { return QCoro::waitFor(m_store->recentJobs(10)).ok(); }},
            {"interrupt_orphaned_jobs",
             [&] {
                 const auto alive = [](qint64) { return true; };
                 return QCoro::waitFor(m_store->interruptOrphanedJobs(alive)).ok();
             }},
            {"delete_plan", [&] { return QCoro::waitFor(m_store->deletePlan(planId)).ok(); }},
        };
        for (const auto &[label, call] : calls) {
            const quint64 before = count(label);
            const double sumBefore = sum(label);
            QVERIFY2(call(), label);
            QVERIFY2(count(label) == before + 1, label);
            QVERIFY2(sum(label) > sumBefore, label); // a real, positive duration
        }
        // AND the other labels did not move: save_plan is still the one call of the start
        QCOMPARE(count("save_plan"), 1u);
        QCOMPARE(count("open"), 1u);
    }

    void shouldRecordFailedCallsToo()
    {
        QVERIFY(QCoro::waitFor(m_store->open()).ok());
        // An unknown plan is an error from the worker, and its time counts all the same.
        QVERIFY(!QCoro::waitFor(m_store->plan(987654)).ok());
        QCOMPARE(count("plan"), 1u);
    }

    void shouldCountCacheHitsWithoutADuration()
    {
        // GIVEN an open store WHEN the plan list is read twice
        QVERIFY(QCoro::waitFor(m_store->open()).ok());
        QVERIFY(QCoro::waitFor(m_store->plans()).ok());
        QVERIFY(QCoro::waitFor(m_store->plans()).ok());
        // THEN one read reached the database, and the cache counted one miss and one hit
        QCOMPARE(count("plans"), 1u);
        QCOMPARE(cacheRequests("miss"), 1.0);
        QCOMPARE(cacheRequests("hit"), 1.0);
    }

    void shouldRecordNothingWithoutAHistogram()
    {
        // GIVEN a store given no metrics, on the same registry's process
        Store plain(m_dir.filePath(QStringLiteral("plain.db")));
        QVERIFY(QCoro::waitFor(plain.open()).ok());
        QVERIFY(QCoro::waitFor(plain.plans()).ok());
        // THEN nothing was recorded
        QCOMPARE(count("open"), 0u);
        QCOMPARE(count("plans"), 0u);
    }

private:
    quint64 count(const char *query)
    {
        return m_metrics->storeQueryDuration.labels({QString::fromLatin1(query)}).count();
    }
    double sum(const char *query)
    {
        return m_metrics->storeQueryDuration.labels({QString::fromLatin1(query)}).sum();
    }
    double cacheRequests(const char *result)
    {
        return m_metrics->storeQueryCacheRequests.labels({QString::fromLatin1(result)}).value();
    }

    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<MetricsRegistry> m_registry;
    std::unique_ptr<HeliosMetrics> m_metrics;
    std::unique_ptr<Store> m_store;
};

HELIOS_TEST_MAIN(TestStoreMetrics)
#include "tst_store_metrics.moc"
