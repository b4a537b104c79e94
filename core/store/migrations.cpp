#include "core/store/migrations.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace helios {

namespace {

// Version 1: users, plans, tasks with the seed's index names, dependencies and jobs.
Migration schemaV1()
{
    return {
        1,
        {
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " email TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX idx_user_email ON users(email)"),
            QStringLiteral("CREATE TABLE plans ("
                           " id INTEGER PRIMARY KEY,"
                           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " goal TEXT NOT NULL,"
                           " language TEXT NOT NULL DEFAULT 'en',"
                           " kind TEXT NOT NULL DEFAULT '',"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " start_date TEXT NOT NULL,"
                           " deadline TEXT,"
                           " hours_per_week REAL NOT NULL,"
                           " at_risk INTEGER NOT NULL DEFAULT 0,"
                           " hours_short REAL NOT NULL DEFAULT 0,"
                           " is_template INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX idx_plans_user ON plans(user_id, created_at)"),
            QStringLiteral("CREATE TABLE tasks ("
                           " id INTEGER PRIMARY KEY,"
                           " plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                           " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                           " title TEXT NOT NULL,"
                           " notes TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT 'todo'"
                           "   CHECK (status IN ('todo', 'in_progress', 'done', 'skipped')),"
                           " estimate_hours REAL NOT NULL DEFAULT 1,"
                           " start_date TEXT,"
                           " due_date TEXT,"
                           " position INTEGER NOT NULL,"
                           " milestone TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX idx_user_plan ON tasks(user_id, plan_id)"),
            QStringLiteral("CREATE INDEX idx_status_due ON tasks(status, due_date)"),
            QStringLiteral("CREATE INDEX idx_task_user_status ON tasks(user_id, status)"),
            QStringLiteral("CREATE INDEX idx_tasks_plan ON tasks(plan_id, position)"),
            QStringLiteral("CREATE TABLE task_dependencies ("
                           " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                           " depends_on_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,"
                           " PRIMARY KEY (task_id, depends_on_id)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE INDEX idx_dependencies_target ON task_dependencies(depends_on_id)"),
            QStringLiteral("CREATE TABLE jobs ("
                           " id INTEGER PRIMARY KEY,"
                           " kind TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " input TEXT NOT NULL DEFAULT '{}',"
                           " error TEXT NOT NULL DEFAULT '',"
                           " plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX idx_jobs_status ON jobs(status)"),
        },
        {
            QStringLiteral("DROP TABLE jobs"),
            QStringLiteral("DROP TABLE task_dependencies"),
            QStringLiteral("DROP TABLE tasks"),
            QStringLiteral("DROP TABLE plans"),
            QStringLiteral("DROP TABLE users"),
        }};
}

// Version 2: actual time spent on tasks (for re-planning), a history of LLM calls for the
// performance charts, and the persistent LLM response cache.
Migration schemaV2()
{
    return {2,
            {
                QStringLiteral("ALTER TABLE tasks ADD COLUMN actual_hours REAL"),
                QStringLiteral("CREATE TABLE llm_calls ("
                               " id INTEGER PRIMARY KEY,"
                               " called_at TEXT NOT NULL,"
                               " provider TEXT NOT NULL,"
                               " model TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " latency_ms REAL NOT NULL DEFAULT 0,"
                               " ttft_ms REAL,"
                               " tokens_in INTEGER NOT NULL DEFAULT 0,"
                               " tokens_out INTEGER NOT NULL DEFAULT 0,"
                               " cached INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX idx_llm_calls_time ON llm_calls(called_at)"),
                QStringLiteral("CREATE TABLE llm_cache ("
                               " cache_key TEXT PRIMARY KEY,"
                               " payload BLOB NOT NULL,"
                               " compressed INTEGER NOT NULL DEFAULT 0,"
                               " size_bytes INTEGER NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " last_used_at TEXT NOT NULL) WITHOUT ROWID"),
                QStringLiteral("CREATE INDEX idx_llm_cache_used ON llm_cache(last_used_at)"),
                QStringLiteral("CREATE INDEX idx_plans_template ON plans(is_template, created_at)"),
            },
            {
                QStringLiteral("DROP INDEX idx_plans_template"),
                QStringLiteral("DROP TABLE llm_cache"),
                QStringLiteral("DROP TABLE llm_calls"),
                QStringLiteral("ALTER TABLE tasks DROP COLUMN actual_hours"),
            }};
}

