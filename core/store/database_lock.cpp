#include "core/store/database_lock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <map>
#include <mutex>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace helios {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

// One open lock file of this process and the flock it holds. Every DatabaseUse of the same file
// in this process shares it, so that the process's uses never wait for each other.
class DatabaseUseLock
{
public:
    using Key = std::pair<quint64, quint64>; // device and inode of the lock file

    DatabaseUseLock(int fd, Key key) : m_fd(fd), m_key(key) {}
    ~DatabaseUseLock();

    int fd() const { return m_fd; }

    std::recursive_mutex mutex; // held while the flock changes; recursive: a restore's own
                                // steps (a migration) join the use it holds exclusively
    bool shared = false;        // the flock is shared
    bool exclusive = false;     // the flock is exclusive (a restore is swapping the file)

private:
    int m_fd;
    Key m_key;
};

namespace {

std::mutex &registryMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::map<DatabaseUseLock::Key, std::weak_ptr<DatabaseUseLock>> &registry()
{
    static std::map<DatabaseUseLock::Key, std::weak_ptr<DatabaseUseLock>> locks;
    return locks;
}

#ifdef Q_OS_UNIX
// This process's lock object for the lock file, made (and its file created) if needed. Null
// when the file cannot be made or opened: then there is nothing to coordinate with.
std::shared_ptr<DatabaseUseLock> lockObjectFor(const QString &lockPath)
{
    const QByteArray path = QFile::encodeName(lockPath);
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return nullptr;
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return nullptr;
    }
    const DatabaseUseLock::Key key{quint64(st.st_dev), quint64(st.st_ino)};
    std::shared_ptr<DatabaseUseLock> existing;
    {
        const std::lock_guard guard(registryMutex());
        auto &slot = registry()[key];
        existing = slot.lock();
        if (!existing) {
            existing = std::make_shared<DatabaseUseLock>(fd, key);
            slot = existing;
            return existing;
        }
    }
    ::close(fd); // the process has it open already
    return existing;
}

// flock(operation) without blocking, tried again until it works or `patience` runs out.
bool flockWithin(int fd, int operation, std::chrono::milliseconds patience)
{
    const QDeadlineTimer deadline(patience);
    for (;;) {
        if (::flock(fd, operation | LOCK_NB) == 0)
            return true;
        if (errno != EWOULDBLOCK && errno != EINTR)
            return false;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
}
#endif

} // namespace

DatabaseUseLock::~DatabaseUseLock()
{
#ifdef Q_OS_UNIX
    {
        const std::lock_guard guard(registryMutex());
        const auto it = registry().find(m_key);
        if (it != registry().end() && it->second.expired())
            registry().erase(it);
    }
    ::close(m_fd); // releases the flock
#endif
}

DatabaseUse::DatabaseUse(std::shared_ptr<DatabaseUseLock> lock) : m_lock(std::move(lock)) {}

DatabaseUse::~DatabaseUse() = default;

QString databaseFileBehind(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    if (!info.isSymLink())
        return databasePath;
    const QString target = info.canonicalFilePath();
    if (!target.isEmpty())
        return target;
    // A link to a file not made yet: the file it names.
    return QDir::cleanPath(info.absoluteDir().absoluteFilePath(info.symLinkTarget()));
}

QString DatabaseUse::lockPathFor(const QString &databasePath)
{
    return databaseFileBehind(databasePath) + QStringLiteral(".lock");
}

Result<std::shared_ptr<DatabaseUse>> DatabaseUse::share(const QString &databasePath,
                                                        std::chrono::milliseconds patience)
{
#ifdef Q_OS_UNIX
    std::shared_ptr<DatabaseUseLock> lock = lockObjectFor(lockPathFor(databasePath));
    if (!lock)
        return std::shared_ptr<DatabaseUse>(new DatabaseUse(nullptr));
    {
        const std::lock_guard guard(lock->mutex);
        if (!lock->shared && !lock->exclusive) {
            if (!flockWithin(lock->fd(), LOCK_SH, patience))
                return Error::storage(
                    QCoreApplication::translate("helios", "Another Helios is restoring a backup "
                                                          "into %1; try again in a moment.")
                        .arg(native(databasePath)));
            lock->shared = true;
        }
    }
    return std::shared_ptr<DatabaseUse>(new DatabaseUse(std::move(lock)));
#else
    Q_UNUSED(patience)
    Q_UNUSED(databasePath)
    return std::shared_ptr<DatabaseUse>(new DatabaseUse(nullptr));
#endif
}

Status DatabaseUse::exclusively(const QString &databasePath, const std::function<Status()> &swap,
                                std::chrono::milliseconds patience)
{
#ifdef Q_OS_UNIX
    std::shared_ptr<DatabaseUseLock> lock = lockObjectFor(lockPathFor(databasePath));
    if (!lock)
        return swap(); // no lock file can be made there: nothing else can use it either
    const std::lock_guard guard(lock->mutex);
    if (lock->exclusive)
        return swap(); // already held by this thread's restore
    // Converting a shared flock drops it first; a refused conversion has to take it again.
    if (!flockWithin(lock->fd(), LOCK_EX, patience)) {
        if (lock->shared && !flockWithin(lock->fd(), LOCK_SH, std::chrono::seconds(60)))
            lock->shared = false;
        return Error::storage(
            QCoreApplication::translate(
                "helios", "Another Helios program is using %1 (the window, or a command still "
                          "running); close it and try again. Nothing was changed.")
                .arg(native(databasePath)));
    }
    lock->exclusive = true;
    const Status result = swap();
    lock->exclusive = false;
    // Other uses in this process (use_count counts `lock` too) keep a shared hold.
    if (lock.use_count() > 1 || lock->shared) {
        lock->shared = ::flock(lock->fd(), LOCK_SH | LOCK_NB) == 0;
    } else {
        ::flock(lock->fd(), LOCK_UN);
    }
    return result;
#else
    Q_UNUSED(patience)
    Q_UNUSED(databasePath)
    return swap();
#endif
}

} // namespace helios
