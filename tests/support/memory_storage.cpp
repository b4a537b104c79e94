#include "tests/support/memory_storage.h"

#include "core/domain/plain_text.h"
#include "core/domain/plan_limits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <qcoro/qcorosignal.h>
#include <qcoro/qcorotimer.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <ranges>
#include <vector>

namespace helios::test {

// Calls held by pause() wait for opened(), emitted by resume().
class MemoryStorageGate : public QObject
{
    Q_OBJECT

Q_SIGNALS:
    void opened();
};

namespace {

// The Store's local profile is the first user of a new database.
constexpr qint64 kUserId = 1;
// What the SQLite store's restore reports as schema versions has no meaning here.
constexpr int kSchemaVersion = 1;
// Payloads of this size or more are kept compressed when that makes them smaller (as the Store's
// llm_cache does), so that cacheUsage() reports a stored size below the payload's.
constexpr qsizetype kCompressThreshold = 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("helios", text);
}

Error noPlan(qint64 planId)
{
    return Error::notFound(tr("There is no plan with id %1.").arg(planId));
}

Error noTask(qint64 taskId)
{
    return Error::notFound(tr("There is no task with id %1.").arg(taskId));
}

// The task as stored, dependencies as positions in its plan.
Task taskAsRead(const Plan &plan, qint64 taskId)
{
    for (const Task &t : plan.tasks) {
        if (t.id == taskId)
            return t;
    }
    return {};
}

Error refused(const char *what, const QString &why)
{
    return Error::storage(tr("%1 failed: %2.").arg(tr(what), why));
}

// Timestamps as the SQLite store keeps them: UTC, to the millisecond.
QDateTime stamp(const QDateTime &t)
{
    return t.isValid() ? QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC)
                       : QDateTime();
}

// Optional text columns keep '' for nothing.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

struct MemoryStorage::Stored
{
    struct StoredTask
    {
        Task task;                  // dependsOn empty, order its position
        QList<qint64> dependsOnIds; // as the task_dependencies rows: ids, each once
    };
    struct StoredPlan
    {
        Plan header; // without tasks
        QList<StoredTask> tasks;
        QList<PlanVersion> versions; // by number
    };
    struct CacheEntry
    {
        QByteArray payload;
        qint64 storedBytes = 0;
        QDateTime createdAt;
        QDateTime lastUsedAt;
    };
};

struct MemoryStorage::State
{
    std::map<qint64, Stored::StoredPlan> plans;
    std::map<qint64, Job> jobs;
    QList<std::pair<qint64, LlmCallRecord>> calls; // in the order they were logged
    std::map<QString, Stored::CacheEntry> cache;
    qint64 nextPlanId = 1;
    qint64 nextTaskId = 1;
    qint64 nextJobId = 1;
    qint64 nextCallId = 1;
    QList<Change> changes; // the newest 10,000, as the Store's change_log
    qint64 nextChange = 1;
    // Sync (schema version 6 in the Store): bindings by id, items by (binding, uid), outbox
    // entries and conflicts in the order written, the tasks' change times with the text of their
    // synced fields (as the Store's triggers keep them).
    std::map<qint64, SyncBinding> bindings;
    std::map<std::pair<qint64, QString>, SyncItem> items;
    QList<OutboxEntry> outbox;
    QList<SyncConflict> conflicts;
    qint64 nextBindingId = 1;
    qint64 nextOutboxId = 1;
    qint64 nextConflictId = 1;
    std::map<qint64, std::pair<QString, QDateTime>> changeTimes;

    static QString fingerprint(const Task &t)
    {
        return QStringList{t.title,
                           t.notes,
                           toString(t.status),
                           t.startDate.toString(Qt::ISODate),
                           t.dueDate.toString(Qt::ISODate),
                           t.milestone,
                           QString::number(t.estimateHours),
                           QString::number(t.actualHours)}
            .join(QChar(31));
    }

    // A task whose synced fields differ from what was last seen changed now.
    void stampTaskChanges(const QDateTime &now)
    {
        for (const auto &[id, stored] : plans) {
            for (const Stored::StoredTask &t : stored.tasks) {
                const QString print = fingerprint(t.task);
                auto it = changeTimes.find(t.task.id);
                if (it == changeTimes.end() || it->second.first != print)
                    changeTimes[t.task.id] = {print, now};
            }
        }
    }

    void forgetBindingsOf(qint64 planId)
    {
        for (auto it = bindings.begin(); it != bindings.end();) {
            if (it->second.planId != planId) {
                ++it;
                continue;
            }
            const qint64 bindingId = it->first;
            std::erase_if(items, [&](const auto &item) { return item.first.first == bindingId; });
            outbox.removeIf([&](const OutboxEntry &e) { return e.bindingId == bindingId; });
            conflicts.removeIf([&](const SyncConflict &c) { return c.bindingId == bindingId; });
            it = bindings.erase(it);
        }
    }

    void recordChange(Change::Kind kind, qint64 entityId, qint64 planId, QString status)
    {
        changes.append(Change{nextChange++, kind, entityId, planId, std::move(status)});
        if (changes.size() > 10000)
            changes.removeFirst();
    }

    // A plan as read: tasks in order, dependencies as positions (sorted, each once).
    static Plan assemble(const Stored::StoredPlan &stored)
    {
        Plan plan = stored.header;
        QHash<qint64, int> positionOf;
        for (int i = 0; i < stored.tasks.size(); ++i)
            positionOf.insert(stored.tasks.at(i).task.id, i);
        for (int i = 0; i < stored.tasks.size(); ++i) {
            Task task = stored.tasks.at(i).task;
            task.order = i;
            for (const qint64 id : stored.tasks.at(i).dependsOnIds) {
                if (const auto it = positionOf.constFind(id); it != positionOf.constEnd())
                    task.dependsOn.append(*it);
            }
            std::sort(task.dependsOn.begin(), task.dependsOn.end());
            plan.tasks.append(std::move(task));
        }
        return plan;
    }

    static PlanSummary summarize(const Stored::StoredPlan &stored)
    {
        PlanSummary s;
        s.id = stored.header.id;
        s.goal = stored.header.goal;
        s.createdAt = stored.header.createdAt;
        s.deadline = stored.header.deadline;
        s.atRisk = stored.header.atRisk;
        s.hoursShort = stored.header.hoursShort;
        for (const Stored::StoredTask &t : stored.tasks) {
            ++s.taskCount;
            s.totalHours += t.task.estimateHours;
            if (t.task.isFinished()) {
                ++s.doneCount;
                s.doneHours += t.task.estimateHours;
            }
        }
        return s;
    }

    // Newest first: by creation time, then id.
    QList<PlanSummary> summaries(bool templates) const
    {
        QList<PlanSummary> out;
        for (const auto &[id, stored] : plans) {
            if (stored.header.isTemplate == templates)
                out.append(summarize(stored));
        }
        std::sort(out.begin(), out.end(), [](const PlanSummary &a, const PlanSummary &b) {
            return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
        });
        return out;
    }

