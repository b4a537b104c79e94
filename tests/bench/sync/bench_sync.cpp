// CalDAV sync at scale (issue 18, item 7): `helios-cli sync` of a 5,000-task plan in a real SQLite
// file with a real server on loopback (Radicale, Xandikos: tests/support/caldav_server), against
// a baseline in the same run: the same VTODO bodies PUT by one curl process that keeps its
// connection alive, to a fresh collection of the same server. Then an incremental sync with one
// change on each side (a task's notes here, a VTODO's SUMMARY on the server by curl) through
// tests/support/dav_proxy, which counts the requests and connections; both changes must arrive.
// Peak RSS of the sync process (GNU time's %M) at two sizes against the same process doing no
// sync (`sync status`), for "memory flat". Prints figures; asserts only that the syncs worked
// (exit code 1 otherwise), never a time.
// Usage: bench_sync_sync [--quick] [--tasks N] [--small N] [--servers radicale,xandikos]
//                        [--json FILE]        (quick: 40 and 200 tasks)
//        bench_sync_sync --incremental-only N [--steady S]   (S syncs in one process after it)

#include "core/store/store.h"
#include "core/sync/caldav.h"
#include "core/sync/dav_client.h"
#include "core/sync/sync_engine.h"
#include "tests/support/caldav_server.h"
#include "tests/support/dav_proxy.h"
#include "tests/support/test_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>

#include <qcoro/qcorotask.h>

#include <cstdio>
#include <malloc.h>
#include <memory>
#include <vector>

using namespace helios;
using namespace helios::test;

namespace {

// Stops the benchmark: unwinding to main stops the servers it started (exit() would leave them).
struct Failed
{
    QString why;
};

[[noreturn]] void die(const QString &why)
{
    throw Failed{why};
}

template <typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        die(QStringLiteral("%1: %2").arg(QLatin1String(what), result.error().message));
    return std::move(*result);
}

// A plan of `count` tasks in milestones of 100, each depending on the one before, one in ten
// with notes, English and Chinese titles, one a day from 60 days ago, the first tenth done
// (the same shape as the other benchmarks' plans).
Plan makePlan(int count)
{
    Plan plan;
    plan.goal = QStringLiteral("Sync benchmark, %1 tasks").arg(count);
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

struct Run
{
    int exitCode = -1;
    double seconds = 0; // wall, start to exit, measured here
    long peakKiB = 0;   // GNU time's %M: the process's peak resident set
    double cpu = 0;     // GNU time's %U + %S: the process's CPU time, user and system
    QByteArray out;
    QByteArray err;
    // The program's resident set sampled every 100 ms while it ran: (seconds since start, KiB).
    QList<std::pair<double, long>> rss;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }

    // The resident set at that fraction of the run's samples (0.5: halfway), in KiB.
    long rssAt(double fraction) const
    {
        if (rss.isEmpty())
            return 0;
        const auto i = qsizetype(fraction * double(rss.size() - 1));
        return rss.at(std::clamp<qsizetype>(i, 0, rss.size() - 1)).second;
    }
    long rssHighest() const
    {
        long most = 0;
        for (const auto &[at, kib] : rss)
            most = std::max(most, kib);
        return most;
    }
    // Where in the run (0..1 of its samples) the resident set was first at its highest.
    double rssHighestAt() const
    {
        const long most = rssHighest();
        for (qsizetype i = 0; i < rss.size(); ++i) {
            if (rss.at(i).second == most)
                return rss.size() > 1 ? double(i) / double(rss.size() - 1) : 0.0;
        }
        return 0.0;
    }
};

// VmRSS of the program /usr/bin/time (pid) started, in KiB; 0 when it is not running yet.
long childRssKiB(qint64 timePid)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(timePid));
    if (!children.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray pid = children.readAll().trimmed().split(' ').value(0);
    if (pid.isEmpty())
        return 0;
    QFile status(QStringLiteral("/proc/%1/status").arg(QString::fromLatin1(pid)));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// Runs a program under /usr/bin/time while this process's event loop keeps running (the proxy
// lives in it).
Run runTimed(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
             const QString &scratch)
{
    const QString timeFile = scratch + QStringLiteral("/time.txt");
    QFile::remove(timeFile);
    QProcess process;
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral("/usr/bin/time"),
                  QStringList{QStringLiteral("-f"), QStringLiteral("%M %U %S"),
                              QStringLiteral("-o"), timeFile, program} +
                      arguments);
    QTimer::singleShot(90 * 60 * 1000, &loop, &QEventLoop::quit);
    Run run;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        if (const long kib = childRssKiB(process.processId()); kib > 0)
            run.rss.append({double(clock.nsecsElapsed()) / 1e9, kib});
    });
    sampler.start(100);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    sampler.stop();
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        die(QStringLiteral("%1 did not finish within 90 minutes").arg(program));
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    QFile times(timeFile);
    if (times.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = times.readAll().trimmed().split('\n');
        const QList<QByteArray> fields = lines.last().trimmed().split(' ');
        run.peakKiB = fields.value(0).toLong();
        run.cpu = fields.value(1).toDouble() + fields.value(2).toDouble();
    }
    return run;
}

struct Bench
{
    CalDavServer &server;
    QString scratch;        // a temporary folder for files
    QString curlAuthConfig; // curl's --config with the user and password (never an argument)
    QProcessEnvironment cliEnv;

    QStringList cli(const QString &db, QStringList arguments) const
    {
        return arguments << QStringLiteral("--json") << QStringLiteral("--db") << db;
    }

    Run helios(const QString &db, const QStringList &arguments) const
    {
        // HELIOS_BENCH_CLI: a copy of helios-cli to run instead of the build's, so that a
        // long run measures one build while the tree is rebuilt meanwhile.
        return runTimed(qEnvironmentVariable("HELIOS_BENCH_CLI", cliPath()), cli(db, arguments),
                        cliEnv, scratch);
    }

