// Export benchmark (issue 7, "streaming export"): peak RSS growth and throughput of exporting
// all plans in each format, at two sizes in the same run, so the ratio says whether memory stays
// flat as the task count grows tenfold; loading every plan at the large size is the contrast.
// Usage: bench_io_io [--quick] [--json FILE]    (full: 10,000 vs 100,000 tasks; quick: 1k/10k)

#include "core/jobs/plan_snapshot.h"
#include "core/jobs/plan_transfer.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

#include <cstdio>
#include <cstdlib>

using namespace helios;

namespace {

constexpr int kTasksPerPlan = 100;

template <typename T> T must(Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "bench_io: %s\n", qPrintable(result.error().message));
        std::exit(1);
    }
    return std::move(result).value();
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

// Resets the kernel's peak-RSS mark (VmHWM) so that a phase's own peak can be read.
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

Plan makePlan(int index)
{
    Plan plan;
    plan.goal = QStringLiteral("Goal %1: 学习 something, well; fast").arg(index);
    plan.language = QStringLiteral("en");
    plan.startDate = QDate(2026, 11, 27);
    for (int i = 0; i < kTasksPerPlan; ++i) {
        Task t;
        t.title = QStringLiteral("Task %1 of plan %2: practise something concrete, 练习")
                      .arg(i)
                      .arg(index);
        t.notes = QStringLiteral("Notes for the task,\na sentence or two long.");
        t.estimateHours = 1 + i % 4;
        t.status = i % 5 == 0 ? TaskStatus::Done : TaskStatus::Todo;
        t.startDate = QDate(2026, 11, 27).addDays(i);
        t.dueDate = t.startDate.addDays(1);
        t.milestone = QStringLiteral("Milestone %1").arg(i / 10);
        if (i > 0)
            t.dependsOn = {i - 1};
        plan.tasks.append(t);
    }
    return plan;
}

// `versions` saved versions per plan (snapshots of the whole plan, as a re-plan leaves them),
// for the JSON export, which writes them too.
void fill(Store &store, int tasks, int versions = 0)
{
    const int plans = tasks / kTasksPerPlan;
    auto addVersions = [versions](qsizetype, const Plan &plan) -> Result<QList<PlanVersion>> {
        const QString snapshot = planSnapshot(plan);
        QList<PlanVersion> out;
        for (int v = 1; v <= versions; ++v)
            out.append({v, QDateTime::currentDateTimeUtc(), QStringLiteral("replan"), snapshot});
        return out;
    };
    for (int first = 0; first < plans; first += 100) {
        QList<Plan> batch;
        for (int i = first; i < std::min(plans, first + 100); ++i)
            batch.append(makePlan(i));
        must(QCoro::waitFor(store.savePlans(batch, addVersions)));
    }
}

struct Run
{
    long peakKiB = 0;
    double seconds = 0;
    qint64 bytes = 0;
};

Run exportAll(Store &store, PlanFormat format, const QString &path)
{
    PlanTransfer transfer(store);
    const long base = rssKiB("VmRSS:");
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    must(Result<Ok>(QCoro::waitFor(transfer.exportToFile(std::nullopt, format, path))));
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakKiB = std::max(0L, rssKiB("VmHWM:") - base);
    run.bytes = QFileInfo(path).size();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int small = quick ? 1000 : 10000;
    const int large = small * 10;

    QTemporaryDir dir;
    Store smallStore(dir.filePath(QStringLiteral("small.db")), 1);
    Store largeStore(dir.filePath(QStringLiteral("large.db")), 1);
    must(QCoro::waitFor(smallStore.open()));
    must(QCoro::waitFor(largeStore.open()));
    fill(smallStore, small);
    fill(largeStore, large);
    // The same plans with two saved versions each: the JSON export writes three times the tasks.
    Store smallVersioned(dir.filePath(QStringLiteral("small-versions.db")), 1);
    Store largeVersioned(dir.filePath(QStringLiteral("large-versions.db")), 1);
    must(QCoro::waitFor(smallVersioned.open()));
    must(QCoro::waitFor(largeVersioned.open()));
    fill(smallVersioned, small, 2);
    fill(largeVersioned, large, 2);

    QJsonObject report;
    QList<std::pair<QString, std::pair<Run, Run>>> runs;
    const QList<PlanFormat> formats{PlanFormat::Json, PlanFormat::ICalendar, PlanFormat::Markdown,
                                    PlanFormat::Csv, PlanFormat::TodoTxt};
    for (const PlanFormat format : formats) {
        const QString name = planFormatName(format);
        // Warm the connection and the code paths once, so the first measured run is not
        // charged with them.
        exportAll(smallStore, format, dir.filePath(QStringLiteral("warm.") + name));
        const Run a = exportAll(smallStore, format, dir.filePath(QStringLiteral("small.") + name));
        const Run b = exportAll(largeStore, format, dir.filePath(QStringLiteral("large.") + name));
        runs.append({name, {a, b}});
    }
    {
        const QString name = QStringLiteral("json+versions");
        exportAll(smallVersioned, PlanFormat::Json, dir.filePath(QStringLiteral("warm.versions")));
        const Run a =
            exportAll(smallVersioned, PlanFormat::Json, dir.filePath(QStringLiteral("small.v")));
        const Run b =
            exportAll(largeVersioned, PlanFormat::Json, dir.filePath(QStringLiteral("large.v")));
        runs.append({name, {a, b}});
    }

    // The baseline, last (freed heap would hide later growth): every plan of the large database
    // in memory at once.
    const long base = rssKiB("VmRSS:");
    resetPeakRss();
    qint64 loaded = 0;
    {
        const QList<Plan> all = must(QCoro::waitFor(largeStore.plansWithTasks()));
        for (const Plan &plan : all)
            loaded += plan.tasks.size();
    }
    const long loadPeak = std::max(1L, rssKiB("VmHWM:") - base);

    std::printf("export all plans, peak RSS growth at %d and %d tasks, and throughput at %d\n",
                small, large, large);
    std::printf("baseline: loading all %lld tasks: peak +%ld KiB\n", static_cast<long long>(loaded),
                loadPeak);
    for (const auto &[name, pair] : std::as_const(runs)) {
        const Run &a = pair.first;
        const Run &b = pair.second;
        std::printf(
            "  %-8s +%5ld KiB  +%5ld KiB (%.2f%% of the baseline)  %7.0f tasks/s  %5.1f MiB/s"
            "  (%.1f MiB file)\n",
            qPrintable(name), a.peakKiB, b.peakKiB, 100.0 * double(b.peakKiB) / loadPeak,
            large / b.seconds, double(b.bytes) / (1024.0 * 1024.0) / b.seconds,
            double(b.bytes) / (1024.0 * 1024.0));
        report[name] =
            QJsonObject{{QStringLiteral("small_peak_kib"), double(a.peakKiB)},
                        {QStringLiteral("large_peak_kib"), double(b.peakKiB)},
                        {QStringLiteral("share_of_load_all"), double(b.peakKiB) / loadPeak},
                        {QStringLiteral("tasks_per_second"), large / b.seconds},
                        {QStringLiteral("bytes"), double(b.bytes)}};
    }
    report[QStringLiteral("load_all_peak_kib")] = double(loadPeak);

    const qsizetype json = args.indexOf(QStringLiteral("--json"));
    if (json > 0 && json + 1 < args.size()) {
        QFile out(args[json + 1]);
        if (out.open(QIODevice::WriteOnly))
            out.write(QJsonDocument(report).toJson());
    }
    return 0;
}
