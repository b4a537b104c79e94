// Store benchmarks (issue: "Store"): each figure is printed next to a baseline measured in the
// same run, so the ratios hold on any machine. Usage:
//   bench_store_store [--quick] [--load-only] [--today-only] [--json FILE]
// Load and insert figures are CPU time (this thread; the shell's process), the cached read wall
// time.
//   load     1,000 plans x 20 tasks: two-query path vs N+1 vs the sqlite3 shell's same SELECTs
//   insert   100,000 tasks: Helios's insert path vs the sqlite3 shell running the same INSERTs
//   cached   median latency of a cached plan-list read
//   stream   peak RSS growth while streaming 200,000 tasks vs loading them all
//   today    the day's list over 50 plans x 400 tasks (TaskQueries::openTasksStartingBy, then
//            buildAgenda on the calling thread, as the window and the CLI do) vs reading every
//            plan (plansWithTasks) and building the same list from them; --today-only runs it alone

#include "core/store/plan_repository.h"
#include "core/store/query_cache.h"
#include "core/store/sql.h"
#include "core/store/store.h"
#include "core/today/agenda.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>
#include <sys/resource.h>
#include <vector>

using namespace helios;

namespace {

struct Sizes
{
    int plans = 1000;
    int tasksPerPlan = 20;
    int insertTasks = 100000;
    int streamTasks = 200000;
    int cachedReads = 20000;
    int todayPlans = 50;
    int todayTasksPerPlan = 400;
};

// A benchmark has no use for a failed step: stop with its message.
template <typename T> T must(Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "bench_store: %s\n", qPrintable(result.error().message));
        std::exit(1);
    }
    return std::move(result).value();
}

// CPU time, not wall time, for the load and insert figures: on a machine shared with other
// builds, wall time measures the queue for a core as much as the work.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU time of the finished child processes (the sqlite3 shell), user + system.
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto tv = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return tv(usage.ru_utime) + tv(usage.ru_stime);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

long rssKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLong();
    }
    return 0;
}

// Resets the kernel's peak-RSS mark (VmHWM) so a phase's own peak can be read.
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

Plan makePlan(int index, int tasks)
{
    Plan plan;
    plan.goal = QStringLiteral("Goal %1 学习").arg(index);
    plan.language = QStringLiteral("en");
    plan.startDate = QDate(2026, 11, 27);
    plan.hoursPerWeek = 10;
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.title =
            QStringLiteral("Task %1 of plan %2: practise something concrete").arg(i).arg(index);
        t.notes = QStringLiteral("Notes for the task, a sentence or two long.");
        t.estimateHours = 1 + i % 4;
        t.startDate = QDate(2026, 11, 27).addDays(i);
        t.dueDate = t.startDate.addDays(1);
        t.milestone = QStringLiteral("Milestone %1").arg(i / 5);
        if (i > 0)
            t.dependsOn = {i - 1};
        plan.tasks.append(t);
    }
    return plan;
}

// Times a sqlite3 shell run of `script` against `db`, less the cost of starting the shell.
double shellSeconds(const QString &db, const QByteArray &script)
{
    auto run = [&](const QByteArray &input) {
        QProcess p;
        const double before = childrenCpuSeconds();
        p.start(QStringLiteral("sqlite3"), {db});
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(-1);
        p.readAllStandardOutput();
        return childrenCpuSeconds() - before;
    };
    const double empty = std::min({run(".quit\n"), run(".quit\n"), run(".quit\n")});
    double best = 1e9;
    for (int i = 0; i < 3; ++i)
        best = std::min(best, run(script));
    return std::max(1e-6, best - empty);
}

QSqlDatabase openRaw(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.open();
    QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return db;
}

