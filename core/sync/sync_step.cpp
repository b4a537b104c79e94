#include "core/sync/sync_step.h"

#include "core/domain/plan_limits.h"
#include "core/io/ics_document.h"
#include "core/sync/vtodo_mapping.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace helios::sync {

namespace {

// A task of the plan being built: an existing one (by id) or one the server added. Its Task is
// the Builder's m_tasks at the same index: the plan's own list, shared until a merge changes one,
// so that a step over thousands of tasks holds no copy of each.
struct Entry
{
    QString uid;                          // empty: none yet (a new task here)
    std::optional<QStringList> dependsOn; // prerequisites by UID, when the merge set them
    bool fromServer = false;              // added or brought back by this step
};

// The server's version of a task merged in by this step (nothing of it to push but what the
// merge decided): what is written back over, if anything.
struct Merged
{
    QByteArray data;
    QString href;
    QString etag;
};

// A group VTODO of this binding (a milestone's, or a plan's goal in a shared calendar).
struct Group
{
    QString uid;
    QString kind; // kGroupMilestone, kGroupGoal
    QString name; // as last agreed, or as the server says now
    QString href;
    QString etag;
    QByteArray resource; // as last agreed (or, when !agreed, as waiting in the outbox)
    bool agreed = false; // on the server as far as this binding knows
};

class Builder
{
public:
    Builder(const StepInput &in, const std::function<QString()> &newUid)
        : m_in(in), m_newUid(newUid), m_tasks(in.plan.tasks)
    {
        // Items are looked up by href only for what the server changed or removed.
        QSet<QString> named(in.removed.cbegin(), in.removed.cend());
        for (const RemoteResource &resource : in.changed)
            named.insert(resource.href);
        m_itemByUid.reserve(in.items.size());
        m_known.reserve(in.items.size() + in.outbox.size());
        m_uidOfTask.reserve(in.items.size());
        for (const SyncItem &item : in.items) {
            // (A round with no change on the server looks nothing up by href.)
            if (QString href = named.isEmpty() ? QString() : hrefOfItem(item);
                !href.isEmpty() && named.contains(href))
                m_itemByHref.insert(href, &item);
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
        m_planMark = taskMark(in.plan, 0).chopped(1); // "<created>-<plan id>-"
        m_entries.reserve(in.plan.tasks.size());
        m_indexOfTask.reserve(in.plan.tasks.size());
        for (int i = 0; i < in.plan.tasks.size(); ++i) {
            const Task &task = in.plan.tasks.at(i);
            m_entries.append(Entry{m_uidOfTask.value(task.id), std::nullopt, false});
            if (task.id > 0)
                m_indexOfTask.insert(task.id, i); // 0: no task (a group's item says 0)
        }
    }

    StepOutput build()
    {
        sortOutOtherPlans();
        readGroups();
        findMarkedTasks();
        for (const RemoteResource &resource : m_in.changed) {
            if (!m_groupHrefs.contains(resource.href) && !m_otherHrefs.contains(resource.href) &&
                !m_goneHrefs.contains(resource.href))
                merge(resource);
        }
        for (const QString &href : m_in.removed)
            removedOnServer(href);
        // Every task made now has its UID before any is written, so that dependencies name
        // them all.
        const QSet<int> creating = toCreate();
        for (int i = 0; i < m_entries.size(); ++i) {
            Entry &entry = m_entries[i];
            if (m_removed.contains(i) || !entry.uid.isEmpty())
                continue;
            if (!creating.contains(i)) {
                m_deferred.insert(i);
                continue;
            }
            entry.uid = m_newUid();
            m_uidOfTask.insert(m_tasks.at(i).id, entry.uid);
            m_known.insert(entry.uid);
        }
        assemble();
        chooseGroups();
        push();
        pushGroups();
        return std::move(m_out);
    }

private:
    // The entries without a UID (tasks here not on the server yet) to make resources of in this
    // step: all of them, or createLimit of them, prerequisites first (Kahn's order over the
    // plan's positions; what a cycle holds back comes last, in plan order).
    QSet<int> toCreate() const
    {
        QList<int> waiting;
        for (int i = 0; i < m_entries.size(); ++i) {
            if (!m_removed.contains(i) && m_entries.at(i).uid.isEmpty())
                waiting.append(i);
        }
        const int limit = m_in.createLimit;
        if (limit <= 0 || waiting.size() <= limit)
            return QSet<int>(waiting.cbegin(), waiting.cend());
        const QSet<int> isWaiting(waiting.cbegin(), waiting.cend());
        QHash<int, int> unmet;             // entry → prerequisites still waiting
        QHash<int, QList<int>> dependants; // entry → the waiting entries that need it
        for (int i : std::as_const(waiting)) {
            int count = 0;
            for (int dependency : m_tasks.at(i).dependsOn) {
                if (dependency != i && isWaiting.contains(dependency)) {
                    ++count;
                    dependants[dependency].append(i);
                }
            }
            unmet.insert(i, count);
        }
        QSet<int> chosen;
        QList<int> ready;
        for (int i : std::as_const(waiting)) {
            if (unmet.value(i) == 0)
                ready.append(i);
        }
        for (qsizetype next = 0; next < ready.size() && chosen.size() < limit; ++next) {
            const int i = ready.at(next);
            chosen.insert(i);
            for (int dependant : dependants.value(i)) {
                if (--unmet[dependant] == 0)
                    ready.append(dependant);
            }
        }
        for (qsizetype k = 0; k < waiting.size() && chosen.size() < limit; ++k)
            chosen.insert(waiting.at(k));
        return chosen;
    }

    // An entry's fields, its prerequisites as UIDs (those the merge set, or those of the
    // original plan's positions).
    TaskFields fieldsOf(int i) const
    {
        const Entry &entry = m_entries.at(i);
        const Task &task = m_tasks.at(i);
        QStringList uids;
        if (entry.dependsOn) {
            uids = *entry.dependsOn;
        } else {
            for (int dependency : task.dependsOn) {
                const QString uid = m_uidOfTask.value(m_in.plan.tasks.value(dependency).id);
                if (!uid.isEmpty())
                    uids.append(uid);
            }
        }
        return TaskFields::of(task, uids);
    }

    // The milestone a PARENT relation puts a task in: a milestone group's name, none under a
    // goal group, a task's milestone under a task; nullopt for a UID this binding does not know.
    std::optional<QString> resolve(const QString &parentUid) const
    {
        if (parentUid.isEmpty())
            return std::nullopt;
        if (const auto group = m_groups.constFind(parentUid); group != m_groups.cend())
            return group->kind == kGroupMilestone ? group->name : QStringLiteral("");
        if (const auto task = m_milestoneOfUid.constFind(parentUid);
            task != m_milestoneOfUid.cend())
            return *task;
        return std::nullopt;
    }

    // A resource as last agreed: its fields, the milestone its PARENT says when it says one.
    TaskFields baseOf(const QByteArray &resource, const TaskFields &fallback) const
    {
        Result<RemoteTask> base = readRemoteTask(resource);
        if (!base)
            return fallback;
        TaskFields fields = base->fields;
        if (const std::optional<QString> milestone = resolve(base->parentUid))
            fields.milestone = *milestone;
        return fields;
    }

    // The server's fields. Its milestone is the one of its PARENT when the phone moved it there
    // (the PARENT changed since `base`; to no parent at all: no milestone), else that of its
    // CATEGORIES when those changed, else what the PARENT says.
    TaskFields serverFieldsOf(const RemoteTask &server, const QByteArray *base) const
    {
        TaskFields fields = server.fields;
        const std::optional<QString> resolved = resolve(server.parentUid);
        Result<RemoteTask> agreed =
            base ? readRemoteTask(*base) : Result<RemoteTask>(Error::usage(QString()));
        if (!agreed) {
            if (resolved)
                fields.milestone = *resolved;
            return fields;
        }
        if (server.parentUid != agreed->parentUid) {
            if (resolved)
                fields.milestone = *resolved;
            else if (server.parentUid.isEmpty() && resolve(agreed->parentUid))
                fields.milestone = QStringLiteral("");
            return fields;
        }
        if (server.fields.milestone == agreed->fields.milestone && resolved)
            fields.milestone = *resolved;
        return fields;
    }

    // In a calendar shared by several plans, a resource is this plan's only when it is one of
    // its items or outbox entries, or its PARENT chain (through what changed this round) reaches
    // one: a phone's subtask under the goal, a milestone or a task of this plan. Every other one
    // (another plan's, the person's own to-dos, what cannot be read) is left alone: not taken,
    // not deleted, not counted as skipped.
    void sortOutOtherPlans()
    {
        if (!m_in.binding.shared)
            return;
        QHash<QString, QString> parentOf;
        QHash<QString, QString> uidOfHref;
        QSet<QString> marked; // written by this plan (X-HELIOS-TASK): bound again, they are its
        for (const RemoteResource &resource : m_in.changed) {
            const Result<RemoteTask> read = readRemoteTask(resource.data);
            if (!read)
                continue;
            parentOf.insert(read->uid, read->parentUid);
            uidOfHref.insert(resource.href, read->uid);
            if (read->mark.startsWith(m_planMark))
                marked.insert(resource.href);
        }
        for (const RemoteResource &resource : m_in.changed) {
            if (m_itemByHref.contains(resource.href) || marked.contains(resource.href))
                continue;
            QString uid = uidOfHref.value(resource.href);
            QSet<QString> seen;
            bool ours = false;
            while (!uid.isEmpty() && !seen.contains(uid)) {
                if (m_itemByUid.contains(uid) || m_outboxByUid.contains(uid)) { // bound
                    ours = true;
                    break;
                }
                seen.insert(uid);
                uid = parentOf.value(uid);
            }
            if (!ours)
                m_otherHrefs.insert(resource.href);
        }
    }

    // Groups as last agreed (items of no task), waiting to be created (the outbox), and as the
    // server has them now; a group renamed on the server renames its milestone here.
    void readGroups()
    {
        const auto add = [this](const Group &group) {
            if (!m_groups.contains(group.uid))
                m_groupOrder.append(group.uid);
            m_groups.insert(group.uid, group);
            m_known.insert(group.uid);
        };
        for (const SyncItem &item : m_in.items) {
            if (item.taskId != 0)
                continue;
            const QByteArray &resource = resourceOf(item);
            const Result<RemoteTask> read = readRemoteTask(resource);
            if (read && !read->group.isEmpty())
                add({item.uid, read->group, read->fields.title, hrefOfItem(item), item.etag,
                     resource, true});
        }
        for (const OutboxEntry &entry : m_in.outbox) {
            if (entry.kind != OutboxKind::Put || entry.taskId != 0 || m_groups.contains(entry.uid))
                continue;
            const Result<RemoteTask> read = readRemoteTask(entry.body);
            if (read && !read->group.isEmpty())
                add({entry.uid, read->group, read->fields.title, entry.href, QString(), entry.body,
                     false});
        }
        QList<std::pair<QString, QString>> renames;
        for (const RemoteResource &resource : m_in.changed) {
            if (m_otherHrefs.contains(resource.href))
                continue;
            const Result<RemoteTask> read = readRemoteTask(resource.data);
            if (!read)
                continue;
            const auto known = m_groups.constFind(read->uid);
            // A group whose mark another client dropped is still that group.
            const QString kind = !read->group.isEmpty()                      ? read->group
                                 : known != m_groups.cend() && known->agreed ? known->kind
                                                                             : QString();
            if (kind.isEmpty())
                continue;
            if (known != m_groups.cend() && known->agreed && known->kind == kGroupMilestone &&
                kind == kGroupMilestone && known->name != read->fields.title &&
                !read->fields.title.trimmed().isEmpty() &&
                read->fields.title.size() <= limits::kMaxTitleLength)
                renames.append({known->name, read->fields.title});
            Group group{read->uid,     kind, read->fields.title, resource.href, resource.etag,
                        resource.data, true};
            if (group.kind == kGroupMilestone &&
                (group.name.trimmed().isEmpty() || group.name.size() > limits::kMaxTitleLength) &&
                known != m_groups.cend())
                group.name = known->name; // a name emptied (or too long) there: written again
            add(group);
            m_groupHrefs.insert(resource.href);
            m_handledUids.insert(read->uid);
            m_out.commit.itemWrites.append(SyncItem{m_in.binding.id, read->uid, resource.href,
                                                    resource.etag, 0, resource.data, m_in.now});
        }
        for (const QString &href : m_in.removed) {
            const SyncItem *item = m_itemByHref.value(href);
            if (item && item->taskId == 0 && !m_handledUids.contains(item->uid) &&
                m_groups.remove(item->uid) > 0)
                m_groupOrder.removeAll(item->uid); // written again, under a new UID
        }
        for (const auto &[from, to] : std::as_const(renames)) {
            // By index: a range-for over m_tasks would copy the plan's shared list (detach)
            // even when no task of it is in the renamed milestone.
            for (int i = 0; i < m_tasks.size(); ++i) { // NOLINT(modernize-loop-convert)
                if (m_tasks.at(i).milestone == from) {
                    m_tasks[i].milestone = to;
                    ++m_out.received;
                }
            }
        }
        for (int i = 0; i < m_entries.size(); ++i) {
            if (!m_entries.at(i).uid.isEmpty())
                m_milestoneOfUid.insert(m_entries.at(i).uid, m_tasks.at(i).milestone);
        }
        for (const RemoteResource &resource : m_in.changed) {
            if (m_otherHrefs.contains(resource.href))
                continue;
            const Result<RemoteTask> read = readRemoteTask(resource.data);
            if (read && read->group.isEmpty() && !m_milestoneOfUid.contains(read->uid))
                m_milestoneOfUid.insert(read->uid, read->fields.milestone);
        }
    }

    // Whether a task changed here since the resource last agreed. A prerequisite the resource
    // names that is no task of this binding (another client deleted it, so its item went) is no
    // change here: a task can never name it again, and counting it sent the dependant on every
    // sync (its RELATED-TO is another client's and stays in the resource).
    bool changedHere(const QByteArray &resource, const TaskFields &here) const
    {
        return !(knownBase(baseOf(resource, here)) == here);
    }

    TaskFields knownBase(TaskFields base) const
    {
        base.dependsOn.removeIf([this](const QString &uid) { return !m_known.contains(uid); });
        return base;
    }

    void conflict(int i, const QString &field, const QString &kept, const QString &other,
                  SyncConflict::Side otherSide)
    {
        SyncConflict c;
        c.createdAt = m_in.now;
        c.taskId = m_tasks.at(i).id;
        c.uid = m_entries.at(i).uid;
        c.taskTitle = m_tasks.at(i).title;
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
        // Another client's text past what a plan holds (an import's limits) would make the
        // plan's new version refused, and the whole sync with it, every time: this one change
        // is left on the server as it is, said in a sentence, and read again once it changes.
        if (const QString why = pastLimits(remote->fields, item != nullptr || pending != nullptr);
            !why.isEmpty()) {
            m_handledUids.insert(remote->uid);
            m_out.skipped.append(QCoreApplication::translate(
                                     "helios", "The task at %1 on the server was not taken: %2")
                                     .arg(resource.href, why));
            return;
        }
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
            addFromServer(*remote, agreed,
                          (item != nullptr && taskId > 0) ||
                              m_deletedHereChanged.contains(resource.href));
            return;
        }
        Entry &entry = m_entries[index];
        entry.uid = remote->uid;
        m_merged.insert(index, {resource.data, resource.href, resource.etag});
        const TaskFields here = fieldsOf(index);
        const QByteArray &agreedData = item ? resourceOf(*item) : pending->body;
        TaskFields base = knownBase(baseOf(agreedData, here));
        const TaskFields server = serverFieldsOf(*remote, &agreedData);
        // The server holds an update of ours whose answer was never recorded (Helios was killed
        // after sending it): that is the version both sides agree on, not another client's edit,
        // so what changed here since is no conflict with it.
        if (item && pending && pending->kind == OutboxKind::Put &&
            baseOf(pending->body, base) == server)
            base = server;
        const QDateTime localTime = m_in.changeTimes.value(taskId);
        const std::optional<QDateTime> &modified = remote->lastModified;
        const bool serverNewer = !localTime.isValid() || (modified && *modified > localTime);
        const Merge merged =
            mergeFields(base, here, server, serverNewer ? Side::Server : Side::Here);
        applyFields(index, merged.merged);
        if (merged.merged.dependsOn != here.dependsOn)
            entry.dependsOn = merged.merged.dependsOn;
        for (const FieldConflict &c : merged.conflicts)
            conflict(index, c.field, c.keptValue, c.otherValue,
                     c.otherSide == Side::Here ? SyncConflict::Side::Here
                                               : SyncConflict::Side::Server);
        if (!(merged.merged == here))
            ++m_out.received;
        m_out.commit.itemWrites.append(agreed);
        // What the merge decided goes back over the server's bytes when it differs (push).
    }