    Stored::StoredTask *findTask(qint64 taskId, qint64 *planId)
    {
        for (auto &[id, stored] : plans) {
            for (Stored::StoredTask &t : stored.tasks) {
                if (t.task.id == taskId) {
                    *planId = id;
                    return &t;
                }
            }
        }
        return nullptr;
    }

    bool taskIdInUse(qint64 taskId) const
    {
        for (const auto &[id, stored] : plans) {
            for (const Stored::StoredTask &t : stored.tasks) {
                if (t.task.id == taskId)
                    return true;
            }
        }
        return false;
    }

    // The rows of a plan's tasks and dependencies. New plans' tasks all get new ids; a
    // version's tasks keep theirs (keepIds) and only new ones get one.
    static Result<QList<Stored::StoredTask>> taskRows(QList<Task> &tasks, qint64 planId,
                                                      qint64 userId, bool keepIds,
                                                      const std::function<qint64()> &newId)
    {
        QList<Stored::StoredTask> rows;
        for (int i = 0; i < tasks.size(); ++i) {
            Task &task = tasks[i];
            if (task.title.isNull())
                return refused("Saving the plan's tasks",
                               QStringLiteral("NOT NULL constraint failed: tasks.title"));
            task.order = i;
            task.id = keepIds && task.id > 0 ? task.id : newId();
            task.planId = planId;
            task.userId = userId;
            Task row = task;
            row.dependsOn.clear();
            row.notes = text(row.notes);
            row.milestone = text(row.milestone);
            row.actualHours = row.actualHours >= 0 ? row.actualHours : -1.0;
            rows.append({row, {}});
        }
        for (int i = 0; i < tasks.size(); ++i) {
            for (const int position : std::as_const(tasks.at(i).dependsOn)) {
                if (position < 0 || position >= tasks.size() || position == i)
                    continue;
                const qint64 id = tasks.at(position).id;
                if (!rows[i].dependsOnIds.contains(id))
                    rows[i].dependsOnIds.append(id);
            }
        }
        return rows;
    }

    // Inserts a new plan; returns it as the Store's savePlan does (ids filled in, dependencies
    // as given).
    Result<Plan> insertPlan(Plan plan, const QDateTime &now)
    {
        // Whatever way the plan came in, its texts are stored as plain text, within the limits.
        makePlainText(plan);
        if (Status within = checkPlanLimits(plan); !within)
            return within.error();
        if (plan.goal.isNull() || !plan.startDate.isValid())
            return refused("Saving the plan",
                           QStringLiteral("NOT NULL constraint failed: plans.%1")
                               .arg(plan.goal.isNull() ? QStringLiteral("goal")
                                                       : QStringLiteral("start_date")));
        if (!plan.createdAt.isValid())
            plan.createdAt = now;
        plan.id = nextPlanId;
        plan.userId = kUserId;
        Result<QList<Stored::StoredTask>> rows =
            taskRows(plan.tasks, plan.id, kUserId, false, [this]() { return nextTaskId++; });
        if (!rows)
            return rows.error();
        ++nextPlanId;
        Stored::StoredPlan stored;
        stored.header = plan;
        stored.header.tasks.clear();
        stored.header.createdAt = stamp(plan.createdAt);
        stored.header.language = text(plan.language);
        stored.header.kind = text(plan.kind);
        stored.header.subject = text(plan.subject);
        stored.tasks = std::move(*rows);
        plans.emplace(plan.id, std::move(stored));
        recordChange(Change::Kind::Plan, plan.id, plan.id, QStringLiteral("created"));
        return plan;
    }

    Status insertVersion(qint64 planId, PlanVersion version, const QDateTime &now)
    {
        Stored::StoredPlan &stored = plans.at(planId);
        for (const PlanVersion &existing : std::as_const(stored.versions)) {
            if (existing.version == version.version)
                return refused("Saving a version of the plan",
                               QStringLiteral("UNIQUE constraint failed: plan_versions.plan_id, "
                                              "plan_versions.version"));
        }
        version.createdAt = stamp(version.createdAt.isValid() ? version.createdAt : now);
        version.reason = text(version.reason);
        version.snapshot = text(version.snapshot);
        stored.versions.append(std::move(version));
        std::sort(stored.versions.begin(), stored.versions.end(),
                  [](const PlanVersion &a, const PlanVersion &b) { return a.version < b.version; });
        return Ok{};
    }

    int addVersion(qint64 planId, const QString &reason, const QString &snapshot,
                   const QDateTime &now)
    {
        Stored::StoredPlan &stored = plans.at(planId);
        const int number = stored.versions.isEmpty() ? 1 : stored.versions.constLast().version + 1;
        stored.versions.append({number, stamp(now), text(reason), text(snapshot)});
        return number;
    }

    // The highest task id in use anywhere and named by any of this plan's versions.
    qint64 highestTaskIdOfHistory(const Stored::StoredPlan &stored) const
    {
        qint64 highest = 0;
        for (const auto &[id, plan] : plans) {
            for (const Stored::StoredTask &t : plan.tasks)
                highest = std::max(highest, t.task.id);
        }
        for (const PlanVersion &version : stored.versions) {
            const QJsonDocument doc = QJsonDocument::fromJson(version.snapshot.toUtf8());
            for (const QJsonValue task : doc.object().value(QLatin1String("tasks")).toArray())
                highest = std::max(highest, task.toObject().value(QLatin1String("id")).toInteger());
        }
        return highest;
    }

    // A job as its row keeps it; a plan that does not exist is refused as by the foreign key.
    Result<Job> jobRow(Job job, const char *what) const
    {
        if (job.kind.isNull())
            return refused(what, QStringLiteral("NOT NULL constraint failed: jobs.kind"));
        if (job.planId > 0 && !plans.count(job.planId))
            return refused(what, QStringLiteral("FOREIGN KEY constraint failed"));
        job.input = text(job.input);
        job.error = text(job.error);
        job.stage = text(job.stage);
        job.planId = std::max<qint64>(0, job.planId);
        job.ownerPid = std::max<qint64>(0, job.ownerPid);
        return job;
    }
};

struct MemoryStorage::BackupCopy
{
    BackupInfo info;
    std::shared_ptr<const State> state;
};

MemoryStorage::MemoryStorage()
    : m_state(std::make_unique<State>()), m_gate(std::make_unique<MemoryStorageGate>()),
      m_clock([]() { return QDateTime::currentDateTimeUtc(); })
{}

MemoryStorage::~MemoryStorage() = default;

void MemoryStorage::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : []() { return QDateTime::currentDateTimeUtc(); };
}

QDateTime MemoryStorage::now() const
{
    return stamp(m_clock());
}

void MemoryStorage::pause()
{
    m_paused = true;
}

void MemoryStorage::resume()
{
    m_paused = false;
    m_waiting = 0;
    Q_EMIT m_gate->opened();
}

void MemoryStorage::failNext(QLatin1StringView call, Error error)
{
    m_failures.insert(QString(call), error);
}