    Run curl(const QStringList &arguments) const
    {
        return runTimed(
            QStringLiteral("curl"),
            QStringList{QStringLiteral("-sS"), QStringLiteral("--config"), curlAuthConfig} +
                arguments,
            QProcessEnvironment::systemEnvironment(), scratch);
    }
};

QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

struct FirstSync
{
    int tasks = 0;
    Run helios;
    int heliosRequests = 0;
    Run curl;
    int curlPuts = 0;     // answered 201
    int curlConnects = 0; // TCP connections curl opened over all its transfers
    Run idle;             // `sync status` of the same database: the process without a sync
    Run shown;            // `show PLAN --json`: the process holding the plan, without a sync
    QString db;
    qint64 planId = 0;
    qint64 bindingId = 0;
    QString collection;
};

// A plan of `count` tasks synced for the first time by helios-cli (a new calendar, as a person
// binds a plan), then the same bodies PUT by one curl to a fresh calendar.
FirstSync firstSync(const Bench &b, int count, const QString &folder)
{
    FirstSync f;
    f.tasks = count;
    f.db = folder + QStringLiteral("/helios.db");
    {
        Store store(f.db);
        if (!QCoro::waitFor(store.open()))
            die(QStringLiteral("could not create %1").arg(f.db));
        f.planId = must(QCoro::waitFor(store.savePlan(makePlan(count))), "saving the plan").id;
    }
    // The first command of the day writes the daily backup: not part of what is measured.
    if (b.helios(f.db, {QStringLiteral("plans")}).exitCode != 0)
        die(QStringLiteral("helios-cli plans failed"));
    f.idle = b.helios(f.db, {QStringLiteral("sync"), QStringLiteral("status")});
    f.shown = b.helios(f.db, {QStringLiteral("show"), QString::number(f.planId)});
    if (f.shown.exitCode != 0)
        die(QStringLiteral("helios-cli show failed"));

    f.helios =
        b.helios(f.db, {QStringLiteral("sync"), QStringLiteral("--account"),
                        b.server.root().toString(), QStringLiteral("--user"), b.server.user(),
                        QStringLiteral("--plan"), QString::number(f.planId)});
    const QJsonObject report = f.helios.json();
    if (f.helios.exitCode != 0 || report.value(QStringLiteral("sent")).toInt() != count)
        die(QStringLiteral("helios-cli sync of %1 tasks: exit %2, %3 %4")
                .arg(count)
                .arg(f.helios.exitCode)
                .arg(QString::fromUtf8(f.helios.out), QString::fromUtf8(f.helios.err.left(2000))));
    f.heliosRequests = report.value(QStringLiteral("requests")).toInt();
    f.collection = report.value(QStringLiteral("collection")).toString();

    // The bodies Helios sent, as it recorded them.
    QList<SyncItem> items;
    {
        Store store(f.db);
        if (!QCoro::waitFor(store.open()))
            die(QStringLiteral("could not open %1").arg(f.db));
        const QList<SyncBinding> bindings = must(QCoro::waitFor(store.bindings()), "bindings");
        if (bindings.size() != 1)
            die(QStringLiteral("expected one binding"));
        f.bindingId = bindings.constFirst().id;
        items = must(QCoro::waitFor(store.items(f.bindingId)), "items");
    }
    // One item per task, and one per milestone's group (task 0; milestones of 100 tasks): the
    // baseline below PUTs every one of them, as Helios did.
    const qsizetype taskItems =
        std::count_if(items.cbegin(), items.cend(), [](const SyncItem &i) { return i.taskId > 0; });
    if (taskItems != count || items.size() - taskItems != (count + 99) / 100)
        die(QStringLiteral("%1 items recorded for %2 tasks").arg(items.size()).arg(count));

    // The baseline: a fresh calendar, then one curl PUTting every body with If-None-Match: *.
    const QString bodies = folder + QStringLiteral("/bodies");
    QDir().mkpath(bodies);
    const QUrl baseline =
        b.server.homeSet().resolved(QUrl(QStringLiteral("curl-baseline-%1/").arg(count)));
    const Run made =
        b.curl({QStringLiteral("-X"), QStringLiteral("MKCALENDAR"), QStringLiteral("-o"),
                QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
                baseline.toString()});
    if (made.exitCode != 0 || made.out != "201")
        die(QStringLiteral("MKCALENDAR by curl answered %1").arg(QString::fromUtf8(made.out)));
    // "Expect:" off: curl would wait up to 1 s for a 100 Continue before each body, which
    // Radicale never sends; Helios (QNetworkAccessManager) sends bodies at once too.
    QByteArray config = "header = \"Content-Type: text/calendar; charset=utf-8\"\n"
                        "header = \"If-None-Match: *\"\n"
                        "header = \"Expect:\"\n"
                        "write-out = \"%{http_code} %{num_connects}\\n\"\n";
    for (int i = 0; i < items.size(); ++i) {
        const SyncItem &item = items.at(i);
        const QString file = bodies + QStringLiteral("/%1.ics").arg(i);
        if (!writeFile(file, item.resource))
            die(QStringLiteral("could not write %1").arg(file));
        const QString name = item.href.section(QLatin1Char('/'), -1);
        config += "url = " + quoted(baseline.resolved(QUrl(name)).toString()).toUtf8() +
                  "\nupload-file = " + quoted(file).toUtf8() + "\noutput = \"/dev/null\"\n";
    }
    const QString putConfig = folder + QStringLiteral("/puts.curlrc");
    writeFile(putConfig, config);
    f.curl = b.curl({QStringLiteral("--config"), putConfig});
    for (const QByteArray &line : f.curl.out.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() != 2)
            continue;
        if (parts.at(0) == "201")
            ++f.curlPuts;
        f.curlConnects += parts.at(1).toInt();
    }
    if (f.curl.exitCode != 0 || f.curlPuts != items.size())
        die(QStringLiteral("curl stored %1 of %2 (exit %3): %4")
                .arg(f.curlPuts)
                .arg(items.size())
                .arg(f.curl.exitCode)
                .arg(QString::fromUtf8(f.curl.err.left(500))));
    return f;
}

