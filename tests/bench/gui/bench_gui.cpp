// GUI benchmarks on a real MainWindow (offscreen) over a real store in a temporary folder.
// Usage: bench_gui_gui [--quick] [--tasks N] [--today]  (--today: only the Today section)
//   first paint  from creating the store, view-model and window to the first paint of the task
//                view showing the plan's tasks; baseline: the same with a 13-task plan
//   load stall   the largest event-loop lag (EventLoopLagProbe, 10 ms ticks) from start until
//                300 ms after that paint
//   filter       for each filter and search: time of the synchronous refilter and the largest
//                lag in the 300 ms after it
//   memory       resident set size before the window and with the tasks loaded
//   export, generation  the largest lag while the loaded plan is exported in each format and
//                while New goal plans a goal offline and the draft is accepted (the window's flow)
//   today        the same number of tasks in 50 plans: the window opening on Today (first paint
//                of the day's list), a task marked done there, the day read again, and going
//                from a plan back to Today; the largest lag of each (issue 17)
// Targets (issue 6, 17): first paint under 400 ms, no stall over 50 ms.

#include "core/io/plan_format.h"
#include "core/jobs/job_service.h"
#include "core/jobs/plan_service.h"
#include "core/jobs/plan_transfer.h"
#include "core/jobs/version_service.h"
#include "core/metrics/event_loop_lag_probe.h"
#include "core/metrics/process_stats.h"
#include "core/planning/plan_edit.h"
#include "core/store/store.h"
#include "core/today/today_service.h"
#include "ui/dialogs/error_reporter.h"
#include "ui/models/task_filter_model.h"
#include "ui/models/task_table_model.h"
#include "ui/planning/goal_planning_view_model.h"
#include "ui/planning/planning_teams.h"
#include "ui/viewmodels/import_export_view_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/viewmodels/today_view_model.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_detail_view.h"
#include "ui/widgets/task_board.h"
#include "ui/widgets/task_filter_bar.h"
#include "ui/widgets/today_view.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <qcoro/qcorotask.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace helios;
using namespace helios::ui;
using helios::metrics::EventLoopLagProbe;
using helios::metrics::ProcessStats;

namespace {

class SilentErrors final : public ErrorReporter
{
public:
    void reportError(QWidget *, const QString &title, const QString &message) override
    {
        std::fprintf(stderr, "error: %s: %s\n", qPrintable(title), qPrintable(message));
    }
};

// A plan of `count` tasks in milestones of 100, each depending on the one before, one in ten
// with notes, English and Chinese titles, scheduled one a day from 60 days ago.
Plan makePlan(int count)
{
    Plan plan;
    plan.goal = QStringLiteral("Benchmark plan of %1 tasks").arg(count);
    plan.language = QStringLiteral("en");
    plan.kind = QStringLiteral("llm");
    const QDate start = QDate::currentDate().addDays(-60);
    plan.startDate = start;
    plan.deadline = start.addDays(count / 4 + 30);
    plan.hoursPerWeek = 20;
    plan.tasks.reserve(count);
    for (int i = 0; i < count; ++i) {
        Task task;
        task.title = (i % 2 ? QStringLiteral("Task %1: read chapter %2")
                            : QStringLiteral("任务 %1：练习第 %2 章"))
                         .arg(i)
                         .arg(i % 37);
        if (i % 10 == 0)
            task.notes = QStringLiteral("Notes for task %1, 备注 %1").arg(i);
        task.estimateHours = 0.5 + (i % 4);
        task.startDate = start.addDays(i / 4);
        task.dueDate = task.startDate.addDays(1);
        task.order = i;
        task.milestone = QStringLiteral("Milestone %1").arg(i / 100 + 1);
        if (i > 0)
            task.dependsOn = {i - 1};
        if (i < count / 10)
            task.status = TaskStatus::Done;
        plan.tasks.append(task);
    }
    return plan;
}

QString makeDatabase(const QTemporaryDir &dir, const QString &name, int tasks)
{
    QString path = dir.filePath(name);
    Store store(path);
    if (!QCoro::waitFor(store.open()).ok())
        qFatal("Could not create %s", qPrintable(path));
    Result<Plan> saved = QCoro::waitFor(store.savePlan(makePlan(tasks)));
    if (!saved)
        qFatal("Could not save the plan: %s", qPrintable(saved.error().message));
    return path;
}

// CPU time of the calling thread: on a machine shared with other builds, wall time measures the
// queue for a core as much as the work.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Records the time of the first paint of a widget after a condition holds.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *widget, std::function<bool()> ready, const QElapsedTimer &clock)
        : m_ready(std::move(ready)), m_clock(clock)
    {
        widget->installEventFilter(this);
    }
    qint64 paintedAtMs = -1;
    double paintedAtCpuMs = -1; // the GUI thread's CPU time then

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paintedAtMs < 0 && m_ready()) {
            paintedAtMs = m_clock.elapsed();
            paintedAtCpuMs = threadCpuMs();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_ready;
    const QElapsedTimer &m_clock;
};