// Finishes a call whose work is done. Nothing of this object is touched after the suspension,
// so a call still waiting when the storage goes away does no harm (it never finishes).
template <typename R> QCoro::Task<R> MemoryStorage::finish(R result)
{
    if (m_paused) {
        ++m_waiting;
        auto opened = qCoro(m_gate.get(), &MemoryStorageGate::opened);
        co_await opened;
    } else if (m_completion == Completion::NextTurn) {
        auto turn = QCoro::sleepFor(std::chrono::milliseconds(0));
        co_await turn;
    }
    co_return result;
}

template <typename R, typename Work>
QCoro::Task<R> MemoryStorage::run(QLatin1StringView call, Work work)
{
    const QString name(call);
    ++m_calls[name];
    if (const auto failure = m_failures.constFind(name); failure != m_failures.constEnd()) {
        R failed(*failure);
        m_failures.erase(failure);
        return finish<R>(std::move(failed));
    }
    R result = work();
    m_state->stampTaskChanges(now());
    return finish<R>(std::move(result));
}

// ---- PlanQueries ----------------------------------------------------------------------------

QCoro::Task<Result<QList<PlanSummary>>> MemoryStorage::plans()
{
    return run<Result<QList<PlanSummary>>>(QLatin1StringView("plans"), [this]() {
        return Result<QList<PlanSummary>>(m_state->summaries(false));
    });
}

QCoro::Task<Result<Plan>> MemoryStorage::plan(qint64 planId)
{
    return run<Result<Plan>>(QLatin1StringView("plan"), [this, planId]() -> Result<Plan> {
        const auto it = m_state->plans.find(planId);
        if (it == m_state->plans.end())
            return noPlan(planId);
        return State::assemble(it->second);
    });
}

QCoro::Task<Result<qint64>> MemoryStorage::planIdOfTask(qint64 taskId)
{
    return run<Result<qint64>>(QLatin1StringView("plan_id_of_task"),
                               [this, taskId]() -> Result<qint64> {
                                   qint64 planId = 0;
                                   if (!m_state->findTask(taskId, &planId))
                                       return noTask(taskId);
                                   return planId;
                               });
}

QCoro::Task<Result<QList<Plan>>> MemoryStorage::plansWithTasks()
{
    return run<Result<QList<Plan>>>(QLatin1StringView("plans_with_tasks"), [this]() {
        QList<Plan> out;
        for (const auto &[id, stored] : m_state->plans) {
            if (!stored.header.isTemplate)
                out.append(State::assemble(stored));
        }
        return Result<QList<Plan>>(out);
    });
}

QCoro::Task<Result<Page<PlanSummary>>> MemoryStorage::templates(int page, int limit)
{
    return run<Result<Page<PlanSummary>>>(QLatin1StringView("templates"), [this, page, limit]() {
        Page<PlanSummary> result;
        result.page = std::max(1, page);
        result.limit = std::clamp(limit, 1, 500);
        const QList<PlanSummary> all = m_state->summaries(true);
        result.total = int(all.size());
        result.items = all.mid(qsizetype(result.page - 1) * result.limit, result.limit);
        return Result<Page<PlanSummary>>(result);
    });
}

QCoro::Task<Result<QList<PlannedTask>>> MemoryStorage::openTasksStartingBy(QDate last)
{
    return run<Result<QList<PlannedTask>>>(QLatin1StringView("open_tasks_starting_by"), [this,
                                                                                         last]() {
        QList<PlannedTask> open;
        if (!last.isValid())
            return Result<QList<PlannedTask>>(open);
        for (const auto &[id, stored] : m_state->plans) {
            if (stored.header.isTemplate)
                continue;
            for (const Stored::StoredTask &row : stored.tasks) {
                const Task &t = row.task;
                if (t.isFinished() || !t.startDate.isValid() || t.startDate > last)
                    continue;
                PlannedTask planned;
                planned.task = t;
                planned.task.dependsOn.clear();
                planned.planGoal = stored.header.goal;
                planned.planHoursPerWeek = stored.header.hoursPerWeek;
                open.append(std::move(planned));
            }
        }
        // Plans by id and tasks by position already: a stable sort by due date (a null one,
        // as SQLite's NULL, first) leaves that order within a day.
        std::stable_sort(open.begin(), open.end(), [](const PlannedTask &a, const PlannedTask &b) {
            return a.task.dueDate < b.task.dueDate;
        });
        return Result<QList<PlannedTask>>(open);
    });
}

QCoro::Task<Result<Task>> MemoryStorage::task(qint64 taskId)
{
    return run<Result<Task>>(QLatin1StringView("task"), [this, taskId]() -> Result<Task> {
        qint64 planId = 0;
        if (!m_state->findTask(taskId, &planId))
            return noTask(taskId);
        return taskAsRead(State::assemble(m_state->plans.at(planId)), taskId);
    });
}

QCoro::Task<Result<TaskStatistics>> MemoryStorage::statistics(QDate today)
{
    return run<Result<TaskStatistics>>(QLatin1StringView("statistics"), [this, today]() {
        TaskStatistics stats;
        for (const auto &[id, stored] : m_state->plans) {
            for (const Stored::StoredTask &row : stored.tasks) {
                const Task &t = row.task;
                ++stats.total;
                stats.totalHours += t.estimateHours;
                switch (t.status) {
                case TaskStatus::Todo:
                    ++stats.todo;
                    break;
                case TaskStatus::InProgress:
                    ++stats.inProgress;
                    break;
                case TaskStatus::Done:
                    ++stats.done;
                    break;
                case TaskStatus::Skipped:
                    ++stats.skipped;
                    break;
                }
                if (t.isFinished())
                    stats.finishedHours += t.estimateHours;
                else if (t.dueDate.isValid() && t.dueDate < today)
                    ++stats.overdue;
            }
        }
        return Result<TaskStatistics>(stats);
    });
}

QCoro::Task<Status> MemoryStorage::visitPlans(std::optional<qint64> planId, PlanVisitor &visitor)
{
    return run<Status>(QLatin1StringView("visit_plans"), [this, planId, &visitor]() -> Status {
        QList<const Stored::StoredPlan *> walked;
        if (planId) {
            const auto it = m_state->plans.find(*planId);
            if (it == m_state->plans.end())
                return noPlan(*planId);
            walked.append(&it->second);
        } else {
            for (const auto &[id, stored] : m_state->plans) {
                if (!stored.header.isTemplate)
                    walked.append(&stored);
            }
        }
        if (!visitor.begin())
            return Ok{};
        for (const Stored::StoredPlan *stored : std::as_const(walked)) {
            if (!visitor.beginPlan(stored->header))
                return Ok{};
            for (int i = 0; i < stored->tasks.size(); ++i) {
                Task task = stored->tasks.at(i).task;
                task.order = i;
                QList<qint64> ids = stored->tasks.at(i).dependsOnIds;
                std::sort(ids.begin(), ids.end());
                if (!visitor.visitTask(task, ids))
                    return Ok{};
            }
            if (visitor.wantsVersions()) {
                for (const PlanVersion &version : stored->versions) {
                    if (!visitor.visitVersion(version))
                        return Ok{};
                }
            }
            if (!visitor.endPlan(stored->header))
                return Ok{};
        }
        visitor.finish();
        return Ok{};
    });
}

