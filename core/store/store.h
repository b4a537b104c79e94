#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"

#include <QString>
#include <QThreadPool>

#include <qcoro/qcorotask.h>

#include <memory>

namespace helios {

class Database;

// The asynchronous face of the store: every call runs its SQL on a bounded pool of worker
// threads (each with its own connection) and comes back to the calling coroutine. The GUI
// thread never runs SQL.
class Store
{
public:
    explicit Store(const QString &databasePath, int workerThreads = 2);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const;

    // Creates the file if needed, brings the schema up to date and makes sure the local
    // profile exists. Call once before anything else.
    QCoro::Task<Status> open();

    // Saves a plan and all its tasks in one transaction; returns it with ids filled in.
    QCoro::Task<Result<Plan>> savePlan(Plan plan);
    QCoro::Task<Result<QList<PlanSummary>>> plans();
    QCoro::Task<Result<Plan>> plan(qint64 planId);
    QCoro::Task<Result<Task>> setTaskStatus(qint64 taskId, TaskStatus status);

private:
    std::unique_ptr<Database> m_database;
    QThreadPool m_pool;
    qint64 m_userId = 0;
};

// Where the database lives: the override (from --db) if given, else $HELIOS_DB, else
// helios.db in QStandardPaths::AppDataLocation.
QString resolveDatabasePath(const QString &override);

} // namespace helios
