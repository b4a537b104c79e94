#pragma once

#include "core/domain/plan_queries.h"
#include "core/domain/result.h"
#include "core/domain/sync_queries.h"
#include "core/domain/sync_types.h"
#include "ui/settings/secret_store.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <qcoro/qcorotask.h>

#include <optional>
#include <utility>

namespace helios {
class PlanEditService;
}

namespace helios::ui {

// A calendar of the account that takes tasks (VTODO).
struct SyncCalendar
{
    QString url;
    QString name;
};

// What one sync of one plan did.
struct SyncRun
{
    QString summary;          // in words ("2 task(s) received."), from core/sync
    bool changedHere = false; // the server's changes reached this plan: views refresh
};

// Talks CalDAV for the window: implemented in app/gui over core/sync's calendarsOf, bindPlan and
// syncBinding (the functions `helios-cli sync` uses); the window never sees HTTP. Errors are
// one sentence without the password.
class SyncService
{
public:
    virtual ~SyncService() = default;
    virtual QCoro::Task<Result<QList<SyncCalendar>>> calendars(QString accountUrl, QString user,
                                                               QString password) = 0;
    // collectionUrl empty: a new calendar named after the plan's goal. shared: the calendar
    // holds several plans (SyncBinding::shared).
    virtual QCoro::Task<Result<SyncBinding>> bind(qint64 planId, QString accountUrl, QString user,
                                                  QString password, QString collectionUrl,
                                                  bool shared) = 0;
    virtual QCoro::Task<Result<SyncRun>> sync(SyncBinding binding, QString password) = 0;
    // Stops syncing a binding's plan here (core/sync's unbindPlan); the server is not asked.
    virtual QCoro::Task<Status> unbind(qint64 bindingId) = 0;
};

// Settings → Sync, and the window's background sync. The server and user come from the plans
// already bound (the database keeps no secret); the password goes to the keychain (SecretStore)
// only, under syncAccountKey(). Connect lists the calendars that take tasks; each plan is bound
// to one of them or to a new one; Sync now, the timer, the start and a change to a bound plan
// sync every binding, one run at a time, never blocking (the engine is asynchronous). Every
// intent returns at once; changed() follows each step.
class SyncViewModel : public QObject
{
    Q_OBJECT

public:
    struct PlanRow
    {
        qint64 planId = 0;
        QString goal;
        std::optional<SyncBinding> binding;
    };

    // Everything must outlive this.
    SyncViewModel(SyncService &service, SecretStore &secrets, PlanQueries &plans,
                  SyncQueries &queries, QObject *parent = nullptr);

    // The keychain account of a user on a server: "caldav user@https://server/dav/".
    static QString syncAccountKey(const QString &accountUrl, const QString &user);

    QString accountUrl() const { return m_accountUrl; }
    QString user() const { return m_user; }
    bool isConnected() const { return m_connected; }
    bool isBusy() const { return m_busy > 0; }
    const QList<SyncCalendar> &calendars() const { return m_calendars; }
    const QList<PlanRow> &plans() const { return m_plans; }
    // One sentence: what the last step did, or why it failed; empty when nothing to say.
    QString message() const { return m_message; }
    bool messageIsError() const { return m_messageIsError; }
    // When the last sync of every binding finished, and what it changed (or its error).
    std::optional<QDateTime> lastSync() const { return m_lastSync; }
    QString lastResult() const { return m_lastResult; }

    // The interval of the background sync (default 5 minutes) and the wait after a change.
    void setIntervals(int everyMs, int afterChangeMs);
    // Before a re-plan or a restore of `planId`: when it is synced with a server, syncs it now
    // (after a run under way), so that the change runs on the plan with the server's edits merged
    // in. Empty when merged or not synced; else one sentence saying the change goes on without
    // the server's latest edits, which are merged field by field at the next sync.
    QCoro::Task<QString> mergeFirst(qint64 planId);
    // How "Use this value instead" edits a plan (the window's edit path: a new version).
    void setEditService(PlanEditService *edits) { m_edits = edits; }

