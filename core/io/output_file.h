#pragma once

#include <QIODevice>
#include <QString>

#include <memory>

class QFile;
class QSaveFile;

namespace helios {

// A file Helios writes for the person (an export, the metrics), opened so that it never replaces
// what is not a regular file:
// - a new file, or a regular one (through symbolic links: the file they name, the link stays):
//   written to a temporary file beside it that replaces it only once complete (commit());
// - /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N (or a link to one): written through that
//   open descriptor, so a redirection or a pipe gets the bytes in place;
// - a character device or a named pipe: written through, never replaced;
// - anything else (a folder, a socket, a block device): refused by open() with one sentence.
class OutputFile
{
public:
    explicit OutputFile(QString path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // False with errorString() set when the file cannot be written.
    bool open();
    QIODevice &device();
    // Puts a temporary file in place, or flushes what is written through. False with
    // errorString() set when that fails (a full disk, /dev/full).
    bool commit();
    // Drops what was written to a temporary file; the target stays as it was.
    void cancel();
    QString errorString() const { return m_error; }
    bool writesThrough() const { return m_through != nullptr; }

private:
    QString m_path;
    QString m_error;
    std::unique_ptr<QSaveFile> m_atomic;
    std::unique_ptr<QFile> m_through;
};

} // namespace helios
