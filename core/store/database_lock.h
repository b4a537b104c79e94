#pragma once

#include "core/domain/result.h"

#include <QString>

#include <chrono>
#include <functional>
#include <memory>

// How Helios processes that use the same database keep out of each other's way when one of them
// swaps the file (a restore): every process that has the database open holds a shared lock
// (flock) on "<database>.lock" beside it; a restore swaps the file only while it holds that lock
// exclusively. So no process ever writes into a file that is no longer the database: the
// restore is refused while another process has the database open, and a process that starts
// during a swap waits for it. Within one process all uses share one lock (a restore in the
// window does not wait for the window). Internal to core/store.
namespace helios {

class DatabaseUseLock;

// This process's hold on a database: shared while any DatabaseUse of the same file lives.
class DatabaseUse
{
public:
    // Takes (or joins) this process's shared hold on the database at `databasePath`, waiting up
    // to `patience` while another process restores a backup into it. When the lock file cannot
    // be made (a read-only folder) the use is granted without one: nothing there can be swapped.
    static Result<std::shared_ptr<DatabaseUse>>
    share(const QString &databasePath,
          std::chrono::milliseconds patience = std::chrono::seconds(30));

    // Runs `swap` while no other process uses the database at `databasePath` (this process's own
    // uses do not count). Waits up to `patience` for others to finish, then refuses with one
    // sentence and does not run `swap`.
    static Status exclusively(const QString &databasePath, const std::function<Status()> &swap,
                              std::chrono::milliseconds patience = std::chrono::seconds(3));

    // The lock file for a database: beside the file it is (a symbolic link's target).
    static QString lockPathFor(const QString &databasePath);

    ~DatabaseUse();
    DatabaseUse(const DatabaseUse &) = delete;
    DatabaseUse &operator=(const DatabaseUse &) = delete;

private:
    explicit DatabaseUse(std::shared_ptr<DatabaseUseLock> lock);
    std::shared_ptr<DatabaseUseLock> m_lock;
};

// The file a database path names: a symbolic link's target (restores and companions go beside
// it, as SQLite's -wal and -shm do), or the path itself.
QString databaseFileBehind(const QString &databasePath);

} // namespace helios
