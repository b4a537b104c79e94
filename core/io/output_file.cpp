#include "core/io/output_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace helios {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

#ifdef Q_OS_UNIX
// The descriptor a path names directly: /dev/stdout, /dev/stderr, /dev/stdin, /dev/fd/N,
// /proc/self/fd/N, /proc/<this process>/fd/N; -1 for any other path.
int descriptorNamed(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    if (clean == QLatin1String("/dev/stdout"))
        return 1;
    if (clean == QLatin1String("/dev/stderr"))
        return 2;
    if (clean == QLatin1String("/dev/stdin"))
        return 0;
    static const QRegularExpression fdPath(
        QStringLiteral("^(?:/dev/fd|/proc/self/fd|/proc/(\\d+)/fd)/(\\d+)$"));
    const QRegularExpressionMatch m = fdPath.match(clean);
    if (!m.hasMatch())
        return -1;
    if (!m.captured(1).isEmpty() && m.captured(1).toLongLong() != qint64(::getpid()))
        return -1;
    bool ok = false;
    const int fd = m.captured(2).toInt(&ok);
    return ok ? fd : -1;
}

// Where a path leads: the descriptor it names on the way (-1 if none) and the final path after
// following symbolic links (at most 40, as the kernel does).
struct Resolved
{
    int descriptor = -1;
    QString path;
    bool loop = false;
};

Resolved resolve(const QString &start)
{
    Resolved out;
    QString path = QFileInfo(start).absoluteFilePath();
    for (int hop = 0; hop < 40; ++hop) {
        if (const int fd = descriptorNamed(path); fd >= 0) {
            out.descriptor = fd;
            out.path = path;
            return out;
        }
        const QFileInfo info(path);
        if (!info.isSymLink()) {
            out.path = path;
            return out;
        }
        const QString target = info.symLinkTarget(); // absolute, one level
        if (target.isEmpty()) {
            out.path = path;
            return out;
        }
        path = target;
    }
    out.loop = true;
    out.path = path;
    return out;
}
#endif

} // namespace

OutputFile::OutputFile(QString path) : m_path(std::move(path)) {}

OutputFile::~OutputFile()
{
    cancel();
}

bool OutputFile::open()
{
    const QString cannot = QCoreApplication::translate("helios", "Cannot write %1: %2.");
#ifdef Q_OS_UNIX
    const Resolved resolved = resolve(m_path);
    if (resolved.loop) {
        m_error = cannot.arg(native(m_path),
                             QCoreApplication::translate("helios", "too many symbolic links"));
        return false;
    }
    if (resolved.descriptor >= 0) {
        // The process's own descriptor: written in place, whatever it is (a terminal, a pipe, a
        // file the shell opened).
        if (::fcntl(resolved.descriptor, F_GETFD) < 0) {
            m_error =
                cannot.arg(native(m_path),
                           QCoreApplication::translate("helios", "that descriptor is not open"));
            return false;
        }
        m_through = std::make_unique<QFile>();
        if (!m_through->open(resolved.descriptor, QIODevice::WriteOnly,
                             QFileDevice::DontCloseHandle)) {
            m_error = cannot.arg(native(m_path), m_through->errorString());
            m_through.reset();
            return false;
        }
        return true;
    }
    struct stat st = {};
    const QByteArray target = QFile::encodeName(resolved.path);
    if (::stat(target.constData(), &st) == 0 && !S_ISREG(st.st_mode)) {
        if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode)) {
            m_error = QCoreApplication::translate(
                          "helios", "Cannot write %1: it is not a file (a folder, a socket or a "
                                    "disk); Helios writes to files, character devices and pipes.")
                          .arg(native(m_path));
            return false;
        }
        // A device or a pipe is written through, never replaced: opened without O_CREAT and
        // O_TRUNC, and checked to be what it was.
        const int fd = ::open(target.constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        struct stat opened = {};
        if (fd < 0 || ::fstat(fd, &opened) != 0 ||
            !(S_ISCHR(opened.st_mode) || S_ISFIFO(opened.st_mode))) {
            m_error = cannot.arg(native(m_path), QString::fromLocal8Bit(std::strerror(errno)));
            if (fd >= 0)
                ::close(fd);
            return false;
        }
        m_through = std::make_unique<QFile>();
        if (!m_through->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
            m_error = cannot.arg(native(m_path), m_through->errorString());
            ::close(fd);
            m_through.reset();
            return false;
        }
        return true;
    }
    // A new or regular file: replaced only once complete; a link keeps pointing at it.
    m_atomic = std::make_unique<QSaveFile>(resolved.path);
#else
    m_atomic = std::make_unique<QSaveFile>(m_path);
#endif
    if (!m_atomic->open(QIODevice::WriteOnly)) {
        m_error = cannot.arg(native(m_path), m_atomic->errorString());
        m_atomic.reset();
        return false;
    }
    return true;
}

QIODevice &OutputFile::device()
{
    if (m_through)
        return *m_through;
    return *m_atomic;
}

bool OutputFile::commit()
{
    const QString cannot = QCoreApplication::translate("helios", "Cannot write %1: %2.");
    if (m_through) {
        const bool flushed = m_through->flush() && m_through->error() == QFileDevice::NoError;
        if (!flushed)
            m_error = cannot.arg(native(m_path), m_through->errorString());
        m_through->close();
        m_through.reset();
        return flushed;
    }
    if (!m_atomic)
        return false;
    const bool committed = m_atomic->commit();
    if (!committed)
        m_error = cannot.arg(native(m_path), m_atomic->errorString());
    m_atomic.reset();
    return committed;
}

void OutputFile::cancel()
{
    if (m_atomic) {
        m_atomic->cancelWriting();
        m_atomic.reset();
    }
    if (m_through) {
        m_through->close();
        m_through.reset();
    }
}

} // namespace helios