struct Incremental
{
    Run run;
    int reportedRequests = 0;
    int proxiedRequests = 0;
    int connections = 0;
    QStringList requests;
    QStringList serverTimes;  // "METHOD n ms" for each request, in the order answered
    double serverSeconds = 0; // their sum: what any client would wait for
    int received = 0;
    int sent = 0;
    Run unchanged; // a second sync with nothing to do
    int unchangedRequests = 0;
    qint64 dbBefore = 0; // the database file (and its WAL) before and after the incremental sync
    qint64 dbAfter = 0;
    QList<qint64> dbGrowth; // then three more syncs, each receiving one rename: the growth of each
    QList<double> renameSeconds;       // and the time of each of those syncs
    QStringList renameServerTimes;     // the server's time for each of their requests
    QList<double> renameServerSeconds; // and its sum for each sync
};

// The database's size on disk: the file and its write-ahead log (empty once the last connection
// closed), i.e. page_count × page_size.
qint64 databaseBytes(const QString &db)
{
    return QFileInfo(db).size() + QFileInfo(db + QStringLiteral("-wal")).size();
}

QByteArray replaceLine(QByteArray resource, const QByteArray &property, const QByteArray &value)
{
    const qsizetype at = resource.indexOf("\r\n" + property + ":");
    if (at < 0)
        return {};
    const qsizetype end = resource.indexOf("\r\n", at + 2);
    resource.replace(at + 2, end - at - 2, property + ':' + value);
    return resource;
}

