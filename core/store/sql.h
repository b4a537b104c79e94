#pragma once

#include <QList>
#include <QString>

// Every SQL statement the repositories prepare, in one place, so that a test can run
// EXPLAIN QUERY PLAN on each of them and fail on a full table scan.
namespace helios::sql {

struct Statement
{
    const char *name;
    QString text;
};

extern const QString findUserByEmail;
extern const QString insertUser;
extern const QString insertPlan;
extern const QString insertTask;
extern const QString insertDependency;
extern const QString planSummaries;
extern const QString templateSummaries;
extern const QString countTemplates;
extern const QString planById;
extern const QString plansOfUser;
extern const QString tasksOfPlan;
extern const QString taskCountOfPlan;
extern const QString tasksOfUser;
extern const QString setTaskStatus;
extern const QString setTaskNotes;
extern const QString planOfTask;
extern const QString setTemplate;
extern const QString taskStatistics;
extern const QString overdueTasks;
extern const QString openTasksStartingBy;
extern const QString streamTasks;
// LLM response cache and call log (LlmCacheRepository, LlmCallRepository)
extern const QString llmCacheFind;
extern const QString llmCacheTouch;
extern const QString llmCacheUpsert;
extern const QString llmCacheDelete;
extern const QString llmCacheEvictBeyond;
extern const QString llmCacheDeleteCreatedBefore;
extern const QString llmCacheClear;
extern const QString llmCacheUsage;
extern const QString insertLlmCall;
extern const QString llmCallTotals;
extern const QString llmCallLatencies;
extern const QString recentLlmCalls;

const QList<Statement> &all();

} // namespace helios::sql