QJsonObject benchLoad(const QString &dir, const Sizes &sizes)
{
    const QString path = dir + QStringLiteral("/load.db");
    {
        Store store(path);
        must(QCoro::waitFor(store.open()));
    }
    QSqlDatabase db = openRaw(path, QStringLiteral("load"));
    std::optional<PlanRepository> repository(std::in_place, db);
    PlanRepository &repo = *repository;
    const qint64 user = *repo.ensureLocalUser();
    for (int i = 0; i < sizes.plans; ++i)
        must(repo.insertPlan(makePlan(i, sizes.tasksPerPlan), user));

    auto best = [](auto fn) {
        double b = 1e9;
        for (int i = 0; i < 5; ++i) {
            const double start = threadCpuSeconds();
            fn();
            b = std::min(b, threadCpuSeconds() - start);
        }
        return b;
    };
    int loadedTasks = 0;
    const double twoQueries = best([&] {
        Result<QList<Plan>> plans = repo.plansWithTasks(user);
        loadedTasks = 0;
        for (const Plan &p : std::as_const(*plans))
            loadedTasks += int(p.tasks.size());
    });
    // The N+1 way: the plan list, then one query per plan for its tasks.
    const double nPlusOne = best([&] {
        QSqlQuery plans(db);
        plans.setForwardOnly(true);
        plans.prepare(sql::plansOfUser);
        plans.addBindValue(user);
        plans.exec();
        QList<qint64> ids;
        while (plans.next())
            ids.append(plans.value(0).toLongLong());
        for (qint64 id : std::as_const(ids))
            (void)repo.plan(id);
    });
    // Where the time goes: SQLite's own work for the same two SELECTs, stepping every row
    // without reading a cell (what no reader can go below), and the same with the cells read
    // as the repository reads them but into nothing.
    sqlite3 *handle = *static_cast<sqlite3 *const *>(db.driver()->handle().constData());
    auto stepAll = [&](bool readCells) {
        qint64 bytes = 0;
        for (const QString &text : {sql::plansOfUser, sql::tasksOfUser}) {
            const QByteArray utf8 = text.toUtf8();
            sqlite3_stmt *stmt = nullptr;
            sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), 0, &stmt, nullptr);
            sqlite3_bind_int64(stmt, 1, user);
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                if (!readCells)
                    continue;
                for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                    sqlite3_column_text(stmt, c);
                    bytes += sqlite3_column_bytes(stmt, c);
                }
            }
            sqlite3_finalize(stmt);
        }
        return bytes;
    };
    const double sqliteSteps = best([&] { stepAll(false); });
    const double sqliteCells = best([&] { stepAll(true); });
    // The naive way's extra work alone: 2,000 statements prepared and run with no rows read.
    QList<qint64> planIds;
    {
        QSqlQuery ids(db);
        ids.exec(QStringLiteral("SELECT id FROM plans WHERE user_id = %1 AND is_template = 0")
                     .arg(user));
        while (ids.next())
            planIds.append(ids.value(0).toLongLong());
    }
    const double statementsOnly = best([&] {
        for (qint64 id : std::as_const(planIds)) {
            for (const QString &text : {sql::planById, sql::tasksOfPlan}) {
                const QByteArray utf8 = text.toUtf8();
                sqlite3_stmt *stmt = nullptr;
                sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), 0, &stmt, nullptr);
                sqlite3_bind_int64(stmt, 1, id);
                sqlite3_step(stmt);
                sqlite3_finalize(stmt);
            }
        }
    });
    repository.reset();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("load"));

    QByteArray script = ".output /dev/null\n";
    for (const QString &s : {sql::plansOfUser, sql::tasksOfUser})
        script += QString(s).replace(QLatin1Char('?'), QString::number(user)).toUtf8() + ";\n";
    const double shell = shellSeconds(path, script);

    std::printf("load %d plans x %d tasks (%d tasks loaded)\n", sizes.plans, sizes.tasksPerPlan,
                loadedTasks);
    std::printf("  two queries        %9.2f ms\n", twoQueries * 1e3);
    std::printf("  N+1 queries        %9.2f ms   (two-query path is %.1fx faster; target >= 20x)\n",
                nPlusOne * 1e3, nPlusOne / twoQueries);
    std::printf("  sqlite3 shell      %9.2f ms   (Helios / shell = %.2f; target <= 2)\n",
                shell * 1e3, twoQueries / shell);
    std::printf("  of which SQLite: stepping the rows %.2f ms, reading every cell %.2f ms\n",
                sqliteSteps * 1e3, sqliteCells * 1e3);
    std::printf("  N+1's extra statements alone (prepare + first step, %lld x 2) %.2f ms\n",
                static_cast<long long>(planIds.size()), statementsOnly * 1e3);
    // The best any reader could do against N+1: rows that cost only SQLite's stepping.
    std::printf("  ceiling of the ratio if reading rows cost nothing: (%.2f + %.2f) / %.2f = "
                "%.1fx\n",
                sqliteSteps * 1e3, statementsOnly * 1e3, sqliteSteps * 1e3,
                (sqliteSteps + statementsOnly) / sqliteSteps);
    return {{"two_query_ms", twoQueries * 1e3},
            {"n_plus_one_ms", nPlusOne * 1e3},
            {"shell_ms", shell * 1e3},
            {"speedup_vs_n_plus_one", nPlusOne / twoQueries},
            {"ratio_to_shell", twoQueries / shell},
            {"sqlite_step_ms", sqliteSteps * 1e3},
            {"sqlite_cells_ms", sqliteCells * 1e3},
            {"n_plus_one_statements_only_ms", statementsOnly * 1e3}};
}

