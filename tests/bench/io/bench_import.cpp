// Import benchmark (issue 15, limits): time and peak memory of `helios-cli import` on the largest
// file of each format that Helios accepts (20,000 tasks a plan, 500-character titles, notes up to
// the 16 MiB file limit; Helios JSON: as many 20,000-task plans as fit), and of re-planning the
// largest plan (a 20,000-task dependency chain). Baselines in the same run, each a separate
// process measured the same way: the sqlite3 shell inserting the same task rows in one
// transaction, `cat` reading the file, and for JSON `python3 -c json.load`.
// Usage: bench_io_import [--quick] [--json FILE]     (quick: 200 tasks, a few KiB)

#include "core/domain/plan_limits.h"
#include "core/io/import_text.h"
#include "tests/support/test_paths.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fcntl.h>
#include <functional>
#include <spawn.h>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

using namespace helios;

namespace {

struct Measured
{
    bool ok = false;
    double seconds = 0;
    long peakKiB = 0; // the process's own peak resident memory (ru_maxrss)
};

// Runs a program with its stdin redirected from a file ("" for /dev/null) and stdout to
// /dev/null, and measures its wall time and peak RSS (wait4's rusage of that child).
Measured spawnAndMeasure(const std::vector<std::string> &command, const std::string &input)
{
    std::vector<char *> argv;
    for (const std::string &a : command)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, input.empty() ? "/dev/null" : input.c_str(),
                                     O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    struct timespec start = {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    Measured m;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return m;
    int status = 0;
    struct rusage usage = {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return m;
    struct timespec end = {};
    clock_gettime(CLOCK_MONOTONIC, &end);
    m.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    m.peakKiB = usage.ru_maxrss;
    m.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return m;
}

// A child's ru_maxrss counts the memory of the process it was spawned from (until its exec), so
// the programs are spawned by a small launcher forked before this process grows (it holds the
// generated files), which gets commands over a pipe: argv and input as NUL-separated strings.
struct Launcher
{
    int toLauncher = -1;
    int fromLauncher = -1;
    long ownKiB = 0; // the launcher's own size: a floor under every figure
};

Launcher *launcher = nullptr;

bool readAll(int fd, void *data, size_t size)
{
    auto *p = static_cast<char *>(data);
    while (size > 0) {
        const ssize_t n = ::read(fd, p, size);
        if (n <= 0)
            return false;
        p += n;
        size -= size_t(n);
    }
    return true;
}

void startLauncher()
{
    int requests[2];
    int answers[2];
    if (::pipe(requests) != 0 || ::pipe(answers) != 0)
        std::exit(1);
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(requests[1]);
        ::close(answers[0]);
        for (;;) {
            quint32 size = 0;
            if (!readAll(requests[0], &size, sizeof size))
                ::_exit(0);
            std::string buffer(size, '\0');
            if (!readAll(requests[0], buffer.data(), size))
                ::_exit(0);
            std::vector<std::string> parts;
            size_t from = 0;
            for (size_t i = 0; i < buffer.size(); ++i) {
                if (buffer[i] == '\0') {
                    parts.push_back(buffer.substr(from, i - from));
                    from = i + 1;
                }
            }
            const std::string input = parts.empty() ? std::string() : parts.back();
            if (!parts.empty())
                parts.pop_back();
            const Measured m = spawnAndMeasure(parts, input);
            if (::write(answers[1], &m, sizeof m) != ssize_t(sizeof m))
                ::_exit(1);
        }
    }
    ::close(requests[0]);
    ::close(answers[1]);
    launcher = new Launcher{requests[1], answers[0], 0};
}

Measured run(const QStringList &command, const QString &input = {})
{
    std::string request;
    for (const QString &part : command)
        request += part.toStdString() + '\0';
    request += input.toStdString() + '\0';
    const quint32 size = quint32(request.size());
    Measured m;
    if (::write(launcher->toLauncher, &size, sizeof size) != ssize_t(sizeof size) ||
        ::write(launcher->toLauncher, request.data(), size) != ssize_t(size) ||
        !readAll(launcher->fromLauncher, &m, sizeof m))
        return Measured{};
    return m;
}

// The best of `runs` (least time; its peak memory with it): other builds share the machine.
Measured best(int runs, const std::function<Measured()> &once)
{
    Measured out;
    for (int i = 0; i < runs; ++i) {
        const Measured m = once();
        if (!m.ok)
            return m;
        if (!out.ok || m.seconds < out.seconds)
            out = m;
    }
    return out;
}

QString title(int i, int length)
{
    QString t = QStringLiteral("Task %1 学习 ").arg(i);
    while (t.size() < length)
        t += QStringLiteral("practise something concrete ");
    return t.left(length).trimmed();
}

struct Sizes
{
    int tasks = limits::kMaxTasksPerPlan;
    int titleLength = limits::kMaxTitleLength;
    qint64 fileBytes = kMaxImportBytes - 64 * 1024; // a little room for the last lines
};

// The same rows for the sqlite3 shell: one INSERT per task in one transaction.
QByteArray insertScript(int tasks, int plans, int titleLength, int notesLength)
{
    QByteArray sql = "PRAGMA journal_mode=WAL;\nCREATE TABLE tasks (id INTEGER PRIMARY KEY, "
                     "plan_id INTEGER, title TEXT, notes TEXT, position INTEGER);\nBEGIN;\n";
    const QByteArray notes(notesLength, 'n');
    for (int p = 0; p < plans; ++p) {
        for (int i = 0; i < tasks; ++i) {
            sql += "INSERT INTO tasks (plan_id, title, notes, position) VALUES (" +
                   QByteArray::number(p + 1) + ",'" + title(i, titleLength).toUtf8() + "','" +
                   notes + "'," + QByteArray::number(i) + ");\n";
        }
    }
    return sql + "COMMIT;\n";
}

QByteArray markdown(const Sizes &s, int &notesLength)
{
    // "- title\n  notes\n" per task, notes as long as the file allows.
    const qint64 perTask = s.fileBytes / s.tasks;
    const qint64 titleBytes = title(s.tasks, s.titleLength).toUtf8().size();
    notesLength = int(std::max<qint64>(0, perTask - titleBytes - 8));
    notesLength = std::min(notesLength, limits::kMaxNotesLength);
    QByteArray out = "# The largest Markdown plan\n";
    const QByteArray notes(notesLength, 'n');
    for (int i = 0; i < s.tasks; ++i)
        out += "- " + title(i, s.titleLength).toUtf8() + "\n  " + notes + '\n';
    return out;
}

QByteArray icalendar(const Sizes &s, int &notesLength)
{
    const qint64 perTask = s.fileBytes / s.tasks;
    const qint64 titleBytes = title(s.tasks, s.titleLength).toUtf8().size();
    notesLength = int(std::max<qint64>(0, perTask - titleBytes - 80));
    notesLength = std::min(notesLength, limits::kMaxNotesLength);
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n";
    const QByteArray notes(notesLength, 'n');
    for (int i = 0; i < s.tasks; ++i) {
        out += "BEGIN:VTODO\r\nUID:t" + QByteArray::number(i) +
               "@bench\r\nSUMMARY:" + title(i, s.titleLength).toUtf8() +
               "\r\nDESCRIPTION:" + notes + "\r\nEND:VTODO\r\n";
    }
    return out + "END:VCALENDAR\r\n";
}

QByteArray todotxt(const Sizes &s)
{
    QByteArray out;
    for (int i = 0; i < s.tasks; ++i)
        out += title(i, s.titleLength).toUtf8() + " +bench\n";
    return out;
}

// As many plans of `tasks` tasks (a dependency chain) as fit in the file limit.
QByteArray heliosJson(const Sizes &s, int titleLength, int &plans)
{
    QByteArray one;
    {
        QJsonArray tasks;
        for (int i = 0; i < s.tasks; ++i) {
            QJsonObject t{{QStringLiteral("id"), i + 1},
                          {QStringLiteral("title"), title(i, titleLength)},
                          {QStringLiteral("estimate_hours"), 1},
                          {QStringLiteral("depends_on"), i > 0 ? QJsonArray{i} : QJsonArray{}}};
            tasks.append(t);
        }
        one =
            QJsonDocument(QJsonObject{{QStringLiteral("goal"), QStringLiteral("Chain")},
                                      {QStringLiteral("start_date"), QStringLiteral("2026-11-27")},
                                      {QStringLiteral("hours_per_week"), 10},
                                      {QStringLiteral("tasks"), tasks}})
                .toJson(QJsonDocument::Compact);
    }
    plans = std::max<int>(1, int((s.fileBytes - 100) / (one.size() + 1)));
    plans = std::min(plans, limits::kMaxPlansPerImport);
    QByteArray out = R"({"format":"helios-plan","formatVersion":1,"plans":[)";
    for (int p = 0; p < plans; ++p)
        out += (p ? "," : "") + one;
    return out + "]}";
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    startLauncher(); // before anything grows
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const qsizetype jsonAt = args.indexOf(QStringLiteral("--json"));
    const QString jsonOut = jsonAt > 0 ? args.value(jsonAt + 1) : QString();
    const int runs = quick ? 1 : 3;
    Sizes sizes;
    if (quick) {
        sizes.tasks = 200;
        sizes.titleLength = 60;
        sizes.fileBytes = 64 * 1024;
    }

    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const QString cli = helios::test::cliPath();
    QJsonArray results;
    std::printf("largest accepted import of each format: %d tasks a plan, titles of %d, "
                "files up to %lld bytes; best of %d runs\n",
                sizes.tasks, sizes.titleLength, static_cast<long long>(sizes.fileBytes), runs);
    const Measured floor = run({QStringLiteral("/bin/true")});
    std::printf("peak memory of /bin/true through the launcher (a floor under every figure): "
                "%.1f MiB\n",
                floor.peakKiB / 1024.0);
    std::printf("%-10s %10s %8s %12s %12s %12s %12s %10s %10s\n", "format", "bytes", "tasks",
                "helios s", "helios MiB", "sqlite3 s", "sqlite3 MiB", "time ×", "memory ×");

    struct Case
    {
        QString format;
        QByteArray bytes;
        int tasks;
        int notesLength;
        int plans;
    };
    QList<Case> cases;
    int notes = 0;
    QByteArray md = markdown(sizes, notes);
    cases.append({QStringLiteral("md"), md, sizes.tasks, notes, 1});
    QByteArray ics = icalendar(sizes, notes);
    cases.append({QStringLiteral("ics"), ics, sizes.tasks, notes, 1});
    cases.append({QStringLiteral("todotxt"), todotxt(sizes), sizes.tasks, 0, 1});
    int plans = 0;
    QByteArray json = heliosJson(sizes, 24, plans);
    cases.append({QStringLiteral("json"), json, sizes.tasks * plans, 0, plans});

    int caseIndex = 0;
    for (const Case &c : std::as_const(cases)) {
        ++caseIndex;
        const QString file = dir.filePath(QStringLiteral("largest.%1").arg(c.format));
        const QString script = dir.filePath(QStringLiteral("largest-%1.sql").arg(c.format));
        if (!write(file, c.bytes) ||
            !write(script, insertScript(c.tasks / c.plans, c.plans,
                                        c.format == QLatin1String("json") ? 24 : sizes.titleLength,
                                        c.notesLength)))
            return 1;
        int attempt = 0;
        const Measured helios = best(runs, [&] {
            const QString db =
                dir.filePath(QStringLiteral("h%1-%2.db").arg(caseIndex).arg(++attempt));
            return run({cli, QStringLiteral("--db"), db, QStringLiteral("import"), file,
                        QStringLiteral("--format"), c.format, QStringLiteral("--today"),
                        QStringLiteral("2026-11-27")});
        });
        const Measured shell = best(runs, [&] {
            const QString db =
                dir.filePath(QStringLiteral("s%1-%2.db").arg(caseIndex).arg(++attempt));
            return run({QStringLiteral("/usr/bin/sqlite3"), db}, script);
        });
        const Measured cat = best(runs, [&] {
            return run({QStringLiteral("/usr/bin/cat"), file});
        });
        Measured python;
        if (c.format == QLatin1String("json"))
            python = best(runs, [&] {
                return run({QStringLiteral("/usr/bin/env"), QStringLiteral("python3"),
                            QStringLiteral("-c"),
                            QStringLiteral("import json,sys; json.load(open(sys.argv[1]))"), file});
            });
        if (!helios.ok || !shell.ok) {
            std::fprintf(stderr, "bench_import: %s failed (helios %d, sqlite3 %d)\n",
                         qPrintable(c.format), helios.ok, shell.ok);
            return 1;
        }
        std::printf("%-10s %10lld %8d %12.2f %12.1f %12.2f %12.1f %10.2f %10.2f\n",
                    qPrintable(c.format), static_cast<long long>(c.bytes.size()), c.tasks,
                    helios.seconds, helios.peakKiB / 1024.0, shell.seconds, shell.peakKiB / 1024.0,
                    helios.seconds / shell.seconds, double(helios.peakKiB) / shell.peakKiB);
        std::printf("%-10s cat: %.3f s, %.1f MiB%s\n", "", cat.seconds, cat.peakKiB / 1024.0,
                    python.ok ? qPrintable(QStringLiteral("; python3 json.load: %1 s, %2 MiB")
                                               .arg(python.seconds, 0, 'f', 2)
                                               .arg(python.peakKiB / 1024.0, 0, 'f', 1))
                              : "");
        results.append(QJsonObject{{QStringLiteral("format"), c.format},
                                   {QStringLiteral("bytes"), c.bytes.size()},
                                   {QStringLiteral("tasks"), c.tasks},
                                   {QStringLiteral("plans"), c.plans},
                                   {QStringLiteral("helios_s"), helios.seconds},
                                   {QStringLiteral("helios_kib"), double(helios.peakKiB)},
                                   {QStringLiteral("sqlite3_s"), shell.seconds},
                                   {QStringLiteral("sqlite3_kib"), double(shell.peakKiB)},
                                   {QStringLiteral("cat_s"), cat.seconds},
                                   {QStringLiteral("python_s"), python.seconds},
                                   {QStringLiteral("python_kib"), double(python.peakKiB)}});
    }

    // Opening the largest database (the Markdown import's): every command reads it first, with
    // quick_check; against the sqlite3 shell running quick_check alone on the same file.
    {
        const QString db = dir.filePath(QStringLiteral("h1-1.db"));
        const Measured listed = best(runs, [&] {
            return run({cli, QStringLiteral("--db"), db, QStringLiteral("plans"),
                        QStringLiteral("--json")});
        });
        const Measured checked = best(runs, [&] {
            return run(
                {QStringLiteral("/usr/bin/sqlite3"), db, QStringLiteral("PRAGMA quick_check")});
        });
        if (!listed.ok || !checked.ok)
            return 1;
        std::printf("plans on the largest database (%lld bytes): %.3f s, %.1f MiB; sqlite3 "
                    "quick_check alone: %.3f s (%.2f×)\n",
                    static_cast<long long>(QFileInfo(db).size()), listed.seconds,
                    listed.peakKiB / 1024.0, checked.seconds, listed.seconds / checked.seconds);
        results.append(QJsonObject{{QStringLiteral("format"), QStringLiteral("open")},
                                   {QStringLiteral("helios_s"), listed.seconds},
                                   {QStringLiteral("helios_kib"), double(listed.peakKiB)},
                                   {QStringLiteral("quick_check_s"), checked.seconds}});
    }

    // Re-planning the largest plan: the 20,000-task chain of the JSON file, against reading it.
    {
        const QString db = dir.filePath(QStringLiteral("replan.db"));
        Sizes one = sizes;
        int onePlan = 0;
        one.fileBytes = 1; // a single plan
        const QString file = dir.filePath(QStringLiteral("chain.json"));
        if (!write(file, heliosJson(one, 24, onePlan)) ||
            !run({cli, QStringLiteral("--db"), db, QStringLiteral("import"), file}).ok)
            return 1;
        const Measured replan = best(runs, [&] {
            return run({cli, QStringLiteral("--db"), db, QStringLiteral("replan"),
                        QStringLiteral("1"), QStringLiteral("--today"),
                        QStringLiteral("2026-12-01"), QStringLiteral("--accept"),
                        QStringLiteral("--json")});
        });
        const Measured show = best(runs, [&] {
            return run({cli, QStringLiteral("--db"), db, QStringLiteral("show"),
                        QStringLiteral("1"), QStringLiteral("--json")});
        });
        if (!replan.ok || !show.ok)
            return 1;
        std::printf("replan --accept of a %d-task chain: %.2f s, %.1f MiB; show --json of it: "
                    "%.2f s, %.1f MiB (%.2f×, %.2f×)\n",
                    one.tasks, replan.seconds, replan.peakKiB / 1024.0, show.seconds,
                    show.peakKiB / 1024.0, replan.seconds / show.seconds,
                    double(replan.peakKiB) / show.peakKiB);
        results.append(QJsonObject{{QStringLiteral("format"), QStringLiteral("replan")},
                                   {QStringLiteral("tasks"), one.tasks},
                                   {QStringLiteral("helios_s"), replan.seconds},
                                   {QStringLiteral("helios_kib"), double(replan.peakKiB)},
                                   {QStringLiteral("show_s"), show.seconds},
                                   {QStringLiteral("show_kib"), double(show.peakKiB)}});
    }
    if (!jsonOut.isEmpty())
        write(jsonOut, QJsonDocument(QJsonObject{{QStringLiteral("imports"), results}}).toJson());
    return 0;
}