    // Why another client's task cannot be taken as it is (an import's limits), in a sentence;
    // empty when it can. `known`: a task of the plan already (a new one also needs room).
    QString pastLimits(const TaskFields &fields, bool known) const
    {
        const auto tooLong = [](const QString &what, qsizetype length, int most) {
            return QCoreApplication::translate(
                       "helios", "its %1 has %2 characters, and Helios keeps at most %3; "
                                 "shorten it there")
                .arg(what)
                .arg(length)
                .arg(most);
        };
        if (fields.title.size() > limits::kMaxTitleLength)
            return tooLong(QCoreApplication::translate("helios", "title"), fields.title.size(),
                           limits::kMaxTitleLength);
        if (fields.milestone.size() > limits::kMaxTitleLength)
            return tooLong(QCoreApplication::translate("helios", "category"),
                           fields.milestone.size(), limits::kMaxTitleLength);
        if (fields.notes.size() > limits::kMaxNotesLength)
            return tooLong(QCoreApplication::translate("helios", "description"),
                           fields.notes.size(), limits::kMaxNotesLength);
        if (fields.dependsOn.size() > limits::kMaxDependenciesPerTask)
            return QCoreApplication::translate(
                       "helios", "it depends on %1 tasks, and Helios keeps at most %2")
                .arg(fields.dependsOn.size())
                .arg(limits::kMaxDependenciesPerTask);
        if (!known && m_entries.size() - m_removed.size() >= limits::kMaxTasksPerPlan)
            return QCoreApplication::translate("helios",
                                               "the plan already has %1 tasks, the most it holds")
                .arg(limits::kMaxTasksPerPlan);
        return {};
    }