QJsonObject benchInsert(const QString &dir, const Sizes &sizes)
{
    const QString path = dir + QStringLiteral("/insert.db");
    {
        Store store(path);
        must(QCoro::waitFor(store.open()));
    }
    // Helios: one plan holding every task, through the repository's transaction.
    QSqlDatabase db = openRaw(path, QStringLiteral("insert"));
    std::optional<PlanRepository> repository(std::in_place, db);
    PlanRepository &repo = *repository;
    const qint64 user = *repo.ensureLocalUser();
    Plan plan = makePlan(0, sizes.insertTasks);
    const double start = threadCpuSeconds();
    Result<Plan> saved = repo.insertPlan(plan, user);
    const double helios = threadCpuSeconds() - start;
    repository.reset();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("insert"));

    // The shell: the same rows as literal INSERTs in one transaction into a fresh copy.
    const QString shellPath = dir + QStringLiteral("/insert-shell.db");
    {
        Store store(shellPath);
        must(QCoro::waitFor(store.open()));
    }
    QByteArray script =
        "PRAGMA synchronous=NORMAL;\nBEGIN;\n"
        "INSERT INTO plans (id, user_id, goal, created_at, start_date, hours_per_week)"
        " VALUES (1, 1, 'g', '2026-11-27T00:00:00Z', '2026-11-27', 10);\n";
    script.reserve(sizes.insertTasks * 260);
    for (int i = 0; i < plan.tasks.size(); ++i) {
        const Task &task = plan.tasks[i];
        script += QStringLiteral(
                      "INSERT INTO tasks (plan_id, user_id, title, notes, status, estimate_hours,"
                      " start_date, due_date, position, milestone) VALUES (1, 1, '%1', '%2',"
                      " 'todo', %3, '%4', '%5', %6, '%7');\n")
                      .arg(task.title, task.notes)
                      .arg(task.estimateHours)
                      .arg(task.startDate.toString(Qt::ISODate), task.dueDate.toString(Qt::ISODate))
                      .arg(i)
                      .arg(task.milestone)
                      .toUtf8();
    }
    script += "COMMIT;\n";
    // Each shell run inserts again; the timing compares per-run cost of the same rows.
    const double shell = shellSeconds(shellPath, script);
    const double rowsHelios = sizes.insertTasks / helios;
    const double rowsShell = sizes.insertTasks / shell;
    std::printf("insert %d tasks (saved: %s)\n", sizes.insertTasks, saved.ok() ? "yes" : "NO");
    std::printf("  Helios             %9.0f rows/s\n", rowsHelios);
    std::printf("  sqlite3 shell      %9.0f rows/s   (shell / Helios = %.2f; target <= 2)\n",
                rowsShell, rowsShell / rowsHelios);
    return {{"helios_rows_per_s", rowsHelios},
            {"shell_rows_per_s", rowsShell},
            {"ratio", rowsShell / rowsHelios}};
}

QJsonObject benchCached(const QString &dir, const Sizes &sizes)
{
    const QString path = dir + QStringLiteral("/cached.db");
    Store store(path);
    must(QCoro::waitFor(store.open()));
    for (int i = 0; i < 50; ++i)
        must(QCoro::waitFor(store.savePlan(makePlan(i, 20))));
    must(QCoro::waitFor(store.plans())); // warm

    // A cached read as the UI does it, through the PlanQueries interface the services hold: the
    // coroutine completes without leaving the thread.
    std::vector<double> samples;
    samples.reserve(sizes.cachedReads);
    PlanQueries &queries = store;
    auto reader = [&]() -> QCoro::Task<void> {
        for (int i = 0; i < sizes.cachedReads; ++i) {
            QElapsedTimer t;
            t.start();
            QCoro::Task<Result<QList<PlanSummary>>> reading = queries.plans();
            Result<QList<PlanSummary>> plans = co_await std::move(reading);
            samples.push_back(double(t.nsecsElapsed()) / 1e3);
            if (!plans)
                break;
        }
    };
    QCoro::waitFor(reader());
    // Baseline: the same list read from SQLite without the cache.
    std::vector<double> uncached;
    QSqlDatabase db = openRaw(path, QStringLiteral("cached"));
    {
        PlanRepository repo(db);
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer t;
            t.start();
            (void)repo.planSummaries(1);
            uncached.push_back(double(t.nsecsElapsed()) / 1e3);
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("cached"));
    const double hit = median(samples);
    const double miss = median(uncached);
    std::printf("cached plan list (50 plans), %d reads\n", int(samples.size()));
    std::printf("  cache hit median   %9.2f us   (target < 5 us)\n", hit);
    std::printf("  SQLite read median %9.2f us   (%.0fx slower)\n", miss, miss / hit);
    return {{"hit_median_us", hit},
            {"uncached_median_us", miss},
            {"hit_rate_reported", double(store.queryCacheHits())}};
}

