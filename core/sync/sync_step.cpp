#include "core/sync/sync_step.h"

#include "core/io/ics_document.h"
#include "core/sync/vtodo_mapping.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace helios::sync {

namespace {

// A task of the plan being built: an existing one (by id) or one the server added.
struct Entry
{
    Task task;
    QString uid;                          // empty: none yet (a new task here)
    std::optional<QStringList> dependsOn; // prerequisites by UID, when the merge set them
    bool fromServer = false;              // added or brought back by this step
    bool handled = false;                 // the server's version was merged: nothing to push
};

class Builder
{
public:
    Builder(const StepInput &in, const std::function<QString()> &newUid)
        : m_in(in), m_newUid(newUid)
    {
        for (const SyncItem &item : in.items) {
            m_itemByHref.insert(item.href, &item);
            m_itemByUid.insert(item.uid, &item);
            m_known.insert(item.uid);
            if (item.taskId > 0)
                m_uidOfTask.insert(item.taskId, item.uid);
        }
        for (const OutboxEntry &entry : in.outbox) {
            m_outboxByUid.insert(entry.uid, &entry);
            m_known.insert(entry.uid);
            if (entry.kind == OutboxKind::Put && entry.taskId > 0 &&
                !m_uidOfTask.contains(entry.taskId))
                m_uidOfTask.insert(entry.taskId, entry.uid);
        }
        for (int i = 0; i < in.plan.tasks.size(); ++i) {
            const Task &task = in.plan.tasks.at(i);
            m_entries.append({task, m_uidOfTask.value(task.id), std::nullopt, false, false});
            m_indexOfTask.insert(task.id, i);
        }
    }

    StepOutput build()
    {
        findMarkedTasks();
        for (const RemoteResource &resource : m_in.changed)
            merge(resource);
        for (const QString &href : m_in.removed)
            removedOnServer(href);
        // Every task has its UID before any is written, so that dependencies name them all.
        for (int i = 0; i < m_entries.size(); ++i) {
            Entry &entry = m_entries[i];
            if (m_removed.contains(i) || !entry.uid.isEmpty())
                continue;
            entry.uid = m_newUid();
            m_uidOfTask.insert(entry.task.id, entry.uid);
            m_known.insert(entry.uid);
        }
        assemble();
        push();
        return std::move(m_out);
    }

private:
    // An entry's fields, its prerequisites as UIDs (those the merge set, or those of the
    // original plan's positions).
    TaskFields fieldsOf(const Entry &entry) const
    {
        QStringList uids;
        if (entry.dependsOn) {
            uids = *entry.dependsOn;
        } else {
            for (int dependency : entry.task.dependsOn) {
                const QString uid = m_uidOfTask.value(m_in.plan.tasks.value(dependency).id);
                if (!uid.isEmpty())
                    uids.append(uid);
            }
        }
        return TaskFields::of(entry.task, uids);
    }

    static TaskFields baseOf(const QByteArray &resource, const TaskFields &fallback)
    {
        Result<RemoteTask> base = readRemoteTask(resource);
        return base ? base->fields : fallback;
    }

    void conflict(const Entry &entry, const QString &field, const QString &kept,
                  const QString &other, SyncConflict::Side otherSide)
    {
        SyncConflict c;
        c.createdAt = m_in.now;
        c.taskId = entry.task.id;
        c.uid = entry.uid;
        c.taskTitle = entry.task.title;
        c.field = field;
        c.keptValue = kept;
        c.otherValue = other;
        c.otherSide = otherSide;
        m_out.commit.conflicts.append(c);
    }