struct StartFigures
{
    qint64 constructedMs = -1; // window built, before the event loop runs
    qint64 openedMs = -1;      // store open
    qint64 planShownMs = -1;   // the plan's tasks are in the models
    qint64 firstPaintMs = -1;
    double firstPaintCpuMs = -1; // GUI thread CPU time from start to the first paint
    double stallMs = 0;
    QList<std::pair<qint64, double>> stalls; // GUI-thread stalls over 20 ms: (ended at, ms)
    quint64 rssBefore = 0;
    quint64 rssLoaded = 0;
};

double ms(double seconds)
{
    return seconds * 1000.0;
}

// Opens a window over the database as the application does and runs `afterLoad` with it.
using AfterLoad = std::function<void(MainWindow &, PlansViewModel &, Store &, EventLoopLagProbe &)>;

StartFigures start(const QString &databasePath, int expectedTasks, const AfterLoad &afterLoad = {})
{
    StartFigures figures;
    figures.rssBefore = ProcessStats::residentSetBytes();
    EventLoopLagProbe probe(nullptr, 10);
    probe.start();
    QTest::qWait(30);
    probe.resetMax();

    QElapsedTimer clock;
    clock.start();
    const double cpuAtStart = threadCpuMs();
    const QMetaObject::Connection stallLog =
        QObject::connect(&probe, &EventLoopLagProbe::lagMeasured, &probe, [&](double seconds) {
            if (ms(seconds) > 20.0)
                figures.stalls.append({clock.elapsed(), ms(seconds)});
        });
    {
        Store store(databasePath);
        PlanService service(store);
        PlansViewModel viewModel(
            {.plans = service, .openStorage = [&store]() { return store.open(); }});
        TaskEditsViewModel edits({.plans = service}, viewModel);
        SilentErrors errors;
        MainWindow window({.plans = viewModel, .edits = edits, .errors = errors});
        window.resize(1180, 760);
        figures.constructedMs = clock.elapsed();
        QObject::connect(&viewModel, &PlansViewModel::stateChanged, &viewModel,
                         [&]() { figures.openedMs = clock.elapsed(); });
        QObject::connect(&viewModel, &PlansViewModel::currentPlanChanged, &viewModel, [&]() {
            if (figures.planShownMs < 0 && viewModel.currentPlan().id != 0)
                figures.planShownMs = clock.elapsed();
        });
        QTreeView *view = window.detailView()->taskView();
        PaintWatcher watcher(
            view->viewport(),
            [&]() { return viewModel.taskTableModel()->rowCount() == expectedTasks; }, clock);
        window.show();
        viewModel.start();
        if (!QTest::qWaitFor([&]() { return watcher.paintedAtMs >= 0; }, 60000))
            qFatal("The task view never painted the tasks.");
        figures.firstPaintMs = watcher.paintedAtMs;
        figures.firstPaintCpuMs = watcher.paintedAtCpuMs - cpuAtStart;
        QTest::qWait(300);
        figures.stallMs = ms(probe.maxLagSeconds());
        QObject::disconnect(stallLog);
        figures.rssLoaded = ProcessStats::residentSetBytes();
        if (afterLoad)
            afterLoad(window, viewModel, store, probe);
        if (!QTest::qWaitFor([&]() { return !viewModel.isBusy(); }, 60000))
            qFatal("The window's store calls did not finish.");
    }
    return figures;
}

