// Settings → Sync against a real Radicale on loopback (tests/support/caldav_server, as the sync
// tests start it), over a real SQLite file and app/gui's CalDavSyncService (core/sync, as
// `helios-cli sync` uses it). Only the keychain is in memory (no Secret Service on a test box).
// The password must reach the keychain and nothing else: no label, no field after Connect, no
// log line, not the database file.

#include "app/gui/caldav_sync_service.h"
#include "core/domain/sync_summary.h"
#include "core/jobs/plan_edit_service.h"
#include "core/jobs/plan_snapshot.h"
#include "core/store/store.h"
#include "tests/support/caldav_server.h"
#include "tests/support/coro_test.h"
#include "tests/support/test_main.h"
#include "tests/ui/settings/memory_secret_store.h"
#include "ui/i18n/translations.h"
#include "ui/settings/api_key_store.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/settings_dialog.h"
#include "ui/settings/settings_file.h"
#include "ui/settings/settings_view_model.h"
#include "ui/settings/sync_page.h"
#include "ui/settings/sync_view_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <memory>

using namespace helios;
using namespace helios::ui;

namespace {

constexpr int kSyncTimeoutMs = 30000;

QStringList g_log; // every message logged while a test runs

void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

Plan marathonPlan()
{
    Plan plan;
    plan.goal = QStringLiteral("Run a half marathon");
    plan.language = QStringLiteral("en");
    plan.startDate = QDate(2026, 12, 1);
    plan.deadline = QDate(2027, 3, 1);
    for (const QString &title : {QStringLiteral("Buy running shoes"), QStringLiteral("Run 5 km"),
                                 QStringLiteral("Run 10 km")}) {
        Task t;
        t.title = title;
        t.startDate = QDate(2026, 12, 2);
        t.dueDate = QDate(2026, 12, 20);
        t.estimateHours = 2;
        plan.tasks.append(t);
    }
    return plan;
}

// One device: a store on its own SQLite file, its keychain, its view-model.
struct Device
{
    explicit Device(const QString &path) : store(path), service({store, store, store}) {}
    Store store;
    test::MemorySecretStore secrets;
    gui::CalDavSyncService service;
    std::unique_ptr<SyncViewModel> sync;
};

} // namespace

class TestSyncPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::CalDavServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Device> m_device;
    qint64 m_planId = 0;
    QtMessageHandler m_previousHandler = nullptr;

    std::unique_ptr<Device> device(const QString &name)
    {
        auto d = std::make_unique<Device>(m_dir->filePath(name));
        auto opened = test::await(d->store.open());
        if (!opened || !opened->ok())
            return nullptr;
        d->sync = std::make_unique<SyncViewModel>(d->service, d->secrets, d->store, d->store);
        return d;
    }

    static bool waitIdle(SyncViewModel &vm)
    {
        // Busy, then idle again (the intents return at once).
        return QTest::qWaitFor([&vm] { return !vm.isBusy(); }, kSyncTimeoutMs);
    }

    // Every text the page shows, its fields' included.
    static QStringList textsOf(QWidget &page)
    {
        QStringList texts;
        for (QLabel *label : page.findChildren<QLabel *>())
            texts << label->text();
        for (QLineEdit *edit : page.findChildren<QLineEdit *>())
            texts << edit->text();
        for (QTreeWidget *tree : page.findChildren<QTreeWidget *>()) {
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                for (int c = 0; c < tree->columnCount(); ++c)
                    texts << tree->topLevelItem(i)->text(c);
            }
        }
        return texts;
    }

    // How many .ics resources a calendar on the server holds (PROPFIND, depth 1, as a client).
    int resourcesOn(const QUrl &collection)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(collection);
        request.setRawHeader("Depth", "1");
        request.setRawHeader(
            "Authorization",
            "Basic " +
                (m_server->user() + QLatin1Char(':') + m_server->password()).toUtf8().toBase64());
        QNetworkReply *reply = network.sendCustomRequest(request, "PROPFIND");
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, kSyncTimeoutMs))
            return -1;
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        return int(body.count(".ics</"));
    }

