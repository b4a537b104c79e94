#include "core/store/sql_versions.h"

namespace helios::sql {

const QString insertPlanVersion = QStringLiteral(
    "INSERT INTO plan_versions (plan_id, version, created_at, reason, snapshot)"
    " VALUES (?, (SELECT COALESCE(MAX(version), 0) + 1 FROM plan_versions WHERE plan_id = ?),"
    " ?, ?, ?)");
const QString planVersionNumber = QStringLiteral("SELECT version FROM plan_versions WHERE id = ?");
const QString planVersions = QStringLiteral(
    "SELECT version, created_at, reason FROM plan_versions WHERE plan_id = ? ORDER BY version");
const QString planVersion =
    QStringLiteral("SELECT version, created_at, reason, snapshot FROM plan_versions"
                   " WHERE plan_id = ? AND version = ?");
// Every version of a plan with its snapshot, for the lossless export (read one row at a time).
const QString planVersionSnapshots =
    QStringLiteral("SELECT version, created_at, reason, snapshot FROM plan_versions"
                   " WHERE plan_id = ? ORDER BY version");
// A version with the number and time it had elsewhere (imports).
const QString insertPlanVersionAsIs =
    QStringLiteral("INSERT INTO plan_versions (plan_id, version, created_at, reason, snapshot)"
                   " VALUES (?, ?, ?, ?, ?)");
// A task of the plan the new version no longer has (its dependencies go with it, ON DELETE
// CASCADE), a task the new version changed, written in place, and a task's prerequisites before
// they are written again.
const QString deleteTask = QStringLiteral("DELETE FROM tasks WHERE id = ? AND plan_id = ?");
const QString updateTaskRow = QStringLiteral(
    "UPDATE tasks SET user_id = ?, title = ?, notes = ?, status = ?, estimate_hours = ?,"
    " start_date = ?, due_date = ?, position = ?, milestone = ?, actual_hours = ?, is_event = ?,"
    " not_before = ?, due_by = ? WHERE id = ? AND plan_id = ?");
const QString deleteDependenciesOfTask =
    QStringLiteral("DELETE FROM task_dependencies WHERE task_id = ?");
// Its tasks, their dependencies and its versions go with it (ON DELETE CASCADE); a job that
// made it keeps its row with no plan (ON DELETE SET NULL).
const QString deletePlan = QStringLiteral("DELETE FROM plans WHERE id = ?");
const QString insertTaskWithId = QStringLiteral(
    "INSERT INTO tasks (id, plan_id, user_id, title, notes, status, estimate_hours, start_date,"
    " due_date, position, milestone, actual_hours, is_event, not_before, due_by)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
// Above every task id in use and every id the plan's saved versions name, so that a new task
// never takes the id of a task an earlier version had: diffs and restores match tasks by id.
const QString highestTaskIdOfPlanHistory = QStringLiteral(
    "SELECT MAX(highest) FROM (SELECT MAX(id) AS highest FROM tasks"
    " UNION ALL SELECT MAX(json_extract(task.value, '$.id')) FROM plan_versions AS version,"
    " json_each(version.snapshot, '$.tasks') AS task WHERE version.plan_id = ?)");
const QString updatePlanSchedule =
    QStringLiteral("UPDATE plans SET start_date = ?, deadline = ?, hours_per_week = ?,"
                   " at_risk = ?, hours_short = ? WHERE id = ?");
const QString updatePlanGoal = QStringLiteral("UPDATE plans SET goal = ? WHERE id = ?");
// An editing session's version follows its edits: the newest snapshot and time.
const QString amendPlanVersion = QStringLiteral(
    "UPDATE plan_versions SET created_at = ?, snapshot = ? WHERE plan_id = ? AND version = ?");
#define HELIOS_JOB_COLUMNS                                                                         \
    "id, kind, status, input, error, plan_id, created_at, updated_at, stage, owner_pid"
const QString insertJob = QStringLiteral(
    "INSERT INTO jobs (kind, status, input, error, plan_id, created_at, updated_at, stage,"
    " owner_pid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString updateJob = QStringLiteral(
    "UPDATE jobs SET status = ?, error = ?, plan_id = ?, updated_at = ?,"
    " stage = ?, owner_pid = ? WHERE id = ?"
    " AND NOT (status NOT IN ('pending', 'running') AND ? IN ('pending', 'running'))");
const QString jobById = QStringLiteral("SELECT " HELIOS_JOB_COLUMNS " FROM jobs WHERE id = ?");
const QString recentJobs =
    QStringLiteral("SELECT " HELIOS_JOB_COLUMNS " FROM jobs ORDER BY id DESC LIMIT ?");
const QString jobsWithStatus =
    QStringLiteral("SELECT " HELIOS_JOB_COLUMNS " FROM jobs WHERE status = ? ORDER BY id");
#undef HELIOS_JOB_COLUMNS

const QString lastChange = QStringLiteral("SELECT coalesce(max(sequence), 0) FROM change_log");
const QString changesSince =
    QStringLiteral("SELECT sequence, kind, entity_id, plan_id, status FROM change_log"
                   " WHERE sequence > ? ORDER BY sequence LIMIT ?");

} // namespace helios::sql