QJsonObject benchStream(const QString &dir, const Sizes &sizes)
{
    const QString path = dir + QStringLiteral("/stream.db");
    {
        QSqlDatabase db;
        {
            Store store(path);
            must(QCoro::waitFor(store.open()));
        }
        db = openRaw(path, QStringLiteral("fill"));
        {
            PlanRepository repo(db);
            const qint64 user = *repo.ensureLocalUser();
            const int perPlan = 100;
            for (int i = 0; i < sizes.streamTasks / perPlan; ++i)
                must(repo.insertPlan(makePlan(i, perPlan), user));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    }
    Store store(path, 1);
    must(QCoro::waitFor(store.open()));
    must(QCoro::waitFor(store.statistics(QDate(2026, 11, 27)))); // connection and caches warm

    const long base = rssKiB("VmRSS:");
    resetPeakRss();
    qint64 streamed = 0;
    double hours = 0;
    must(QCoro::waitFor(store.forEachTask([&](const Task &t) {
        ++streamed;
        hours += t.estimateHours;
        return true;
    })));
    const long streamPeak = rssKiB("VmHWM:") - base;

    resetPeakRss();
    const long base2 = rssKiB("VmRSS:");
    qint64 loaded = 0;
    {
        Result<QList<Plan>> all = QCoro::waitFor(store.plansWithTasks());
        for (const Plan &p : std::as_const(*all))
            loaded += p.tasks.size();
    }
    const long loadPeak = rssKiB("VmHWM:") - base2;
    std::printf("stream %lld tasks (%.0f h)\n", static_cast<long long>(streamed), hours);
    std::printf("  peak RSS growth streaming      %8ld KiB\n", streamPeak);
    std::printf(
        "  peak RSS growth loading all    %8ld KiB (%lld tasks; streaming uses %.1f%% of that)\n",
        loadPeak, static_cast<long long>(loaded),
        loadPeak > 0 ? 100.0 * streamPeak / loadPeak : 0.0);
    return {{"stream_peak_kib", double(streamPeak)},
            {"load_all_peak_kib", double(loadPeak)},
            {"tasks", double(streamed)}};
}

// 50 plans x 400 tasks, one task a day each from 200 days ago: the day's list has 50 x 199 overdue
// tasks, 100 under way and each plan's next.
Plan makeDayPlan(int index, int tasks, QDate today)
{
    Plan plan;
    plan.goal = QStringLiteral("Day plan %1 学习").arg(index);
    plan.language = QStringLiteral("en");
    plan.startDate = today.addDays(-200);
    plan.hoursPerWeek = 7;
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.title =
            QStringLiteral("Task %1 of plan %2: practise something concrete").arg(i).arg(index);
        t.estimateHours = 1 + i % 3;
        t.startDate = plan.startDate.addDays(i);
        t.dueDate = t.startDate.addDays(1);
        t.milestone = QStringLiteral("Milestone %1").arg(i / 20);
        if (i > 0)
            t.dependsOn = {i - 1};
        plan.tasks.append(t);
    }
    return plan;
}