    // The server's version of a resource meets what changed here since the last agreement.
    void merge(const RemoteResource &resource)
    {
        Result<RemoteTask> remote = readRemoteTask(resource.data);
        if (!remote) {
            if (!ics::parse(resource.data))
                ++m_out.unreadable; // an event or a journal entry is no task, and stays so
            m_out.skipped.append(QCoreApplication::translate(
                                     "helios", "The task at %1 on the server could not be read: %2")
                                     .arg(resource.href, remote.error().message));
            return;
        }
        const SyncItem *item = m_itemByHref.value(resource.href, m_itemByUid.value(remote->uid));
        const OutboxEntry *pending = m_outboxByUid.value(remote->uid);
        qint64 taskId = item ? item->taskId : 0;
        if (!item && pending && pending->kind == OutboxKind::Put)
            taskId = pending->taskId; // sent before, its answer not recorded: the same task
        if (!item && !pending && m_marked.contains(resource.href)) {
            m_handledUids.insert(remote->uid);
            adopt(resource, *remote, m_marked.value(resource.href));
            return;
        }
        const int index = m_indexOfTask.value(taskId, -1);
        SyncItem agreed{m_in.binding.id, remote->uid,   resource.href, resource.etag,
                        taskId,          resource.data, m_in.now};
        m_handledUids.insert(remote->uid);
        if (index < 0) {
            addFromServer(*remote, agreed, item != nullptr && taskId > 0);
            return;
        }
        Entry &entry = m_entries[index];
        entry.uid = remote->uid;
        entry.handled = true;
        const TaskFields here = fieldsOf(entry);
        TaskFields base = item ? baseOf(item->resource, here) : baseOf(pending->body, here);
        // The server holds an update of ours whose answer was never recorded (Helios was killed
        // after sending it): that is the version both sides agree on, not another client's edit,
        // so what changed here since is no conflict with it.
        if (item && pending && pending->kind == OutboxKind::Put &&
            baseOf(pending->body, base) == remote->fields)
            base = remote->fields;
        const QDateTime localTime = m_in.changeTimes.value(taskId);
        const bool serverNewer =
            !localTime.isValid() || (remote->lastModified && *remote->lastModified > localTime);
        const Merge merged =
            mergeFields(base, here, remote->fields, serverNewer ? Side::Server : Side::Here);
        merged.merged.applyTo(entry.task);
        if (merged.merged.dependsOn != here.dependsOn)
            entry.dependsOn = merged.merged.dependsOn;
        for (const FieldConflict &c : merged.conflicts)
            conflict(entry, c.field, c.keptValue, c.otherValue,
                     c.otherSide == Side::Here ? SyncConflict::Side::Here
                                               : SyncConflict::Side::Server);
        if (!(merged.merged == here))
            ++m_out.received;
        m_out.commit.itemWrites.append(agreed);
        if (merged.merged == remote->fields) {
            m_out.commit.outboxRemovals.append(remote->uid);
            return;
        }
        // Both sides changed: what the merge decided goes back, over the server's bytes.
        const std::optional<QByteArray> body =
            patchResource(resource.data, merged.merged, knownUids(), m_in.now);
        putLater(remote->uid, resource.href, taskId, resource.etag, body.value_or(resource.data));
    }

    void addFromServer(const RemoteTask &remote, SyncItem agreed, bool deletedHere)
    {
        Entry entry;
        remote.fields.applyTo(entry.task);
        if (entry.task.title.trimmed().isEmpty())
            entry.task.title = QCoreApplication::translate("helios", "Untitled task");
        entry.uid = remote.uid;
        entry.dependsOn = remote.fields.dependsOn;
        entry.fromServer = true;
        entry.handled = true;
        if (deletedHere) {
            // Deleted here, edited there: the edit wins, the task comes back.
            conflict(entry, field::kDeleted,
                     QCoreApplication::translate("helios", "edited on the server"),
                     QCoreApplication::translate("helios", "deleted here"),
                     SyncConflict::Side::Here);
            m_out.commit.outboxRemovals.append(remote.uid);
        }
        ++m_out.received;
        m_entries.append(entry);
        m_addedItems.insert(m_entries.size() - 1, agreed);
    }