// One task's notes changed here, another task's title on the server, then `sync now` through
// the counting proxy; both changes must have arrived.
Incremental incremental(const Bench &b, const FirstSync &f)
{
    Incremental inc;
    DavProxy proxy(b.server.root());
    // How long the server took for each request (the proxy's wait for its answer).
    QHash<QString, QElapsedTimer> started;
    QStringList serverTimes;
    double answered = 0; // seconds, every answer so far
    proxy.intercept = [&started](const ProxyRequest &request) -> std::optional<ProxyReply> {
        started[QString::fromLatin1(request.method + ' ' + request.target)].start();
        return std::nullopt;
    };
    proxy.rewrite = [&started, &serverTimes, &answered](const ProxyRequest &request, ProxyReply &) {
        const QString key = QString::fromLatin1(request.method + ' ' + request.target);
        const double ms = double(started.value(key).nsecsElapsed()) / 1e6;
        answered += ms / 1000;
        serverTimes << QStringLiteral("%1 %2 ms")
                           .arg(QString::fromLatin1(request.method))
                           .arg(ms, 0, 'f', 1);
    };
    if (!proxy.listen())
        die(QStringLiteral("the proxy could not listen"));
    const QString notes = QStringLiteral("Changed here before the incremental sync");
    const QString title = QStringLiteral("Changed on the server before the incremental sync");
    const int localAt = f.tasks / 2 + 1;
    const int serverAt = f.tasks / 2 + 3;
    qint64 serverTaskId = 0;
    SyncItem serverItem;
    {
        Store store(f.db);
        if (!QCoro::waitFor(store.open()))
            die(QStringLiteral("could not open %1").arg(f.db));
        const Plan plan = must(QCoro::waitFor(store.plan(f.planId)), "plan");
        must(QCoro::waitFor(store.setTaskNotes(plan.tasks.at(localAt).id, notes)), "notes");
        serverTaskId = plan.tasks.at(serverAt).id;
        for (const SyncItem &item : must(QCoro::waitFor(store.items(f.bindingId)), "items")) {
            if (item.taskId == serverTaskId)
                serverItem = item;
        }
        // The binding reaches the server through the proxy from now on (the same server at
        // another address, as after a move): the proxy counts what the sync asks.
        SyncBinding binding = must(QCoro::waitFor(store.binding(f.bindingId)), "binding");
        const QString direct = b.server.root().toString();
        const QString proxied = proxy.root().toString();
        binding.accountUrl.replace(direct, proxied);
        binding.collectionUrl.replace(direct, proxied);
        must(QCoro::waitFor(store.saveBinding(binding)), "moving the binding");
    }
    if (serverItem.href.isEmpty())
        die(QStringLiteral("no item for the task to change on the server"));
    // The other client's edit: the same resource with another SUMMARY, If-Match its ETag.
    const QByteArray edited = replaceLine(serverItem.resource, "SUMMARY", title.toUtf8());
    if (edited.isEmpty())
        die(QStringLiteral("the resource has no SUMMARY line"));
    const QString editedFile = b.scratch + QStringLiteral("/edited.ics");
    writeFile(editedFile, edited);
    const Run put = b.curl(
        {QStringLiteral("-T"), editedFile, QStringLiteral("-H"), QStringLiteral("Expect:"),
         QStringLiteral("-H"), QStringLiteral("Content-Type: text/calendar; charset=utf-8"),
         QStringLiteral("-H"), QStringLiteral("If-Match: ") + serverItem.etag, QStringLiteral("-o"),
         QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
         b.server.root().resolved(QUrl(serverItem.href)).toString()});
    if (put.exitCode != 0 || !(put.out == "204" || put.out == "201" || put.out == "200"))
        die(QStringLiteral("the edit on the server answered %1").arg(QString::fromUtf8(put.out)));

    inc.dbBefore = databaseBytes(f.db);
    inc.run = b.helios(f.db, {QStringLiteral("sync"), QStringLiteral("now")});
    inc.dbAfter = databaseBytes(f.db);
    const QJsonObject report =
        inc.run.json().value(QStringLiteral("syncs")).toArray().at(0).toObject();
    if (inc.run.exitCode != 0)
        die(QStringLiteral("incremental sync failed: %1 %2")
                .arg(QString::fromUtf8(inc.run.out), QString::fromUtf8(inc.run.err.left(2000))));
    inc.reportedRequests = report.value(QStringLiteral("requests")).toInt();
    inc.received = report.value(QStringLiteral("received")).toInt();
    inc.sent = report.value(QStringLiteral("sent")).toInt();
    inc.proxiedRequests = int(proxy.seen.size());
    inc.connections = proxy.connections;
    inc.requests = proxy.seen;
    inc.serverTimes = serverTimes;
    inc.serverSeconds = answered;

    // Both changes arrived: the title here, the notes on the server.
    {
        Store store(f.db);
        if (!QCoro::waitFor(store.open()))
            die(QStringLiteral("could not open %1").arg(f.db));
        const Plan plan = must(QCoro::waitFor(store.plan(f.planId)), "plan");
        if (plan.tasks.size() != f.tasks || plan.tasks.at(serverAt).title != title)
            die(QStringLiteral("the server's change did not arrive (%1 tasks, title '%2')")
                    .arg(plan.tasks.size())
                    .arg(plan.tasks.value(serverAt).title));
        SyncItem localItem;
        for (const SyncItem &item : must(QCoro::waitFor(store.items(f.bindingId)), "items")) {
            if (item.taskId == plan.tasks.at(localAt).id)
                localItem = item;
        }
        const Run got = b.curl({b.server.root().resolved(QUrl(localItem.href)).toString()});
        if (got.exitCode != 0 || !got.out.contains(notes.toUtf8()))
            die(QStringLiteral("the change here did not reach the server: %1")
                    .arg(QString::fromUtf8(got.out.left(1000))));
    }
    if (inc.received != 1 || inc.sent != 1)
        die(QStringLiteral("incremental sync: %1 received, %2 sent (1 and 1 expected)")
                .arg(inc.received)
                .arg(inc.sent));

    const int before = int(proxy.seen.size());
    inc.unchanged = b.helios(f.db, {QStringLiteral("sync"), QStringLiteral("now")});
    if (inc.unchanged.exitCode != 0)
        die(QStringLiteral("the sync with nothing to do failed"));
    inc.unchangedRequests = int(proxy.seen.size()) - before;

    // The database's growth per sync that receives one change (a plan version each, or one
    // amended): three more renames on the server, each synced.
    for (int i = 1; i <= 3; ++i) {
        SyncItem item;
        {
            Store store(f.db);
            if (!QCoro::waitFor(store.open()))
                die(QStringLiteral("could not open %1").arg(f.db));
            const qint64 taskId =
                must(QCoro::waitFor(store.plan(f.planId)), "plan").tasks.at(serverAt + i).id;
            for (const SyncItem &candidate :
                 must(QCoro::waitFor(store.items(f.bindingId)), "items")) {
                if (candidate.taskId == taskId)
                    item = candidate;
            }
        }
        const QByteArray renamed =
            replaceLine(item.resource, "SUMMARY", "Renamed on the server " + QByteArray::number(i));
        writeFile(editedFile, renamed);
        const Run edit = b.curl(
            {QStringLiteral("-T"), editedFile, QStringLiteral("-H"), QStringLiteral("Expect:"),
             QStringLiteral("-H"), QStringLiteral("Content-Type: text/calendar; charset=utf-8"),
             QStringLiteral("-H"), QStringLiteral("If-Match: ") + item.etag, QStringLiteral("-o"),
             QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
             b.server.root().resolved(QUrl(item.href)).toString()});
        if (renamed.isEmpty() || edit.exitCode != 0 || edit.out.startsWith('4'))
            die(QStringLiteral("rename %1 on the server answered %2")
                    .arg(i)
                    .arg(QString::fromUtf8(edit.out)));
        const qint64 size = databaseBytes(f.db);
        const qsizetype earlier = serverTimes.size();
        const double waited = answered;
        const Run again = b.helios(f.db, {QStringLiteral("sync"), QStringLiteral("now")});
        inc.renameSeconds.append(again.seconds);
        inc.renameServerTimes.append(serverTimes.mid(earlier).join(QStringLiteral(" + ")));
        inc.renameServerSeconds.append(answered - waited);
        if (again.exitCode != 0 || again.json()
                                           .value(QStringLiteral("syncs"))
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("received")) != 1)
            die(QStringLiteral("receiving rename %1 failed: %2")
                    .arg(i)
                    .arg(QString::fromUtf8(again.out)));
        inc.dbGrowth.append(databaseBytes(f.db) - size);
    }
    return inc;
}