// ---- PlanWrites, TaskWrites -----------------------------------------------------------------

QCoro::Task<Result<Plan>> MemoryStorage::savePlan(Plan plan)
{
    return run<Result<Plan>>(QLatin1StringView("save_plan"),
                             [this, plan = std::move(plan)]() mutable -> Result<Plan> {
                                 State saving = *m_state; // all or nothing
                                 Result<Plan> saved = saving.insertPlan(std::move(plan), now());
                                 if (saved)
                                     *m_state = std::move(saving);
                                 return saved;
                             });
}

QCoro::Task<Result<QList<Plan>>> MemoryStorage::savePlans(QList<Plan> plans,
                                                          VersionsOfSaved versionsOf)
{
    return run<Result<QList<Plan>>>(
        QLatin1StringView("save_plans"),
        [this, plans = std::move(plans),
         versionsOf = std::move(versionsOf)]() mutable -> Result<QList<Plan>> {
            State saving = *m_state; // all or nothing
            const QDateTime at = now();
            for (Plan &plan : plans) {
                Result<Plan> saved = saving.insertPlan(std::move(plan), at);
                if (!saved)
                    return saved.error();
                plan = std::move(*saved);
            }
            if (versionsOf) {
                for (qsizetype i = 0; i < plans.size(); ++i) {
                    Result<QList<PlanVersion>> versions = versionsOf(i, plans.at(i));
                    if (!versions)
                        return versions.error();
                    for (const PlanVersion &version : std::as_const(*versions)) {
                        if (Status added = saving.insertVersion(plans.at(i).id, version, at);
                            !added)
                            return added.error();
                    }
                }
            }
            *m_state = std::move(saving);
            return plans;
        });
}

QCoro::Task<Status> MemoryStorage::deletePlan(qint64 planId)
{
    return run<Status>(QLatin1StringView("delete_plan"), [this, planId]() -> Status {
        if (m_state->plans.erase(planId) == 0)
            return noPlan(planId);
        m_state->forgetBindingsOf(planId);
        m_state->recordChange(Change::Kind::Plan, planId, planId, QStringLiteral("deleted"));
        for (auto &[id, job] : m_state->jobs) {
            if (job.planId == planId) {
                job.planId = 0; // the job keeps its record
                m_state->recordChange(Change::Kind::Job, id, 0, toString(job.status));
            }
        }
        return Ok{};
    });
}

QCoro::Task<Status> MemoryStorage::setTemplate(qint64 planId, bool isTemplate)
{
    return run<Status>(QLatin1StringView("set_template"), [this, planId, isTemplate]() -> Status {
        const auto it = m_state->plans.find(planId);
        if (it == m_state->plans.end())
            return noPlan(planId);
        it->second.header.isTemplate = isTemplate;
        m_state->recordChange(Change::Kind::Plan, planId, planId, QStringLiteral("updated"));
        return Ok{};
    });
}

QCoro::Task<Result<Task>> MemoryStorage::setTaskStatus(qint64 taskId, TaskStatus status)
{
    return run<Result<Task>>(
        QLatin1StringView("set_task_status"), [this, taskId, status]() -> Result<Task> {
            qint64 planId = 0;
            Stored::StoredTask *row = m_state->findTask(taskId, &planId);
            if (!row)
                return noTask(taskId);
            if (row->task.status != status)
                m_state->recordChange(Change::Kind::Task, taskId, planId, toString(status));
            row->task.status = status;
            return taskAsRead(State::assemble(m_state->plans.at(planId)), taskId);
        });
}

QCoro::Task<Result<Task>> MemoryStorage::setTaskNotes(qint64 taskId, QString notes)
{
    return run<Result<Task>>(QLatin1StringView("set_task_notes"),
                             [this, taskId, notes = std::move(notes)]() -> Result<Task> {
                                 const QString plain = plainText(notes, true);
                                 if (Status within = checkNotesLength(plain); !within)
                                     return within.error();
                                 qint64 planId = 0;
                                 Stored::StoredTask *row = m_state->findTask(taskId, &planId);
                                 if (!row)
                                     return noTask(taskId);
                                 if (row->task.notes != text(plain))
                                     m_state->recordChange(Change::Kind::Task, taskId, planId,
                                                           toString(row->task.status));
                                 row->task.notes = text(plain);
                                 return taskAsRead(State::assemble(m_state->plans.at(planId)),
                                                   taskId);
                             });
}

// ---- VersionQueries, VersionWrites ----------------------------------------------------------

QCoro::Task<Result<QList<PlanVersion>>> MemoryStorage::versions(qint64 planId)
{
    return run<Result<QList<PlanVersion>>>(QLatin1StringView("versions"), [this, planId]() {
        QList<PlanVersion> out;
        if (const auto it = m_state->plans.find(planId); it != m_state->plans.end()) {
            for (const PlanVersion &v : it->second.versions)
                out.append({v.version, v.createdAt, v.reason, QString()});
        }
        return Result<QList<PlanVersion>>(out);
    });
}

QCoro::Task<Result<std::optional<PlanVersion>>> MemoryStorage::version(qint64 planId, int version)
{
    return run<Result<std::optional<PlanVersion>>>(
        QLatin1StringView("version"), [this, planId, version]() {
            std::optional<PlanVersion> found;
            if (const auto it = m_state->plans.find(planId); it != m_state->plans.end()) {
                for (const PlanVersion &v : it->second.versions) {
                    if (v.version == version)
                        found = v;
                }
            }
            return Result<std::optional<PlanVersion>>(found);
        });
}

