#include "core/io/output_file.h"
#include "tests/support/test_main.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QTemporaryDir>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

using namespace helios;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeWhole(const QString &path, const QByteArray &bytes, QString *error = nullptr)
{
    OutputFile out(path);
    if (!out.open()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    out.device().write(bytes);
    const bool committed = out.commit();
    if (!committed && error)
        *error = out.errorString();
    return committed;
}

} // namespace

class TestOutputFile : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldReplaceARegularFileOnlyWhenComplete()
    {
        // GIVEN an existing file
        const QString path = m_dir->filePath(QStringLiteral("plan.md"));
        QVERIFY(writeWhole(path, "old\n"));
        // WHEN a new version is written but not committed
        {
            OutputFile out(path);
            QVERIFY(out.open());
            QVERIFY(!out.writesThrough());
            out.device().write("half");
        }
        // THEN the old one is still there; once committed, the new one is
        QCOMPARE(fileBytes(path), QByteArray("old\n"));
        QVERIFY(writeWhole(path, "new\n"));
        QCOMPARE(fileBytes(path), QByteArray("new\n"));
    }

    void shouldReplaceTheFileALinkNamesAndKeepTheLink()
    {
        const QString real = m_dir->filePath(QStringLiteral("real.md"));
        const QString link = m_dir->filePath(QStringLiteral("link.md"));
        QVERIFY(writeWhole(real, "old\n"));
        QVERIFY(QFile::link(real, link));
        QVERIFY(writeWhole(link, "new\n"));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(fileBytes(real), QByteArray("new\n"));
    }

    void shouldWriteThroughANamedPipe()
    {
        // GIVEN a named pipe with a reader
        const QString fifo = m_dir->filePath(QStringLiteral("pipe"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        // (a writing end of its own, so that the reader never waits for a writer that never comes)
        const int keeper = ::open(QFile::encodeName(fifo).constData(), O_RDWR | O_NONBLOCK);
        QVERIFY(keeper >= 0);
        QByteArray read;
        QSemaphore readerOpen;
        std::thread reader([&] {
            QFile pipe(fifo);
            const bool open = pipe.open(QIODevice::ReadOnly);
            readerOpen.release();
            if (open)
                read = pipe.readAll();
        });
        readerOpen.acquire(); // reading before anything is written
        // WHEN it is written to
        OutputFile out(fifo);
        const bool opened = out.open();
        bool committed = false;
        if (opened) {
            out.device().write("through the pipe\n");
            committed = out.writesThrough() && out.commit();
        }
        ::close(keeper);
        reader.join();
        QVERIFY(committed);
        // THEN the reader got it and the pipe is still a pipe
        QVERIFY2(opened, qPrintable(out.errorString()));
        QCOMPARE(read, QByteArray("through the pipe\n"));
        QVERIFY(!QFileInfo(fifo).isFile());
    }

    void shouldWriteThroughTheProcessesOwnDescriptor()
    {
        // GIVEN a descriptor of this process open on a file, named as /proc/self/fd/N
        const QString target = m_dir->filePath(QStringLiteral("redirected.txt"));
        const int fd =
            ::open(QFile::encodeName(target).constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        QVERIFY(fd >= 0);
        QVERIFY(::write(fd, "before\n", 7) == 7);
        // WHEN it is written to by that name
        QVERIFY(writeWhole(QStringLiteral("/proc/self/fd/%1").arg(fd), "after\n"));
        ::close(fd);
        // THEN the bytes went through the descriptor (appended), the file was not replaced
        QCOMPARE(fileBytes(target), QByteArray("before\nafter\n"));
    }

    void shouldRefuseAFolder()
    {
        QString error;
        QVERIFY(!writeWhole(m_dir->path(), "x", &error));
        QVERIFY2(error.contains(QLatin1String("not a file")), qPrintable(error));
        QVERIFY(QFileInfo(m_dir->path()).isDir());
    }

    void shouldReportAFullDeviceAndLeaveIt()
    {
        // GIVEN /dev/full, where every write fails for want of space
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full here");
        struct stat before = {};
        QVERIFY(::stat("/dev/full", &before) == 0 && S_ISCHR(before.st_mode));
        // WHEN something is written to it
        QString error;
        QVERIFY(!writeWhole(QStringLiteral("/dev/full"), QByteArray(64 * 1024, 'x'), &error));
        // THEN it fails saying why, and /dev/full is still the device it was
        QVERIFY2(error.contains(QLatin1String("No space left")), qPrintable(error));
        struct stat after = {};
        QVERIFY(::stat("/dev/full", &after) == 0 && S_ISCHR(after.st_mode));
        QCOMPARE(after.st_rdev, before.st_rdev);
    }
};

HELIOS_TEST_MAIN(TestOutputFile)
#include "tst_output_file.moc"