// Syncs one after another in one process, as the window's background sync runs all day: the
// heap in use (glibc's mallinfo2) and the resident set after each, for "memory flat" over time.
struct Steady
{
    QList<qint64> heapKiB;
    QList<qint64> rssKiB;
    QList<double> seconds;
};

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// `syncs` syncs of the bound plan by SyncEngine in this process, each with one change here
// (a task's notes) and one on the server (another task's SUMMARY, by this process's client).
Steady steady(const Bench &b, const FirstSync &f, int syncs)
{
    Steady out;
    Store store(f.db);
    if (!QCoro::waitFor(store.open()))
        die(QStringLiteral("could not open %1").arg(f.db));
    // Straight to the server again (incremental() went through its proxy).
    SyncBinding binding = must(QCoro::waitFor(store.binding(f.bindingId)), "binding");
    binding.accountUrl = b.server.root().toString();
    binding.collectionUrl =
        b.server.root().resolved(QUrl(QUrl(binding.collectionUrl).path())).toString();
    must(QCoro::waitFor(store.saveBinding(binding)), "binding");
    QList<qint64> here;
    QList<QUrl> there;
    {
        const Plan plan = must(QCoro::waitFor(store.plan(f.planId)), "plan");
        QHash<qint64, QString> hrefOfTask;
        for (const SyncItem &item : must(QCoro::waitFor(store.itemPrints(f.bindingId)), "items"))
            hrefOfTask.insert(item.taskId, item.href);
        for (int i = 0; i < syncs; ++i) {
            here.append(plan.tasks.at((f.tasks / 5 + 2 * i) % f.tasks).id);
            there.append(b.server.root().resolved(
                QUrl(hrefOfTask.value(plan.tasks.at((f.tasks / 5 + 2 * i + 1) % f.tasks).id))));
        }
    }
    QNetworkAccessManager network;
    sync::DavClient client(&network, sync::Credentials{b.server.user(), b.server.password()});
    sync::CalDav dav(client);
    sync::SyncEngine engine({store, store, store}, dav);
    for (int i = 0; i < syncs; ++i) {
        must(QCoro::waitFor(store.setTaskNotes(here.at(i), QStringLiteral("Steady %1").arg(i))),
             "notes");
        const sync::DavResponse got = QCoro::waitFor(dav.get(there.at(i)));
        const QByteArray renamed =
            replaceLine(got.body, "SUMMARY", "Renamed in the steady run " + QByteArray::number(i));
        const sync::DavResponse put =
            QCoro::waitFor(dav.put(there.at(i), renamed, QString::fromUtf8(got.etag)));
        if (!got.ok() || renamed.isEmpty() || !put.ok())
            die(QStringLiteral("steady run: the edit on the server failed (%1, %2)")
                    .arg(got.status)
                    .arg(put.status));
        QElapsedTimer clock;
        clock.start();
        const sync::SyncReport report = must(QCoro::waitFor(engine.sync(f.bindingId)), "sync");
        out.seconds.append(double(clock.nsecsElapsed()) / 1e9);
        if (report.received != 1 || report.sent != 1)
            die(QStringLiteral("steady run, sync %1: %2 received, %3 sent (1 and 1 expected)")
                    .arg(i)
                    .arg(report.received)
                    .arg(report.sent));
        const struct mallinfo2 heap = mallinfo2();
        out.heapKiB.append(qint64((heap.uordblks + heap.hblkhd) / 1024)); // small and mmapped
        out.rssKiB.append(residentKiB());
    }
    return out;
}

struct FromServer
{
    int tasks = 0;
    double uploadSeconds = 0; // the whole calendar in one PUT (Radicale), setup
    double warmSeconds = 0;   // the first listing after it (Radicale fills its cache)
    Run helios;               // helios-cli sync --collection: every task received
    int requests = 0;
    int received = 0;
};

// A calendar of `count` VTODOs as a phone would have made them, in one VCALENDAR.
QByteArray phoneCalendar(int count)
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Helios bench//phone//EN\r\n";
    const QDate start = QDate::currentDate().addDays(-30);
    for (int i = 0; i < count; ++i) {
        out += "BEGIN:VTODO\r\nUID:phone-" + QByteArray::number(i) +
               "@bench.example\r\nDTSTAMP:20261201T090000Z\r\n"
               "LAST-MODIFIED:20261201T090000Z\r\nSUMMARY:" +
               (i % 2 ? QStringLiteral("Task %1 from the phone").arg(i)
                      : QStringLiteral("手机上的任务 %1").arg(i))
                   .toUtf8() +
               "\r\nDTSTART;VALUE=DATE:" + start.addDays(i / 4).toString(u"yyyyMMdd").toUtf8() +
               "\r\nDUE;VALUE=DATE:" + start.addDays(i / 4 + 1).toString(u"yyyyMMdd").toUtf8() +
               "\r\nSTATUS:" + (i % 10 == 0 ? "COMPLETED" : "NEEDS-ACTION") +
               "\r\nCATEGORIES:Milestone " + QByteArray::number(i / 100 + 1) +
               (i % 10 == 1 ? "\r\nDESCRIPTION:Notes for task " + QByteArray::number(i)
                            : QByteArray()) +
               "\r\nEND:VTODO\r\n";
    }
    return out + "END:VCALENDAR\r\n";
}

