// The dashboard's store latency card over a real Store on a real SQLite file: the figures are
// the store's own recordings (store_query_duration_seconds), not numbers a test put there.

#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"
#include "ui/dashboard/performance_dashboard.h"
#include "ui/dashboard/performance_view_model.h"

#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

using namespace helios;
using namespace helios::metrics;
using namespace helios::ui;

class TestStoreLatency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheStoresOwnQueryLatency()
    {
        // GIVEN a store that records into the registry the dashboard reads
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MetricsRegistry registry;
        const HeliosMetrics metrics = registerHeliosMetrics(registry);
        StoreOptions options;
        options.queryDurations = &metrics.storeQueryDuration;
        options.queryCacheRequests = &metrics.storeQueryCacheRequests;
        PerformanceViewModel viewModel(registry, nullptr);
        viewModel.setSamplesResidentMemory(false);
        PerformanceDashboard dashboard(viewModel);
        dashboard.show();
        viewModel.tick();
        QCOMPARE(viewModel.figures().storeQueries, 0.0);
        const QString before = dashboard.figureText(QStringLiteral("store"));

        // WHEN it opens, saves a plan and reads it back
        {
            Store store(dir.filePath(QStringLiteral("latency.db")), options);
            QVERIFY(QCoro::waitFor(store.open()).ok());
            Plan plan;
            plan.goal = QStringLiteral("Latency");
            plan.startDate = QDate(2026, 11, 27);
            for (int i = 0; i < 50; ++i) {
                Task task;
                task.title = QStringLiteral("Task %1").arg(i);
                task.estimateHours = 1;
                task.dueDate = plan.startDate.addDays(i);
                plan.tasks.append(task);
            }
            Result<Plan> saved = QCoro::waitFor(store.savePlan(plan));
            QVERIFY(saved.ok());
            QVERIFY(QCoro::waitFor(store.plans()).ok());
            QVERIFY(QCoro::waitFor(store.plan(saved->id)).ok());
        }
        viewModel.tick();

        // THEN the dashboard counts those four calls and shows a real p95
        QCOMPARE(viewModel.figures().storeQueries, 4.0);
        QVERIFY(viewModel.figures().storeQueryP95.has_value());
        QVERIFY(*viewModel.figures().storeQueryP95 > 0.0);
        const QString after = dashboard.figureText(QStringLiteral("store"));
        QVERIFY2(after != before, qPrintable(after));
        QVERIFY2(dashboard.figureDetail(QStringLiteral("store")).startsWith(QStringLiteral("4 ")),
                 qPrintable(dashboard.figureDetail(QStringLiteral("store"))));
    }
};

HELIOS_TEST_GUI_MAIN(TestStoreLatency)
#include "tst_store_latency.moc"