// Version 3: versions of a plan (each re-plan, revision or restore is one; the snapshot is the
// whole plan as JSON, written by core/jobs), and what a background job is doing and which process
// runs it, so that a job whose process died shows as interrupted instead of running forever.
Migration schemaV3()
{
    return {3,
            {
                QStringLiteral("CREATE TABLE plan_versions ("
                               " id INTEGER PRIMARY KEY,"
                               " plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                               " version INTEGER NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " snapshot TEXT NOT NULL,"
                               " UNIQUE (plan_id, version))"),
                QStringLiteral("ALTER TABLE jobs ADD COLUMN stage TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE jobs ADD COLUMN owner_pid INTEGER"),
            },
            {
                QStringLiteral("ALTER TABLE jobs DROP COLUMN owner_pid"),
                QStringLiteral("ALTER TABLE jobs DROP COLUMN stage"),
                QStringLiteral("DROP TABLE plan_versions"),
            }};
}

// Version 4: what the planner says about a task's dates (the goal's event, pinned to the
// deadline; a day a session may not start before; a latest day, such as a booking's lead time),
// and why the offline planner recognised the plan's kind (its score and the goal's words that
// decided it, a JSON array of strings).
Migration schemaV4()
{
    return {4,
            {
                QStringLiteral("ALTER TABLE tasks ADD COLUMN is_event INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE tasks ADD COLUMN not_before TEXT"),
                QStringLiteral("ALTER TABLE tasks ADD COLUMN due_by TEXT"),
                QStringLiteral("ALTER TABLE plans ADD COLUMN kind_score REAL NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE plans ADD COLUMN kind_reason TEXT NOT NULL DEFAULT ''"),
            },
            {
                QStringLiteral("ALTER TABLE plans DROP COLUMN kind_reason"),
                QStringLiteral("ALTER TABLE plans DROP COLUMN kind_score"),
                QStringLiteral("ALTER TABLE tasks DROP COLUMN due_by"),
                QStringLiteral("ALTER TABLE tasks DROP COLUMN not_before"),
                QStringLiteral("ALTER TABLE tasks DROP COLUMN is_event"),
            }};
}

