#pragma once

// One sync test's world: a CalDAV server (Radicale or Xandikos) on loopback, a Store on a real
// SQLite file with a plan bound to a fresh collection, the client and the engine; plus what
// another client does on the server (curl, a separate process: an edit Helios did not make).

#include "core/store/store.h"
#include "core/sync/caldav.h"
#include "core/sync/dav_client.h"
#include "core/sync/sync_engine.h"
#include "core/sync/vtodo_mapping.h"
#include "tests/support/caldav_server.h"
#include "tests/support/coro_test.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace helios::test {

inline Plan threeTaskPlan()
{
    Plan plan;
    plan.goal = QStringLiteral("Run a half marathon");
    plan.language = QStringLiteral("en");
    plan.startDate = QDate(2026, 12, 1);
    plan.deadline = QDate(2027, 3, 1);
    const QStringList titles{QStringLiteral("Buy running shoes"), QStringLiteral("Run 5 km"),
                             QStringLiteral("Run 10 km; then rest, stretch")};
    for (int i = 0; i < titles.size(); ++i) {
        Task t;
        t.title = titles.at(i);
        t.notes = i == 2 ? QStringLiteral("Two lines\nof notes") : QString();
        t.startDate = QDate(2026, 12, 2 + 3 * i);
        t.dueDate = t.startDate.addDays(i);
        t.estimateHours = 1.5 + i;
        t.milestone = i == 0 ? QStringLiteral("Gear") : QStringLiteral("Base");
        if (i > 0)
            t.dependsOn = {i - 1};
        plan.tasks.append(t);
    }
    return plan;
}

class SyncWorld
{
public:
    // Starts the server and binds a new plan to a new collection; check ok() (and why()).
    explicit SyncWorld(CalDavServer::Kind kind)
    {
        m_server = CalDavServer::start(kind, &m_why);
        if (!m_server)
            return;
        m_store = std::make_unique<Store>(m_dir.filePath(QStringLiteral("helios.db")));
        const auto opened = await(m_store->open());
        if (!opened || !opened->ok()) {
            m_why = QStringLiteral("the store did not open");
            return;
        }
        const auto saved = await(m_store->savePlan(threeTaskPlan()));
        if (!saved || !saved->ok()) {
            m_why = QStringLiteral("the plan was not saved");
            return;
        }
        m_planId = (*saved)->id;
        makeClient(m_server->password());
        const auto made = await(m_dav->makeCalendar(m_server->homeSet(), QStringLiteral("marathon"),
                                                    QStringLiteral("Run a half marathon")));
        if (!made || !made->ok()) {
            m_why = made ? QStringLiteral("MKCALENDAR: ") + made->error().message
                         : QStringLiteral("MKCALENDAR timed out");
            return;
        }
        m_collection = (*made)->url;
        SyncBinding binding;
        binding.planId = m_planId;
        binding.accountUrl = m_server->root().toString();
        binding.userName = m_server->user();
        binding.collectionUrl = m_collection.toString();
        const auto bound = await(m_store->saveBinding(binding));
        if (!bound || !bound->ok()) {
            m_why = QStringLiteral("the binding was not saved");
            return;
        }
        m_bindingId = (*bound)->id;
        m_ok = true;
    }

    bool ok() const { return m_ok; }
    const QString &why() const { return m_why; }
    CalDavServer &server() { return *m_server; }
    Store &store() { return *m_store; }
    sync::CalDav &dav() { return *m_dav; }
    sync::SyncEngine &engine() { return *m_engine; }
    qint64 planId() const { return m_planId; }
    qint64 bindingId() const { return m_bindingId; }
    const QUrl &collection() const { return m_collection; }
    // The SQLite file the store uses (another process, helios-cli, may open it too).
    QString databasePath() const { return m_dir.filePath(QStringLiteral("helios.db")); }

