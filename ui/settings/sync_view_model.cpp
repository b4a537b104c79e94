#include "ui/settings/sync_view_model.h"

#include "core/domain/sync_summary.h"
#include "core/jobs/plan_edit_service.h"
#include "ui/models/display_format.h"

#include <qcoro/qcorotimer.h>

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace helios::ui {

// Every coroutine below holds a QPointer to this object and checks it after each co_await.

namespace {

constexpr int kEveryMs = 5 * 60 * 1000;
constexpr int kAfterChangeMs = 20 * 1000;

} // namespace

SyncViewModel::SyncViewModel(SyncService &service, SecretStore &secrets, PlanQueries &plans,
                             SyncQueries &queries, QObject *parent)
    : QObject(parent), m_service(service), m_secrets(secrets), m_planQueries(plans),
      m_queries(queries)
{
    m_every.setInterval(kEveryMs);
    m_afterChange.setInterval(kAfterChangeMs);
    m_afterChange.setSingleShot(true);
    connect(&m_every, &QTimer::timeout, this, &SyncViewModel::syncNow);
    connect(&m_afterChange, &QTimer::timeout, this, &SyncViewModel::syncNow);
}

QString SyncViewModel::syncAccountKey(const QString &accountUrl, const QString &user)
{
    return QStringLiteral("caldav %1@%2").arg(user, accountUrl);
}

void SyncViewModel::setIntervals(int everyMs, int afterChangeMs)
{
    m_every.setInterval(everyMs);
    m_afterChange.setInterval(afterChangeMs);
}

void SyncViewModel::reload()
{
    load();
}

void SyncViewModel::connectAccount(const QString &accountUrl, const QString &user,
                                   const QString &password)
{
    connectTo(accountUrl.trimmed(), user.trimmed(), password);
}

void SyncViewModel::bindPlan(qint64 planId, const QString &calendarUrl, bool shared)
{
    bindTo(planId, calendarUrl, shared);
}

void SyncViewModel::unbindPlan(qint64 planId)
{
    unbindFrom(planId);
}

void SyncViewModel::syncNow()
{
    syncAll();
}

void SyncViewModel::startBackground()
{
    m_every.start();
    [](QPointer<SyncViewModel> self) -> QCoro::Task<> {
        QCoro::Task<> loading = self->load();
        co_await std::move(loading);
        if (!self)
            co_return;
        QCoro::Task<> syncing = self->syncAll();
        co_await std::move(syncing);
    }(QPointer(this));
}

void SyncViewModel::planChanged(qint64 planId)
{
    for (const PlanRow &row : std::as_const(m_plans)) {
        if (row.planId == planId && row.binding) {
            m_afterChange.start();
            return;
        }
    }
}

void SyncViewModel::say(const QString &sentence, bool error)
{
    m_message = sentence;
    m_messageIsError = error;
    Q_EMIT changed();
}

QCoro::Task<> SyncViewModel::load()
{
    QPointer self(this);
    QCoro::Task<Result<QList<PlanSummary>>> listing = m_planQueries.plans();
    const Result<QList<PlanSummary>> plans = co_await std::move(listing);
    if (!self)
        co_return;
    QCoro::Task<Result<QList<SyncBinding>>> reading = m_queries.bindings();
    const Result<QList<SyncBinding>> bindings = co_await std::move(reading);
    if (!self)
        co_return;
    if (!plans || !bindings) {
        say(plans ? bindings.error().message : plans.error().message, true);
        co_return;
    }
    QList<PlanRow> rows;
    for (const PlanSummary &plan : *plans) {
        PlanRow row{plan.id, plan.goal, std::nullopt};
        for (const SyncBinding &b : *bindings) {
            if (b.planId == plan.id)
                row.binding = b;
        }
        rows.append(row);
    }
    m_plans = rows;
    QCoro::Task<Result<QList<SyncConflict>>> logReading = m_queries.conflicts(200);
    const Result<QList<SyncConflict>> conflicts = co_await std::move(logReading);
    if (!self)
        co_return;
    if (conflicts)
        m_conflicts = *conflicts;
    std::optional<QDateTime> last;
    QString result;
    for (const SyncBinding &b : *bindings) {
        if (m_accountUrl.isEmpty()) {
            m_accountUrl = b.accountUrl;
            m_user = b.userName;
        }
        if (b.lastSyncAt && (!last || *b.lastSyncAt > *last)) {
            last = b.lastSyncAt;
            // Counts, put in words here in the window's language, whoever synced (helios-cli too).
            result = b.lastError.isEmpty() ? syncSummarySentence(b.lastSummary) : b.lastError;
        }
    }
    m_lastSync = last;
    m_lastResult = result;
    Q_EMIT changed();
}

bool SyncViewModel::canRestore(const SyncConflict &conflict)
{
    static const QStringList restorable{QStringLiteral("title"),      QStringLiteral("notes"),
                                        QStringLiteral("status"),     QStringLiteral("start"),
                                        QStringLiteral("due"),        QStringLiteral("milestone"),
                                        QStringLiteral("estimate"),   QStringLiteral("actual"),
                                        QStringLiteral("depends_on"), QStringLiteral("deleted")};
    return restorable.contains(conflict.field);
}

bool SyncViewModel::restoreDeletes(const SyncConflict &conflict)
{
    return conflict.field == QLatin1String("deleted");
}

QString SyncViewModel::fieldLabel(const QString &field)
{
    if (field == QLatin1String("title"))
        return tr("Title");
    if (field == QLatin1String("notes"))
        return tr("Notes");
    if (field == QLatin1String("status"))
        return tr("Status");
    if (field == QLatin1String("start"))
        return tr("Start date");
    if (field == QLatin1String("due"))
        return tr("Due date");
    if (field == QLatin1String("milestone"))
        return tr("Milestone");
    if (field == QLatin1String("estimate"))
        return tr("Estimate (hours)");
    if (field == QLatin1String("actual"))
        return tr("Hours spent");
    if (field == QLatin1String("depends_on"))
        return tr("Depends on");
    if (field == QLatin1String("deleted"))
        return tr("Deleted");
    return field;
}

QString SyncViewModel::valueLabel(const QString &field, const QString &value)
{
    if (field == QLatin1String("status")) {
        const std::optional<TaskStatus> status = taskStatusFromString(value);
        return status ? statusLabel(*status) : value;
    }
    if (field == QLatin1String("deleted")) {
        // core/sync's words, stored in the language of whichever process synced (helios-cli:
        // English): said again in this one's.
        static const char *const kWords[] = {QT_TRANSLATE_NOOP("helios", "edited here"),
                                             QT_TRANSLATE_NOOP("helios", "deleted here"),
                                             QT_TRANSLATE_NOOP("helios", "edited on the server"),
                                             QT_TRANSLATE_NOOP("helios", "deleted on the server")};
        for (const char *words : kWords) {
            if (value == QLatin1String(words))
                return QCoreApplication::translate("helios", words);
        }
    }
    return value;
}

void SyncViewModel::useOtherValue(qint64 conflictId)
{
    for (const SyncConflict &c : std::as_const(m_conflicts)) {
        if (c.id == conflictId) {
            restore(c);
            return;
        }
    }
}

QCoro::Task<> SyncViewModel::restore(SyncConflict conflict)
{
    QPointer self(this);
    if (!m_edits || !canRestore(conflict)) {
        say(tr("This value cannot be put back from here: change it in the plan."), true);
        co_return;
    }
    ++m_busy;
    Q_EMIT changed();
    QCoro::Task<Result<qint64>> finding = m_planQueries.planIdOfTask(conflict.taskId);
    const Result<qint64> planId = co_await std::move(finding);
    if (!self)
        co_return;
    if (!planId) {
        --m_busy;
        say(tr("The task of this conflict no longer exists."), true);
        co_return;
    }
    QCoro::Task<Result<std::pair<Plan, Plan>>> applying = applyOtherValue(conflict, *planId);
    const Result<std::pair<Plan, Plan>> applied = co_await std::move(applying);
    if (!self)
        co_return;
    --m_busy;
    if (!applied) {
        say(applied.error().message, true);
        co_return;
    }
    if (restoreDeletes(conflict)) {
        say(tr("“%1” is deleted; the next sync deletes it on the server too.")
                .arg(conflict.taskTitle),
            false);
        Q_EMIT restoredAsEdit(applied->first, applied->second,
                              tr("Delete “%1”").arg(conflict.taskTitle));
    } else {
        say(tr("“%1” of “%2” is back; the next sync sends it.")
                .arg(fieldLabel(conflict.field), conflict.taskTitle),
            false);
        Q_EMIT restoredAsEdit(
            applied->first, applied->second,
            tr("Put back “%1” of “%2”").arg(fieldLabel(conflict.field), conflict.taskTitle));
    }
    Q_EMIT plansChangedBySync({*planId});
    planChanged(*planId);
}

QCoro::Task<Result<std::pair<Plan, Plan>>> SyncViewModel::applyOtherValue(SyncConflict conflict,
                                                                          qint64 planId)
{
    const QString &value = conflict.otherValue;
    const Error cannot =
        Error::usage(tr("This value cannot be put back from here: change it in the plan."));
    const QString &field = conflict.field;
    std::optional<PlanEdit> edit;
    if (restoreDeletes(conflict)) {
        edit = PlanEdit::removeTask(conflict.taskId);
    } else if (field == QLatin1String("title") || field == QLatin1String("notes") ||
               field == QLatin1String("milestone") || field == QLatin1String("estimate") ||
               field == QLatin1String("start") || field == QLatin1String("depends_on")) {
        TaskFieldsEdit fields;
        if (field == QLatin1String("title")) {
            fields.title = value;
        } else if (field == QLatin1String("notes")) {
            fields.notes = value;
        } else if (field == QLatin1String("milestone")) {
            fields.milestone = value;
        } else if (field == QLatin1String("estimate")) {
            bool ok = false;
            const double hours = value.toDouble(&ok);
            if (!ok)
                co_return cannot;
            fields.estimateHours = hours;
        } else if (field == QLatin1String("start")) {
            const QDate day = QDate::fromString(value, Qt::ISODate);
            if (!day.isValid())
                co_return cannot;
            fields.start = day;
        } else {
            // The prerequisites' UIDs, as the last sync agreed them with the server → tasks.
            QCoro::Task<Result<QList<SyncItem>>> reading = m_queries.items(conflict.bindingId);
            const Result<QList<SyncItem>> items = co_await std::move(reading);
            if (!items)
                co_return items.error();
            QList<qint64> ids;
            for (const QString &uid : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                qint64 id = 0;
                for (const SyncItem &item : *items) {
                    if (item.uid == uid.trimmed())
                        id = item.taskId;
                }
                if (id <= 0)
                    co_return Error::usage(tr("A task it depended on is no longer in the plan: "
                                              "change its dependencies in the plan."));
                ids.append(id);
            }
            fields.dependsOn = ids;
        }
        edit = PlanEdit::editTask(conflict.taskId, fields);
    }
    if (edit) {
        QCoro::Task<Result<PlanEditService::Edited>> editing =
            m_edits->edit(planId, *edit, QDate::currentDate());
        Result<PlanEditService::Edited> edited = co_await std::move(editing);
        if (!edited)
            co_return edited.error();
        co_return std::pair{std::move(edited->before), std::move(edited->after)};
    }

    // Status, due date, hours spent: the plan with that one field set, saved as an edit is.
    QCoro::Task<Result<Plan>> reading = m_planQueries.plan(planId);
    const Result<Plan> before = co_await std::move(reading);
    if (!before)
        co_return before.error();
    Plan after = *before;
    const int position = positionOfTask(after, conflict.taskId);
    if (position < 0)
        co_return Error::notFound(tr("The task of this conflict no longer exists."));
    Task &task = after.tasks[position];
    if (field == QLatin1String("status")) {
        const std::optional<TaskStatus> status = taskStatusFromString(value);
        if (!status)
            co_return cannot;
        task.status = *status;
    } else if (field == QLatin1String("due")) {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (!day.isValid())
            co_return Error::usage(tr("The other value has no due date, and a task needs one: "
                                      "change it in the plan."));
        if (task.startDate.isValid() && day < task.startDate)
            co_return Error::usage(tr("That due date is before the task starts: change the dates "
                                      "in the plan."));
        task.dueDate = day;
    } else if (field == QLatin1String("actual")) {
        if (value.isEmpty()) {
            task.actualHours = -1.0;
        } else {
            bool ok = false;
            const double hours = value.toDouble(&ok);
            if (!ok || hours < 0)
                co_return cannot;
            task.actualHours = hours;
        }
    } else {
        co_return cannot;
    }
    QCoro::Task<Result<Plan>> saving = m_edits->save(after);
    Result<Plan> saved = co_await std::move(saving);
    if (!saved)
        co_return saved.error();
    co_return std::pair{*before, std::move(*saved)};
}

QCoro::Task<Result<QString>> SyncViewModel::passwordFor(QString accountUrl, QString user)
{
    if (user.isEmpty())
        co_return QString();
    QCoro::Task<Result<std::optional<QString>>> reading =
        m_secrets.read(syncAccountKey(accountUrl, user));
    const Result<std::optional<QString>> kept = co_await std::move(reading);
    if (!kept) // the keychain's own sentence speaks of API keys
        co_return Error::usage(
            tr("The password of %1 could not be read from the system keychain.").arg(user));
    if (!*kept)
        co_return Error::usage(tr("No password is kept for %1: connect again in Settings → "
                                  "Sync.")
                                   .arg(user));
    co_return **kept;
}

QCoro::Task<> SyncViewModel::connectTo(QString accountUrl, QString user, QString password)
{
    QPointer self(this);
    const QUrl url(accountUrl);
    if (accountUrl.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        say(tr("Give the server's address as https://… (or http://… on your own network)."), true);
        co_return;
    }
    if (!user.isEmpty() && password.isEmpty()) {
        say(tr("Give the password (or app password) of %1.").arg(user), true);
        co_return;
    }
    ++m_busy;
    say(tr("Connecting…"), false);
    if (!user.isEmpty()) {
        QCoro::Task<Status> keeping = m_secrets.write(syncAccountKey(accountUrl, user), password);
        const Status kept = co_await std::move(keeping);
        if (!self)
            co_return;
        if (!kept) {
            --m_busy;
            say(tr("Helios keeps the password only in the system keychain, and it could not be "
                   "written there (is GNOME Keyring or KWallet running?)."),
                true);
            co_return;
        }
    }
    QCoro::Task<Result<QList<SyncCalendar>>> listing =
        m_service.calendars(accountUrl, user, password);
    const Result<QList<SyncCalendar>> calendars = co_await std::move(listing);
    if (!self)
        co_return;
    --m_busy;
    if (!calendars) {
        m_connected = false;
        say(calendars.error().message, true);
        co_return;
    }
    m_accountUrl = accountUrl;
    m_user = user;
    m_calendars = *calendars;
    m_connected = true;
    say(calendars->isEmpty()
            ? tr("Connected; the server has no calendar for tasks yet: Helios can create one.")
            : tr("Connected; %n calendar(s) take tasks.", nullptr, int(calendars->size())),
        false);
    QCoro::Task<> loading = load();
    co_await std::move(loading);
}

QCoro::Task<> SyncViewModel::bindTo(qint64 planId, QString calendarUrl, bool shared)
{
    QPointer self(this);
    if (!m_connected) {
        say(tr("Connect to the server first."), true);
        co_return;
    }
    ++m_busy;
    Q_EMIT changed();
    QCoro::Task<Result<QString>> reading = passwordFor(m_accountUrl, m_user);
    const Result<QString> password = co_await std::move(reading);
    if (!self)
        co_return;
    if (!password) {
        --m_busy;
        say(password.error().message, true);
        co_return;
    }
    QCoro::Task<Result<SyncBinding>> binding =
        m_service.bind(planId, m_accountUrl, m_user, *password, calendarUrl, shared);
    const Result<SyncBinding> bound = co_await std::move(binding);
    if (!self)
        co_return;
    --m_busy;
    if (!bound) {
        say(bound.error().message, true);
        co_return;
    }
    QCoro::Task<> loading = load();
    co_await std::move(loading);
    if (!self)
        co_return;
    QCoro::Task<> syncing = syncAll();
    co_await std::move(syncing);
}

QCoro::Task<> SyncViewModel::unbindFrom(qint64 planId)
{
    QPointer self(this);
    std::optional<SyncBinding> binding;
    QString goal;
    for (const PlanRow &row : std::as_const(m_plans)) {
        if (row.planId == planId) {
            binding = row.binding;
            goal = row.goal;
        }
    }
    if (!binding) {
        say(tr("This plan is not synced with a server."), true);
        co_return;
    }
    if (m_syncing) {
        say(tr("A sync is under way; stop syncing the plan once it has finished."), true);
        co_return;
    }
    ++m_busy;
    Q_EMIT changed();
    QCoro::Task<Status> removing = m_service.unbind(binding->id);
    const Status removed = co_await std::move(removing);
    if (!self)
        co_return;
    --m_busy;
    if (!removed) {
        say(removed.error().message, true);
        co_return;
    }
    QCoro::Task<> loading = load();
    co_await std::move(loading);
    if (!self)
        co_return;
    say(tr("“%1” is no longer synced; its calendar on the server was left as it is.").arg(goal),
        false);
}

QCoro::Task<> SyncViewModel::syncAll()
{
    if (m_syncing) {
        m_syncAgain = true;
        co_return;
    }
    QPointer self(this);
    m_syncing = true;
    ++m_busy;
    Q_EMIT changed();
    do {
        m_syncAgain = false;
        QCoro::Task<Result<QList<SyncBinding>>> reading = m_queries.bindings();
        const Result<QList<SyncBinding>> bindings = co_await std::move(reading);
        if (!self)
            co_return;
        if (!bindings) {
            say(bindings.error().message, true);
            break;
        }
        QList<qint64> changedPlans;
        QString firstError;
        QStringList summaries;
        for (const SyncBinding &b : *bindings) {
            QCoro::Task<Result<QString>> asking = passwordFor(b.accountUrl, b.userName);
            const Result<QString> password = co_await std::move(asking);
            if (!self)
                co_return;
            if (!password) {
                if (firstError.isEmpty())
                    firstError = password.error().message;
                continue;
            }
            QCoro::Task<Result<SyncRun>> running = m_service.sync(b, *password);
            const Result<SyncRun> run = co_await std::move(running);
            if (!self)
                co_return;
            if (!run) {
                if (firstError.isEmpty())
                    firstError = run.error().message;
                continue;
            }
            summaries.append(run->summary);
            if (run->changedHere)
                changedPlans.append(b.planId);
        }
        QCoro::Task<> loading = load();
        co_await std::move(loading);
        if (!self)
            co_return;
        if (!firstError.isEmpty()) {
            say(firstError, true);
            Q_EMIT syncFailed(firstError);
        } else if (!bindings->isEmpty()) {
            say(tr("Synced."), false);
        }
        if (!changedPlans.isEmpty())
            Q_EMIT plansChangedBySync(changedPlans);
    } while (m_syncAgain);
    m_syncing = false;
    --m_busy;
    Q_EMIT changed();
}

QCoro::Task<QString> SyncViewModel::mergeFirst(qint64 planId)
{
    QPointer self(this);
    QCoro::Task<Result<QList<SyncBinding>>> reading = m_queries.bindings();
    const Result<QList<SyncBinding>> bindings = co_await std::move(reading);
    if (!self)
        co_return QString();
    std::optional<SyncBinding> binding;
    if (bindings) {
        for (const SyncBinding &b : *bindings) {
            if (b.planId == planId)
                binding = b;
        }
    }
    if (bindings && !binding)
        co_return QString(); // not synced: nothing to merge
    QString error = bindings ? QString() : bindings.error().message;
    // A run under way may be syncing this plan already: this one starts after it.
    while (error.isEmpty() && m_syncing) {
        QTimer wait;
        wait.setSingleShot(true);
        wait.start(50);
        co_await wait;
        if (!self)
            co_return QString();
    }
    bool changedHere = false;
    if (error.isEmpty()) {
        m_syncing = true;
        ++m_busy;
        Q_EMIT changed();
        QCoro::Task<Result<QString>> asking = passwordFor(binding->accountUrl, binding->userName);
        const Result<QString> password = co_await std::move(asking);
        if (!self)
            co_return QString();
        if (!password) {
            error = password.error().message;
        } else {
            QCoro::Task<Result<SyncRun>> running = m_service.sync(*binding, *password);
            const Result<SyncRun> run = co_await std::move(running);
            if (!self)
                co_return QString();
            if (run)
                changedHere = run->changedHere;
            else
                error = run.error().message;
        }
        QCoro::Task<> loading = load();
        co_await std::move(loading);
        if (!self)
            co_return QString();
        m_syncing = false;
        --m_busy;
        Q_EMIT changed();
        if (changedHere)
            Q_EMIT plansChangedBySync({planId});
        if (m_syncAgain)
            syncAll(); // asked for while this one ran
    }
    if (error.isEmpty())
        co_return QString();
    co_return tr("Going on without the server's latest edits (%1); they are merged field by "
                 "field at the next sync.")
        .arg(error);
}

} // namespace helios::ui