// Version 5: a change log, written by triggers so that every writer (this process, helios-cli, a
// second window) is heard: the local API's events and anything that shows a plan poll it
// (ChangeFeed). A task's status or notes, a job's status or plan, a plan added, changed (a new
// version, the template flag) or deleted; only
// the newest 10,000 changes are kept.
Migration schemaV5()
{
    return {
        5,
        {
            QStringLiteral(
                "CREATE TABLE change_log ("
                " sequence INTEGER PRIMARY KEY," // a rowid: never reused, as only the oldest go
                " kind TEXT NOT NULL,"
                " entity_id INTEGER NOT NULL,"
                " plan_id INTEGER NOT NULL DEFAULT 0,"
                " status TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TRIGGER change_log_task AFTER UPDATE OF status, notes ON tasks"
                           " WHEN NEW.status IS NOT OLD.status OR NEW.notes IS NOT OLD.notes"
                           " BEGIN INSERT INTO change_log (kind, entity_id, plan_id, status)"
                           " VALUES ('task', NEW.id, NEW.plan_id, NEW.status); END"),
            QStringLiteral("CREATE TRIGGER change_log_job AFTER UPDATE OF status, plan_id ON jobs"
                           " WHEN NEW.status IS NOT OLD.status OR NEW.plan_id IS NOT OLD.plan_id"
                           " BEGIN INSERT INTO change_log (kind, entity_id, plan_id, status)"
                           " VALUES ('job', NEW.id, coalesce(NEW.plan_id, 0), NEW.status); END"),
            QStringLiteral("CREATE TRIGGER change_log_plan_added AFTER INSERT ON plans"
                           " BEGIN INSERT INTO change_log (kind, entity_id, plan_id, status)"
                           " VALUES ('plan', NEW.id, NEW.id, 'created'); END"),
            QStringLiteral("CREATE TRIGGER change_log_plan_updated AFTER UPDATE ON plans"
                           " BEGIN INSERT INTO change_log (kind, entity_id, plan_id, status)"
                           " VALUES ('plan', NEW.id, NEW.id, 'updated'); END"),
            QStringLiteral("CREATE TRIGGER change_log_plan_deleted AFTER DELETE ON plans"
                           " BEGIN INSERT INTO change_log (kind, entity_id, plan_id, status)"
                           " VALUES ('plan', OLD.id, OLD.id, 'deleted'); END"),
            QStringLiteral("CREATE TRIGGER change_log_trim AFTER INSERT ON change_log"
                           " WHEN NEW.sequence % 1000 = 0"
                           " BEGIN DELETE FROM change_log WHERE sequence <= NEW.sequence - 10000;"
                           " END"),
        },
        {
            QStringLiteral("DROP TRIGGER change_log_trim"),
            QStringLiteral("DROP TRIGGER change_log_plan_deleted"),
            QStringLiteral("DROP TRIGGER change_log_plan_updated"),
            QStringLiteral("DROP TRIGGER change_log_plan_added"),
            QStringLiteral("DROP TRIGGER change_log_job"),
            QStringLiteral("DROP TRIGGER change_log_task"),
            QStringLiteral("DROP TABLE change_log"),
        }};
}

// Version 6: CalDAV sync (issue 18, core/sync). A plan bound to a collection (sync_bindings),
// what the last sync agreed with the server about each task (sync_items: the resource as agreed
// is the base of the next merge), the changes waiting to be sent (sync_outbox), the conflicts a
// merge decided (sync_conflicts), and when each task last changed here, by whichever writer
// (task_change_times, kept by triggers: a merge keeps the newer of two edits). A task saved again
// unchanged (a new version rewrites every task of its plan) keeps its time: the row holds the
// task's synced fields as one text and its time moves only when that text does.
QString taskFingerprint()
{
    return QStringLiteral(
        "NEW.title || char(31) || NEW.notes || char(31) || NEW.status || char(31) ||"
        " coalesce(NEW.start_date, '') || char(31) || coalesce(NEW.due_date, '') || char(31) ||"
        " NEW.milestone || char(31) || NEW.estimate_hours || char(31) ||"
        " coalesce(NEW.actual_hours, '')");
}

QString taskChangeTrigger(const QString &name, const QString &event)
{
    return QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON tasks"
                          " BEGIN INSERT INTO task_change_times (task_id, fingerprint, changed_at)"
                          " VALUES (NEW.id, %3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
                          " ON CONFLICT (task_id) DO UPDATE SET"
                          " fingerprint = excluded.fingerprint, changed_at = excluded.changed_at"
                          " WHERE fingerprint IS NOT excluded.fingerprint; END")
        .arg(name, event, taskFingerprint());
}

