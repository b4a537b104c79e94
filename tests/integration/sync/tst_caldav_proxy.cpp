// Servers that differ from Radicale and Xandikos as they ship, made so by a loopback proxy in
// front of them (tests/support/dav_proxy): one without sync-collection (the ctag and the ETags
// say what changed), one that is full (507), one that forbids writing one task (403), one whose
// error text and iCalendar hold terminal escapes, one that moved the calendar (a redirect).

#include "core/jobs/plan_snapshot.h"
#include "tests/integration/sync/server_rows.h"
#include "tests/integration/sync/sync_fixture.h"
#include "tests/support/dav_proxy.h"
#include "tests/support/test_main.h"

using namespace helios;
using namespace helios::test;

namespace {

QUrl through(const DavProxy &proxy, const QUrl &url)
{
    return proxy.root().resolved(QUrl(url.path()));
}

// The last segment of an href ("/user/cal/abc.ics" -> "abc.ics"), which a request's target ends
// with whichever way the collection was reached.
QByteArray fileOf(const QString &href)
{
    return href.mid(href.lastIndexOf(QLatin1Char('/')) + 1).toUtf8();
}

// Control characters (C0, DEL, C1): what would steer a terminal if a sentence held it.
bool holdsControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f))
            return true;
    }
    return false;
}

// A server's error text as hostile as it gets: terminal escapes (clear the screen, retitle the
// window, ring the bell) around the password it echoes.
QByteArray hostileBody(const QString &password)
{
    return "\x1b[2J\x1b]0;owned\x07Refused for alice:" + password.toUtf8() + "\x1b[0m\x07";
}

} // namespace

class TestCaldavProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSyncByCtagAndEtagsWhereThereIsNoSyncCollection_data() { addServers(); }
    void shouldSyncByCtagAndEtagsWhereThereIsNoSyncCollection()
    {
        // GIVEN a server without sync-collection in front of the plan's calendar
        HELIOS_WORLD(world);
        DavProxy proxy(world.server().root());
        QVERIFY(proxy.listen());
        hideSyncCollection(proxy);
        QVERIFY(world.rebind(through(proxy, world.collection())));
        // WHEN it syncs for the first time, and again
        HELIOS_SYNC(first, world);
        HELIOS_SYNC(again, world);
        // THEN the plan is on the server, and with nothing changed a sync asks only the ctag
        QCOMPARE(first->sent, 3);
        QCOMPARE(world.serverResources().size(), 3);
        QCOMPARE(again->summary(), QStringLiteral("Nothing changed."));
        QCOMPARE(again->requests, 1);
        QVERIFY(proxy.seen.constLast().startsWith(QStringLiteral("PROPFIND")));
        // AND another client's edit is found by its ETag, and one edit here goes with If-Match
        QVERIFY(world.editOnServer(world.hrefOfTitle(QStringLiteral("Run 5 km")),
                                   "SUMMARY:Run 5 km", "SUMMARY:Run 9 km"));
        const qint64 id = world.plan().tasks.at(0).id;
        HELIOS_AWAIT(done, world.store().setTaskStatus(id, TaskStatus::Done));
        QVERIFY(done.ok());
        HELIOS_SYNC(both, world);
        QCOMPARE(both->received, 1);
        QCOMPARE(both->sent, 1);
        QVERIFY2(both->requests < 20, qPrintable(QString::number(both->requests)));
        QCOMPARE(world.plan().tasks.at(1).title, QStringLiteral("Run 9 km"));
        QVERIFY(world.serverResources()
                    .value(world.hrefOfTitle(QStringLiteral("Buy running shoes")))
                    .contains("STATUS:COMPLETED"));
        // AND read one a round, two edits elsewhere both come in within one sync, and the ctag
        // kept is from after the last of them: the next sync asks only the ctag
        world.engine().setReceivePerRound(1);
        QVERIFY(world.editOnServer(world.hrefOfTitle(QStringLiteral("Run 9 km")),
                                   "SUMMARY:Run 9 km", "SUMMARY:Run 7 km"));
        QVERIFY(world.editOnServer(world.hrefOfTitle(QStringLiteral("Buy running shoes")),
                                   "SUMMARY:Buy running shoes", "SUMMARY:Buy trail shoes"));
        HELIOS_SYNC(two, world);
        QCOMPARE(two->received, 2);
        QVERIFY2(two->rounds >= 2, qPrintable(QString::number(two->rounds)));
        QCOMPARE(world.plan().tasks.at(0).title, QStringLiteral("Buy trail shoes"));
        QCOMPARE(world.plan().tasks.at(1).title, QStringLiteral("Run 7 km"));
        HELIOS_SYNC(quiet, world);
        QCOMPARE(quiet->summary(), QStringLiteral("Nothing changed."));
        QCOMPARE(quiet->requests, 1);
    }

    void shouldKeepTheChangeWhenTheServerIsFull_data() { addServers(); }
    void shouldKeepTheChangeWhenTheServerIsFull()
    {
        // GIVEN a synced plan behind a server that has no room left for a PUT
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        DavProxy proxy(world.server().root());
        QVERIFY(proxy.listen());
        proxy.intercept = [](const ProxyRequest &request) -> std::optional<ProxyReply> {
            if (request.method == "PUT")
                return ProxyReply{507, {}, {}};
            return std::nullopt;
        };
        QVERIFY(world.rebind(through(proxy, world.collection())));
        const qint64 id = world.plan().tasks.at(1).id;
        HELIOS_AWAIT(done, world.store().setTaskStatus(id, TaskStatus::Done));
        QVERIFY(done.ok());
        // WHEN it syncs
        HELIOS_AWAIT(full, world.engine().sync(world.bindingId()));
        // THEN one sentence says the server is full, and the change waits in the outbox
        QVERIFY(!full.ok());
        QVERIFY2(full.error().message.contains(QStringLiteral("507")),
                 qPrintable(full.error().message));
        HELIOS_AWAIT(waiting, world.store().outbox(world.bindingId()));
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->at(0).attempts, 1);
        QCOMPARE(waiting->at(0).lastError, full.error().message);
        QVERIFY(world.plan().tasks.at(1).status == TaskStatus::Done);
        // AND once there is room it goes
        proxy.intercept = nullptr;
        HELIOS_SYNC(room, world);
        QCOMPARE(room->sent, 1);
    }

    void shouldSkipMalformedICalendarAndSyncTheRest_data() { addServers(); }
    void shouldSkipMalformedICalendarAndSyncTheRest()
    {
        // GIVEN a synced plan; another client renames two tasks, and the server then serves one
        // of them broken (a property line without its colon)
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        QVERIFY(world.editOnServer(world.hrefOfTitle(QStringLiteral("Run 5 km")),
                                   "SUMMARY:Run 5 km", "SUMMARY:Run 7 km"));
        QVERIFY(world.editOnServer(world.hrefOfTitle(QStringLiteral("Buy running shoes")),
                                   "SUMMARY:Buy running shoes", "SUMMARY:Buy trail shoes"));
        DavProxy proxy(world.server().root());
        QVERIFY(proxy.listen());
        proxy.rewrite = [](const ProxyRequest &request, ProxyReply &reply) {
            if (request.method == "REPORT")
                reply.body.replace("SUMMARY:Run 7 km", "SUMMARY;Run 7 km");
        };
        QVERIFY(world.rebind(through(proxy, world.collection())));
        // WHEN it syncs
        HELIOS_SYNC(report, world);
        // THEN the readable rename comes in, the broken one is skipped with a sentence saying
        // where, and the task it would have changed stays as it was here
        QCOMPARE(report->received, 1);
        QCOMPARE(report->skipped.size(), 1);
        QVERIFY2(report->skipped.at(0).contains(QStringLiteral("is not valid at line")),
                 qPrintable(report->skipped.at(0)));
        const Plan plan = world.plan();
        QCOMPARE(plan.tasks.at(0).title, QStringLiteral("Buy trail shoes"));
        QCOMPARE(plan.tasks.at(1).title, QStringLiteral("Run 5 km"));
        // AND once the server serves it whole again, it comes in too
        proxy.rewrite = nullptr;
        HELIOS_SYNC(fixed, world);
        QCOMPARE(fixed->received, 1);
        QCOMPARE(world.plan().tasks.at(1).title, QStringLiteral("Run 7 km"));
    }

    void shouldSendTheRestWhenTheServerForbidsOneTask_data() { addServers(); }
    void shouldSendTheRestWhenTheServerForbidsOneTask()
    {
        // GIVEN a synced plan behind a server that forbids writing one of its tasks (shared
        // read-only), answering 403 with an error text full of terminal escapes and the password
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        const QString password = world.server().password();
        const QByteArray locked = fileOf(world.hrefOfTitle(QStringLiteral("Run 5 km")));
        QVERIFY(!locked.isEmpty());
        DavProxy proxy(world.server().root());
        QVERIFY(proxy.listen());
        proxy.intercept = [locked,
                           password](const ProxyRequest &request) -> std::optional<ProxyReply> {
            if (request.method == "PUT" && request.target.endsWith(locked))
                return ProxyReply{403, {{"Content-Type", "text/plain"}}, hostileBody(password)};
            return std::nullopt;
        };
        QVERIFY(world.rebind(through(proxy, world.collection())));
        const Plan before = world.plan();
        for (const qint64 id : {before.tasks.at(0).id, before.tasks.at(1).id}) {
            HELIOS_AWAIT(done, world.store().setTaskStatus(id, TaskStatus::Done));
            QVERIFY(done.ok());
        }
        // WHEN it syncs
        HELIOS_AWAIT(refused, world.engine().sync(world.bindingId()));
        // THEN one clean sentence says the server does not allow it (403): no escape, no
        // server text, no password
        QVERIFY(!refused.ok());
        const QString sentence = refused.error().message;
        QVERIFY2(sentence.contains(QStringLiteral("(403)")), qPrintable(sentence));
        QVERIFY2(!holdsControl(sentence), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QStringLiteral("owned")), qPrintable(sentence));
        QVERIFY2(!sentence.contains(password), qPrintable(sentence));
        QCOMPARE(sentence.count(QLatin1Char('.')), 1);
        HELIOS_AWAIT(binding, world.store().binding(world.bindingId()));
        QCOMPARE(binding->lastError, sentence);
        // AND the other task went, the forbidden one waits in the outbox, nothing is lost here
        QVERIFY(world.serverResources()
                    .value(world.hrefOfTitle(QStringLiteral("Buy running shoes")))
                    .contains("STATUS:COMPLETED"));
        QVERIFY(!world.serverResources()
                     .value(world.hrefOfTitle(QStringLiteral("Run 5 km")))
                     .contains("STATUS:COMPLETED"));
        HELIOS_AWAIT(waiting, world.store().outbox(world.bindingId()));
        QCOMPARE(waiting->size(), 1);
        QCOMPARE(waiting->at(0).taskId, before.tasks.at(1).id);
        QCOMPARE(waiting->at(0).attempts, 1);
        QCOMPARE(waiting->at(0).lastError, sentence);
        const Plan after = world.plan();
        QCOMPARE(after.tasks.size(), 3);
        QVERIFY(after.tasks.at(0).status == TaskStatus::Done);
        QVERIFY(after.tasks.at(1).status == TaskStatus::Done);
        // AND once the server allows it, it goes with the next sync
        proxy.intercept = nullptr;
        HELIOS_SYNC(allowed, world);
        QCOMPARE(allowed->sent, 1);
        QVERIFY(world.serverResources()
                    .value(world.hrefOfTitle(QStringLiteral("Run 5 km")))
                    .contains("STATUS:COMPLETED"));
        HELIOS_AWAIT(empty, world.store().outbox(world.bindingId()));
        QVERIFY(empty->isEmpty());
    }

    void shouldPassNoTerminalEscapeFromTheServerIntoASentence_data() { addServers(); }
    void shouldPassNoTerminalEscapeFromTheServerIntoASentence()
    {
        // GIVEN a synced plan; the server refuses a PUT (422) with escapes and the password in
        // its error text, and serves a renamed task broken by an escape in a property's name (a
        // C1 CSI: XML carries it, where it would refuse ESC itself)
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        const QString password = world.server().password();
        QVERIFY(world.editOnServer(world.hrefOfTitle(QStringLiteral("Run 5 km")),
                                   "SUMMARY:Run 5 km", "SUMMARY:Run 7 km"));
        DavProxy proxy(world.server().root());
        QVERIFY(proxy.listen());
        proxy.intercept = [password](const ProxyRequest &request) -> std::optional<ProxyReply> {
            if (request.method == "PUT")
                return ProxyReply{422, {{"Content-Type", "text/plain"}}, hostileBody(password)};
            return std::nullopt;
        };
        const QByteArray csi = "\xc2\x9b"; // U+009B in UTF-8
        proxy.rewrite = [csi](const ProxyRequest &request, ProxyReply &reply) {
            if (request.method == "REPORT")
                reply.body.replace("SUMMARY:Run 7 km", "SUMMARY" + csi + "2J:Run 7 km");
        };
        QVERIFY(world.rebind(through(proxy, world.collection())));
        const qint64 id = world.plan().tasks.at(0).id;
        HELIOS_AWAIT(done, world.store().setTaskStatus(id, TaskStatus::Done));
        QVERIFY(done.ok());
        // WHEN it syncs
        HELIOS_AWAIT(refused, world.engine().sync(world.bindingId()));
        // THEN the sentence names the status and keeps the server's words, as plain text
        QVERIFY(!refused.ok());
        const QString sentence = refused.error().message;
        QVERIFY2(sentence.contains(QStringLiteral("422")), qPrintable(sentence));
        QVERIFY2(sentence.contains(QStringLiteral("Refused for alice")), qPrintable(sentence));
        QVERIFY2(!holdsControl(sentence), qPrintable(sentence));
        QVERIFY2(!sentence.contains(password), qPrintable(sentence));
        // AND the broken task is skipped with a sentence as clean, and stays as it was here
        HELIOS_AWAIT(binding, world.store().binding(world.bindingId()));
        QVERIFY2(!holdsControl(binding->lastError), qPrintable(binding->lastError));
        QVERIFY2(!holdsControl(binding->lastSummary), qPrintable(binding->lastSummary));
        QCOMPARE(world.plan().tasks.at(1).title, QStringLiteral("Run 5 km"));
        HELIOS_AWAIT(waiting, world.store().outbox(world.bindingId()));
        QCOMPARE(waiting->size(), 2); // the task, and the Gear group (its only task done)
        for (const OutboxEntry &entry : *waiting)
            QVERIFY(!holdsControl(entry.lastError));
        // AND the engine's report of the skipped task is clean too
        proxy.intercept = nullptr;
        HELIOS_SYNC(again, world);
        QCOMPARE(again->sent, 1);
        QCOMPARE(again->skipped.size(), 1);
        QVERIFY2(again->skipped.at(0).contains(QStringLiteral("is not valid at line")),
                 qPrintable(again->skipped.at(0)));
        QVERIFY2(!holdsControl(again->skipped.at(0)), qPrintable(again->skipped.at(0)));
        QVERIFY(world.plan().tasks.at(0).status == TaskStatus::Done);
    }

    void shouldFollowACalendarThatMoved_data() { addServers(); }
    void shouldFollowACalendarThatMoved()
    {
        // GIVEN a binding to an address the server redirects (308) to the calendar
        HELIOS_WORLD(world);
        DavProxy proxy(world.server().root());
        QVERIFY(proxy.listen());
        const QByteArray real = world.collection().path().toUtf8();
        proxy.intercept = [real](const ProxyRequest &request) -> std::optional<ProxyReply> {
            if (request.target.startsWith("/moved/"))
                return ProxyReply{308, {{"Location", real + request.target.mid(7)}}, {}};
            return std::nullopt;
        };
        QVERIFY(world.rebind(proxy.root().resolved(QUrl(QStringLiteral("/moved/")))));
        // WHEN it syncs
        HELIOS_SYNC(first, world);
        // THEN the requests followed the redirect, kept their method, and the plan is there
        QCOMPARE(first->sent, 3);
        QCOMPARE(world.serverResources().size(), 3);
        QVERIFY(proxy.seen.contains(QStringLiteral("REPORT /moved/")));
        QVERIFY(proxy.seen.contains(QStringLiteral("REPORT ") + QString::fromUtf8(real)));
    }
};

HELIOS_TEST_MAIN(TestCaldavProxy)
#include "tst_caldav_proxy.moc"