// The largest stall while an operation runs (from its start until done() holds, then 100 ms);
// stalls over 20 ms are listed in `stalls` as "length@ms since the start" ("*" once done).
double stallWhile(EventLoopLagProbe &probe, const std::function<void()> &begin,
                  const std::function<bool()> &done, qint64 *tookMs, QString *stalls)
{
    QTest::qWait(50);
    probe.resetMax();
    QElapsedTimer timer;
    timer.start();
    bool finished = false;
    const QMetaObject::Connection log =
        QObject::connect(&probe, &EventLoopLagProbe::lagMeasured, &probe, [&](double seconds) {
            if (ms(seconds) > 20.0)
                *stalls += QStringLiteral(" %1@%2%3")
                               .arg(ms(seconds), 0, 'f', 0)
                               .arg(timer.elapsed())
                               .arg(finished ? QStringLiteral("*") : QString());
        });
    begin();
    if (!QTest::qWaitFor(done, 120000))
        qFatal("The operation did not finish.");
    *tookMs = timer.elapsed();
    finished = true;
    QTest::qWait(100);
    QObject::disconnect(log);
    return ms(probe.maxLagSeconds());
}

// Exports the loaded plan (every format) and generates a new plan with the offline planner,
// the window open over the large plan, and prints the largest stall of each.
void benchExportAndGeneration(MainWindow &, PlansViewModel &viewModel, Store &store,
                              EventLoopLagProbe &probe, const QString &folder)
{
    PlanTransfer transfer(store);
    ImportExportViewModel importExport(transfer, viewModel);
    const qint64 planId = viewModel.currentPlan().id;
    std::printf("  %-34s %10s %12s  %s\n", "operation", "took", "max stall",
                "stalls over 20 ms: length@ms from the start (* after it finished)");
    double worst = 0;
    for (PlanFormat format : {PlanFormat::Json, PlanFormat::ICalendar, PlanFormat::Markdown,
                              PlanFormat::Csv, PlanFormat::TodoTxt}) {
        bool finished = false;
        const QMetaObject::Connection ok =
            QObject::connect(&importExport, &ImportExportViewModel::exported, &importExport,
                             [&](const QString &) { finished = true; });
        const QMetaObject::Connection failed =
            QObject::connect(&importExport, &ImportExportViewModel::failed, &importExport,
                             [&](const QString &message) {
                                 std::fprintf(stderr, "export: %s\n", qPrintable(message));
                                 finished = true;
                             });
        const QString path = folder + QStringLiteral("/export.") + planFormatSuffix(format);
        qint64 took = 0;
        QString stalls;
        const double stall = stallWhile(
            probe, [&]() { importExport.exportPlans(planId, format, path); },
            [&]() { return finished; }, &took, &stalls);
        QObject::disconnect(ok);
        QObject::disconnect(failed);
        worst = std::max(worst, stall);
        const QString name = QStringLiteral("export %1 (%2 KiB)")
                                 .arg(planFormatName(format))
                                 .arg(QFileInfo(path).size() / 1024);
        std::printf("  %-34s %7lld ms %9.1f ms  %s\n", qPrintable(name), took, stall,
                    qPrintable(stalls));
    }
    // New goal as the window runs it: the planning team as a job, the draft accepted at once.
    PlanService service(store);
    JobService jobs(store);
    PlanningTeams teams(nullptr, nullptr, nullptr, {}); // the offline planner
    GoalPlanningViewModel planning(jobs, service, teams);
    QObject::connect(&planning, &GoalPlanningViewModel::planAccepted, &viewModel,
                     &PlansViewModel::showCreatedPlan);
    QObject::connect(&planning, &GoalPlanningViewModel::draftReady, &planning,
                     &GoalPlanningViewModel::accept);
    bool created = false;
    const QMetaObject::Connection done = QObject::connect(
        &viewModel, &PlansViewModel::planCreated, &viewModel, [&](qint64) { created = true; });
    const QMetaObject::Connection refused = QObject::connect(
        &planning, &GoalPlanningViewModel::failed, &planning, [&](const QString &message) {
            std::fprintf(stderr, "generation: %s\n", qPrintable(message));
            created = true;
        });
    Goal goal;
    goal.text = QStringLiteral("Learn Python programming, 学习Python编程");
    goal.hoursPerWeek = 10;
    goal.today = QDate::currentDate();
    goal.deadline = goal.today.addMonths(3);
    qint64 took = 0;
    QString stalls;
    // The GUI thread's own CPU time over the operation: a stall longer than it is time the thread
    // was waiting for a core (two cores, busy store and pool threads), not work it did.
    const double cpuBefore = threadCpuMs();
    const double stall = stallWhile(
        probe, [&]() { planning.generate(goal, false); }, [&]() { return created; }, &took,
        &stalls);
    const double guiCpu = threadCpuMs() - cpuBefore;
    QObject::disconnect(done);
    QObject::disconnect(refused);
    if (!QTest::qWaitFor([&planning]() { return !planning.hasWorkInFlight(); }))
        std::fprintf(stderr, "generation: the job did not close\n");
    worst = std::max(worst, stall);
    std::printf("  %-34s %7lld ms %9.1f ms  %s (GUI thread CPU over it: %.1f ms)\n",
                "New goal, offline, accepted", took, stall, qPrintable(stalls), guiCpu);
    std::printf("  largest stall while exporting and generating: %.1f ms (target < 50 ms)\n",
                worst);
}

