#include "core/store/store.h"

#include "core/store/database.h"
#include "core/store/plan_repository.h"

#include <QDir>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace helios {

namespace {

// Runs fn(repository) on a worker of `pool` with that thread's connection and brings the
// result back to the awaiting coroutine.
template <typename Fn>
auto onWorker(QThreadPool &pool, Database &database, Fn fn)
    -> QCoro::Task<decltype(fn(std::declval<PlanRepository &>()))>
{
    using R = decltype(fn(std::declval<PlanRepository &>()));
    auto job = [&database, fn = std::move(fn)]() -> R {
        Result<QSqlDatabase> db = database.connection();
        if (!db)
            return db.error();
        PlanRepository repository(*db);
        return fn(repository);
    };
    QFuture<R> future = QtConcurrent::run(&pool, std::move(job));
    R result = co_await future;
    co_return result;
}

} // namespace

QString resolveDatabasePath(const QString &override)
{
    if (!override.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(override));
    const QString fromEnv = qEnvironmentVariable("HELIOS_DB");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnv));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/helios.db");
}

Store::Store(const QString &databasePath, int workerThreads)
    : m_database(std::make_unique<Database>(databasePath))
{
    m_pool.setMaxThreadCount(std::max(1, workerThreads));
    m_pool.setExpiryTimeout(-1); // keep workers, and so their connections, alive
}

Store::~Store()
{
    m_pool.waitForDone();
}

const QString &Store::path() const
{
    return m_database->path();
}

QCoro::Task<Status> Store::open()
{
    Database &database = *m_database;
    auto job = [&database]() -> Result<qint64> {
        if (Status prepared = database.prepare(); !prepared)
            return prepared.error();
        Result<QSqlDatabase> db = database.connection();
        if (!db)
            return db.error();
        return PlanRepository(*db).ensureLocalUser();
    };
    QFuture<Result<qint64>> future = QtConcurrent::run(&m_pool, std::move(job));
    Result<qint64> user = co_await future;
    if (!user)
        co_return user.error();
    m_userId = *user;
    co_return Ok{};
}

// These forward to onWorker without being coroutines themselves: GCC 12 destroys some
// temporaries of a co_await expression twice, so captured values are kept out of them.
QCoro::Task<Result<Plan>> Store::savePlan(Plan plan)
{
    return onWorker(m_pool, *m_database, [plan = std::move(plan), userId = m_userId](PlanRepository &repo) {
        return repo.insertPlan(plan, userId);
    });
}

QCoro::Task<Result<QList<PlanSummary>>> Store::plans()
{
    return onWorker(m_pool, *m_database,
                    [userId = m_userId](PlanRepository &repo) { return repo.planSummaries(userId); });
}

QCoro::Task<Result<Plan>> Store::plan(qint64 planId)
{
    return onWorker(m_pool, *m_database, [planId](PlanRepository &repo) { return repo.plan(planId); });
}

QCoro::Task<Result<Task>> Store::setTaskStatus(qint64 taskId, TaskStatus status)
{
    return onWorker(m_pool, *m_database, [taskId, status](PlanRepository &repo) {
        return repo.setTaskStatus(taskId, status);
    });
}

} // namespace helios