QJsonObject benchToday(const QString &dir, const Sizes &sizes)
{
    const QString path = dir + QStringLiteral("/today.db");
    const QDate today = QDate::currentDate();
    Store store(path);
    must(QCoro::waitFor(store.open()));
    for (int i = 0; i < sizes.todayPlans; ++i)
        must(QCoro::waitFor(store.savePlan(makeDayPlan(i, sizes.todayTasksPerPlan, today))));
    TaskQueries &tasks = store;
    PlanQueries &plans = store;
    must(QCoro::waitFor(tasks.openTasksStartingBy(agendaHorizon(today)))); // warm

    double queryWall = 1e9, buildCpu = 1e9, buildWall = 1e9;
    double allWall = 1e9, allBuildCpu = 1e9;
    qsizetype listed = 0;
    for (int run = 0; run < 5; ++run) {
        // Helios: the open tasks that start by the horizon, read on a store worker...
        QElapsedTimer t;
        t.start();
        QList<PlannedTask> open =
            must(QCoro::waitFor(tasks.openTasksStartingBy(agendaHorizon(today))));
        queryWall = std::min(queryWall, double(t.nsecsElapsed()) / 1e6);
        // ...and sorted into the day on the calling thread (the GUI thread in the window).
        const double cpu0 = threadCpuSeconds();
        t.restart();
        const Agenda agenda = buildAgenda(open, today);
        buildWall = std::min(buildWall, double(t.nsecsElapsed()) / 1e6);
        buildCpu = std::min(buildCpu, (threadCpuSeconds() - cpu0) * 1e3);
        listed = agenda.overdue.size() + agenda.today.size() + agenda.nextUp.size();

        // Baseline: every plan with all its tasks, then the same list built from them.
        t.restart();
        const QList<Plan> all = must(QCoro::waitFor(plans.plansWithTasks()));
        allWall = std::min(allWall, double(t.nsecsElapsed()) / 1e6);
        const double cpu1 = threadCpuSeconds();
        QList<PlannedTask> fromPlans;
        for (const Plan &plan : all) {
            for (const Task &task : plan.tasks)
                fromPlans.append(PlannedTask{task, plan.goal, plan.hoursPerWeek});
        }
        const Agenda same = buildAgenda(fromPlans, today);
        allBuildCpu = std::min(allBuildCpu, (threadCpuSeconds() - cpu1) * 1e3);
        if (same.overdue.size() != agenda.overdue.size() ||
            same.today.size() != agenda.today.size()) {
            std::fprintf(stderr, "bench_store: the two ways disagree on the day's list\n");
            std::exit(1);
        }
    }
    const int total = sizes.todayPlans * sizes.todayTasksPerPlan;
    std::printf("today over %d plans (%d tasks; %lld on the list), best of 5\n", sizes.todayPlans,
                total, static_cast<long long>(listed));
    std::printf("  openTasksStartingBy (worker)   %8.1f ms wall\n", queryWall);
    std::printf("  buildAgenda (calling thread)   %8.1f ms CPU, %.1f ms wall (target < 50 ms)\n",
                buildCpu, buildWall);
    std::printf("  baseline plansWithTasks        %8.1f ms wall (%.1fx the query)\n", allWall,
                allWall / queryWall);
    std::printf("  baseline list from plans       %8.1f ms CPU\n", allBuildCpu);
    return {{"plans", sizes.todayPlans},    {"tasks", total},
            {"listed", double(listed)},     {"query_wall_ms", queryWall},
            {"build_cpu_ms", buildCpu},     {"build_wall_ms", buildWall},
            {"all_plans_wall_ms", allWall}, {"all_plans_build_cpu_ms", allBuildCpu}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    Sizes sizes;
    if (args.contains(QStringLiteral("--quick")))
        sizes = Sizes{50, 20, 2000, 5000, 2000, 10, 400};
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty()) {
        std::fprintf(stderr, "bench_store: the sqlite3 shell is needed for the baselines\n");
        return 1;
    }
    QTemporaryDir dir;
    QJsonObject report;
    if (args.contains(QStringLiteral("--today-only"))) {
        report[QStringLiteral("today")] = benchToday(dir.path(), sizes);
        return 0;
    }
    report[QStringLiteral("load")] = benchLoad(dir.path(), sizes);
    if (!args.contains(QStringLiteral("--load-only"))) {
        report[QStringLiteral("insert")] = benchInsert(dir.path(), sizes);
        report[QStringLiteral("cached")] = benchCached(dir.path(), sizes);
        report[QStringLiteral("stream")] = benchStream(dir.path(), sizes);
        report[QStringLiteral("today")] = benchToday(dir.path(), sizes);
    }
    const int json = static_cast<int>(args.indexOf(QStringLiteral("--json")));
    if (json > 0 && json + 1 < args.size()) {
        QFile out(args[json + 1]);
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(report).toJson());
    }
    return 0;
}