void benchFilters(MainWindow &window, EventLoopLagProbe &probe)
{
    TaskBoard *board = window.detailView()->taskBoard();
    TaskFilterBar *bar = board->filterBar();
    TaskFilterModel *filter = board->filterModel();
    struct Step
    {
        const char *name;
        std::function<void()> apply;
    };
    const Step steps[] = {
        {"search \"chapter 3\" (typed)",
         [&]() {
             bar->searchEdit()->setText(QStringLiteral("chapter 3"));
             bar->applySearch();
         }},
        {"search \"练习\" (Chinese)",
         [&]() {
             bar->searchEdit()->setText(QStringLiteral("练习"));
             bar->applySearch();
         }},
        {"search \"备注 100\" (notes)",
         [&]() {
             bar->searchEdit()->setText(QStringLiteral("备注 100"));
             bar->applySearch();
         }},
        {"search cleared",
         [&]() {
             bar->searchEdit()->clear();
             bar->applySearch();
         }},
        {"status = Done", [&]() { bar->statusCombo()->setCurrentIndex(3); }},
        {"status = all", [&]() { bar->statusCombo()->setCurrentIndex(0); }},
        {"overdue", [&]() { bar->overdueCheck()->setChecked(true); }},
        {"overdue off", [&]() { bar->overdueCheck()->setChecked(false); }},
        {"this week", [&]() { bar->thisWeekCheck()->setChecked(true); }},
        {"clear filters", [&]() { bar->clearFilters(); }},
    };
    std::printf("  %-30s %10s %12s %8s\n", "filter", "refilter", "max stall", "shown");
    double worst = 0;
    for (const Step &step : steps) {
        QTest::qWait(50);
        probe.resetMax();
        QElapsedTimer timer;
        timer.start();
        step.apply();
        const double syncMs = double(timer.nsecsElapsed()) / 1e6;
        QTest::qWait(300);
        const double stall = ms(probe.maxLagSeconds());
        worst = std::max(worst, stall);
        std::printf("  %-30s %7.1f ms %9.1f ms %8d\n", step.name, syncMs, stall,
                    filter->matchingTaskCount());
    }
    std::printf("  largest stall while filtering: %.1f ms (target < 50 ms)\n", worst);
}