Result<AppliedVersion> MemoryStorage::replaceWithVersion(Plan plan, const QString &reason,
                                                         const SnapshotOf &snapshotOf,
                                                         const QDateTime &amendFrom,
                                                         const char *what, bool writeGoal)
{
    makePlainText(plan);
    if (Status within = checkPlanLimits(plan); !within)
        return within.error();
    if (!m_state->plans.count(plan.id))
        return noPlan(plan.id);
    State saving = *m_state; // all or nothing
    const QDateTime at = now();
    Stored::StoredPlan &stored = saving.plans.at(plan.id);
    if (stored.versions.isEmpty())
        saving.addVersion(plan.id, QStringLiteral("original"), snapshotOf(State::assemble(stored)),
                          stored.header.createdAt);
    for (const Task &task : std::as_const(plan.tasks)) {
        qint64 owner = 0;
        if (task.id > 0 && saving.findTask(task.id, &owner) && owner != plan.id)
            return refused(what, QStringLiteral("UNIQUE constraint failed: tasks.id"));
    }
    qint64 nextId = saving.highestTaskIdOfHistory(stored) + 1;
    Result<QList<Stored::StoredTask>> rows =
        State::taskRows(plan.tasks, plan.id, plan.userId, true, [&nextId]() { return nextId++; });
    if (!rows)
        return rows.error();
    if (plan.userId != kUserId) // the tasks' user_id must name the profile
        return refused(what, QStringLiteral("FOREIGN KEY constraint failed"));
    if (writeGoal && plan.goal.isNull())
        return refused(what, QStringLiteral("NOT NULL constraint failed: plans.goal"));
    saving.nextTaskId = std::max(saving.nextTaskId, nextId);
    if (writeGoal)
        stored.header.goal = plan.goal;
    stored.header.startDate = plan.startDate;
    stored.header.deadline = plan.deadline;
    stored.header.hoursPerWeek = plan.hoursPerWeek;
    stored.header.atRisk = plan.atRisk;
    stored.header.hoursShort = plan.hoursShort;
    // The Store writes a kept task in place, so its change_log trigger reports the kept tasks
    // whose status or notes the version changed (after the plan's own "updated").
    QList<std::pair<qint64, TaskStatus>> taskChanges;
    for (const Stored::StoredTask &row : std::as_const(*rows)) {
        for (const Stored::StoredTask &old : std::as_const(stored.tasks)) {
            if (old.task.id == row.task.id &&
                (old.task.status != row.task.status || old.task.notes != row.task.notes))
                taskChanges.append({row.task.id, row.task.status});
        }
    }
    stored.tasks = std::move(*rows);
    // The plan as its rows now read: ids, orders and owners filled in.
    const Plan saved = State::assemble(stored);
    int number = 0;
    const PlanVersion *newest = stored.versions.isEmpty() ? nullptr : &stored.versions.constLast();
    if (newest && amendFrom.isValid() && newest->version > 1 && newest->reason == reason &&
        newest->createdAt >= amendFrom) {
        PlanVersion &amended = stored.versions.last();
        amended.createdAt = stamp(at);
        amended.snapshot = text(snapshotOf(saved));
        number = amended.version;
    } else {
        number = saving.addVersion(plan.id, reason, snapshotOf(saved), at);
    }
    saving.recordChange(Change::Kind::Plan, plan.id, plan.id, QStringLiteral("updated"));
    for (const auto &[taskId, status] : std::as_const(taskChanges))
        saving.recordChange(Change::Kind::Task, taskId, plan.id, toString(status));
    *m_state = std::move(saving);
    return AppliedVersion{saved, number};
}

QCoro::Task<Result<AppliedVersion>> MemoryStorage::applyVersion(Plan plan, QString reason,
                                                                SnapshotOf snapshotOf)
{
    return run<Result<AppliedVersion>>(QLatin1StringView("apply_version"),
                                       [this, plan = std::move(plan), reason = std::move(reason),
                                        snapshotOf = std::move(snapshotOf)]() mutable {
                                           return replaceWithVersion(
                                               std::move(plan), reason, snapshotOf, QDateTime(),
                                               "Saving the new version of the plan", false);
                                       });
}

QCoro::Task<Result<Plan>> MemoryStorage::applyEdit(Plan plan, QString reason, SnapshotOf snapshotOf,
                                                   QDateTime sessionStart)
{
    return run<Result<Plan>>(
        QLatin1StringView("apply_edit"),
        [this, plan = std::move(plan), reason = std::move(reason),
         snapshotOf = std::move(snapshotOf), sessionStart]() mutable -> Result<Plan> {
            Result<AppliedVersion> applied =
                replaceWithVersion(std::move(plan), reason, snapshotOf, sessionStart,
                                   "Saving the change to the plan", true);
            if (!applied)
                return applied.error();
            return std::move(applied->plan);
        });
}

// ---- ChangeFeed -----------------------------------------------------------------------------

QCoro::Task<Result<qint64>> MemoryStorage::lastChange()
{
    return run<Result<qint64>>(QLatin1StringView("last_change"), [this]() {
        return Result<qint64>(m_state->changes.isEmpty() ? 0 : m_state->changes.last().sequence);
    });
}

QCoro::Task<Result<QList<Change>>> MemoryStorage::changesSince(qint64 after, int limit)
{
    return run<Result<QList<Change>>>(QLatin1StringView("changes_since"), [this, after, limit]() {
        QList<Change> out;
        for (const Change &change : std::as_const(m_state->changes)) {
            if (out.size() >= std::clamp(limit, 1, 1000))
                break;
            if (change.sequence > after)
                out.append(change);
        }
        return Result<QList<Change>>(out);
    });
}

// ---- JobQueries, JobWrites ------------------------------------------------------------------

QCoro::Task<Result<std::optional<Job>>> MemoryStorage::job(qint64 jobId)
{
    return run<Result<std::optional<Job>>>(QLatin1StringView("job"), [this, jobId]() {
        std::optional<Job> found;
        if (const auto it = m_state->jobs.find(jobId); it != m_state->jobs.end())
            found = it->second;
        return Result<std::optional<Job>>(found);
    });
}

QCoro::Task<Result<QList<Job>>> MemoryStorage::recentJobs(int limit)
{
    return run<Result<QList<Job>>>(QLatin1StringView("recent_jobs"), [this, limit]() {
        QList<Job> out;
        // As SQLite's LIMIT: a negative limit is none.
        for (const auto &[id, job] : std::ranges::reverse_view(m_state->jobs)) {
            if (limit >= 0 && out.size() >= limit)
                break;
            out.append(job);
        }
        return Result<QList<Job>>(out);
    });
}

QCoro::Task<Result<Job>> MemoryStorage::insertJob(Job job)
{
    return run<Result<Job>>(QLatin1StringView("insert_job"),
                            [this, job = std::move(job)]() mutable -> Result<Job> {
                                job.createdAt = job.updatedAt = now();
                                Result<Job> row = m_state->jobRow(job, "Saving the job");
                                if (!row)
                                    return row.error();
                                job.id = row->id = m_state->nextJobId++;
                                m_state->jobs.emplace(job.id, *row);
                                return job;
                            });
}

QCoro::Task<Status> MemoryStorage::updateJob(Job job)
{
    return run<Status>(QLatin1StringView("update_job"), [this, job = std::move(job)]() -> Status {
        const auto it = m_state->jobs.find(job.id);
        if (it == m_state->jobs.end())
            return Error::notFound(tr("There is no job with id %1.").arg(job.id));
        const auto open = [](JobStatus s) {
            return s == JobStatus::Pending || s == JobStatus::Running;
        };
        if (!open(it->second.status) && open(job.status))
            return Ok{}; // a finished job stays finished (see JobWrites::updateJob)
        Job updated = it->second;
        updated.status = job.status;
        updated.error = job.error;
        updated.planId = job.planId;
        updated.stage = job.stage;
        updated.ownerPid = job.ownerPid;
        updated.updatedAt = now();
        Result<Job> row = m_state->jobRow(updated, "Updating the job");
        if (!row)
            return row.error();
        if (row->status != it->second.status || row->planId != it->second.planId)
            m_state->recordChange(Change::Kind::Job, row->id, row->planId, toString(row->status));
        it->second = *row;
        return Ok{};
    });
}