    // A new client (and engine) that sends this password and waits this long for an answer.
    void makeClient(const QString &password, int idleTimeoutMs = 10'000)
    {
        m_engine.reset();
        m_dav.reset();
        m_client.reset();
        sync::DavLimits limits;
        limits.connectTimeoutMs = 5'000;
        limits.idleTimeoutMs = idleTimeoutMs;
        limits.deadlineMs = 30'000;
        m_client = std::make_unique<sync::DavClient>(
            &m_network, sync::Credentials{m_server->user(), password}, limits);
        m_dav = std::make_unique<sync::CalDav>(*m_client);
        m_engine = std::make_unique<sync::SyncEngine>(
            sync::SyncEngine::Storage{*m_store, *m_store, *m_store}, *m_dav, [this] {
                if (m_beforeStep) {
                    auto once = std::move(m_beforeStep);
                    m_beforeStep = nullptr;
                    once();
                }
                return QDateTime::currentDateTimeUtc();
            });
    }

    // The binding now reaches the collection at `url` (a proxy in front, a redirecting path).
    bool rebind(const QUrl &url)
    {
        const auto bound = await(m_store->binding(m_bindingId));
        if (!bound || !bound->ok())
            return false;
        SyncBinding binding = **bound;
        binding.collectionUrl = url.toString();
        const auto saved = await(m_store->saveBinding(binding));
        return saved && saved->ok();
    }

    // Runs once, when the next sync has read the server and is about to merge.
    void beforeNextStep(std::function<void()> what) { m_beforeStep = std::move(what); }

    // The tasks of the collection as the server has them: href → data (the milestone and goal
    // group VTODOs Helios writes left out: serverGroups). A collection of hundreds on a loaded
    // machine may take longer than the default wait.
    QMap<QString, QByteArray> serverResources(std::chrono::milliseconds wait = kAwaitTimeout)
    {
        QMap<QString, QByteArray> out = allServerResources(wait);
        for (auto it = out.begin(); it != out.end();) {
            const Result<sync::RemoteTask> read = sync::readRemoteTask(it.value());
            it = read && !read->group.isEmpty() ? out.erase(it) : std::next(it);
        }
        return out;
    }

    // The group VTODOs of the collection: their SUMMARY → the resource.
    QMap<QString, sync::RemoteTask> serverGroups()
    {
        QMap<QString, sync::RemoteTask> out;
        const QMap<QString, QByteArray> all = allServerResources();
        for (const QByteArray &data : all) {
            const Result<sync::RemoteTask> read = sync::readRemoteTask(data);
            if (read && !read->group.isEmpty())
                out.insert(read->fields.title, *read);
        }
        return out;
    }

    // Every resource of the collection, groups too: href → data.
    QMap<QString, QByteArray> allServerResources(std::chrono::milliseconds wait = kAwaitTimeout)
    {
        QMap<QString, QByteArray> out;
        const auto etags = await(m_dav->todoEtags(m_collection), wait);
        if (!etags || !etags->ok())
            return out;
        QStringList hrefs;
        for (const sync::RemoteEtag &e : **etags)
            hrefs << e.href;
        if (hrefs.isEmpty())
            return out;
        const auto got = await(m_dav->multiget(m_collection, hrefs), wait);
        if (!got || !got->ok())
            return out;
        for (const sync::RemoteResource &r : **got)
            out.insert(r.href, r.data);
        return out;
    }

    // The task's resource on the server, found by its title.
    QString hrefOfTitle(const QString &title)
    {
        const QMap<QString, QByteArray> all = serverResources();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const Result<sync::RemoteTask> task = sync::readRemoteTask(it.value());
            if (task && task->fields.title == title)
                return it.key();
        }
        return {};
    }

    // Another client changes a resource on the server (curl, no precondition): the data GET
    // gives, with `from` replaced by `to` and LAST-MODIFIED now, as clients stamp their edits.
    // True when the server took it.
    bool editOnServer(const QString &href, const QByteArray &from, const QByteArray &to)
    {
        const QUrl url = m_collection.resolved(QUrl(href));
        QByteArray data = curl({QStringLiteral("-sf"), url.toString()});
        if (!data.contains(from))
            return false;
        data.replace(from, to);
        const QByteArray now = QDateTime::currentDateTimeUtc()
                                   .addSecs(1)
                                   .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
                                   .toLatin1();
        static const QRegularExpression stamp(QStringLiteral("LAST-MODIFIED:[0-9TZ]+"));
        data = QString::fromUtf8(data)
                   .replace(stamp, QStringLiteral("LAST-MODIFIED:") + QString::fromLatin1(now))
                   .toUtf8();
        return putWithCurl(url, data);
    }

    bool putWithCurl(const QUrl &url, const QByteArray &data)
    {
        const QString file = m_dir.filePath(QStringLiteral("put.ics"));
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return false;
        out.close();
        curl({QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("PUT"),
              QStringLiteral("-H"), QStringLiteral("Content-Type: text/calendar"),
              QStringLiteral("--data-binary"), QLatin1Char('@') + file, url.toString()});
        return m_lastCurlOk;
    }

    bool deleteOnServer(const QString &href)
    {
        curl({QStringLiteral("-sf"), QStringLiteral("-X"), QStringLiteral("DELETE"),
              m_collection.resolved(QUrl(href)).toString()});
        return m_lastCurlOk;
    }

    Plan plan()
    {
        const auto read = await(m_store->plan(m_planId));
        return read && read->ok() ? **read : Plan();
    }

private:
    QByteArray curl(QStringList arguments)
    {
        if (m_server->authenticates())
            arguments.prepend(m_server->user() + QLatin1Char(':') + m_server->password());
        if (m_server->authenticates())
            arguments.prepend(QStringLiteral("-u"));
        QProcess process;
        process.start(QStringLiteral("curl"), arguments);
        m_lastCurlOk = process.waitForFinished(20'000) && process.exitCode() == 0;
        return process.readAllStandardOutput();
    }

    QTemporaryDir m_dir;
    QString m_why;
    bool m_ok = false;
    bool m_lastCurlOk = false;
    std::unique_ptr<CalDavServer> m_server;
    std::unique_ptr<Store> m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<sync::DavClient> m_client;
    std::unique_ptr<sync::CalDav> m_dav;
    std::unique_ptr<sync::SyncEngine> m_engine;
    std::function<void()> m_beforeStep;
    qint64 m_planId = 0;
    qint64 m_bindingId = 0;
    QUrl m_collection;
};

} // namespace helios::test

// A SyncWorld against the server of the test row's `kind` column (addServers), or the test fails.
#define HELIOS_WORLD(name)                                                                         \
    QFETCH(int, kind);                                                                             \
    ::helios::test::SyncWorld name(static_cast<::helios::test::CalDavServer::Kind>(kind));         \
    QVERIFY2(name.ok(), qPrintable(name.why()))

// One sync of the world's binding, which must succeed.
#define HELIOS_SYNC(report, world)                                                                 \
    HELIOS_AWAIT(report, (world).engine().sync((world).bindingId()));                              \
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message))