// What the timeline's drag preview works out for each day a bar reaches (PlanEditor::landingOf:
// the move's applyEdit on the plan shown), on the loaded plan: five tasks, each asked to start
// three days later. It runs on the thread pool, so this is how long the label says "Working out
// where it lands…", not a stall.
void benchDragPreview(const PlansViewModel &viewModel)
{
    const Plan &plan = viewModel.currentPlan();
    const QDate today = viewModel.today();
    QList<double> took;
    for (int i = 1; i <= plan.tasks.size() && took.size() < 5; i += plan.tasks.size() / 6 + 1) {
        const Task &task = plan.tasks.at(i - 1);
        if (task.isFinished() || task.event || !task.startDate.isValid() || task.startDate < today)
            continue;
        TaskFieldsEdit fields;
        fields.start = task.startDate.addDays(3);
        QElapsedTimer timer;
        timer.start();
        const Result<EditOutcome> moved =
            applyEdit(plan, PlanEdit::editTask(task.id, fields), today);
        took.append(double(timer.nsecsElapsed()) / 1e6);
        if (!moved)
            qFatal("The move was refused: %s", qPrintable(moved.error().message));
    }
    std::sort(took.begin(), took.end());
    if (took.isEmpty()) {
        std::printf("  drag preview: no task of the plan can be moved\n");
        return;
    }
    std::printf("  drag preview, per day reached (%lld tasks): %.1f ms median, %.1f–%.1f ms over "
                "%lld moves (thread pool)\n",
                static_cast<long long>(plan.tasks.size()), took.at(took.size() / 2),
                took.constFirst(), took.constLast(), static_cast<long long>(took.size()));
}

// `plans` plans of `tasksEach` tasks (each as makePlan: 60 days begun, so about half overdue).
QString makeManyPlansDatabase(const QTemporaryDir &dir, const QString &name, int plans,
                              int tasksEach)
{
    QString path = dir.filePath(name);
    Store store(path);
    if (!QCoro::waitFor(store.open()).ok())
        qFatal("Could not create %s", qPrintable(path));
    for (int i = 0; i < plans; ++i) {
        Plan plan = makePlan(tasksEach);
        plan.goal = QStringLiteral("Plan %1 of %2 tasks").arg(i + 1).arg(tasksEach);
        Result<Plan> saved = QCoro::waitFor(store.savePlan(plan));
        if (!saved)
            qFatal("Could not save a plan: %s", qPrintable(saved.error().message));
    }
    return path;
}