QCoro::Task<Result<int>> MemoryStorage::interruptOrphanedJobs(std::function<bool(qint64)> isAlive)
{
    return run<Result<int>>(
        QLatin1StringView("interrupt_orphaned_jobs"),
        [this, isAlive = std::move(isAlive)]() -> Result<int> {
            QList<qint64> orphans;
            for (const JobStatus status : {JobStatus::Pending, JobStatus::Running}) {
                for (const auto &[id, job] : m_state->jobs) {
                    if (job.status == status && (job.ownerPid <= 0 || !isAlive(job.ownerPid)))
                        orphans.append(id);
                }
            }
            const QDateTime at = now();
            for (const qint64 id : std::as_const(orphans)) {
                Job &job = m_state->jobs.at(id);
                job.status = JobStatus::Interrupted;
                job.error = interruptedJobError(job.stage);
                job.ownerPid = 0;
                job.updatedAt = at;
                m_state->recordChange(Change::Kind::Job, id, job.planId, toString(job.status));
            }
            return int(orphans.size());
        });
}

// ---- LlmCallQueries, LlmCallWrites ----------------------------------------------------------

QCoro::Task<Status> MemoryStorage::appendCall(LlmCallRecord record)
{
    return run<Status>(QLatin1StringView("llm_append_call"),
                       [this, record = std::move(record)]() mutable -> Status {
                           record.calledAt = stamp(record.calledAt);
                           record.provider = text(record.provider);
                           record.model = text(record.model);
                           record.status = text(record.status);
                           record.ttftMs = record.ttftMs < 0 ? -1 : record.ttftMs;
                           m_state->calls.append({m_state->nextCallId++, record});
                           return Ok{};
                       });
}

QCoro::Task<Result<LlmCallSummary>> MemoryStorage::callSummary(QDateTime from, QDateTime to)
{
    return run<Result<LlmCallSummary>>(QLatin1StringView("llm_call_summary"), [this, from, to]() {
        LlmCallSummary summary;
        qint64 cached = 0;
        std::vector<double> latencies;
        const QDateTime start = stamp(from);
        const QDateTime end = stamp(to);
        for (const auto &[id, call] : std::as_const(m_state->calls)) {
            if (call.calledAt < start || call.calledAt >= end)
                continue;
            ++summary.calls;
            summary.byStatus[call.status] += 1;
            summary.tokensIn += call.tokensIn;
            summary.tokensOut += call.tokensOut;
            if (call.cached)
                ++cached;
            else
                latencies.push_back(call.latencyMs);
        }
        summary.p50LatencyMs = percentile(latencies, 50);
        summary.p95LatencyMs = percentile(latencies, 95);
        summary.cacheHitShare = summary.calls > 0 ? double(cached) / double(summary.calls) : 0;
        return Result<LlmCallSummary>(summary);
    });
}

QCoro::Task<Result<QList<LlmCallRecord>>> MemoryStorage::recentCalls(int limit)
{
    return run<Result<QList<LlmCallRecord>>>(QLatin1StringView("llm_recent_calls"), [this,
                                                                                     limit]() {
        QList<std::pair<qint64, LlmCallRecord>> sorted = m_state->calls;
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.second.calledAt != b.second.calledAt ? a.second.calledAt > b.second.calledAt
                                                          : a.first > b.first;
        });
        QList<LlmCallRecord> out;
        for (const auto &[id, call] : std::as_const(sorted)) {
            if (out.size() >= std::max(0, limit))
                break;
            out.append(call);
        }
        return Result<QList<LlmCallRecord>>(out);
    });
}

// ---- LlmCacheStorage ------------------------------------------------------------------------

QCoro::Task<Result<std::optional<LlmCacheRow>>> MemoryStorage::cacheTake(QString key, QDateTime now,
                                                                         QDateTime expiredBefore)
{
    return run<Result<std::optional<LlmCacheRow>>>(
        QLatin1StringView("llm_cache_take"), [this, key, now, expiredBefore]() {
            std::optional<LlmCacheRow> row;
            const auto it = m_state->cache.find(key);
            if (it == m_state->cache.end())
                return Result<std::optional<LlmCacheRow>>(row);
            if (!it->second.createdAt.isValid() || it->second.createdAt < stamp(expiredBefore)) {
                m_state->cache.erase(it); // expired: a miss, and it goes
                return Result<std::optional<LlmCacheRow>>(row);
            }
            it->second.lastUsedAt = stamp(now);
            row = LlmCacheRow{it->second.payload, it->second.createdAt};
            return Result<std::optional<LlmCacheRow>>(row);
        });
}

QCoro::Task<Status> MemoryStorage::cachePut(QString key, QByteArray payload, QDateTime now,
                                            int maxEntries,
                                            QList<std::pair<QString, QDateTime>> used)
{
    return run<Status>(
        QLatin1StringView("llm_cache_put"),
        [this, key = std::move(key), payload = std::move(payload), now, maxEntries,
         used = std::move(used)]() -> Status {
            auto &cache = m_state->cache;
            for (const auto &[usedKey, when] : used) {
                if (const auto it = cache.find(usedKey); it != cache.end())
                    it->second.lastUsedAt = stamp(when);
            }
            qint64 storedBytes = payload.size();
            if (payload.size() >= kCompressThreshold)
                storedBytes = std::min(storedBytes, qint64(qCompress(payload).size()));
            cache[key] = {payload, storedBytes, stamp(now), stamp(now)};
            if (maxEntries > 0 && qsizetype(cache.size()) > maxEntries) {
                std::vector<std::pair<QDateTime, QString>> byUse;
                byUse.reserve(cache.size());
                for (const auto &[k, entry] : cache)
                    byUse.emplace_back(entry.lastUsedAt, k);
                std::sort(byUse.begin(), byUse.end(),
                          [](const auto &a, const auto &b) { return a.first > b.first; });
                for (size_t i = size_t(maxEntries); i < byUse.size(); ++i)
                    cache.erase(byUse[i].second);
            }
            return Ok{};
        });
}

QCoro::Task<Result<int>> MemoryStorage::cacheRemoveCreatedBefore(QDateTime cutoff)
{
    return run<Result<int>>(QLatin1StringView("llm_cache_remove_created_before"), [this, cutoff]() {
        int removed = 0;
        auto &cache = m_state->cache;
        for (auto it = cache.begin(); it != cache.end();) {
            if (it->second.createdAt < stamp(cutoff)) {
                it = cache.erase(it);
                ++removed;
            } else {
                ++it;
            }
        }
        return Result<int>(removed);
    });
}

QCoro::Task<Status> MemoryStorage::cacheClear()
{
    return run<Status>(QLatin1StringView("llm_cache_clear"), [this]() {
        m_state->cache.clear();
        return Status(Ok{});
    });
}