    void addFromServer(const RemoteTask &remote, SyncItem agreed, bool deletedHere)
    {
        Task task;
        serverFieldsOf(remote, nullptr).applyTo(task);
        if (task.title.trimmed().isEmpty())
            task.title = QCoreApplication::translate("helios", "Untitled task");
        const int index = int(m_entries.size());
        m_tasks.append(task);
        m_entries.append(Entry{remote.uid, remote.fields.dependsOn, true});
        m_merged.insert(index, {agreed.resource, agreed.href, agreed.etag});
        if (deletedHere) {
            // Deleted here, edited there: the edit wins, the task comes back.
            conflict(index, field::kDeleted,
                     QCoreApplication::translate("helios", "edited on the server"),
                     QCoreApplication::translate("helios", "deleted here"),
                     SyncConflict::Side::Here);
            m_out.commit.outboxRemovals.append(remote.uid);
        }
        ++m_out.received;
        m_addedItems.insert(index, agreed);
    }

    // A plan bound again to a calendar it was unbound from: the UIDs went with the old binding,
    // but each VTODO Helios wrote names its task (X-HELIOS-TASK). Before any merge, every
    // resource that is not an item of this binding and names a task of this plan without a UID
    // gives that task its UID, so that dependencies between them are named alike on both sides.
    void findMarkedTasks()
    {
        QHash<QString, int> unclaimed; // mark → entry
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_entries.at(i).uid.isEmpty() && m_tasks.at(i).id > 0)
                unclaimed.insert(taskMark(m_in.plan, m_tasks.at(i).id), i);
        }
        if (unclaimed.isEmpty() && !m_in.items.isEmpty())
            return; // every task has its VTODO: no binding is new here
        for (const RemoteResource &resource : m_in.changed) {
            if (m_itemByHref.contains(resource.href) || m_groupHrefs.contains(resource.href))
                continue;
            Result<RemoteTask> remote = readRemoteTask(resource.data);
            if (!remote || m_known.contains(remote->uid) || !remote->mark.startsWith(m_planMark))
                continue;
            if (!unclaimed.contains(remote->mark)) {
                deletedWhileUnbound(resource, *remote);
                continue;
            }
            const int index = unclaimed.take(remote->mark);
            Entry &entry = m_entries[index];
            entry.uid = remote->uid;
            m_uidOfTask.insert(m_tasks.at(index).id, entry.uid);
            m_known.insert(entry.uid);
            m_marked.insert(resource.href, index);
        }
    }

    // A VTODO this plan wrote for a task it no longer has (deleted here while the plan was not
    // syncing with this calendar): deleted there too when nobody changed it since Helios wrote
    // it (its fields still print as X-HELIOS-FIELDS says); changed there, the edit wins against
    // the deletion and it comes back as a task (merge), the deletion logged.
    void deletedWhileUnbound(const RemoteResource &resource, const RemoteTask &remote)
    {
        const qint64 taskId = remote.mark.mid(m_planMark.size()).toLongLong();
        if (taskId <= 0 || m_indexOfTask.contains(taskId))
            return; // a group's mark, or a task of this plan that has its UID already
        if (remote.fieldsMark.isEmpty() || remote.fieldsMark != fieldsPrint(remote.fields)) {
            m_deletedHereChanged.insert(resource.href);
            return;
        }
        OutboxEntry removal;
        removal.uid = remote.uid;
        removal.href = resource.href;
        removal.kind = OutboxKind::Delete;
        removal.taskId = taskId; // the task deleted here
        removal.ifMatch = resource.etag;
        removal.createdAt = m_in.now;
        m_known.insert(remote.uid);
        m_handledUids.insert(remote.uid);
        m_goneHrefs.insert(resource.href); // not merged: it goes
        m_out.commit.outboxWrites.append(removal);
    }

    // A task here meets its VTODO again with no agreed version between them (what the last sync
    // agreed went with the old binding). X-HELIOS-FIELDS prints each field as Helios last wrote
    // it: a field that differs takes the side that changed it since; changed on both (or the
    // VTODO has no print), it keeps the newer edit (the server's LAST-MODIFIED against the task's
    // change time) and the other goes to the conflict log.
    void adopt(const RemoteResource &resource, const RemoteTask &remote, int index)
    {
        Entry &entry = m_entries[index];
        const qint64 taskId = m_tasks.at(index).id;
        const TaskFields here = fieldsOf(index);
        const QDateTime localTime = m_in.changeTimes.value(taskId);
        const bool serverNewer =
            !localTime.isValid() || (remote.lastModified && *remote.lastModified > localTime);
        const Merge merged = mergeWithPrint(remote.fieldsMark, here, remote.fields,
                                            serverNewer ? Side::Server : Side::Here);
        for (const FieldConflict &c : merged.conflicts)
            conflict(index, c.field, c.keptValue, c.otherValue,
                     c.otherSide == Side::Here ? SyncConflict::Side::Here
                                               : SyncConflict::Side::Server);
        applyFields(index, merged.merged);
        if (merged.merged.dependsOn != here.dependsOn)
            entry.dependsOn = merged.merged.dependsOn;
        if (!(merged.merged == here))
            ++m_out.received;
        m_out.commit.itemWrites.append({m_in.binding.id, remote.uid, resource.href, resource.etag,
                                        taskId, resource.data, m_in.now});
        // push() writes the merged fields (and the milestone's group) back over the server's
        // bytes when they differ, as for any merged task.
        m_merged.insert(index, {resource.data, resource.href, resource.etag});
    }

    // The merge's fields on the task at entry i; the plan's list is copied (once) only when a
    // task really changes.
    void applyFields(int i, const TaskFields &fields)
    {
        Task task = m_tasks.at(i);
        fields.applyTo(task);
        if (!(task == m_tasks.at(i)))
            m_tasks[i] = std::move(task);
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
        const TaskFields here = fieldsOf(index);
        if (!changedHere(resourceOf(*item), here)) {
            m_removed.insert(index);
            ++m_out.removedHere;
            return;
        }
        // Edited here, deleted there: the edit wins, the task goes back as a new resource under
        // a new UID (servers may keep a deleted UID: Xandikos refuses it again with 412,
        // Nextcloud keeps it in its trash bin). Its dependants follow the new UID.
        conflict(index, field::kDeleted, QCoreApplication::translate("helios", "edited here"),
                 QCoreApplication::translate("helios", "deleted on the server"),
                 SyncConflict::Side::Server);
        entry.uid = m_newUid();
        m_uidOfTask.insert(m_tasks.at(index).id, entry.uid);
        m_known.insert(entry.uid);
    }

    // Whether the step leaves the plan's tasks as they were: nothing removed, added or merged
    // into them (an incremental sync of changes made here only, or of none).
    bool tasksAsTheyWere() const
    {
        if (!m_removed.isEmpty() || m_entries.size() != m_in.plan.tasks.size())
            return false;
        for (const Entry &entry : m_entries) {
            if (entry.fromServer || entry.dependsOn)
                return false;
        }
        return m_tasks == m_in.plan.tasks; // at once when no merge changed a task (shared)
    }

    // Where the entry's task is in the plan's new tasks.
    int positionOf(int entry) const
    {
        return m_asTheyWere ? entry : m_positionOfEntry.value(entry, -1);
    }

    // The plan's new tasks: the kept ones in order, then those the server added.
    void assemble()
    {
        if (tasksAsTheyWere()) {
            m_asTheyWere = true;
            m_next = m_in.plan.tasks; // shared, not a copy of each task
            return;
        }
        QHash<QString, int> positionOfUid;
        QHash<qint64, int> positionOfTask;
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_removed.contains(i))
                continue;
            m_positionOfEntry.insert(i, m_next.size());
            if (!m_entries.at(i).uid.isEmpty())
                positionOfUid.insert(m_entries.at(i).uid, m_next.size());
            if (m_tasks.at(i).id > 0)
                positionOfTask.insert(m_tasks.at(i).id, m_next.size());
            m_next.append(m_tasks.at(i));
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
                for (int old : m_tasks.at(it.key()).dependsOn) {
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
        for (int i = 0; i < m_entries.size(); ++i) {
            if (m_removed.contains(i))
                continue;
            if (m_merged.contains(i)) {
                writeBack(i, m_entries.at(i).fromServer ? -(positionOf(i) + 1) : m_tasks.at(i).id);
                continue;
            }
            if (m_deferred.contains(i)) {
                // Made in a later step; its milestone's group is kept (or made) meanwhile.
                parentFor(m_tasks.at(i).milestone, QString());
                ++m_out.deferred;
                continue;
            }
            pushTask(i);
        }
        // A task of the plan still here: one of its own (not added by this step), not removed.
        const auto present = [this](qint64 taskId) {
            const int index = m_indexOfTask.value(taskId, -1);
            return index >= 0 && !m_removed.contains(index) && !m_entries.at(index).fromServer;
        };
        for (const SyncItem &item : m_in.items) {
            if (item.taskId > 0 && !present(item.taskId) && !m_handledUids.contains(item.uid) &&
                !m_out.commit.itemRemovals.contains(item.uid)) {
                if (item.resource.isNull()) {
                    resourceOf(item); // read whole first: its If-Match is the ETag as stored
                    continue;
                }
                OutboxEntry removal;
                removal.uid = item.uid;
                removal.href = hrefOfItem(item);
                removal.kind = OutboxKind::Delete;
                removal.taskId = item.taskId; // the task deleted here (a group's is 0)
                removal.ifMatch = item.etag;
                removal.createdAt = m_in.now;
                m_out.commit.outboxWrites.append(removal);
            }
        }
    }

    // A merged task: what the merge decided (and its group) over the server's bytes, sent when
    // that differs from them.
    void writeBack(int i, qint64 taskId)
    {
        const QString &uid = m_entries.at(i).uid;
        const Merged &server = *m_merged.constFind(i);
        const TaskFields fields = fieldsOf(i);
        const std::optional<QByteArray> body =
            patchResource(server.data, fields, knownUids(), m_in.now,
                          [&](const QString &current, const QString &before) {
                              return parentFor(fields.milestone, current, before);
                          });
        if (!body || *body == server.data) {
            m_out.commit.outboxRemovals.append(uid); // agreed as it is
            return;
        }
        putLater(uid, server.href, taskId, server.etag, *body);
    }

    void pushTask(int i)
    {
        const Entry &entry = m_entries.at(i);
        const qint64 taskId = m_tasks.at(i).id;
        const SyncItem *item = m_itemByUid.value(entry.uid);
        const TaskFields here = fieldsOf(i);
        if (item && item->resource.isNull()) {
            // Read without its resource: agreed when the task prints as the resource did and
            // keeps its PARENT; otherwise the step runs again with the resource (needed).
            if (agreesWithPrint(*item, here)) {
                if (m_outboxByUid.contains(entry.uid))
                    m_out.commit.outboxRemovals.append(entry.uid); // already agreed
            } else {
                resourceOf(*item);
            }
            return;
        }
        if (item) {
            const std::optional<QByteArray> body =
                patchResource(item->resource, here, knownUids(), m_in.now,
                              [&](const QString &current, const QString &before) {
                                  return parentFor(here.milestone, current, before);
                              });
            if (body && *body == item->resource) {
                if (m_outboxByUid.contains(entry.uid))
                    m_out.commit.outboxRemovals.append(entry.uid); // already agreed
                return;
            }
            // The fallback only when the agreed resource cannot be read: parentFor marks the
            // group it chooses as used (an eager value_or wrote a group no task hangs under).
            putLater(entry.uid, hrefOfItem(*item), taskId, item->etag,
                     body ? *body
                          : newResource(entry.uid, here, m_in.now,
                                        parentFor(here.milestone, QString())));
            return;
        }
        // Not on the server yet: a new resource, at the href it was meant to have when it was
        // put in the outbox before, so that a repeated send finds it (412) instead of making a
        // second.
        const OutboxEntry *pending = m_outboxByUid.value(entry.uid);
        const QString href =
            pending ? pending->href : m_in.collectionPath + entry.uid + QStringLiteral(".ics");
        putLater(entry.uid, href, taskId, QString(),
                 newResource(entry.uid, here, m_in.now, parentFor(here.milestone, QString())));
    }

    // An item's resource as last agreed. An item read without it (SyncQueries::itemPrints) is
    // named in `needed`, and the step's output is not used: the engine reads the resources it
    // names and runs the step again.
    const QByteArray &resourceOf(const SyncItem &item)
    {
        if (item.resource.isNull() && !m_needed.contains(item.uid)) {
            m_needed.insert(item.uid);
            m_out.needed.append(item.uid);
        }
        return item.resource;
    }

    // Whether the resource of an item read without it would be written back unchanged: it
    // printed as this task does (its fields, the milestone its CATEGORIES), and the PARENT it
    // has is the one the task gets (patchResource would give back the very bytes).
    bool agreesWithPrint(const SyncItem &item, const TaskFields &here)
    {
        // No print or no check yet (written before schema 8 or 9): read whole, written again.
        if (item.fieldsPrint.isEmpty() || item.fieldsCheck == 0)
            return false;
        // The check first: the same check, the same print (9 SHA-256 of every task otherwise).
        // Only where it differs is the task printed, once a round (printAgreed).
        if (fieldsCheck(here) != item.fieldsCheck && !m_in.printAgreed.contains(item.uid)) {
            const QString print = fieldsPrint(here);
            if (print != item.fieldsPrint && printDigest(print) != item.fieldsPrint)
                return false; // a compacted item keeps the digest (compactItems)
            m_out.printAgreed.insert(item.uid);
        }
        return parentFor(here.milestone, item.parentUid, here.milestone) == item.parentUid;
    }

    // The PARENT a task of `milestone` gets: its milestone's group (the goal's in a shared
    // calendar when it has none). A task kept under another task of this plan in the same
    // milestone (a subtask made on the phone) stays there; a relation to a UID this binding does
    // not know stays when Helios has no group to put it under. A task no group holds whose
    // milestone is still the one its CATEGORIES said (`before`: another client's task, which
    // groups by category) stays where it is until its milestone changes here: binding a plan to
    // a person's categorised list does not rewrite every task in it. Every group chosen is
    // written (pushGroups); one that no task hangs under is not.
    QString parentFor(const QString &milestone, const QString &current,
                      const std::optional<QString> &before = std::nullopt)
    {
        QString chosen = chooseParent(milestone, current, before);
        if (!chosen.isEmpty())
            m_usedParents.insert(chosen);
        return chosen;
    }

    QString chooseParent(const QString &milestone, const QString &current,
                         const std::optional<QString> &before) const
    {
        QString group = milestone.isEmpty() ? m_goalUid : m_groupUidOf.value(milestone);
        if (current.isEmpty() && before && *before == milestone && !m_in.binding.shared)
            return current;
        if (current.isEmpty() || current == group)
            return group;
        if (const auto task = m_finalMilestoneOfUid.constFind(current);
            task != m_finalMilestoneOfUid.cend())
            return *task == milestone ? current : group;
        if (group.isEmpty() && !m_groups.contains(current))
            return current;
        return group;
    }

    // Each milestone of the plan its group: the one of that name the binding has, else a new
    // one; in a shared calendar the plan's goal group too.
    void chooseGroups()
    {
        for (int i = 0; i < m_entries.size(); ++i) {
            const Entry &entry = m_entries.at(i);
            if (!m_removed.contains(i) && !entry.uid.isEmpty())
                m_finalMilestoneOfUid.insert(entry.uid, m_next.at(positionOf(i)).milestone);
        }
        for (const Task &task : std::as_const(m_next)) {
            if (task.milestone.isEmpty())
                continue;
            if (!m_milestones.contains(task.milestone)) {
                m_milestones.append(task.milestone);
                m_milestoneDone.insert(task.milestone, true);
            }
            if (!task.isFinished())
                m_milestoneDone.insert(task.milestone, false);
        }
        const auto existing = [this](const QString &kind, const QString &name) {
            QString found;
            for (const QString &uid : std::as_const(m_groupOrder)) {
                const Group &group = m_groups.value(uid);
                if (group.kind != kind || (!name.isNull() && group.name != name))
                    continue;
                if (found.isEmpty() || (group.agreed && !m_groups.value(found).agreed))
                    found = uid;
            }
            return found;
        };
        for (const QString &name : std::as_const(m_milestones)) {
            QString uid = existing(kGroupMilestone, name);
            if (uid.isEmpty()) {
                uid = m_newUid();
                m_known.insert(uid);
            }
            m_groupUidOf.insert(name, uid);
        }
        if (m_in.binding.shared) {
            m_goalUid = existing(kGroupGoal, QString());
            if (m_goalUid.isEmpty()) {
                m_goalUid = m_newUid();
                m_known.insert(m_goalUid);
            }
        }
    }

    // The groups written as the plan has them now; the binding's groups no milestone has any
    // more deleted on the server (their tasks are not: they are under their new group).
    void pushGroups()
    {
        QSet<QString> wanted;
        for (const QString &name : std::as_const(m_milestones)) {
            const QString uid = m_groupUidOf.value(name);
            if (!m_usedParents.contains(uid))
                continue; // its tasks are another client's, grouped by category there
            wanted.insert(uid);
            writeGroup(uid, {kGroupMilestone, name, m_milestoneDone.value(name), m_goalUid});
        }
        if (!m_goalUid.isEmpty()) {
            wanted.insert(m_goalUid);
            bool done = !m_next.isEmpty();
            for (const Task &task : std::as_const(m_next))
                done = done && task.isFinished();
            writeGroup(m_goalUid, {kGroupGoal, m_in.plan.goal, done, QString()});
        }
        for (const QString &uid : std::as_const(m_groupOrder)) {
            const Group &group = m_groups.value(uid);
            if (wanted.contains(uid))
                continue;
            if (!group.agreed) {
                m_out.commit.outboxRemovals.append(uid); // never reached the server
                continue;
            }
            OutboxEntry removal;
            removal.uid = uid;
            removal.href = group.href;
            removal.kind = OutboxKind::Delete;
            removal.ifMatch = group.etag;
            removal.createdAt = m_in.now;
            m_out.commit.outboxRemovals.removeAll(uid);
            m_out.commit.outboxWrites.append(removal);
        }
    }

    void writeGroup(const QString &uid, const GroupFields &fields)
    {
        const auto known = m_groups.constFind(uid);
        if (known == m_groups.cend()) {
            putLater(uid, m_in.collectionPath + uid + QStringLiteral(".ics"), 0, QString(),
                     newGroupResource(uid, fields, m_in.now));
            return;
        }
        const std::optional<QByteArray> body =
            patchGroupResource(known->resource, fields, m_in.now);
        if (!known->agreed) {
            putLater(uid, known->href, 0, QString(),
                     body.value_or(newGroupResource(uid, fields, m_in.now)));
            return;
        }
        if (body && *body == known->resource) {
            if (m_outboxByUid.contains(uid))
                m_out.commit.outboxRemovals.append(uid); // already agreed
            return;
        }
        putLater(uid, known->href, 0, known->etag,
                 body.value_or(newGroupResource(uid, fields, m_in.now)));
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
        // Tasks and groups carry this plan's mark (a group's task id is 0); a task the server
        // added (negative: its id comes with the commit) is marked when it is next written.
        put.body = taskId >= 0 ? withTaskMark(body, taskMark(m_in.plan, taskId)) : body;
        put.createdAt = m_in.now;
        m_out.commit.outboxRemovals.removeAll(uid);
        m_out.commit.outboxWrites.append(put);
    }

    const QSet<QString> &knownUids() const { return m_known; }

    QString hrefOfItem(const SyncItem &item) const { return itemHref(item, m_in.collectionPath); }

    const StepInput &m_in;
    const std::function<QString()> &m_newUid;
    StepOutput m_out;
    QHash<QString, const SyncItem *> m_itemByHref; // those the server changed or removed
    QHash<QString, const SyncItem *> m_itemByUid;
    QHash<QString, const OutboxEntry *> m_outboxByUid;
    QHash<qint64, QString> m_uidOfTask;
    QHash<qint64, int> m_indexOfTask;
    QList<Entry> m_entries;
    QList<Task> m_tasks;         // entry i's task: the plan's list, copied only when one changes
    QHash<int, Merged> m_merged; // entries the server's version was merged into
    QSet<QString> m_known;       // every UID of this binding
    QSet<QString> m_handledUids;
    QSet<int> m_removed;  // entries deleted because the server deleted them
    QSet<int> m_deferred; // entries without a UID left for a later step (createLimit)
    QHash<int, SyncItem> m_addedItems;
    QHash<QString, int> m_marked; // href → entry: this plan's task, met again (findMarkedTasks)
    QString m_planMark;           // "<created>-<plan id>-": how this plan's marks begin
    QSet<QString> m_deletedHereChanged; // hrefs: deleted here while unbound, changed there
    QSet<QString> m_goneHrefs;          // hrefs: deleted here while unbound, deleted there now
    QHash<int, int> m_positionOfEntry;  // entry → its position in m_next (see positionOf)
    bool m_asTheyWere = false;          // m_next is the plan's tasks, entry i at position i
    QList<Task> m_next;
    QHash<QString, Group> m_groups; // by UID
    QStringList m_groupOrder;       // their UIDs, as read
    QSet<QString> m_groupHrefs;     // changed resources that are groups
    QSet<QString> m_otherHrefs;     // changed resources of other plans (a shared calendar)
    QHash<QString, QString> m_milestoneOfUid;      // tasks by UID, before the merge
    QHash<QString, QString> m_finalMilestoneOfUid; // tasks by UID, after it
    QStringList m_milestones;                      // of the plan's new tasks, in order
    QHash<QString, bool> m_milestoneDone;          // every task of it finished
    QHash<QString, QString> m_groupUidOf;          // milestone → its group's UID
    QString m_goalUid;                             // a shared calendar's goal group
    QSet<QString> m_usedParents;                   // the PARENTs parentFor chose
    QSet<QString> m_needed;                        // m_out.needed
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