    // The conflict log: fields both sides changed, the value kept and the one set aside, newest
    // first (read by reload() and after each sync).
    const QList<SyncConflict> &conflicts() const { return m_conflicts; }
    // Whether useOtherValue can put this field back: every field of the log (title, notes,
    // status, start, due, milestone, estimate, hours spent, dependencies) and "deleted".
    static bool canRestore(const SyncConflict &conflict);
    // "deleted": using the other value deletes the task, so the page asks first.
    static bool restoreDeletes(const SyncConflict &conflict);
    // A conflict's field in words ("Title", "Due date"); the name itself when unknown.
    static QString fieldLabel(const QString &field);
    // A value of the log as the page shows it, in the window's language: a status by its name
    // ("Done"), a deletion's words ("edited here") whoever synced; anything else as it is.
    static QString valueLabel(const QString &field, const QString &value);

public Q_SLOTS:
    // Reads the plans and bindings (the account of the first binding fills server and user).
    void reload();
    // Keeps the password in the keychain, then lists the calendars of the account.
    void connectAccount(const QString &accountUrl, const QString &user, const QString &password);
    // Binds a plan to a calendar of calendars() (empty url: a new one), then syncs it.
    // shared: the calendar holds several plans (each plan bound to it says so).
    void bindPlan(qint64 planId, const QString &calendarUrl, bool shared = false);
    // Stops syncing a plan: its binding and sync state (outbox, conflicts) are removed for that
    // plan only; the plan here and the calendar on the server are left as they are.
    void unbindPlan(qint64 planId);
    void syncNow();
    // At the window's start: syncs once, then every interval.
    void startBackground();
    // A plan changed here: a bound one is synced soon.
    void planChanged(qint64 planId);
    // Puts the value a conflict set aside into the task, as an edit (a new version of the plan,
    // sent with the next sync); for "deleted", deletes the task (ask first: restoreDeletes).
    void useOtherValue(qint64 conflictId);

Q_SIGNALS:
    void changed();
    // A sync brought the server's changes into these plans: the window reloads them.
    void plansChangedBySync(const QList<qint64> &planIds);
    // A sync failed: one sentence for the status line.
    void syncFailed(const QString &sentence);
    // "Use this value instead" saved the plan `after` over `before`: the window puts it on its
    // undo stack (PlanEditor::recordEdit), so Ctrl+Z takes it back like its other edits.
    void restoredAsEdit(const helios::Plan &before, const helios::Plan &after,
                        const QString &undoText);

private:
    QCoro::Task<> load();
    QCoro::Task<> connectTo(QString accountUrl, QString user, QString password);
    QCoro::Task<> bindTo(qint64 planId, QString calendarUrl, bool shared);
    QCoro::Task<> unbindFrom(qint64 planId);
    QCoro::Task<> syncAll();
    QCoro::Task<> restore(SyncConflict conflict);
    // The conflict's other value as an edit of the plan: an edit of TaskFieldsEdit's fields or a
    // removal (PlanEditService::edit), else the plan with the one field set (save). Refusals are
    // one sentence.
    QCoro::Task<Result<std::pair<Plan, Plan>>> applyOtherValue(SyncConflict conflict,
                                                               qint64 planId);
    QCoro::Task<Result<QString>> passwordFor(QString accountUrl, QString user);
    void say(const QString &sentence, bool error);

    SyncService &m_service;
    SecretStore &m_secrets;
    PlanQueries &m_planQueries;
    SyncQueries &m_queries;
    QString m_accountUrl;
    QString m_user;
    bool m_connected = false;
    int m_busy = 0;
    QList<SyncCalendar> m_calendars;
    QList<PlanRow> m_plans;
    QList<SyncConflict> m_conflicts;
    PlanEditService *m_edits = nullptr;
    QString m_message;
    bool m_messageIsError = false;
    std::optional<QDateTime> m_lastSync;
    QString m_lastResult;
    bool m_syncing = false;
    bool m_syncAgain = false;
    QTimer m_every;
    QTimer m_afterChange;
};

} // namespace helios::ui