// The window over many plans, opening on Today as the application does once any plan exists.
void benchToday(const QString &databasePath, int plans, int tasks)
{
    EventLoopLagProbe probe(nullptr, 10);
    probe.start();
    QTest::qWait(30);
    Store store(databasePath);
    PlanService service(store);
    VersionService versions(store);
    PlansViewModel viewModel(
        {.plans = service, .openStorage = [&store]() { return store.open(); }});
    TaskEditsViewModel edits({.plans = service}, viewModel);
    TodayService todayService(store, store, store, versions);
    TodayViewModel today({.today = todayService});
    SilentErrors errors;
    MainWindow window({.plans = viewModel, .edits = edits, .errors = errors, .today = &today});
    window.resize(1180, 760);
    QElapsedTimer clock;
    clock.start();
    const double cpuAtStart = threadCpuMs();
    PaintWatcher watcher(
        window.todayView()->taskView()->viewport(),
        [&]() {
            return today.state() == TodayViewModel::State::Ready &&
                   (!today.agenda().today.isEmpty() || !today.agenda().overdue.isEmpty());
        },
        clock);
    probe.resetMax();
    window.show();
    viewModel.start();
    if (!QTest::qWaitFor([&]() { return watcher.paintedAtMs >= 0; }, 60000))
        qFatal("Today never painted the day's tasks.");
    const qint64 firstPaint = watcher.paintedAtMs;
    const double firstPaintCpu = watcher.paintedAtCpuMs - cpuAtStart;
    QTest::qWait(300);
    const double openStall = ms(probe.maxLagSeconds());
    const Agenda day = today.agenda();
    std::printf("Today over %d plans (%d tasks): %lld overdue, %lld today, %lld next up\n", plans,
                tasks, static_cast<long long>(day.overdue.size()),
                static_cast<long long>(day.today.size()),
                static_cast<long long>(day.nextUp.size()));
    std::printf("  %-34s %7lld ms %9.1f ms  GUI thread CPU to the paint %.1f ms\n",
                "open on Today, first paint", firstPaint, openStall, firstPaintCpu);

    double worst = openStall;
    const auto row = [&](const char *name, const std::function<void()> &begin,
                         const std::function<bool()> &done) {
        qint64 took = 0;
        QString stalls;
        const double cpuBefore = threadCpuMs();
        const double stall = stallWhile(probe, begin, done, &took, &stalls);
        const double cpu = threadCpuMs() - cpuBefore;
        worst = std::max(worst, stall);
        std::printf("  %-34s %7lld ms %9.1f ms  GUI thread CPU %.1f ms %s\n", name, took, stall,
                    cpu, qPrintable(stalls));
    };
    const qint64 first =
        (day.today.isEmpty() ? day.overdue.constFirst() : day.today.constFirst()).task.id;
    row(
        "mark a task done", [&]() { today.markDone(first); },
        [&]() { return !today.isBusy() && !viewModel.isBusy(); });
    row(
        "read the day again", [&]() { today.refreshNow(); }, [&]() { return !today.isBusy(); });
    row(
        "a plan, then back to Today",
        [&]() {
            window.planView()->setCurrentIndex(window.planView()->model()->index(0, 0));
            QTest::qWait(200);
            window.todayAction()->trigger();
        },
        [&]() { return window.isShowingToday() && !viewModel.isBusy() && !today.isBusy(); });
    std::printf("  largest stall on Today: %.1f ms (target < 50 ms)\n", worst);
    if (!QTest::qWaitFor([&]() { return !viewModel.isBusy() && !today.isBusy(); }, 60000))
        qFatal("The window's store calls did not finish.");
}