QCoro::Task<Result<LlmCacheUsage>> MemoryStorage::cacheUsage()
{
    return run<Result<LlmCacheUsage>>(QLatin1StringView("llm_cache_usage"), [this]() {
        LlmCacheUsage usage;
        for (const auto &[key, entry] : m_state->cache) {
            ++usage.entries;
            usage.payloadBytes += entry.payload.size();
            usage.storedBytes += entry.storedBytes;
        }
        return Result<LlmCacheUsage>(usage);
    });
}

// ---- Backups --------------------------------------------------------------------------------

QString MemoryStorage::takeBackup(const QString &kind)
{
    BackupInfo info;
    info.path = QStringLiteral("memory:backups/%1-%2.db").arg(kind).arg(m_backups.size() + 1);
    info.kind = kind;
    info.createdAt = now();
    info.sizeBytes = 0; // not a file
    m_backups.push_back({info, std::make_shared<const State>(*m_state)});
    return info.path;
}

QCoro::Task<Result<QList<BackupInfo>>> MemoryStorage::backups()
{
    return run<Result<QList<BackupInfo>>>(QLatin1StringView("backups"), [this]() {
        // Newest first; of two made in the same millisecond, the later first.
        QList<BackupInfo> out;
        for (const BackupCopy &backup : std::ranges::reverse_view(m_backups))
            out.append(backup.info);
        std::stable_sort(out.begin(), out.end(), [](const BackupInfo &a, const BackupInfo &b) {
            return a.createdAt > b.createdAt;
        });
        return Result<QList<BackupInfo>>(out);
    });
}

QCoro::Task<Result<RestoreOutcome>> MemoryStorage::restore(QString backupFile)
{
    return run<Result<RestoreOutcome>>(
        QLatin1StringView("restore"), [this, backupFile]() -> Result<RestoreOutcome> {
            const auto found =
                std::find_if(m_backups.cbegin(), m_backups.cend(),
                             [&](const BackupCopy &copy) { return copy.info.path == backupFile; });
            if (found == m_backups.cend())
                return Error::storage(tr("There is no backup at %1.").arg(backupFile));
            const State restored = *found->state;
            RestoreOutcome outcome;
            outcome.restoredFrom = backupFile;
            outcome.replacedKeptAt = takeBackup(QStringLiteral("replaced"));
            outcome.backupVersion = kSchemaVersion;
            outcome.version = kSchemaVersion;
            *m_state = restored;
            return outcome;
        });
}

// ---- SyncQueries, SyncWrites ----------------------------------------------------------------

namespace {

Error noBinding(qint64 bindingId)
{
    return Error::notFound(tr("There is no sync binding with id %1.").arg(bindingId));
}

qint64 resolvedTaskId(qint64 id, const std::optional<Plan> &saved)
{
    if (id >= 0 || !saved)
        return id;
    const qsizetype position = -id - 1;
    return position < saved->tasks.size() ? saved->tasks.at(position).id : 0;
}

} // namespace

QCoro::Task<Result<QList<SyncBinding>>> MemoryStorage::bindings()
{
    return run<Result<QList<SyncBinding>>>(QLatin1StringView("sync_bindings"), [this]() {
        QList<SyncBinding> out;
        for (const auto &[id, binding] : m_state->bindings)
            out.append(binding);
        return Result<QList<SyncBinding>>(out);
    });
}

QCoro::Task<Result<SyncBinding>> MemoryStorage::binding(qint64 bindingId)
{
    return run<Result<SyncBinding>>(QLatin1StringView("sync_binding"),
                                    [this, bindingId]() -> Result<SyncBinding> {
                                        const auto it = m_state->bindings.find(bindingId);
                                        if (it == m_state->bindings.end())
                                            return noBinding(bindingId);
                                        return it->second;
                                    });
}

QCoro::Task<Result<QList<SyncItem>>> MemoryStorage::items(qint64 bindingId)
{
    return run<Result<QList<SyncItem>>>(QLatin1StringView("sync_items"), [this, bindingId]() {
        QList<SyncItem> out;
        for (const auto &[key, item] : m_state->items) {
            if (key.first == bindingId)
                out.append(item);
        }
        return Result<QList<SyncItem>>(out);
    });
}

QCoro::Task<Result<QList<SyncItem>>> MemoryStorage::itemPrints(qint64 bindingId)
{
    return run<Result<QList<SyncItem>>>(QLatin1StringView("sync_items"), [this, bindingId]() {
        QList<SyncItem> out;
        for (const auto &[key, item] : m_state->items) {
            if (key.first != bindingId)
                continue;
            out.append(item);
            out.last().resource = QByteArray();
        }
        return Result<QList<SyncItem>>(out);
    });
}

QCoro::Task<Result<QHash<QString, SyncItem>>> MemoryStorage::itemsByUid(qint64 bindingId,
                                                                        QStringList uids)
{
    return run<Result<QHash<QString, SyncItem>>>(
        QLatin1StringView("sync_items"), [this, bindingId, uids = std::move(uids)]() {
            QHash<QString, SyncItem> out;
            for (const QString &uid : uids) {
                const auto it = m_state->items.find({bindingId, uid});
                if (it != m_state->items.end())
                    out.insert(uid, it->second);
            }
            return Result<QHash<QString, SyncItem>>(out);
        });
}

QCoro::Task<Result<QList<OutboxEntry>>> MemoryStorage::outboxPage(qint64 bindingId, qint64 afterId,
                                                                  int limit)
{
    limit = std::clamp(limit, 1, 1000);
    return run<Result<QList<OutboxEntry>>>(
        QLatin1StringView("sync_outbox"), [this, bindingId, afterId, limit]() {
            QList<OutboxEntry> out;
            for (const OutboxEntry &entry : std::as_const(m_state->outbox)) {
                if (entry.bindingId == bindingId && entry.id > afterId && out.size() < limit)
                    out.append(entry);
            }
            return Result<QList<OutboxEntry>>(out);
        });
}

QCoro::Task<Result<QList<OutboxEntry>>> MemoryStorage::outbox(qint64 bindingId)
{
    return run<Result<QList<OutboxEntry>>>(QLatin1StringView("sync_outbox"), [this, bindingId]() {
        QList<OutboxEntry> out;
        for (const OutboxEntry &entry : std::as_const(m_state->outbox)) {
            if (entry.bindingId == bindingId)
                out.append(entry);
        }
        return Result<QList<OutboxEntry>>(out);
    });
}

QCoro::Task<Result<QList<SyncConflict>>> MemoryStorage::conflicts(int limit)
{
    limit = std::clamp(limit, 1, 1000);
    return run<Result<QList<SyncConflict>>>(QLatin1StringView("sync_conflicts"), [this, limit]() {
        QList<SyncConflict> out;
        for (auto it = m_state->conflicts.crbegin();
             it != m_state->conflicts.crend() && out.size() < limit; ++it)
            out.append(*it);
        return Result<QList<SyncConflict>>(out);
    });
}