private Q_SLOTS:
    void init()
    {
        QString why;
        m_server = test::CalDavServer::start(test::CalDavServer::Kind::Radicale, &why);
        if (!m_server)
            QSKIP(qPrintable(QStringLiteral("Radicale did not start: ") + why));
        m_dir = std::make_unique<QTemporaryDir>();
        m_device = device(QStringLiteral("a.db"));
        QVERIFY(m_device);
        auto saved = test::await(m_device->store.savePlan(marathonPlan()));
        QVERIFY(saved && saved->ok());
        m_planId = (*saved)->id;
        g_log.clear();
        m_previousHandler = qInstallMessageHandler(keepMessage);
    }

    void cleanup()
    {
        qInstallMessageHandler(m_previousHandler);
        m_device.reset();
        m_dir.reset();
        m_server.reset();
    }

    // "This calendar holds several plans": a second plan joins the first's calendar only when
    // both say so; without the choice the page says why in one sentence and binds nothing.
    void bindTwoPlansToOneCalendarWithTheSharedChoice()
    {
        Plan juggling = marathonPlan();
        juggling.goal = QStringLiteral("Learn to juggle");
        auto second = test::await(m_device->store.savePlan(juggling));
        QVERIFY(second && second->ok());
        SyncViewModel &vm = *m_device->sync;
        SyncPage page(vm);
        page.resize(900, 600);
        page.show();
        const auto connectAccount = [&] {
            page.findChild<QLineEdit *>(QStringLiteral("syncServer"))
                ->setText(m_server->root().toString());
            page.findChild<QLineEdit *>(QStringLiteral("syncUser"))->setText(m_server->user());
            page.findChild<QLineEdit *>(QStringLiteral("syncPassword"))
                ->setText(m_server->password());
            page.findChild<QPushButton *>(QStringLiteral("syncConnect"))->click();
            return waitIdle(vm) && vm.isConnected();
        };
        QVERIFY(connectAccount());
        const auto bindingsNow = [this] {
            auto read = test::await(m_device->store.bindings());
            return read && read->ok() ? **read : QList<SyncBinding>();
        };
        auto *plans = page.findChild<QTreeWidget *>(QStringLiteral("syncPlans"));
        auto *calendar = page.findChild<QComboBox *>(QStringLiteral("syncCalendar"));
        auto *shared = page.findChild<QCheckBox *>(QStringLiteral("syncShared"));
        QVERIFY(shared);
        QVERIFY(shared->isEnabled());
        QCOMPARE(shared->text(), QStringLiteral("This calendar holds several plans"));
        QTRY_COMPARE(plans->topLevelItemCount(), 2);
        const auto choose = [&](qint64 planId) {
            for (int i = 0; i < plans->topLevelItemCount(); ++i) {
                if (plans->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == planId)
                    plans->setCurrentItem(plans->topLevelItem(i));
            }
        };
        // the first plan to a new calendar, shared
        choose(m_planId);
        shared->setChecked(true);
        page.findChild<QPushButton *>(QStringLiteral("syncBind"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(vm.lastSync().has_value() && !vm.isBusy(), kSyncTimeoutMs);
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        auto bindings = test::await(m_device->store.bindings());
        QVERIFY(bindings && bindings->ok());
        QCOMPARE((*bindings)->size(), 1);
        const QString url = (*bindings)->first().collectionUrl;
        QVERIFY((*bindings)->first().shared);
        // the second to that calendar without the choice: refused, nothing bound
        QVERIFY(connectAccount());
        choose((*second)->id);
        calendar->setCurrentIndex(calendar->findData(url));
        QCOMPARE(calendar->currentData().toString(), url);
        shared->setChecked(false);
        page.findChild<QPushButton *>(QStringLiteral("syncBind"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!vm.isBusy() && vm.messageIsError(), kSyncTimeoutMs);
        QVERIFY2(vm.message().contains(QStringLiteral("This calendar holds several plans")),
                 qPrintable(vm.message()));
        QCOMPARE(bindingsNow().size(), 1);
        // with it: bound, both plans in that calendar
        shared->setChecked(true);
        page.findChild<QPushButton *>(QStringLiteral("syncBind"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!vm.isBusy() && !vm.messageIsError() && bindingsNow().size() == 2,
                                 kSyncTimeoutMs);
        const QList<SyncBinding> both = bindingsNow();
        for (const SyncBinding &b : both) {
            QCOMPARE(b.collectionUrl, url);
            QVERIFY(b.shared);
        }
        // a synced plan chosen in the list shows its calendar and the choice it was bound with,
        // and is not offered for binding again (Stop syncing this plan is)
        choose(m_planId);
        QCOMPARE(calendar->currentData().toString(), url);
        QVERIFY(shared->isChecked());
        QVERIFY(!calendar->isEnabled());
        QVERIFY(!shared->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("syncBind"))->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("syncUnbind"))->isEnabled());
    }

    // The page's steps: Connect, choose a plan, "Sync this plan" to a new calendar; the plan's
    // tasks reach the server, the page says when and what, the password only the keychain.
    void connectBindAndSyncFromThePage()
    {
        SyncViewModel &vm = *m_device->sync;
        SyncPage page(vm);
        page.resize(900, 600);
        page.show();
        const QString password = m_server->password();
        QVERIFY(password.size() >= 6);

        page.findChild<QLineEdit *>(QStringLiteral("syncServer"))
            ->setText(m_server->root().toString());
        page.findChild<QLineEdit *>(QStringLiteral("syncUser"))->setText(m_server->user());
        page.findChild<QLineEdit *>(QStringLiteral("syncPassword"))->setText(password);
        page.findChild<QPushButton *>(QStringLiteral("syncConnect"))->click();
        QVERIFY(vm.isBusy());
        QVERIFY(waitIdle(vm));
        QVERIFY2(vm.isConnected(), qPrintable(vm.message()));
        QVERIFY(!vm.messageIsError());
        QCOMPARE(m_device->secrets.secrets.value(
                     SyncViewModel::syncAccountKey(m_server->root().toString(), m_server->user())),
                 password);
        QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("syncPassword"))->text().isEmpty());

        auto *plans = page.findChild<QTreeWidget *>(QStringLiteral("syncPlans"));
        QTRY_COMPARE(plans->topLevelItemCount(), 1);
        QCOMPARE(plans->topLevelItem(0)->text(0), QStringLiteral("Run a half marathon"));
        plans->setCurrentItem(plans->topLevelItem(0));
        auto *calendar = page.findChild<QComboBox *>(QStringLiteral("syncCalendar"));
        QCOMPARE(calendar->currentData().toString(), QString()); // a new calendar
        QSignalSpy changedBySync(&vm, &SyncViewModel::plansChangedBySync);
        page.findChild<QPushButton *>(QStringLiteral("syncBind"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(vm.lastSync().has_value() && !vm.isBusy(), kSyncTimeoutMs);
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        QVERIFY2(page.lastSyncText().contains(QStringLiteral("3 task(s) sent")),
                 qPrintable(page.lastSyncText()));
        QCOMPARE(changedBySync.count(), 0); // nothing came from the server

        auto bindings = test::await(m_device->store.bindings());
        QVERIFY(bindings && bindings->ok());
        QCOMPARE((*bindings)->size(), 1);
        const SyncBinding binding = (*bindings)->first();
        QCOMPARE(binding.planId, m_planId);
        QVERIFY(binding.collectionUrl.startsWith(m_server->root().toString()));
        auto items = test::await(m_device->store.items(binding.id));
        QVERIFY(items && items->ok());
        QCOMPARE((*items)->size(), 3);
        QCOMPARE(plans->topLevelItem(0)->text(1) == QStringLiteral("Not synced"), false);

        // Connecting again lists the calendar Helios made, by the plan's goal.
        page.findChild<QLineEdit *>(QStringLiteral("syncPassword"))->setText(password);
        page.findChild<QPushButton *>(QStringLiteral("syncConnect"))->click();
        QVERIFY(waitIdle(vm));
        QVERIFY(vm.isConnected());
        bool listed = false;
        for (const SyncCalendar &c : vm.calendars())
            listed = listed || (c.url == binding.collectionUrl &&
                                c.name == QStringLiteral("Run a half marathon"));
        QVERIFY(listed);
        QVERIFY(calendar->findData(binding.collectionUrl) > 0);

        // The password: in the keychain only.
        for (const QString &text : textsOf(page))
            QVERIFY2(!text.contains(password), qPrintable(text));
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(password), qPrintable(line));
        m_device->sync.reset();
        QFile db(m_dir->filePath(QStringLiteral("a.db")));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(password.toUtf8()));
    }

    // A wrong password: one sentence, no secret, nothing bound, and it can be corrected.
    void wrongPasswordSaysSoInOneSentence()
    {
        SyncViewModel &vm = *m_device->sync;
        SyncPage page(vm);
        const QString wrong = QStringLiteral("not-the-password-42");
        vm.connectAccount(m_server->root().toString(), m_server->user(), wrong);
        QVERIFY(waitIdle(vm));
        QVERIFY(!vm.isConnected());
        QVERIFY(vm.messageIsError());
        QVERIFY(!vm.message().isEmpty());
        QVERIFY2(!vm.message().contains(wrong), qPrintable(vm.message()));
        QCOMPARE(page.messageText(), vm.message());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("syncBind"))->isEnabled());

        vm.connectAccount(QStringLiteral("ftp://example.org"), m_server->user(), wrong);
        QVERIFY(waitIdle(vm));
        QVERIFY(vm.messageIsError());
        QVERIFY(vm.message().contains(QStringLiteral("https://")));
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(wrong), qPrintable(line));
    }

    // Background sync: a change another device sent reaches this one at start and on the timer,
    // and the window is told which plan to read again.
    void backgroundSyncBringsAnotherDevicesChange()
    {
        SyncViewModel &vm = *m_device->sync;
        const QString account = m_server->root().toString();
        vm.connectAccount(account, m_server->user(), m_server->password());
        QVERIFY(waitIdle(vm));
        QVERIFY2(vm.isConnected(), qPrintable(vm.message()));
        vm.bindPlan(m_planId, QString());
        QTRY_VERIFY_WITH_TIMEOUT(vm.lastSync().has_value() && !vm.isBusy(), kSyncTimeoutMs);
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        const QString collection = vm.plans().first().binding->collectionUrl;

        // Device B: an empty plan bound to the same calendar takes the three tasks, changes one.
        std::unique_ptr<Device> b = device(QStringLiteral("b.db"));
        QVERIFY(b);
        Plan empty;
        empty.goal = QStringLiteral("Marathon on the laptop");
        empty.language = QStringLiteral("en");
        empty.startDate = QDate(2026, 12, 1);
        empty.deadline = QDate(2027, 3, 1);
        auto savedB = test::await(b->store.savePlan(empty));
        QVERIFY(savedB && savedB->ok());
        b->sync->connectAccount(account, m_server->user(), m_server->password());
        QVERIFY(waitIdle(*b->sync));
        b->sync->bindPlan((*savedB)->id, collection);
        QTRY_VERIFY_WITH_TIMEOUT(b->sync->lastSync().has_value() && !b->sync->isBusy(),
                                 kSyncTimeoutMs);
        auto planB = test::await(b->store.plan((*savedB)->id));
        QVERIFY(planB && planB->ok());
        QCOMPARE((*planB)->tasks.size(), 3);
        Plan edited = **planB;
        for (Task &t : edited.tasks) {
            if (t.title == QStringLiteral("Run 5 km"))
                t.title = QStringLiteral("Run 6 km");
        }
        auto savedEdit = test::await(b->store.applyVersion(
            edited, QStringLiteral("edit"), [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(savedEdit && savedEdit->ok());
        b->sync->setIntervals(60000, 10);
        b->sync->planChanged((*savedB)->id); // soon after a change to a bound plan
        QTRY_VERIFY2_WITH_TIMEOUT(
            b->sync->lastResult().contains(QStringLiteral("1 task(s) sent")),
            qPrintable(b->sync->lastResult() + QLatin1Char('|') + b->sync->message()),
            kSyncTimeoutMs);

        // This device's timer brings it in and names the plan.
        QSignalSpy changedBySync(&vm, &SyncViewModel::plansChangedBySync);
        vm.setIntervals(100, 100);
        vm.startBackground();
        QTRY_VERIFY_WITH_TIMEOUT(changedBySync.count() >= 1, kSyncTimeoutMs);
        QCOMPARE(changedBySync.first().first().value<QList<qint64>>(), QList<qint64>{m_planId});
        auto planA = test::await(m_device->store.plan(m_planId));
        QVERIFY(planA && planA->ok());
        QStringList titles;
        for (const Task &t : (*planA)->tasks)
            titles << t.title;
        QVERIFY2(titles.contains(QStringLiteral("Run 6 km")), qPrintable(titles.join(u',')));
        QVERIFY(vm.lastResult().contains(QStringLiteral("received")) ||
                vm.lastResult() == QStringLiteral("Nothing changed."));

        // Both devices rename the same task: this one logs a conflict, and "Use this value
        // instead" on the page puts the value set aside back, as a new version of the plan.
        vm.setIntervals(600000, 600000);
        QVERIFY(QTest::qWaitFor([&vm] { return !vm.isBusy(); }, kSyncTimeoutMs));
        const auto renameHere = [](Store &store, qint64 planId, const QString &title) {
            auto plan = test::await(store.plan(planId));
            if (!plan || !plan->ok())
                return false;
            Plan p = **plan;
            for (Task &t : p.tasks) {
                if (t.title.startsWith(QStringLiteral("Run 6 km")))
                    t.title = title;
            }
            auto applied = test::await(store.applyVersion(
                p, QStringLiteral("edit"), [](const Plan &x) { return planSnapshot(x); }));
            return applied && applied->ok();
        };
        QVERIFY(renameHere(m_device->store, m_planId, QStringLiteral("Run 6 km (laptop A)")));
        QTest::qWait(1100); // LAST-MODIFIED has seconds
        QVERIFY(renameHere(b->store, (*savedB)->id, QStringLiteral("Run 6 km (laptop B)")));
        b->sync->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            !b->sync->isBusy() && b->sync->lastResult().contains(QStringLiteral("1 task(s) sent")),
            kSyncTimeoutMs);
        vm.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!vm.isBusy() && !vm.conflicts().isEmpty(), kSyncTimeoutMs);
        const SyncConflict conflict = vm.conflicts().first();
        QCOMPARE(conflict.field, QStringLiteral("title"));
        QVERIFY(conflict.keptValue != conflict.otherValue);
        auto versionsBefore = test::await(m_device->store.versions(m_planId));
        QVERIFY(versionsBefore && versionsBefore->ok());

        PlanEditService edits(m_device->store);
        vm.setEditService(&edits);
        SyncPage page(vm);
        auto *log = page.findChild<QTreeWidget *>(QStringLiteral("syncConflicts"));
        QTRY_VERIFY(log->topLevelItemCount() >= 1);
        QCOMPARE(log->topLevelItem(0)->text(3), conflict.otherValue);
        log->setCurrentItem(log->topLevelItem(0));
        auto *useOther = page.findChild<QPushButton *>(QStringLiteral("syncUseOther"));
        QVERIFY(useOther->isEnabled());
        useOther->click();
        QTRY_VERIFY_WITH_TIMEOUT(!vm.isBusy() && !vm.message().isEmpty() &&
                                     vm.message().contains(QStringLiteral("is back")),
                                 kSyncTimeoutMs);
        auto after = test::await(m_device->store.plan(m_planId));
        QVERIFY(after && after->ok());
        QStringList now;
        for (const Task &t : (*after)->tasks)
            now << t.title;
        QVERIFY2(now.contains(conflict.otherValue), qPrintable(now.join(u',')));
        QVERIFY(!now.contains(conflict.keptValue));
        auto versionsAfter = test::await(m_device->store.versions(m_planId));
        QVERIFY(versionsAfter && versionsAfter->ok());
        QCOMPARE((*versionsAfter)->size(), (*versionsBefore)->size() + 1);
    }

    // Before the window re-plans a synced plan, mergeFirst brings in what another device did;
    // with the server gone it says so in one sentence, and a plan not synced asks nothing.
    void mergeFirstBringsAnotherDevicesEditsBeforeAReplan()
    {
        SyncViewModel &vm = *m_device->sync;
        const QString account = m_server->root().toString();
        vm.connectAccount(account, m_server->user(), m_server->password());
        QVERIFY(waitIdle(vm));
        vm.bindPlan(m_planId, QString());
        QTRY_VERIFY_WITH_TIMEOUT(vm.lastSync().has_value() && !vm.isBusy(), kSyncTimeoutMs);
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        const QString collection = vm.plans().first().binding->collectionUrl;
        // Device B, bound to the same calendar, completes "Run 5 km" and syncs.
        std::unique_ptr<Device> b = device(QStringLiteral("b.db"));
        QVERIFY(b);
        Plan empty;
        empty.goal = QStringLiteral("Marathon on the phone");
        empty.language = QStringLiteral("en");
        empty.startDate = QDate(2026, 12, 1);
        auto savedB = test::await(b->store.savePlan(empty));
        QVERIFY(savedB && savedB->ok());
        b->sync->connectAccount(account, m_server->user(), m_server->password());
        QVERIFY(waitIdle(*b->sync));
        b->sync->bindPlan((*savedB)->id, collection);
        QTRY_VERIFY_WITH_TIMEOUT(b->sync->lastSync().has_value() && !b->sync->isBusy(),
                                 kSyncTimeoutMs);
        auto planB = test::await(b->store.plan((*savedB)->id));
        QVERIFY(planB && planB->ok());
        qint64 run5 = 0;
        for (const Task &t : (*planB)->tasks) {
            if (t.title == QStringLiteral("Run 5 km"))
                run5 = t.id;
        }
        QVERIFY(run5 > 0);
        auto done = test::await(b->store.setTaskStatus(run5, TaskStatus::Done));
        QVERIFY(done && done->ok());
        b->sync->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            !b->sync->isBusy() && b->sync->lastResult().contains(QStringLiteral("1 task(s) sent")),
            kSyncTimeoutMs);

        // WHEN this device is about to re-plan THEN the completion is merged first, and the
        // window is told
        QSignalSpy changedBySync(&vm, &SyncViewModel::plansChangedBySync);
        auto note = test::await(vm.mergeFirst(m_planId));
        QVERIFY(note);
        QCOMPARE(*note, QString());
        QCOMPARE(changedBySync.count(), 1);
        auto planA = test::await(m_device->store.plan(m_planId));
        QVERIFY(planA && planA->ok());
        bool completed = false;
        for (const Task &t : (*planA)->tasks)
            completed = completed ||
                        (t.title == QStringLiteral("Run 5 km") && t.status == TaskStatus::Done);
        QVERIFY(completed);
        QVERIFY(!vm.isBusy());

        // AND a plan that is not synced asks nothing
        auto other = test::await(m_device->store.savePlan(marathonPlan()));
        QVERIFY(other && other->ok());
        auto none = test::await(vm.mergeFirst((*other)->id));
        QVERIFY(none);
        QCOMPARE(*none, QString());

        // WHEN the server is gone THEN one sentence says the re-plan goes on with this plan, and
        // no password is in it
        m_server->kill();
        auto gone = test::await(vm.mergeFirst(m_planId));
        QVERIFY(gone);
        QVERIFY2(gone->contains(QStringLiteral("Going on without the server's latest edits")) &&
                     gone->contains(QStringLiteral("merged field by field at the next sync")),
                 qPrintable(*gone));
        QVERIFY(!gone->contains(m_server->password()));
        QVERIFY(!vm.isBusy());
    }

    // The page sits in Settings as its own tab when the window gives a SyncViewModel.
    // "Stop syncing this plan": asks first, saying the server's calendar is left as it is;
    // Cancel changes nothing; Stop syncing removes that plan's binding and sync state (what the
    // last sync agreed, the outbox) and no other plan's, and leaves the server's calendar alone.
    void stopSyncingAPlanAsksFirstAndLeavesTheServer()
    {
        SyncViewModel &vm = *m_device->sync;
        Plan other = marathonPlan();
        other.goal = QStringLiteral("Learn to swim");
        auto savedOther = test::await(m_device->store.savePlan(other));
        QVERIFY(savedOther && savedOther->ok());
        const qint64 otherId = (*savedOther)->id;
        vm.connectAccount(m_server->root().toString(), m_server->user(), m_server->password());
        QVERIFY(waitIdle(vm));
        QVERIFY2(vm.isConnected(), qPrintable(vm.message()));
        // Bound and synced: idle, with a last sync on the plan's row (between the binding and
        // its first sync the view-model is idle for a moment).
        const auto syncedOnce = [&vm](qint64 id) {
            for (const SyncViewModel::PlanRow &row : vm.plans()) {
                if (row.planId == id)
                    return !vm.isBusy() && row.binding && row.binding->lastSyncAt.has_value();
            }
            return false;
        };
        for (const qint64 id : {m_planId, otherId}) {
            vm.bindPlan(id, QString());
            QTRY_VERIFY_WITH_TIMEOUT(syncedOnce(id), kSyncTimeoutMs);
            QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        }
        auto bound = test::await(m_device->store.bindings());
        QVERIFY(bound && bound->ok());
        QCOMPARE((*bound)->size(), 2);
        SyncBinding mine;
        SyncBinding theirs;
        for (const SyncBinding &b : **bound)
            (b.planId == m_planId ? mine : theirs) = b;
        QCOMPARE(theirs.planId, otherId);
        auto sent = test::await(m_device->store.items(mine.id));
        QVERIFY(sent && sent->ok());
        QCOMPARE((*sent)->size(), 3);
        // A rename here, and a change that could not be sent yet waiting in the outbox (as a
        // refused PUT leaves it).
        auto planNow = test::await(m_device->store.plan(m_planId));
        QVERIFY(planNow && planNow->ok());
        Plan edited = **planNow;
        edited.tasks[0].title = QStringLiteral("Buy trail shoes");
        auto savedEdit = test::await(m_device->store.applyVersion(
            edited, QStringLiteral("edit"), [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(savedEdit && savedEdit->ok());
        const SyncItem item = (*sent)->first();
        SyncCommit refused;
        refused.bindingId = mine.id;
        OutboxEntry entry;
        entry.bindingId = mine.id;
        entry.uid = item.uid;
        entry.href = item.href;
        entry.taskId = item.taskId;
        entry.ifMatch = item.etag;
        entry.body = item.resource;
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.attempts = 1;
        entry.lastError = QStringLiteral("Sending a task to the server failed: the server answered "
                                         "400.");
        refused.outboxWrites = {entry};
        auto recorded = test::await(m_device->store.commitSync(refused));
        QVERIFY(recorded && recorded->ok());
        auto waiting = test::await(m_device->store.outbox(mine.id));
        QVERIFY(waiting && waiting->ok());
        QCOMPARE((*waiting)->size(), 1);

        SyncPage page(vm);
        page.resize(900, 600);
        page.show();
        auto *plans = page.findChild<QTreeWidget *>(QStringLiteral("syncPlans"));
        auto *unbind = page.findChild<QPushButton *>(QStringLiteral("syncUnbind"));
        QVERIFY(unbind);
        QTRY_COMPARE(plans->topLevelItemCount(), 2);
        QVERIFY(!unbind->isEnabled()); // no plan chosen yet
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < plans->topLevelItemCount(); ++i) {
            if (plans->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == m_planId)
                row = plans->topLevelItem(i);
        }
        QVERIFY(row);
        plans->setCurrentItem(row);
        QVERIFY(unbind->isEnabled());

        // Cancel: nothing changes.
        unbind->click();
        QPointer<QMessageBox> question =
            page.findChild<QMessageBox *>(QStringLiteral("syncUnbindQuestion"));
        QVERIFY(question);
        QVERIFY2(question->text().contains(QStringLiteral("Run a half marathon")),
                 qPrintable(question->text()));
        QVERIFY2(question->text().contains(QStringLiteral("calendar on the server is left as it "
                                                          "is")),
                 qPrintable(question->text()));
        QCOMPARE(question->defaultButton()->text(), QStringLiteral("Cancel"));
        question->defaultButton()->click();
        QTRY_VERIFY(!question);
        QTest::qWait(50);
        auto still = test::await(m_device->store.bindings());
        QCOMPARE((*still)->size(), 2);

        // Stop syncing: that plan's binding and sync state go, the other plan's stay.
        QVERIFY(unbind->isEnabled());
        unbind->click();
        question = page.findChild<QMessageBox *>(QStringLiteral("syncUnbindQuestion"));
        QVERIFY(question);
        QAbstractButton *stop = nullptr;
        for (QAbstractButton *b : question->buttons())
            stop = question->buttonRole(b) == QMessageBox::AcceptRole ? b : stop;
        QVERIFY(stop);
        QCOMPARE(stop->text(), QStringLiteral("Stop syncing"));
        stop->click();
        QTRY_VERIFY_WITH_TIMEOUT(vm.message().contains(QStringLiteral("no longer synced")),
                                 kSyncTimeoutMs);
        QVERIFY(!vm.messageIsError());
        QCOMPARE(page.messageText(), vm.message());
        auto left = test::await(m_device->store.bindings());
        QVERIFY(left && left->ok());
        QCOMPARE((*left)->size(), 1);
        QCOMPARE((*left)->first().planId, otherId);
        auto gone = test::await(m_device->store.outbox(mine.id));
        QVERIFY(!gone || !gone->ok() || (*gone)->isEmpty());
        auto goneItems = test::await(m_device->store.items(mine.id));
        QVERIFY(!goneItems || !goneItems->ok() || (*goneItems)->isEmpty());
        auto kept = test::await(m_device->store.items(theirs.id));
        QVERIFY(kept && kept->ok());
        QCOMPARE((*kept)->size(), 3);
        // The plan here is as it was, its row says "Not synced" and the button rests.
        auto planAfter = test::await(m_device->store.plan(m_planId));
        QVERIFY(planAfter && planAfter->ok());
        QCOMPARE((*planAfter)->tasks.at(0).title, QStringLiteral("Buy trail shoes"));
        QCOMPARE((*planAfter)->tasks.size(), 3);
        for (int i = 0; i < plans->topLevelItemCount(); ++i) {
            if (plans->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == m_planId)
                QCOMPARE(plans->topLevelItem(i)->text(1), QStringLiteral("Not synced"));
        }
        QVERIFY(!unbind->isEnabled());
        // The server's calendar is left as it is: its three tasks, not the unsent rename.
        QCOMPARE(resourcesOn(QUrl(mine.collectionUrl)), 3);
        // And the next sync syncs the other plan only, without error.
        vm.syncNow();
        QVERIFY(waitIdle(vm));
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
    }

    // Every field of the conflict log goes back with "Use this value instead", through
    // PlanEditService (a version of the plan), handed on for the window's undo stack; "deleted"
    // deletes the task after asking; a value that cannot go back is refused in one sentence.
    void everyFieldOfTheConflictLogCanBePutBack()
    {
        SyncViewModel &vm = *m_device->sync;
        vm.setIntervals(600000, 600000); // no sync runs: there is no password for this account
        SyncBinding binding;
        binding.planId = m_planId;
        binding.accountUrl = QStringLiteral("http://127.0.0.1:9/");
        binding.userName = QStringLiteral("ada");
        binding.collectionUrl = QStringLiteral("http://127.0.0.1:9/ada/tasks/");
        auto bound = test::await(m_device->store.saveBinding(binding));
        QVERIFY(bound && bound->ok());
        const qint64 bindingId = (*bound)->id;
        auto read = test::await(m_device->store.plan(m_planId));
        QVERIFY(read && read->ok());
        const Plan plan = **read;
        const qint64 shoes = plan.tasks.at(0).id;
        const qint64 run5 = plan.tasks.at(1).id;
        const qint64 run10 = plan.tasks.at(2).id;
        SyncCommit commit;
        commit.bindingId = bindingId;
        const QStringList uids{QStringLiteral("helios-u0"), QStringLiteral("helios-u1"),
                               QStringLiteral("helios-u2")};
        for (int i = 0; i < 3; ++i) {
            SyncItem item;
            item.bindingId = bindingId;
            item.uid = uids.at(i);
            item.href = QStringLiteral("/ada/tasks/%1.ics").arg(uids.at(i));
            item.etag = QStringLiteral("\"1\"");
            item.taskId = plan.tasks.at(i).id;
            item.resource = QByteArray("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
            item.syncedAt = QDateTime::currentDateTimeUtc();
            commit.itemWrites.append(item);
        }
        const auto conflictOf = [&](qint64 taskId, const QString &field, const QString &kept,
                                    const QString &other) {
            SyncConflict c;
            c.createdAt = QDateTime::currentDateTimeUtc();
            c.bindingId = bindingId;
            c.taskId = taskId;
            c.uid = uids.at(positionOfTask(plan, taskId));
            c.taskTitle = plan.tasks.at(positionOfTask(plan, taskId)).title;
            c.field = field;
            c.keptValue = kept;
            c.otherValue = other;
            return c;
        };
        commit.conflicts = {
            conflictOf(run10, QStringLiteral("status"), QStringLiteral("todo"),
                       QStringLiteral("done")),
            conflictOf(run10, QStringLiteral("due"), QStringLiteral("2026-12-20"),
                       QStringLiteral("2026-12-24")),
            conflictOf(run10, QStringLiteral("actual"), QString(), QStringLiteral("3.5")),
            conflictOf(run10, QStringLiteral("depends_on"), QString(),
                       uids.at(0) + QLatin1Char(',') + uids.at(1)),
            conflictOf(run10, QStringLiteral("notes"), QString(), QStringLiteral("Slowly.")),
            conflictOf(run10, QStringLiteral("milestone"), QString(), QStringLiteral("Base")),
            conflictOf(run10, QStringLiteral("estimate"), QStringLiteral("2"),
                       QStringLiteral("4.5")),
            conflictOf(run5, QStringLiteral("title"), QStringLiteral("Run 5 km"),
                       QStringLiteral("Run 5 km slowly")),
            // refused: a prerequisite no longer synced; a due date before the task starts
            conflictOf(run5, QStringLiteral("depends_on"), QString(),
                       QStringLiteral("helios-gone")),
            conflictOf(run5, QStringLiteral("due"), QStringLiteral("2026-12-20"),
                       QStringLiteral("2026-11-01")),
            conflictOf(shoes, QStringLiteral("deleted"), QStringLiteral("edited here"),
                       QStringLiteral("deleted on the server"))};
        auto committed = test::await(m_device->store.commitSync(commit));
        QVERIFY(committed && committed->ok());

        PlanEditService edits(m_device->store);
        vm.setEditService(&edits);
        SyncPage page(vm);
        QSignalSpy restored(&vm, &SyncViewModel::restoredAsEdit);
        vm.reload();
        auto *log = page.findChild<QTreeWidget *>(QStringLiteral("syncConflicts"));
        auto *useOther = page.findChild<QPushButton *>(QStringLiteral("syncUseOther"));
        QTRY_COMPARE(log->topLevelItemCount(), int(commit.conflicts.size()));
        for (int i = 0; i < log->topLevelItemCount(); ++i) {
            if (log->topLevelItem(i)->text(1) == QStringLiteral("Status")) {
                QCOMPARE(log->topLevelItem(i)->text(2), QStringLiteral("To do")); // not "todo"
                QCOMPARE(log->topLevelItem(i)->text(3), QStringLiteral("Done"));
            }
        }
        const auto choose = [&](qint64 taskId, const QString &field, const QString &other) {
            for (const SyncConflict &c : vm.conflicts()) {
                if (c.taskId != taskId || c.field != field || c.otherValue != other)
                    continue;
                for (int i = 0; i < log->topLevelItemCount(); ++i) {
                    if (log->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == c.id) {
                        log->setCurrentItem(log->topLevelItem(i));
                        return useOther->isEnabled();
                    }
                }
            }
            return false;
        };
        const auto put = [&](qint64 taskId, const QString &field, const QString &other) {
            const int before = int(restored.count());
            if (!choose(taskId, field, other))
                return false;
            useOther->click();
            return QTest::qWaitFor(
                [&] { return !vm.isBusy() && (restored.count() > before || vm.messageIsError()); },
                kSyncTimeoutMs);
        };
        const auto taskNow = [&](qint64 taskId) {
            auto p = test::await(m_device->store.plan(m_planId));
            const int at = p && p->ok() ? positionOfTask(**p, taskId) : -1;
            return at >= 0 ? (*p)->tasks.at(at) : Task{};
        };
        auto versionsBefore = test::await(m_device->store.versions(m_planId));
        QVERIFY(versionsBefore && versionsBefore->ok());

        QVERIFY(put(run10, QStringLiteral("status"), QStringLiteral("done")));
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        QVERIFY(taskNow(run10).status == TaskStatus::Done);
        QVERIFY(vm.message().contains(QStringLiteral("is back")));
        QCOMPARE(restored.count(), 1);
        {
            const Plan b = restored.last().at(0).value<Plan>();
            const Plan a = restored.last().at(1).value<Plan>();
            QVERIFY(b.tasks.at(2).status == TaskStatus::Todo);
            QVERIFY(a.tasks.at(2).status == TaskStatus::Done);
            QVERIFY2(restored.last().at(2).toString().contains(QStringLiteral("Status")),
                     qPrintable(restored.last().at(2).toString()));
        }
        auto versionsAfter = test::await(m_device->store.versions(m_planId));
        QVERIFY(versionsAfter && versionsAfter->ok());
        QVERIFY((*versionsAfter)->size() > (*versionsBefore)->size()); // an "edit" version
        QCOMPARE((*versionsAfter)->last().reason, QStringLiteral("edit"));

        QVERIFY(put(run10, QStringLiteral("due"), QStringLiteral("2026-12-24")));
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        QCOMPARE(taskNow(run10).dueDate, QDate(2026, 12, 24));
        QVERIFY(put(run10, QStringLiteral("actual"), QStringLiteral("3.5")));
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        QCOMPARE(taskNow(run10).actualHours, 3.5);
        QVERIFY(
            put(run10, QStringLiteral("depends_on"), uids.at(0) + QLatin1Char(',') + uids.at(1)));
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        QCOMPARE(taskNow(run10).dependsOn, (QList<int>{0, 1}));
        QVERIFY(put(run10, QStringLiteral("notes"), QStringLiteral("Slowly.")));
        QCOMPARE(taskNow(run10).notes, QStringLiteral("Slowly."));
        QVERIFY(put(run10, QStringLiteral("milestone"), QStringLiteral("Base")));
        QCOMPARE(taskNow(run10).milestone, QStringLiteral("Base"));
        QVERIFY(put(run10, QStringLiteral("estimate"), QStringLiteral("4.5")));
        QCOMPARE(taskNow(run10).estimateHours, 4.5);
        QVERIFY(put(run5, QStringLiteral("title"), QStringLiteral("Run 5 km slowly")));
        QCOMPARE(taskNow(run5).title, QStringLiteral("Run 5 km slowly"));
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        QCOMPARE(restored.count(), 8);

        // Refused, in one sentence, the plan as it was.
        const Plan beforeRefusals = [&] {
            auto p = test::await(m_device->store.plan(m_planId));
            return p && p->ok() ? **p : Plan{};
        }();
        QVERIFY(put(run5, QStringLiteral("depends_on"), QStringLiteral("helios-gone")));
        QVERIFY(vm.messageIsError());
        QVERIFY2(vm.message().contains(QStringLiteral("no longer in the plan")),
                 qPrintable(vm.message()));
        QCOMPARE(page.messageText(), vm.message());
        QVERIFY(put(run5, QStringLiteral("due"), QStringLiteral("2026-11-01")));
        QVERIFY(vm.messageIsError());
        QVERIFY2(vm.message().contains(QStringLiteral("before the task starts")),
                 qPrintable(vm.message()));
        QCOMPARE(restored.count(), 8);
        QCOMPARE(taskNow(run5).dueDate, beforeRefusals.tasks.at(1).dueDate);
        QCOMPARE(taskNow(run5).dependsOn, beforeRefusals.tasks.at(1).dependsOn);

        // "deleted": asks first; Cancel keeps the task, Delete deletes it.
        QVERIFY(choose(shoes, QStringLiteral("deleted"), QStringLiteral("deleted on the server")));
        useOther->click();
        QPointer<QMessageBox> question =
            page.findChild<QMessageBox *>(QStringLiteral("syncDeleteQuestion"));
        QVERIFY(question);
        QVERIFY2(question->text().contains(QStringLiteral("Buy running shoes")),
                 qPrintable(question->text()));
        QCOMPARE(question->defaultButton()->text(), QStringLiteral("Cancel"));
        question->defaultButton()->click();
        QTRY_VERIFY(!question);
        QTest::qWait(50);
        QCOMPARE(taskNow(shoes).id, shoes);
        QCOMPARE(restored.count(), 8);
        QVERIFY(choose(shoes, QStringLiteral("deleted"), QStringLiteral("deleted on the server")));
        useOther->click();
        question = page.findChild<QMessageBox *>(QStringLiteral("syncDeleteQuestion"));
        QVERIFY(question);
        QAbstractButton *remove = nullptr;
        for (QAbstractButton *b : question->buttons())
            remove = question->buttonRole(b) == QMessageBox::DestructiveRole ? b : remove;
        QVERIFY(remove);
        remove->click();
        QTRY_VERIFY_WITH_TIMEOUT(!vm.isBusy() && restored.count() == 9, kSyncTimeoutMs);
        QVERIFY2(!vm.messageIsError(), qPrintable(vm.message()));
        QVERIFY2(vm.message().contains(QStringLiteral("is deleted")), qPrintable(vm.message()));
        QCOMPARE(taskNow(shoes).id, 0);
        QCOMPARE(restored.last().at(1).value<Plan>().tasks.size(), 2);
    }

    // The last sync is said in the window's language whoever synced: helios-cli (English) and the
    // window store counts (SyncCounts), and the page puts them in words when it shows them. A
    // sentence an older Helios stored is shown as it is.
    void lastSyncIsSaidInTheWindowsLanguageWhoeverSynced()
    {
        SyncViewModel &vm = *m_device->sync;
        SyncBinding binding;
        binding.planId = m_planId;
        binding.accountUrl = QStringLiteral("http://127.0.0.1:9/");
        binding.userName = QStringLiteral("ada");
        binding.collectionUrl = QStringLiteral("http://127.0.0.1:9/ada/tasks/");
        auto bound = test::await(m_device->store.saveBinding(binding));
        QVERIFY(bound && bound->ok());
        // GIVEN a sync that sent three tasks and received one, as the engine stores it
        SyncCounts counts;
        counts.sent = 3;
        counts.received = 1;
        SyncCommit end;
        end.bindingId = (*bound)->id;
        end.finishedAt = QDateTime::currentDateTimeUtc();
        end.summary = counts.stored();
        QVERIFY(test::await(m_device->store.commitSync(end))->ok());
        auto stored = test::await(m_device->store.binding((*bound)->id));
        QVERIFY(stored && stored->ok());
        QCOMPARE(SyncCounts::fromStored((*stored)->lastSummary), counts);
        QVERIFY(!(*stored)->lastSummary.contains(QStringLiteral("task(s)")));

        SyncPage page(vm);
        {
            // WHEN the window is in Chinese THEN the page says it in Chinese, no English left
            AppTranslations chinese;
            QVERIFY(chinese.use(Language::Chinese, QLocale(QLocale::Chinese, QLocale::China)));
            vm.reload();
            QTRY_VERIFY(vm.lastSync().has_value());
            QCOMPARE(vm.lastResult(), QStringLiteral("收到 1 个任务，发送了 3 个任务。"));
            QVERIFY2(page.lastSyncText().contains(vm.lastResult()),
                     qPrintable(page.lastSyncText()));
            // AND the conflict log's values that are words, whoever synced
            QCOMPARE(SyncViewModel::valueLabel(QStringLiteral("status"), QStringLiteral("done")),
                     QStringLiteral("已完成"));
            QCOMPARE(
                SyncViewModel::valueLabel(QStringLiteral("deleted"), QStringLiteral("edited here")),
                QStringLiteral("在本地修改过"));
        }
        // WHEN it is in English THEN in English
        vm.reload();
        QTRY_COMPARE(vm.lastResult(), QStringLiteral("1 task(s) received, 3 task(s) sent."));
        QVERIFY2(page.lastSyncText().contains(vm.lastResult()), qPrintable(page.lastSyncText()));
        // AND a sentence stored by an older Helios is shown as it is
        end.summary = QStringLiteral("2 task(s) sent.");
        QVERIFY(test::await(m_device->store.commitSync(end))->ok());
        vm.reload();
        QTRY_COMPARE(vm.lastResult(), QStringLiteral("2 task(s) sent."));
        QCOMPARE(SyncCounts::fromStored(QStringLiteral("2 task(s) sent.")), std::nullopt);
        QCOMPARE(SyncCounts::fromStored(QStringLiteral("{\"sent\": -1}")), std::nullopt);
    }

    void settingsDialogHasASyncTab()
    {
        QTemporaryDir dir;
        SettingsFile file{foldersForDatabase(dir.filePath(QStringLiteral("helios.db"))),
                          dir.filePath(QStringLiteral("settings.ini"))};
        test::MemorySecretStore keys;
        ApiKeyStore apiKeys(keys);
        SettingsViewModel settings(file, apiKeys, {});
        SettingsDialog dialog(settings, nullptr, nullptr, m_device->sync.get());
        QTabWidget *tabs = dialog.tabs();
        QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("Sync"));
        auto *page = qobject_cast<SyncPage *>(tabs->widget(tabs->count() - 1));
        QVERIFY(page);

        // Connect from the dialog's page, then OK: the settings file is written, without the
        // password (nor the database, nor the log).
        const QString password = m_server->password();
        page->findChild<QLineEdit *>(QStringLiteral("syncServer"))
            ->setText(m_server->root().toString());
        page->findChild<QLineEdit *>(QStringLiteral("syncUser"))->setText(m_server->user());
        page->findChild<QLineEdit *>(QStringLiteral("syncPassword"))->setText(password);
        page->findChild<QPushButton *>(QStringLiteral("syncConnect"))->click();
        QVERIFY(waitIdle(*m_device->sync));
        QVERIFY2(m_device->sync->isConnected(), qPrintable(m_device->sync->message()));
        dialog.findChild<QPushButton *>(QStringLiteral("okButton"))->click();
        QTRY_VERIFY(QFile::exists(file.fileName()));
        QFile ini(file.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray written = ini.readAll();
        QVERIFY(!written.isEmpty());
        QVERIFY(!written.contains(password.toUtf8()));
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(password), qPrintable(line));
    }
};

HELIOS_TEST_GUI_MAIN(TestSyncPage)
#include "tst_sync_page.moc"