SyncItem withPrint(SyncItem item)
{
    const Result<RemoteTask> read = readRemoteTask(item.resource);
    item.fieldsPrint = read ? fieldsPrint(read->fields) : QString();
    item.parentUid = read ? read->parentUid : QString();
    item.fieldsCheck = read ? fieldsCheck(read->fields) : 0;
    return item;
}

QStringList resourcesNeeded(const QList<SyncItem> &items, const QList<RemoteResource> &changed,
                            const QStringList &removed, const QString &collectionPath)
{
    QSet<QString> hrefs(removed.cbegin(), removed.cend());
    for (const RemoteResource &resource : changed)
        hrefs.insert(resource.href);
    QStringList uids;
    for (const SyncItem &item : items) {
        if (item.resource.isNull() &&
            (item.taskId == 0 || hrefs.contains(itemHref(item, collectionPath))))
            uids.append(item.uid);
    }
    return uids;
}

QString itemHref(const SyncItem &item, const QString &collectionPath)
{
    return item.href.isEmpty() ? collectionPath + item.uid + QStringLiteral(".ics") : item.href;
}

QString uidInHref(const QString &href, const QString &collectionPath)
{
    const QLatin1StringView suffix(".ics");
    if (href.size() <= collectionPath.size() + suffix.size() || !href.startsWith(collectionPath) ||
        !href.endsWith(suffix))
        return {};
    return href.mid(collectionPath.size(), href.size() - collectionPath.size() - suffix.size());
}

