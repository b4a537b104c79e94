// The Store's backup calls: the daily backup, listing backups and restoring one. Whole-file work
// runs on the store's background thread, never on a worker that store calls wait for.

#include "core/store/backup.h"
#include "core/store/backup_operations.h"
#include "core/store/database.h"
#include "core/store/query_cache.h"
#include "core/store/store.h"

#include <QDir>
#include <QSemaphore>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

#include <memory>

namespace helios {

namespace {

// Runs fn while every worker of `pool` is held and has closed its connection to `database`:
// one job per worker, each closes its thread's connection and then waits for fn to finish, so
// that no SQL runs and no connection is open while fn swaps the file. Call it from a thread
// outside `pool`.
template <typename R>
R withWorkersClosed(QThreadPool &pool, Database &database, std::function<R()> fn)
{
    const int workers = pool.maxThreadCount();
    // Shared: a worker may still be leaving acquire() when this function returns.
    auto closed = std::make_shared<QSemaphore>(0);
    auto resume = std::make_shared<QSemaphore>(0);
    for (int i = 0; i < workers; ++i) {
        pool.start([&database, closed, resume]() {
            database.closeConnection();
            closed->release();
            // Holding this thread makes the next job run on another one.
            resume->acquire();
        });
    }
    closed->acquire(workers);
    R result = fn();
    resume->release(workers);
    return result;
}

} // namespace

void Store::startDailyBackup()
{
    m_background.start([path = m_database->path(), now = m_clock()]() {
        const Result<QString> written = writeDailyBackupIfDue(path, now);
        if (!written)
            qWarning("The daily backup failed: %s", qPrintable(written.error().message));
        else if (!written->isEmpty())
            qInfo("Daily backup written to %s", qPrintable(QDir::toNativeSeparators(*written)));
    });
}

QCoro::Task<Result<QList<BackupInfo>>> Store::backups()
{
    QFuture<QList<BackupInfo>> future = QtConcurrent::run(
        &m_background, [path = m_database->path()]() { return listAllBackups(path); });
    QList<BackupInfo> list = co_await future;
    co_return list;
}

QCoro::Task<Result<RestoreOutcome>> Store::restore(QString backupFile)
{
    QThreadPool &pool = m_pool;
    Database &database = *m_database;
    auto swap = [&pool, &database, backupFile, now = m_clock()]() {
        return withWorkersClosed<Result<RestoreOutcome>>(
            pool, database, [&]() { return restoreBackup(database.path(), backupFile, now); });
    };
    QFuture<Result<RestoreOutcome>> future = QtConcurrent::run(&m_background, std::move(swap));
    Result<RestoreOutcome> outcome = co_await future;
    if (!outcome)
        co_return outcome;
    qInfo("Restored %s; the replaced database is kept at %s",
          qPrintable(QDir::toNativeSeparators(outcome->restoredFrom)),
          qPrintable(QDir::toNativeSeparators(outcome->replacedKeptAt)));
    // Nothing read from the replaced file may be served again.
    m_cache->clear();
    QCoro::Task<Status> opening = open();
    Status opened = co_await std::move(opening);
    if (!opened)
        co_return opened.error();
    co_return outcome;
}

} // namespace helios