    // A plan bound again to a calendar it was unbound from: the UIDs went with the old binding,
    // but each VTODO Helios wrote names its task (X-HELIOS-TASK). Before any merge, every
    // resource that is not an item of this binding and names a task of this plan without a UID
    // gives that task its UID, so that dependencies between them are named alike on both sides.
    void findMarkedTasks()
    {
        QHash<QString, int> unclaimed; // mark → entry
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).uid.isEmpty() && m_entries.at(i).task.id > 0)
                unclaimed.insert(taskMark(m_in.plan, m_entries.at(i).task.id), i);
        }
        if (unclaimed.isEmpty())
            return;
        for (const RemoteResource &resource : m_in.changed) {
            if (m_itemByHref.contains(resource.href))
                continue;
            const QString mark = taskMarkOf(resource.data);
            if (mark.isEmpty() || !unclaimed.contains(mark))
                continue;
            Result<RemoteTask> remote = readRemoteTask(resource.data);
            if (!remote || m_known.contains(remote->uid))
                continue;
            const int index = unclaimed.take(mark);
            Entry &entry = m_entries[index];
            entry.uid = remote->uid;
            m_uidOfTask.insert(entry.task.id, entry.uid);
            m_known.insert(entry.uid);
            m_marked.insert(resource.href, index);
        }
    }

    // A task here meets its VTODO again with no agreed version between them (what the last sync
    // agreed went with the old binding): a field that differs keeps the newer edit (the server's
    // LAST-MODIFIED against the task's change time) and the other goes to the conflict log.
    void adopt(const RemoteResource &resource, const RemoteTask &remote, int index)
    {
        Entry &entry = m_entries[index];
        entry.handled = true;
        const TaskFields here = fieldsOf(entry);
        const QDateTime localTime = m_in.changeTimes.value(entry.task.id);
        const bool serverNewer =
            !localTime.isValid() || (remote.lastModified && *remote.lastModified > localTime);
        const TaskFields merged = serverNewer ? remote.fields : here;
        const TaskFields &other = serverNewer ? here : remote.fields;
        for (const QString &name : changedFields(here, remote.fields))
            conflict(entry, name, fieldText(merged, name), fieldText(other, name),
                     serverNewer ? SyncConflict::Side::Here : SyncConflict::Side::Server);
        merged.applyTo(entry.task);
        if (merged.dependsOn != here.dependsOn)
            entry.dependsOn = merged.dependsOn;
        if (!(merged == here))
            ++m_out.received;
        m_out.commit.itemWrites.append({m_in.binding.id, remote.uid, resource.href, resource.etag,
                                        entry.task.id, resource.data, m_in.now});
        if (merged == remote.fields)
            return;
        const std::optional<QByteArray> body =
            patchResource(resource.data, merged, knownUids(), m_in.now);
        putLater(remote.uid, resource.href, entry.task.id, resource.etag,
                 body.value_or(resource.data));
    }

    void removedOnServer(const QString &href)
    {
        const SyncItem *item = m_itemByHref.value(href);
        if (!item || m_handledUids.contains(item->uid))
            return;
        m_out.commit.itemRemovals.append(item->uid);
        const int index = m_indexOfTask.value(item->taskId, -1);
        if (index < 0) {
            m_out.commit.outboxRemovals.append(item->uid); // gone on both sides
            return;
        }
        Entry &entry = m_entries[index];
        const TaskFields here = fieldsOf(entry);
        if (baseOf(item->resource, here) == here) {
            m_removed.insert(index);
            ++m_out.removedHere;
            return;
        }
        // Edited here, deleted there: the edit wins, the task goes back as a new resource under
        // a new UID (servers may keep a deleted UID: Xandikos refuses it again with 412,
        // Nextcloud keeps it in its trash bin). Its dependants follow the new UID.
        conflict(entry, field::kDeleted, QCoreApplication::translate("helios", "edited here"),
                 QCoreApplication::translate("helios", "deleted on the server"),
                 SyncConflict::Side::Server);
        entry.uid = m_newUid();
        m_uidOfTask.insert(entry.task.id, entry.uid);
        m_known.insert(entry.uid);
    }

    // The plan's new tasks: the kept ones in order, then those the server added.
    void assemble()
    {
        QHash<QString, int> positionOfUid;
        QHash<qint64, int> positionOfTask;
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_removed.contains(i))
                continue;
            m_positionOfEntry.insert(i, m_next.size());
            if (!m_entries.at(i).uid.isEmpty())
                positionOfUid.insert(m_entries.at(i).uid, m_next.size());
            if (m_entries.at(i).task.id > 0)
                positionOfTask.insert(m_entries.at(i).task.id, m_next.size());
            m_next.append(m_entries.at(i).task);
        }
        for (auto it = m_positionOfEntry.cbegin(); it != m_positionOfEntry.cend(); ++it) {
            const Entry &entry = m_entries.at(it.key());
            Task &task = m_next[it.value()];
            task.dependsOn.clear();
            if (entry.dependsOn) {
                for (const QString &uid : *entry.dependsOn) {
                    if (positionOfUid.contains(uid))
                        task.dependsOn.append(positionOfUid.value(uid));
                }
                std::sort(task.dependsOn.begin(), task.dependsOn.end());
            } else {
                for (int old : entry.task.dependsOn) {
                    const qint64 id = m_in.plan.tasks.value(old).id;
                    if (positionOfTask.contains(id))
                        task.dependsOn.append(positionOfTask.value(id));
                }
            }
        }
        for (auto it = m_addedItems.cbegin(); it != m_addedItems.cend(); ++it) {
            SyncItem item = it.value();
            item.taskId = -(m_positionOfEntry.value(it.key()) + 1);
            for (SyncConflict &c : m_out.commit.conflicts) {
                if (c.taskId == 0 && c.uid == item.uid)
                    c.taskId = item.taskId; // the task this commit inserts
            }
            m_out.commit.itemWrites.append(item);
        }
        if (m_next != m_in.plan.tasks) {
            Plan plan = m_in.plan;
            plan.tasks = m_next;
            m_out.commit.plan = plan;
            m_out.commit.expectedTasks = m_in.plan.tasks;
        }
    }

    // What changed here since the last agreement goes into the outbox.
    void push()
    {
        QSet<qint64> present;
        for (int i = 0; i < m_entries.size(); ++i) {
            Entry &entry = m_entries[i];
            if (m_removed.contains(i) || entry.fromServer)
                continue;
            present.insert(entry.task.id);
            if (entry.handled)
                continue;
            pushTask(entry);
        }
        for (const SyncItem &item : m_in.items) {
            if (item.taskId > 0 && !present.contains(item.taskId) &&
                !m_handledUids.contains(item.uid) &&
                !m_out.commit.itemRemovals.contains(item.uid)) {
                OutboxEntry removal;
                removal.uid = item.uid;
                removal.href = item.href;
                removal.kind = OutboxKind::Delete;
                removal.ifMatch = item.etag;
                removal.createdAt = m_in.now;
                m_out.commit.outboxWrites.append(removal);
            }
        }
    }

    void pushTask(const Entry &entry)
    {
        const SyncItem *item = m_itemByUid.value(entry.uid);
        const TaskFields here = fieldsOf(entry);
        if (item) {
            if (baseOf(item->resource, here) == here) {
                if (m_outboxByUid.contains(entry.uid))
                    m_out.commit.outboxRemovals.append(entry.uid); // already agreed
                return;
            }
            const std::optional<QByteArray> body =
                patchResource(item->resource, here, knownUids(), m_in.now);
            putLater(entry.uid, item->href, entry.task.id, item->etag,
                     body.value_or(newResource(entry.uid, here, m_in.now)));
            return;
        }
        // Not on the server yet: a new resource, at the href it was meant to have when it was
        // put in the outbox before, so that a repeated send finds it (412) instead of making a
        // second.
        const OutboxEntry *pending = m_outboxByUid.value(entry.uid);
        const QString href =
            pending ? pending->href : m_in.collectionPath + entry.uid + QStringLiteral(".ics");
        putLater(entry.uid, href, entry.task.id, QString(), newResource(entry.uid, here, m_in.now));
    }

    void putLater(const QString &uid, const QString &href, qint64 taskId, const QString &ifMatch,
                  const QByteArray &body)
    {
        OutboxEntry put;
        put.uid = uid;
        put.href = href;
        put.kind = OutboxKind::Put;
        put.taskId = taskId;
        put.ifMatch = ifMatch;
        put.body = taskId > 0 ? withTaskMark(body, taskMark(m_in.plan, taskId)) : body;
        put.createdAt = m_in.now;
        m_out.commit.outboxRemovals.removeAll(uid);
        m_out.commit.outboxWrites.append(put);
    }

    const QSet<QString> &knownUids() const { return m_known; }

    const StepInput &m_in;
    const std::function<QString()> &m_newUid;
    StepOutput m_out;
    QHash<QString, const SyncItem *> m_itemByHref;
    QHash<QString, const SyncItem *> m_itemByUid;
    QHash<QString, const OutboxEntry *> m_outboxByUid;
    QHash<qint64, QString> m_uidOfTask;
    QHash<qint64, int> m_indexOfTask;
    QList<Entry> m_entries;
    QSet<QString> m_known; // every UID of this binding
    QSet<QString> m_handledUids;
    QSet<int> m_removed; // entries deleted because the server deleted them
    QHash<int, SyncItem> m_addedItems;
    QHash<QString, int> m_marked; // href → entry: this plan's task, met again (findMarkedTasks)
    QHash<int, int> m_positionOfEntry;
    QList<Task> m_next;
};

} // namespace

QString taskMark(const Plan &plan, qint64 taskId)
{
    const qint64 created = plan.createdAt.isValid() ? plan.createdAt.toMSecsSinceEpoch() : 0;
    return QStringLiteral("%1-%2-%3").arg(created).arg(plan.id).arg(taskId);
}

TaskFields fieldsAt(const Plan &plan, int position, const QHash<qint64, QString> &uidOfTask)
{
    const Task &task = plan.tasks.at(position);
    QStringList uids;
    for (int dependency : task.dependsOn) {
        const QString uid = uidOfTask.value(plan.tasks.value(dependency).id);
        if (!uid.isEmpty())
            uids.append(uid);
    }
    return TaskFields::of(task, uids);
}

StepOutput planStep(const StepInput &input, const std::function<QString()> &newUid)
{
    StepOutput out = Builder(input, newUid).build();
    out.commit.bindingId = input.binding.id;
    return out;
}

} // namespace helios::sync