Migration schemaV6()
{
    return {
        6,
        {
            QStringLiteral(
                "CREATE TABLE sync_bindings ("
                " id INTEGER PRIMARY KEY,"
                " plan_id INTEGER NOT NULL UNIQUE REFERENCES plans(id) ON DELETE CASCADE,"
                " account_url TEXT NOT NULL,"
                " user_name TEXT NOT NULL DEFAULT '',"
                " collection_url TEXT NOT NULL,"
                " sync_token TEXT NOT NULL DEFAULT '',"
                " ctag TEXT NOT NULL DEFAULT '',"
                " last_sync_at TEXT,"
                " last_error TEXT NOT NULL DEFAULT '',"
                " last_summary TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE TABLE sync_items ("
                " binding_id INTEGER NOT NULL REFERENCES sync_bindings(id) ON DELETE CASCADE,"
                " uid TEXT NOT NULL,"
                " href TEXT NOT NULL,"
                " etag TEXT NOT NULL DEFAULT '',"
                " task_id INTEGER NOT NULL,"
                " resource BLOB NOT NULL,"
                " synced_at TEXT NOT NULL,"
                " PRIMARY KEY (binding_id, uid))"),
            QStringLiteral(
                "CREATE TABLE sync_outbox ("
                " id INTEGER PRIMARY KEY,"
                " binding_id INTEGER NOT NULL REFERENCES sync_bindings(id) ON DELETE CASCADE,"
                " uid TEXT NOT NULL,"
                " href TEXT NOT NULL,"
                " kind TEXT NOT NULL CHECK (kind IN ('put', 'delete')),"
                " task_id INTEGER NOT NULL DEFAULT 0,"
                " if_match TEXT NOT NULL DEFAULT '',"
                " body BLOB NOT NULL,"
                " created_at TEXT NOT NULL,"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " last_error TEXT NOT NULL DEFAULT '',"
                " UNIQUE (binding_id, uid))"),
            QStringLiteral(
                "CREATE TABLE sync_conflicts ("
                " id INTEGER PRIMARY KEY,"
                " created_at TEXT NOT NULL,"
                " binding_id INTEGER NOT NULL REFERENCES sync_bindings(id) ON DELETE CASCADE,"
                " task_id INTEGER NOT NULL,"
                " uid TEXT NOT NULL,"
                " task_title TEXT NOT NULL,"
                " field TEXT NOT NULL,"
                " kept_value TEXT NOT NULL,"
                " other_value TEXT NOT NULL,"
                " other_side TEXT NOT NULL CHECK (other_side IN ('server', 'here')))"),
            QStringLiteral("CREATE TABLE task_change_times ("
                           " task_id INTEGER PRIMARY KEY,"
                           " fingerprint TEXT NOT NULL,"
                           " changed_at TEXT NOT NULL)"),
            taskChangeTrigger(QStringLiteral("task_change_times_insert"), QStringLiteral("INSERT")),
            taskChangeTrigger(QStringLiteral("task_change_times_update"), QStringLiteral("UPDATE")),
        },
        {
            QStringLiteral("DROP TRIGGER task_change_times_update"),
            QStringLiteral("DROP TRIGGER task_change_times_insert"),
            QStringLiteral("DROP TABLE task_change_times"),
            QStringLiteral("DROP TABLE sync_conflicts"),
            QStringLiteral("DROP TABLE sync_outbox"),
            QStringLiteral("DROP TABLE sync_items"),
            QStringLiteral("DROP TABLE sync_bindings"),
        }};
}

// Version 7: a binding may share its calendar with other plans (issue 18, "One calendar for
// several plans"): then each plan's tasks hang under its goal's group VTODO, and the sync takes
// only the resources whose PARENT chain reaches its own.
Migration schemaV7()
{
    return {
        7,
        {QStringLiteral("ALTER TABLE sync_bindings ADD COLUMN shared INTEGER NOT NULL DEFAULT 0")},
        {QStringLiteral("ALTER TABLE sync_bindings DROP COLUMN shared")}};
}