namespace {

constexpr qsizetype kDigestLength = 11; // 64 bits in base64url

} // namespace

QString printDigest(const QString &print)
{
    if (print.isEmpty())
        return {};
    // In memory only (compactItems): a fast 64-bit hash, not a cryptographic one, which was
    // most of the time a round took to compact thousands of items.
    const quint64 hash = textCheck(print);
    char bytes[8];
    for (int i = 0; i < 8; ++i)
        bytes[i] = char(hash >> (8 * i));
    return QString::fromLatin1(QByteArray(bytes, 8).toBase64(QByteArray::Base64UrlEncoding |
                                                             QByteArray::OmitTrailingEquals));
}

namespace {

// An ETag's digest begins with a character no quoted ETag begins with (RFC 9110: `"` or `W/`).
constexpr QChar kEtagDigestMark = u'#';

QString etagDigest(const QString &etag)
{
    return kEtagDigestMark + printDigest(etag);
}

bool isEtagDigest(const QString &stored)
{
    return stored.size() == kDigestLength + 1 && stored.startsWith(kEtagDigestMark);
}

} // namespace

bool sameEtag(const QString &stored, const QString &etag)
{
    if (stored == etag)
        return true;
    return !etag.isEmpty() && isEtagDigest(stored) && stored == etagDigest(etag);
}

void compactItems(QList<SyncItem> &items, const QString &collectionPath)
{
    for (SyncItem &item : items) {
        if (!item.resource.isNull())
            continue; // read whole: kept whole
        if (!item.uid.isEmpty() && uidInHref(item.href, collectionPath) == item.uid)
            item.href = QString();
        // A digest is shorter than a print (11 characters against 80); one already is one.
        if (item.fieldsPrint.size() > kDigestLength)
            item.fieldsPrint = printDigest(item.fieldsPrint);
        if (item.etag.size() > kDigestLength + 1)
            item.etag = etagDigest(item.etag); // Radicale's are 66 characters
    }
}

StepOutput planStep(const StepInput &input, const std::function<QString()> &newUid)
{
    StepOutput out = Builder(input, newUid).build();
    out.commit.bindingId = input.binding.id;
    return out;
}

} // namespace helios::sync
