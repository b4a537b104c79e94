#include "core/store/sql.h"

#include "core/store/sql_versions.h"

namespace helios::sql {

namespace {
// The columns of a task row, with its dependencies' ids folded into the same row so that
// tasks never need a query each.
#define HELIOS_TASK_COLUMNS                                                                        \
    "t.id, t.plan_id, t.user_id, t.title, t.notes, t.status, t.estimate_hours, t.start_date,"      \
    " t.due_date, t.position, t.milestone, t.actual_hours, t.is_event, t.not_before, t.due_by,"    \
    " (SELECT group_concat(d.depends_on_id) FROM task_dependencies d WHERE d.task_id = t.id)"
#define HELIOS_SUMMARY_COLUMNS                                                                     \
    "p.id, p.goal, p.created_at, p.deadline, p.at_risk, p.hours_short,"                            \
    " COUNT(t.id), COALESCE(SUM(t.status IN ('done', 'skipped')), 0),"                             \
    " COALESCE(SUM(t.estimate_hours), 0),"                                                         \
    " COALESCE(SUM(CASE WHEN t.status IN ('done', 'skipped') THEN t.estimate_hours END), 0)"
#define HELIOS_PLAN_COLUMNS                                                                        \
    "p.id, p.user_id, p.goal, p.language, p.kind, p.subject, p.created_at, p.start_date,"          \
    " p.deadline, p.hours_per_week, p.at_risk, p.hours_short, p.is_template, p.kind_score,"        \
    " p.kind_reason"
} // namespace

const QString findUserByEmail = QStringLiteral("SELECT id FROM users WHERE email = ?");
const QString insertUser =
    QStringLiteral("INSERT OR IGNORE INTO users (name, email, created_at) VALUES (?, ?, ?)");
const QString insertPlan = QStringLiteral(
    "INSERT INTO plans (user_id, goal, language, kind, subject, created_at, start_date, deadline,"
    " hours_per_week, at_risk, hours_short, is_template, kind_score, kind_reason)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString insertTask = QStringLiteral(
    "INSERT INTO tasks (plan_id, user_id, title, notes, status, estimate_hours, start_date,"
    " due_date, position, milestone, actual_hours, is_event, not_before, due_by)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString insertDependency = QStringLiteral(
    "INSERT OR IGNORE INTO task_dependencies (task_id, depends_on_id) VALUES (?, ?)");
const QString planSummaries = QStringLiteral(
    "SELECT " HELIOS_SUMMARY_COLUMNS " FROM plans p LEFT JOIN tasks t ON t.plan_id = p.id"
    " WHERE p.user_id = ? AND p.is_template = 0"
    " GROUP BY p.id ORDER BY p.created_at DESC, p.id DESC");
const QString templateSummaries = QStringLiteral(
    "SELECT " HELIOS_SUMMARY_COLUMNS " FROM plans p LEFT JOIN tasks t ON t.plan_id = p.id"
    " WHERE p.is_template = 1"
    " GROUP BY p.id ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?");
const QString countTemplates = QStringLiteral("SELECT COUNT(*) FROM plans WHERE is_template = 1");
const QString planById =
    QStringLiteral("SELECT " HELIOS_PLAN_COLUMNS " FROM plans p WHERE p.id = ?");
const QString plansOfUser = QStringLiteral("SELECT " HELIOS_PLAN_COLUMNS
                                           " FROM plans p WHERE p.user_id = ? AND p.is_template = 0"
                                           " ORDER BY p.id");
const QString tasksOfPlan = QStringLiteral("SELECT " HELIOS_TASK_COLUMNS
                                           " FROM tasks t WHERE t.plan_id = ? ORDER BY t.position");
const QString taskCountOfPlan = QStringLiteral("SELECT COUNT(*) FROM tasks WHERE plan_id = ?");
// In idx_user_plan's order, so SQLite neither sorts nor spills 20,000 rows to a temporary file;
// the reader drops the rows of template plans (not in query 1) and orders each plan's few tasks
// by position itself.
const QString tasksOfUser =
    QStringLiteral("SELECT " HELIOS_TASK_COLUMNS
                   " FROM tasks t WHERE t.user_id = ? ORDER BY t.user_id, t.plan_id");
const QString setTaskStatus = QStringLiteral("UPDATE tasks SET status = ? WHERE id = ?");
const QString setTaskNotes = QStringLiteral("UPDATE tasks SET notes = ? WHERE id = ?");
const QString planOfTask = QStringLiteral("SELECT plan_id FROM tasks WHERE id = ?");
const QString setTemplate = QStringLiteral("UPDATE plans SET is_template = ? WHERE id = ?");
const QString taskStatistics =
    QStringLiteral("SELECT status, COUNT(*), COALESCE(SUM(estimate_hours), 0) FROM tasks"
                   " WHERE user_id = ? GROUP BY status");
const QString overdueTasks =
    QStringLiteral("SELECT COUNT(*) FROM tasks WHERE status = ? AND due_date < ?");
// The day's list: open tasks that have started (or start by a date), with their plan's goal and
// weekly hours. Column 15 (dependencies) is NULL: positions mean nothing across plans.
const QString openTasksStartingBy = QStringLiteral(
    "SELECT t.id, t.plan_id, t.user_id, t.title, t.notes, t.status, t.estimate_hours,"
    " t.start_date, t.due_date, t.position, t.milestone, t.actual_hours, t.is_event,"
    " t.not_before, t.due_by, NULL, p.goal, p.hours_per_week"
    " FROM tasks t JOIN plans p ON p.id = t.plan_id"
    " WHERE t.status IN ('todo', 'in_progress') AND t.start_date <= ? AND t.user_id = ?"
    " AND p.is_template = 0"
    " ORDER BY t.due_date, t.plan_id, t.position");
const QString streamTasks =
    QStringLiteral("SELECT " HELIOS_TASK_COLUMNS
                   " FROM tasks t WHERE t.user_id = ? ORDER BY t.user_id, t.plan_id");

const QString llmCacheFind = QStringLiteral(
    "SELECT payload, compressed, size_bytes, created_at FROM llm_cache WHERE cache_key = ?");
const QString llmCacheTouch =
    QStringLiteral("UPDATE llm_cache SET last_used_at = ? WHERE cache_key = ?");
const QString llmCacheUpsert = QStringLiteral(
    "INSERT OR REPLACE INTO llm_cache (cache_key, payload, compressed, size_bytes, created_at,"
    " last_used_at) VALUES (?, ?, ?, ?, ?, ?)");
const QString llmCacheDelete = QStringLiteral("DELETE FROM llm_cache WHERE cache_key = ?");
// Walks idx_llm_cache_used from the most recently used row and deletes all past the first N.
const QString llmCacheEvictBeyond =
    QStringLiteral("DELETE FROM llm_cache WHERE cache_key IN (SELECT cache_key FROM llm_cache"
                   " ORDER BY last_used_at DESC LIMIT -1 OFFSET ?)");
// A scan of a table capped at the persistent size; run now and then, not per request.
const QString llmCacheDeleteCreatedBefore =
    QStringLiteral("DELETE FROM llm_cache WHERE created_at < ?");
const QString llmCacheClear = QStringLiteral("DELETE FROM llm_cache");
const QString llmCacheUsage = QStringLiteral("SELECT COUNT(*), COALESCE(SUM(size_bytes), 0), "
                                             "COALESCE(SUM(length(payload)), 0) FROM llm_cache");
const QString insertLlmCall = QStringLiteral(
    "INSERT INTO llm_calls (called_at, provider, model, status, latency_ms, ttft_ms, tokens_in,"
    " tokens_out, cached) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString llmCallTotals = QStringLiteral(
    "SELECT status, COUNT(*), COALESCE(SUM(tokens_in), 0), COALESCE(SUM(tokens_out), 0),"
    " COALESCE(SUM(cached), 0) FROM llm_calls WHERE called_at >= ? AND called_at < ? GROUP BY "
    "status");
const QString llmCallLatencies = QStringLiteral(
    "SELECT latency_ms FROM llm_calls WHERE called_at >= ? AND called_at < ? AND cached = 0");
const QString recentLlmCalls = QStringLiteral(
    "SELECT called_at, provider, model, status, latency_ms, ttft_ms, tokens_in, tokens_out, cached"
    " FROM llm_calls ORDER BY called_at DESC, id DESC LIMIT ?");

#undef HELIOS_TASK_COLUMNS
#undef HELIOS_SUMMARY_COLUMNS
#undef HELIOS_PLAN_COLUMNS

const QList<Statement> &all()
{
    static const QList<Statement> statements{
        {"findUserByEmail", findUserByEmail},
        {"insertUser", insertUser},
        {"insertPlan", insertPlan},
        {"insertTask", insertTask},
        {"insertDependency", insertDependency},
        {"planSummaries", planSummaries},
        {"templateSummaries", templateSummaries},
        {"countTemplates", countTemplates},
        {"planById", planById},
        {"plansOfUser", plansOfUser},
        {"tasksOfPlan", tasksOfPlan},
        {"taskCountOfPlan", taskCountOfPlan},
        {"tasksOfUser", tasksOfUser},
        {"setTaskStatus", setTaskStatus},
        {"setTaskNotes", setTaskNotes},
        {"planOfTask", planOfTask},
        {"setTemplate", setTemplate},
        {"taskStatistics", taskStatistics},
        {"overdueTasks", overdueTasks},
        {"openTasksStartingBy", openTasksStartingBy},
        {"streamTasks", streamTasks},
        {"llmCacheFind", llmCacheFind},
        {"llmCacheTouch", llmCacheTouch},
        {"llmCacheUpsert", llmCacheUpsert},
        {"llmCacheDelete", llmCacheDelete},
        {"llmCacheEvictBeyond", llmCacheEvictBeyond},
        {"llmCacheDeleteCreatedBefore", llmCacheDeleteCreatedBefore},
        {"llmCacheClear", llmCacheClear},
        {"llmCacheUsage", llmCacheUsage},
        {"insertLlmCall", insertLlmCall},
        {"llmCallTotals", llmCallTotals},
        {"llmCallLatencies", llmCallLatencies},
        {"recentLlmCalls", recentLlmCalls},
        {"insertPlanVersion", insertPlanVersion},
        {"planVersionNumber", planVersionNumber},
        {"planVersions", planVersions},
        {"planVersion", planVersion},
        {"planVersionSnapshots", planVersionSnapshots},
        {"insertPlanVersionAsIs", insertPlanVersionAsIs},
        {"deleteTask", deleteTask},
        {"updateTaskRow", updateTaskRow},
        {"deleteDependenciesOfTask", deleteDependenciesOfTask},
        {"deletePlan", deletePlan},
        {"insertTaskWithId", insertTaskWithId},
        {"highestTaskIdOfPlanHistory", highestTaskIdOfPlanHistory},
        {"updatePlanSchedule", updatePlanSchedule},
        {"updatePlanGoal", updatePlanGoal},
        {"amendPlanVersion", amendPlanVersion},
        {"insertJob", insertJob},
        {"updateJob", updateJob},
        {"jobById", jobById},
        {"recentJobs", recentJobs},
        {"jobsWithStatus", jobsWithStatus},
        {"lastChange", lastChange},
        {"changesSince", changesSince},
    };
    return statements;
}

} // namespace helios::sql