// Reading the plan on a store worker (not the GUI thread), from a freshly opened store.
qint64 planReadMs(const QString &databasePath)
{
    Store store(databasePath);
    if (!QCoro::waitFor(store.open()).ok())
        qFatal("Could not open %s", qPrintable(databasePath));
    Result<QList<PlanSummary>> plans = QCoro::waitFor(store.plans());
    QElapsedTimer timer;
    timer.start();
    // The largest plan: the run may have generated a small one since.
    const auto largest = std::max_element(
        plans->cbegin(), plans->cend(),
        [](const PlanSummary &a, const PlanSummary &b) { return a.taskCount < b.taskCount; });
    Result<Plan> plan = QCoro::waitFor(store.plan(largest->id));
    if (!plan)
        qFatal("Could not read the plan");
    return timer.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_HASH_SEED", "0");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("helios-bench-gui"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    const QStringList args = QApplication::arguments();
    int tasks = 20000;
    if (args.contains(QStringLiteral("--quick")))
        tasks = 2000;
    const qsizetype at = args.indexOf(QStringLiteral("--tasks"));
    if (at > 0 && at + 1 < args.size())
        tasks = args.at(at + 1).toInt();

    QTemporaryDir dir;
    // --today: only "Today over 50 plans" (the section docs/BENCHMARKS.md's Today rows come from).
    if (args.contains(QStringLiteral("--today"))) {
        const int planCount = 50;
        const QString many = makeManyPlansDatabase(dir, QStringLiteral("many.db"), planCount,
                                                   std::max(1, tasks / planCount));
        benchToday(many, planCount, (tasks / planCount) * planCount);
        return 0;
    }
    QElapsedTimer generation;
    generation.start();
    const QString small = makeDatabase(dir, QStringLiteral("small.db"), 13);
    const QString large = makeDatabase(dir, QStringLiteral("large.db"), tasks);
    std::printf(
        "GUI benchmark, %d tasks in one plan (%d milestones); databases written in %lld ms\n",
        tasks, (tasks + 99) / 100, generation.elapsed());

    // A first window warms fonts, styles and plugins, as a real start would have them from disk.
    (void)start(small, 13);
    const StartFigures baseline = start(small, 13);
    const QString exportFolder = dir.path();
    const StartFigures loaded = start(
        large, tasks,
        [&](MainWindow &window, PlansViewModel &viewModel, Store &store, EventLoopLagProbe &probe) {
            benchFilters(window, probe);
            benchDragPreview(viewModel);
            benchExportAndGeneration(window, viewModel, store, probe, exportFolder);
        });

    std::printf("start to first painted task view\n");
    for (const auto &[name, f] : {std::pair{"13 tasks", &baseline}, std::pair{"large", &loaded}})
        std::printf("  %-8s window built %lld ms, store open %lld ms, plan in models %lld ms, "
                    "painted %lld ms\n",
                    name, f->constructedMs, f->openedMs, f->planShownMs, f->firstPaintMs);
    std::printf("  13 tasks (baseline)   %6lld ms\n", baseline.firstPaintMs);
    std::printf("  %-5d tasks           %6lld ms   ratio %.2f   (target < 400 ms)\n", tasks,
                loaded.firstPaintMs,
                double(loaded.firstPaintMs) / double(std::max<qint64>(1, baseline.firstPaintMs)));
    std::printf("  GUI thread CPU time from start to the first paint: 13 tasks %.0f ms, %d tasks "
                "%.0f ms\n",
                baseline.firstPaintCpuMs, tasks, loaded.firstPaintCpuMs);
    std::printf("reading the plan from the store (worker thread, cold cache)\n");
    std::printf("  13 tasks (baseline)   %6lld ms\n", planReadMs(small));
    std::printf("  %-5d tasks           %6lld ms\n", tasks, planReadMs(large));
    std::printf("largest stall from start to 300 ms after the first paint\n");
    std::printf("  13 tasks (baseline)   %6.1f ms\n", baseline.stallMs);
    std::printf("  %-5d tasks           %6.1f ms   (target < 50 ms)\n", tasks, loaded.stallMs);
    for (const auto &[name, f] : {std::pair{"13 tasks", &baseline}, std::pair{"large", &loaded}}) {
        std::printf("  %-8s stalls over 20 ms (ended at, length):", name);
        for (const auto &[endedAt, length] : f->stalls)
            std::printf(" %lld ms (%.0f ms)", endedAt, length);
        std::printf("\n");
    }
    std::printf("resident memory\n");
    std::printf("  before the window     %6.1f MiB\n", double(loaded.rssBefore) / (1 << 20));
    std::printf("  %-5d tasks loaded    %6.1f MiB   (+%.1f MiB)\n", tasks,
                double(loaded.rssLoaded) / (1 << 20),
                (double(loaded.rssLoaded) - double(loaded.rssBefore)) / (1 << 20));
    {
        const int planCount = 50;
        const QString many = makeManyPlansDatabase(dir, QStringLiteral("many.db"), planCount,
                                                   std::max(1, tasks / planCount));
        benchToday(many, planCount, (tasks / planCount) * planCount);
    }
    return 0;
}