// Radicale only: a calendar of `count` tasks made in one request (a whole-collection PUT: one
// PUT a task would cost the server O(n) each, see docs/BENCHMARKS.md), then bound to a one-task
// plan with --collection, whose first sync receives them all; the incremental sync follows.
FromServer fromServer(const Bench &b, int count, const QString &folder, FirstSync &f)
{
    FromServer r;
    r.tasks = count;
    const QString file = folder + QStringLiteral("/phone.ics");
    writeFile(file, phoneCalendar(count));
    const QString home = b.server.homeSet().toString();
    if (b.curl({QStringLiteral("-X"), QStringLiteral("PROPFIND"), QStringLiteral("-H"),
                QStringLiteral("Depth: 0"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                home})
            .exitCode != 0)
        die(QStringLiteral("PROPFIND of the home failed"));
    const Run upload = b.curl(
        {QStringLiteral("-T"), file, QStringLiteral("-H"),
         QStringLiteral("Content-Type: text/calendar; charset=utf-8"), QStringLiteral("-H"),
         QStringLiteral("Expect:"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
         QStringLiteral("-w"), QStringLiteral("%{http_code}"), home + QStringLiteral("phone")});
    if (upload.exitCode != 0 || upload.out != "201")
        die(QStringLiteral("the whole-calendar PUT answered %1")
                .arg(QString::fromUtf8(upload.out)));
    r.uploadSeconds = upload.seconds;
    // Radicale reads and caches every item on the first request that needs their ETags, which
    // takes longer than Helios's 30 s idle timeout at 5,000 items on a busy machine: done here,
    // untimed, as any earlier client would have (a listing of every ETag).
    const Run warm = b.curl({QStringLiteral("-X"), QStringLiteral("PROPFIND"), QStringLiteral("-H"),
                             QStringLiteral("Depth: 1"), QStringLiteral("-o"),
                             QStringLiteral("/dev/null"), home + QStringLiteral("phone/")});
    if (warm.exitCode != 0)
        die(QStringLiteral("listing the calendar failed"));
    r.warmSeconds = warm.seconds;
    f.db = folder + QStringLiteral("/helios.db");
    {
        Store store(f.db);
        if (!QCoro::waitFor(store.open()))
            die(QStringLiteral("could not create %1").arg(f.db));
        f.planId = must(QCoro::waitFor(store.savePlan(makePlan(1))), "saving the plan").id;
    }
    if (b.helios(f.db, {QStringLiteral("plans")}).exitCode != 0)
        die(QStringLiteral("helios-cli plans failed"));
    f.idle = b.helios(f.db, {QStringLiteral("sync"), QStringLiteral("status")});
    r.helios = b.helios(f.db, {QStringLiteral("sync"), QStringLiteral("--account"),
                               b.server.root().toString(), QStringLiteral("--user"),
                               b.server.user(), QStringLiteral("--plan"), QString::number(f.planId),
                               QStringLiteral("--collection"), home + QStringLiteral("phone/")});
    const QJsonObject report = r.helios.json();
    r.requests = report.value(QStringLiteral("requests")).toInt();
    r.received = report.value(QStringLiteral("received")).toInt();
    if (r.helios.exitCode != 0 || r.received != count)
        die(QStringLiteral("receiving %1 tasks: exit %2, %3 %4")
                .arg(count)
                .arg(r.helios.exitCode)
                .arg(QString::fromUtf8(r.helios.out), QString::fromUtf8(r.helios.err.left(2000))));
    f.tasks = count + 1;
    f.helios = r.helios;
    {
        Store store(f.db);
        if (!QCoro::waitFor(store.open()))
            die(QStringLiteral("could not open %1").arg(f.db));
        f.bindingId = must(QCoro::waitFor(store.bindings()), "bindings").constFirst().id;
    }
    return r;
}

// The three syncs after the incremental one, each receiving one rename made on the server: more
// samples of an incremental sync in the same calendar, with what the server took for each.
// Each with Helios's own share: the sync's wall time less the server's answers (what any client
// would have waited for), the figure that is Helios's to make small.
void printRenames(const Incremental &inc)
{
    std::printf("  Helios's own time in the incremental sync (wall less the server's answers): "
                "%.3f s\n",
                inc.run.seconds - inc.serverSeconds);
    for (qsizetype i = 0; i < inc.renameSeconds.size(); ++i)
        std::printf("  sync receiving rename %lld: %.3f s (the server: %s; Helios's own %.3f s)\n",
                    qint64(i + 1), inc.renameSeconds.at(i),
                    qPrintable(inc.renameServerTimes.value(i)),
                    inc.renameSeconds.at(i) - inc.renameServerSeconds.value(i));
}

double mib(long kib)
{
    return double(kib) / 1024.0;
}

} // namespace

int run(int argc, char **argv);

int main(int argc, char **argv)
{
    try {
        return run(argc, argv);
    } catch (const Failed &failed) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(failed.why));
        return 1;
    }
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (!QFileInfo(QStringLiteral("/usr/bin/time")).isExecutable())
        die(QStringLiteral("/usr/bin/time is missing (Debian's time package; scripts/dev deps "
                           "installs it): each run's peak memory and CPU come from it"));
    QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const int large =
        value(QStringLiteral("--tasks"), quick ? QStringLiteral("200") : QStringLiteral("5000"))
            .toInt();
    const int small =
        value(QStringLiteral("--small"), quick ? QStringLiteral("40") : QStringLiteral("1000"))
            .toInt();
    const QStringList servers =
        value(QStringLiteral("--servers"), QStringLiteral("radicale,xandikos"))
            .split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString jsonOut = value(QStringLiteral("--json"), QString());
    // Only the incremental sync in a Radicale calendar of N tasks made in one request.
    const int incrementalOnly =
        value(QStringLiteral("--incremental-only"), QStringLiteral("0")).toInt();
    if (incrementalOnly > 0) {
        QString why;
        std::unique_ptr<CalDavServer> server =
            CalDavServer::start(CalDavServer::Kind::Radicale, &why);
        if (!server)
            die(QStringLiteral("radicale did not start: %1").arg(why));
        QTemporaryDir dir;
        const QString folder = dir.path();
        Bench b{*server, folder, folder + QStringLiteral("/auth.curlrc"), {}};
        writeFile(
            b.curlAuthConfig,
            "user = " + quoted(server->user() + QLatin1Char(':') + server->password()).toUtf8() +
                "\n");
        b.cliEnv = QProcessEnvironment::systemEnvironment();
        b.cliEnv.remove(QStringLiteral("HELIOS_DB"));
        b.cliEnv.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/xdg-data"));
        b.cliEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), folder + QStringLiteral("/xdg-config"));
        b.cliEnv.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        b.cliEnv.insert(QStringLiteral("HELIOS_SYNC_PASSWORD"), server->password());
        FirstSync f;
        const FromServer r = fromServer(b, incrementalOnly, folder, f);
        std::printf("radicale: a calendar of %d tasks in one PUT: %.2f s, its first listing %.2f "
                    "s; helios-cli sync "
                    "--collection receiving them: %.2f s, CPU %.2f s, %d requests, peak RSS %.1f "
                    "MiB (idle %.1f MiB)\n",
                    incrementalOnly, r.uploadSeconds, r.warmSeconds, r.helios.seconds, r.helios.cpu,
                    r.requests, mib(r.helios.peakKiB), mib(f.idle.peakKiB));
        const Incremental inc = incremental(b, f);
        std::printf(
            "incremental, 1 change each side in %d: %.3f s, CPU %.3f s, peak RSS %.1f "
            "MiB, %d requests (proxy %d, %d connection(s)), %d received, %d sent; nothing "
            "changed: %.3f s, CPU %.3f s, %d requests; idle helios-cli (sync status) %.3f s\n",
            f.tasks, inc.run.seconds, inc.run.cpu, mib(inc.run.peakKiB), inc.reportedRequests,
            inc.proxiedRequests, inc.connections, inc.received, inc.sent, inc.unchanged.seconds,
            inc.unchanged.cpu, inc.unchangedRequests, f.idle.seconds);
        std::printf("  requests: %s\n", qPrintable(inc.requests.join(QStringLiteral(", "))));
        std::printf("  the server's time for each: %s\n",
                    qPrintable(inc.serverTimes.join(QStringLiteral(", "))));
        std::printf("  the database: %lld bytes before, %lld after (%+lld); three more syncs "
                    "receiving one rename each: %+lld, %+lld, %+lld bytes\n",
                    qint64(inc.dbBefore), qint64(inc.dbAfter), qint64(inc.dbAfter - inc.dbBefore),
                    inc.dbGrowth.value(0), inc.dbGrowth.value(1), inc.dbGrowth.value(2));
        printRenames(inc);
        const int steadySyncs = value(QStringLiteral("--steady"), QStringLiteral("0")).toInt();
        if (steadySyncs > 0) {
            const Steady st = steady(b, f, steadySyncs);
            const auto at = [](const QList<qint64> &kib, qsizetype i) {
                return mib(long(kib.value(i)));
            };
            std::printf("steady: %d syncs in one process, one change each side each, in %d "
                        "tasks: heap in use after sync 1 %.1f MiB, after 10 %.1f, after %d %.1f "
                        "(largest %.1f); resident %.1f, %.1f, %.1f MiB; each sync %.3f s "
                        "(median)\n",
                        steadySyncs, f.tasks, at(st.heapKiB, 0), at(st.heapKiB, 9), steadySyncs,
                        at(st.heapKiB, steadySyncs - 1),
                        mib(long(*std::max_element(st.heapKiB.cbegin(), st.heapKiB.cend()))),
                        at(st.rssKiB, 0), at(st.rssKiB, 9), at(st.rssKiB, steadySyncs - 1), [&] {
                            QList<double> sorted = st.seconds;
                            std::sort(sorted.begin(), sorted.end());
                            return sorted.at(sorted.size() / 2);
                        }());
        }
        return inc.proxiedRequests == inc.reportedRequests ? 0 : 1;
    }
    if (large <= 0 || small <= 0)
        die(QStringLiteral("--tasks and --small take a number of tasks"));

    QJsonArray rows;
    for (const QString &name : servers) {
        const auto kind = name == QLatin1String("xandikos") ? CalDavServer::Kind::Xandikos
                                                            : CalDavServer::Kind::Radicale;
        QTemporaryDir dir;
        // A server of its own for each size: the same start for both, and Helios names the
        // calendar it makes after the plan's id (1 in each database).
        std::vector<std::unique_ptr<CalDavServer>> instances;
        std::vector<Bench> benches;
        QList<FirstSync> firsts;
        for (int count : {small, large}) {
            QString why;
            instances.push_back(CalDavServer::start(kind, &why));
            if (!instances.back())
                die(QStringLiteral("%1 did not start: %2").arg(name, why));
            CalDavServer &server = *instances.back();
            const QString folder = dir.filePath(QStringLiteral("n%1").arg(count));
            QDir().mkpath(folder);
            Bench b{server, folder, folder + QStringLiteral("/auth.curlrc"), {}};
            writeFile(
                b.curlAuthConfig,
                "user = " + quoted(server.user() + QLatin1Char(':') + server.password()).toUtf8() +
                    "\n");
            b.cliEnv = QProcessEnvironment::systemEnvironment();
            b.cliEnv.remove(QStringLiteral("HELIOS_DB"));
            b.cliEnv.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/xdg-data"));
            b.cliEnv.insert(QStringLiteral("XDG_CONFIG_HOME"),
                            folder + QStringLiteral("/xdg-config"));
            b.cliEnv.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
            b.cliEnv.insert(QStringLiteral("HELIOS_SYNC_PASSWORD"), server.password());
            if (count == small) {
                std::printf("== %s ==\n", qPrintable(server.name()));
                std::fflush(stdout);
            }
            FirstSync f = firstSync(b, count, folder);
            std::printf(
                "first sync, %5d tasks: helios-cli %.2f s, CPU %.2f s (%d requests, peak RSS "
                "%.1f MiB) | curl %.2f s, CPU %.2f s (%d PUTs, %d connection(s), peak RSS "
                "%.1f MiB) | ratio %.2fx | idle helios-cli %.3f s, CPU %.3f s, peak RSS "
                "%.1f MiB\n",
                count, f.helios.seconds, f.helios.cpu, f.heliosRequests, mib(f.helios.peakKiB),
                f.curl.seconds, f.curl.cpu, f.curlPuts, f.curlConnects, mib(f.curl.peakKiB),
                f.helios.seconds / f.curl.seconds, f.idle.seconds, f.idle.cpu, mib(f.idle.peakKiB));
            // Memory over the sync itself: flat when, once the plan is read, the resident set
            // no longer climbs while the tasks are sent.
            std::printf(
                "  resident set over the sync (every 100 ms, %lld samples): at 10 / 25 / 50 "
                "/ 75 / 90 %% of it %.1f / %.1f / %.1f / %.1f / %.1f MiB, highest %.1f MiB "
                "(%.0f %% of the way)\n",
                qint64(f.helios.rss.size()), mib(f.helios.rssAt(0.10)), mib(f.helios.rssAt(0.25)),
                mib(f.helios.rssAt(0.50)), mib(f.helios.rssAt(0.75)), mib(f.helios.rssAt(0.90)),
                mib(f.helios.rssHighest()), 100.0 * f.helios.rssHighestAt());
            std::fflush(stdout);
            benches.push_back(b);
            firsts.append(f);
        }
        const FirstSync &big = firsts.last();
        const FirstSync &little = firsts.first();
        const double growthSmall = mib(little.helios.peakKiB - little.idle.peakKiB);
        const double growthLarge = mib(big.helios.peakKiB - big.idle.peakKiB);
        std::printf("memory: peak RSS above the idle process %.1f MiB at %d tasks, %.1f MiB at "
                    "%d (%.2fx for %.0fx the tasks)\n",
                    growthSmall, small, growthLarge, large,
                    growthSmall > 0 ? growthLarge / growthSmall : 0.0, double(large) / small);
        // What the sync holds beyond the plan itself: `show --json` loads the same plan and
        // prints it (the window holds it too).
        std::printf("memory: peak RSS of `show --json` of the plan %.1f MiB at %d tasks, %.1f MiB "
                    "at %d; the sync above it %+.1f MiB at %d, %+.1f MiB at %d\n",
                    mib(little.shown.peakKiB), small, mib(big.shown.peakKiB), large,
                    mib(little.helios.peakKiB - little.shown.peakKiB), small,
                    mib(big.helios.peakKiB - big.shown.peakKiB), large);
        const Incremental inc = incremental(benches.back(), big);
        std::printf("incremental, 1 change each side in %d: %.3f s, CPU %.3f s, peak RSS %.1f "
                    "MiB, %d requests (proxy %d, %d connection(s)), %d received, %d sent; nothing "
                    "changed: %.3f s, %d requests; idle helios-cli (sync status) %.3f s\n",
                    large, inc.run.seconds, inc.run.cpu, mib(inc.run.peakKiB), inc.reportedRequests,
                    inc.proxiedRequests, inc.connections, inc.received, inc.sent,
                    inc.unchanged.seconds, inc.unchangedRequests, big.idle.seconds);
        std::printf("  requests: %s\n", qPrintable(inc.requests.join(QStringLiteral(", "))));
        std::printf("  the server's time for each: %s\n",
                    qPrintable(inc.serverTimes.join(QStringLiteral(", "))));
        std::printf("  the database: %lld bytes before, %lld after (%+lld); three more syncs "
                    "receiving one rename each: %+lld, %+lld, %+lld bytes\n",
                    qint64(inc.dbBefore), qint64(inc.dbAfter), qint64(inc.dbAfter - inc.dbBefore),
                    inc.dbGrowth.value(0), inc.dbGrowth.value(1), inc.dbGrowth.value(2));
        printRenames(inc);
        std::fflush(stdout);
        if (inc.proxiedRequests != inc.reportedRequests)
            die(QStringLiteral("the proxy saw %1 requests, the report says %2")
                    .arg(inc.proxiedRequests)
                    .arg(inc.reportedRequests));

        QJsonArray sizes;
        for (const FirstSync &f : std::as_const(firsts))
            sizes.append(
                QJsonObject{{QStringLiteral("tasks"), f.tasks},
                            {QStringLiteral("helios_s"), f.helios.seconds},
                            {QStringLiteral("helios_cpu_s"), f.helios.cpu},
                            {QStringLiteral("curl_cpu_s"), f.curl.cpu},
                            {QStringLiteral("helios_requests"), f.heliosRequests},
                            {QStringLiteral("helios_peak_kib"), qint64(f.helios.peakKiB)},
                            {QStringLiteral("helios_rss_kib_at_10_50_90"),
                             QJsonArray{qint64(f.helios.rssAt(0.1)), qint64(f.helios.rssAt(0.5)),
                                        qint64(f.helios.rssAt(0.9))}},
                            {QStringLiteral("idle_peak_kib"), qint64(f.idle.peakKiB)},
                            {QStringLiteral("show_peak_kib"), qint64(f.shown.peakKiB)},
                            {QStringLiteral("idle_s"), f.idle.seconds},
                            {QStringLiteral("curl_s"), f.curl.seconds},
                            {QStringLiteral("curl_connects"), f.curlConnects},
                            {QStringLiteral("curl_peak_kib"), qint64(f.curl.peakKiB)}});
        rows.append(QJsonObject{
            {QStringLiteral("server"), name},
            {QStringLiteral("first_sync"), sizes},
            {QStringLiteral("incremental"),
             QJsonObject{
                 {QStringLiteral("tasks"), large},
                 {QStringLiteral("seconds"), inc.run.seconds},
                 {QStringLiteral("cpu_s"), inc.run.cpu},
                 {QStringLiteral("peak_kib"), qint64(inc.run.peakKiB)},
                 {QStringLiteral("requests"), inc.proxiedRequests},
                 {QStringLiteral("connections"), inc.connections},
                 {QStringLiteral("request_lines"), QJsonArray::fromStringList(inc.requests)},
                 {QStringLiteral("server_times"), QJsonArray::fromStringList(inc.serverTimes)},
                 {QStringLiteral("server_seconds"), inc.serverSeconds},
                 {QStringLiteral("rename_seconds"),
                  QJsonArray{inc.renameSeconds.value(0), inc.renameSeconds.value(1),
                             inc.renameSeconds.value(2)}},
                 {QStringLiteral("rename_server_seconds"),
                  QJsonArray{inc.renameServerSeconds.value(0), inc.renameServerSeconds.value(1),
                             inc.renameServerSeconds.value(2)}},
                 {QStringLiteral("unchanged_seconds"), inc.unchanged.seconds},
                 {QStringLiteral("unchanged_requests"), inc.unchangedRequests},
                 {QStringLiteral("db_bytes_before"), inc.dbBefore},
                 {QStringLiteral("db_bytes_after"), inc.dbAfter},
                 {QStringLiteral("db_growth_per_receiving_sync"),
                  QJsonArray{inc.dbGrowth.value(0), inc.dbGrowth.value(1),
                             inc.dbGrowth.value(2)}}}}});
    }
    if (!jsonOut.isEmpty()) {
        QFile out(jsonOut);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(QJsonDocument(QJsonObject{{QStringLiteral("servers"), rows}}).toJson()) < 0)
            die(QStringLiteral("could not write %1").arg(jsonOut));
    }
    return 0;
}
