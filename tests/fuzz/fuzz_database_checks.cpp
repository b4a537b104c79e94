// libFuzzer target: the checks Helios runs on a database file before it uses it
// (core/store/database_checks: whose file it is, its schema objects against the ones Helios's
// migrations make, quick_check), as Database::prepare, restores and `db check` run them. Any file
// is accepted or refused with one sentence, read-only: its bytes never change.

#include "core/store/database_checks.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

QTemporaryDir *folder = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt's SQL plugins are found through the application.
    new QCoreApplication(*argc, *argv);
    folder = new QTemporaryDir;
    return folder->isValid() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = folder->filePath(QStringLiteral("fuzz.db"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(bytes) != bytes.size())
            std::abort();
    }
    const helios::Result<helios::DatabaseIdentity> checked = helios::checkDatabaseFile(path);
    if (!checked && checked.error().message.isEmpty())
        std::abort();
    // Read-only: the file is as it was.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
        std::abort();
    return 0;
}
