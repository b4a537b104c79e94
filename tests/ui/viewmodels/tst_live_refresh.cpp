// LiveRefresh: the window shows what another process changed in its database. Two Stores on one
// real SQLite file stand for the window's Helios and another process (helios-cli, a sync, the
// local API): each has its own connections and its own cached reads, as two processes do.

#include "core/jobs/plan_service.h"
#include "core/jobs/version_service.h"
#include "core/store/store.h"
#include "core/today/today_service.h"
#include "tests/support/coro_test.h"
#include "tests/support/test_main.h"
#include "ui/models/plan_list_model.h"
#include "ui/models/task_table_model.h"
#include "ui/viewmodels/live_refresh.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/today_view_model.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace helios;
using namespace helios::ui;

namespace {

constexpr int kIntervalMs = 50;

// The window's side: its Store, services and view-models, started.
struct Window
{
    explicit Window(const QString &path)
        : store(path), plans(store), versions(store), todayService(store, store, store, versions),
          viewModel({.plans = plans, .openStorage = [this]() { return store.open(); }}),
          today({.today = todayService})
    {}

    Store store;
    PlanService plans;
    VersionService versions;
    TodayService todayService;
    PlansViewModel viewModel;
    TodayViewModel today;
};

const Task *taskIn(const Plan &plan, qint64 id)
{
    for (const Task &task : plan.tasks)
        if (task.id == id)
            return &task;
    return nullptr;
}

bool listedToday(const Agenda &agenda, qint64 taskId)
{
    return agenda.find(taskId) != nullptr;
}

} // namespace

class TestLiveRefresh : public QObject
{
    Q_OBJECT

private:
    QDate m_today = QDate::currentDate();

private Q_SLOTS:
    void shouldShowWhatAnotherProcessChangedAndKeepTheSelection()
    {
        // GIVEN a database with a plan, open in the window (plan selected, Today read) and in
        // another process
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("helios.db"));
        Store other(path);
        QVERIFY(test::await(other.open())->ok());
        PlanService otherPlans(other);
        const auto made = test::await(
            otherPlans.createPlan({QStringLiteral("Learn Python in 3 months"), {}, 10.0, m_today}));
        QVERIFY(made && made->ok());
        const Plan plan = made->value();

        Window window(path);
        LiveRefresh live(window.store, window.viewModel, &window.today, kIntervalMs);
        QVERIFY(!live.isWatching()); // not before the storage is open
        QSignalSpy loaded(&window.viewModel, &PlansViewModel::plansLoaded);
        window.viewModel.start();
        QTRY_VERIFY(loaded.count() > 0);
        QTRY_COMPARE(window.viewModel.currentPlan().id, plan.id);
        window.today.refreshNow(); // once the storage is open, as the window's page asks
        QTRY_COMPARE(window.today.state(), TodayViewModel::State::Ready);
        const Agenda &day = window.today.agenda();
        QVERIFY(!day.isEmpty());
        const qint64 first = (!day.today.isEmpty()     ? day.today
                              : !day.overdue.isEmpty() ? day.overdue
                                                       : day.nextUp)
                                 .first()
                                 .task.id;
        QTRY_VERIFY(live.isWatching());
        QSignalSpy refreshed(&live, &LiveRefresh::refreshed);

        // WHEN the other process marks the first task on Today's list done
        QVERIFY(test::await(otherPlans.setTaskStatus(first, TaskStatus::Done))->ok());

        // THEN the window shows it done, in the plan and its table, the list's count and Today,
        // without anyone asking
        QTRY_VERIFY(refreshed.count() > 0);
        QTRY_VERIFY(taskIn(window.viewModel.currentPlan(), first) &&
                    taskIn(window.viewModel.currentPlan(), first)->status == TaskStatus::Done);
        const TaskTableModel *table = window.viewModel.taskTableModel();
        QTRY_VERIFY(std::any_of(table->tasks().cbegin(), table->tasks().cend(), [&](const Task &t) {
            return t.id == first && t.status == TaskStatus::Done;
        }));
        QTRY_COMPARE(window.viewModel.planListModel()
                         ->index(0, 0)
                         .data(PlanListModel::DoneCountRole)
                         .toInt(),
                     1);
        QTRY_VERIFY(!listedToday(window.today.agenda(), first));

        // WHEN the other process adds a plan
        const auto second = test::await(otherPlans.createPlan(
            {QStringLiteral("Run a half marathon by June"), {}, 5.0, m_today}));
        QVERIFY(second && second->ok());

        // THEN it is listed, and the plan shown stays the one selected
        QTRY_COMPARE(window.viewModel.planListModel()->rowCount(), 2);
        QCOMPARE(window.viewModel.selectedPlanId(), plan.id);
        QCOMPARE(window.viewModel.currentPlan().id, plan.id);
    }

    void shouldNotPollWhileTheStorageIsReplaced()
    {
        // GIVEN the window watching its database
        QTemporaryDir dir;
        Window window(dir.filePath(QStringLiteral("helios.db")));
        LiveRefresh live(window.store, window.viewModel, nullptr, kIntervalMs);
        window.viewModel.start();
        QTRY_VERIFY(live.isWatching());

        // WHEN a backup restore replaces the storage THEN it stops, and watches again after
        window.viewModel.beginStorageReplacement();
        QVERIFY(!live.isWatching());
        window.viewModel.storageKept();
        QVERIFY(live.isWatching());
    }
};

HELIOS_TEST_GUI_MAIN(TestLiveRefresh)
#include "tst_live_refresh.moc"