QCoro::Task<Result<QHash<qint64, QDateTime>>> MemoryStorage::taskChangeTimes(qint64 planId)
{
    return run<Result<QHash<qint64, QDateTime>>>(
        QLatin1StringView("task_change_times"), [this, planId]() {
            QHash<qint64, QDateTime> out;
            if (const auto it = m_state->plans.find(planId); it != m_state->plans.end()) {
                for (const Stored::StoredTask &t : it->second.tasks) {
                    if (const auto time = m_state->changeTimes.find(t.task.id);
                        time != m_state->changeTimes.end())
                        out.insert(t.task.id, time->second.second);
                }
            }
            return Result<QHash<qint64, QDateTime>>(out);
        });
}

QCoro::Task<Result<SyncBinding>> MemoryStorage::saveBinding(SyncBinding binding)
{
    return run<Result<SyncBinding>>(
        QLatin1StringView("save_sync_binding"), [this, binding]() mutable -> Result<SyncBinding> {
            if (!m_state->plans.count(binding.planId))
                return noPlan(binding.planId);
            for (const auto &[id, other] : m_state->bindings) {
                if (other.planId == binding.planId && id != binding.id)
                    return Error::usage(tr("Plan %1 is already synced with %2.")
                                            .arg(binding.planId)
                                            .arg(other.collectionUrl));
            }
            for (const auto &[id, other] : m_state->bindings) {
                if (id != binding.id && other.collectionUrl == text(binding.collectionUrl) &&
                    (!binding.shared || !other.shared))
                    return Error::usage(
                        tr("Plan %1 already syncs with this calendar; to keep several plans in "
                           "one calendar, bind each of them as sharing it (\"This calendar holds "
                           "several plans\", or --shared).")
                            .arg(other.planId));
            }
            if (binding.id != 0 && !m_state->bindings.count(binding.id))
                return noBinding(binding.id);
            if (binding.id == 0)
                binding.id = m_state->nextBindingId++;
            binding.accountUrl = text(binding.accountUrl);
            binding.userName = text(binding.userName);
            binding.collectionUrl = text(binding.collectionUrl);
            binding.syncToken = text(binding.syncToken);
            binding.ctag = text(binding.ctag);
            binding.lastError = text(binding.lastError);
            binding.lastSummary = text(binding.lastSummary);
            if (binding.lastSyncAt)
                binding.lastSyncAt = stamp(*binding.lastSyncAt);
            m_state->bindings[binding.id] = binding;
            return binding;
        });
}

QCoro::Task<Status> MemoryStorage::removeBinding(qint64 bindingId)
{
    return run<Status>(QLatin1StringView("remove_sync_binding"), [this, bindingId]() -> Status {
        const auto it = m_state->bindings.find(bindingId);
        if (it == m_state->bindings.end())
            return noBinding(bindingId);
        std::erase_if(m_state->items,
                      [&](const auto &item) { return item.first.first == bindingId; });
        m_state->outbox.removeIf([&](const OutboxEntry &e) { return e.bindingId == bindingId; });
        m_state->conflicts.removeIf(
            [&](const SyncConflict &c) { return c.bindingId == bindingId; });
        m_state->bindings.erase(it);
        return Ok{};
    });
}

void MemoryStorage::writeSyncCommit(const SyncCommit &c, const std::optional<Plan> &saved)
{
    State &state = *m_state;
    const QDateTime at = now();
    for (SyncItem item : c.itemWrites) {
        item.bindingId = c.bindingId;
        item.taskId = resolvedTaskId(item.taskId, saved);
        item.etag = text(item.etag);
        item.syncedAt = stamp(item.syncedAt.isValid() ? item.syncedAt : at);
        if (item.resource.isNull())
            item.resource = QByteArray("");
        state.items[{c.bindingId, item.uid}] = item;
    }
    for (const QString &uid : c.itemRemovals)
        state.items.erase({c.bindingId, uid});
    for (OutboxEntry entry : c.outboxWrites) {
        entry.bindingId = c.bindingId;
        entry.taskId = resolvedTaskId(entry.taskId, saved);
        entry.ifMatch = text(entry.ifMatch);
        entry.lastError = text(entry.lastError);
        if (entry.body.isNull())
            entry.body = QByteArray("");
        auto existing = std::find_if(state.outbox.begin(), state.outbox.end(), [&](const auto &e) {
            return e.bindingId == c.bindingId && e.uid == entry.uid;
        });
        if (existing != state.outbox.end()) {
            entry.id = existing->id;
            entry.createdAt = existing->createdAt;
            *existing = entry;
        } else {
            entry.id = state.nextOutboxId++;
            entry.createdAt = stamp(entry.createdAt.isValid() ? entry.createdAt : at);
            state.outbox.append(entry);
        }
    }
    for (const QString &uid : c.outboxRemovals) {
        state.outbox.removeIf(
            [&](const OutboxEntry &e) { return e.bindingId == c.bindingId && e.uid == uid; });
    }
    for (SyncConflict conflict : c.conflicts) {
        conflict.id = state.nextConflictId++;
        conflict.bindingId = c.bindingId;
        conflict.taskId = resolvedTaskId(conflict.taskId, saved);
        conflict.createdAt = stamp(conflict.createdAt.isValid() ? conflict.createdAt : at);
        conflict.taskTitle = text(conflict.taskTitle);
        conflict.keptValue = text(conflict.keptValue);
        conflict.otherValue = text(conflict.otherValue);
        state.conflicts.append(conflict);
    }
    SyncBinding &binding = state.bindings.at(c.bindingId);
    if (c.syncToken)
        binding.syncToken = text(*c.syncToken);
    if (c.ctag)
        binding.ctag = text(*c.ctag);
    if (c.finishedAt) {
        binding.lastSyncAt = stamp(*c.finishedAt);
        binding.lastError = text(c.error);
        binding.lastSummary = text(c.summary);
    }
}

QCoro::Task<Result<SyncCommitOutcome>> MemoryStorage::commitSync(SyncCommit commit)
{
    return run<Result<SyncCommitOutcome>>(
        QLatin1StringView("commit_sync"),
        [this, commit = std::move(commit)]() -> Result<SyncCommitOutcome> {
            if (!m_state->bindings.count(commit.bindingId))
                return noBinding(commit.bindingId);
            if (!commit.plan) {
                writeSyncCommit(commit, std::nullopt);
                return SyncCommitOutcome{};
            }
            const auto stored = m_state->plans.find(commit.plan->id);
            if (stored == m_state->plans.end())
                return noPlan(commit.plan->id);
            if (State::assemble(stored->second).tasks != commit.expectedTasks)
                return SyncCommitOutcome{false, std::nullopt};
            const State before = *m_state; // all or nothing
            Result<AppliedVersion> applied = replaceWithVersion(
                *commit.plan, commit.reason, commit.snapshotOf, commit.amendVersionFrom,
                "Saving the new version of the plan", false);
            if (!applied) {
                *m_state = before;
                return applied.error();
            }
            writeSyncCommit(commit, applied->plan);
            return SyncCommitOutcome{true, applied->plan};
        });
}

} // namespace helios::test

#include "memory_storage.moc"