// Version 8: each sync item keeps a print of what its resource says (the owned fields' prints, its
// PARENT), so that a sync round reads the stored VTODOs of only the tasks that changed (issue 18,
// "memory flat"). Rows from before it have an empty print until the next sync writes it.
Migration schemaV8()
{
    return {
        8,
        {QStringLiteral("ALTER TABLE sync_items ADD COLUMN fields_print TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("ALTER TABLE sync_items ADD COLUMN parent_uid TEXT NOT NULL DEFAULT ''")},
        {QStringLiteral("ALTER TABLE sync_items DROP COLUMN parent_uid"),
         QStringLiteral("ALTER TABLE sync_items DROP COLUMN fields_print")}};
}

// Version 9: each sync item keeps a 64-bit check of the fields its print was made of, so that a
// round tells an unchanged task by one cheap hash instead of nine SHA-256 prints of its fields
// (issue 18, an incremental sync of 5,000 tasks under 1 s). Rows from before it have 0: the next
// sync reads their resources once and writes the check.
Migration schemaV9()
{
    return {9,
            {QStringLiteral(
                "ALTER TABLE sync_items ADD COLUMN fields_check INTEGER NOT NULL DEFAULT 0")},
            {QStringLiteral("ALTER TABLE sync_items DROP COLUMN fields_check")}};
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Updating the database schema"), q.lastError()));
    return Ok{};
}

void rollback(QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

// One step from version `from` to `to`. BEGIN IMMEDIATE takes the write lock first (waiting out
// another writer), and the version is read again under it: when two connections open a fresh
// database at once (the GUI's Store and LlmStore, or the GUI and the CLI), the second finds the
// step done and does nothing, instead of failing on "table users already exists".
Status applyStep(QSqlDatabase &db, const QStringList &statements, int from, int to)
{
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Starting a schema update"), begin.lastError()));
    Result<int> current = schemaVersion(db);
    if (!current) {
        rollback(db);
        return current.error();
    }
    if (*current != from) { // another connection moved the schema meanwhile
        rollback(db);
        return Ok{};
    }
    for (const QString &sql : statements) {
        if (Status s = exec(db, sql); !s) {
            rollback(db);
            return s;
        }
    }
    // PRAGMA does not take bound values; `to` is an int we produced.
    if (Status s = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(to)); !s) {
        rollback(db);
        return s;
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QSqlError e = commit.lastError();
        rollback(db);
        return Error::storage(
            describeSqlError(QCoreApplication::translate("helios", "Saving a schema update"), e));
    }
    return Ok{};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all{schemaV1(), schemaV2(), schemaV3(), schemaV4(), schemaV5(),
                                      schemaV6(), schemaV7(), schemaV8(), schemaV9()};
    return all;
}

int latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

Result<int> schemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Reading the database"), q.lastError()));
    return q.value(0).toInt();
}

Status migrateTo(QSqlDatabase &db, int target)
{
    if (target < 0 || target > latestSchemaVersion())
        return Error::usage(QCoreApplication::translate(
                                "helios", "There is no schema version %1; the latest is %2.")
                                .arg(target)
                                .arg(latestSchemaVersion()));
    // Step by step; each step checks the version again under the write lock, so a step another
    // connection made meanwhile is skipped. Every round moves the schema by one version (ours or
    // the other connection's), so the bound only stops a pathological tug of war.
    const int rounds = 2 * int(migrations().size()) + 2;
    for (int round = 0; round < rounds; ++round) {
        Result<int> current = schemaVersion(db);
        if (!current)
            return current.error();
        const int version = *current;
        if (version == target)
            return Ok{};
        const bool up = version < target;
        const int stepVersion = up ? version + 1 : version; // the migration that moves it
        const auto step =
            std::find_if(migrations().cbegin(), migrations().cend(),
                         [&](const Migration &m) { return m.version == stepVersion; });
        if (step == migrations().cend())
            return Error::usage(QCoreApplication::translate(
                                    "helios", "There is no schema version %1; the latest is %2.")
                                    .arg(stepVersion)
                                    .arg(latestSchemaVersion()));
        if (Status s = applyStep(db, up ? step->up : step->down, version,
                                 up ? step->version : step->version - 1);
            !s)
            return s;
    }
    return Error::storage(QCoreApplication::translate(
        "helios", "Another program keeps changing the database's schema; close it and try again."));
}

} // namespace helios
