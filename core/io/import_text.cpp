#include "core/io/import_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace helios {

Result<QByteArray> readImportFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::usage(
            QCoreApplication::translate("helios", "There is no file %1.").arg(path));
    if (!info.isFile())
        return Error::usage(QCoreApplication::translate("helios", "%1 is not a file.").arg(path));
    if (info.size() > kMaxImportBytes)
        return Error::usage(
            QCoreApplication::translate("helios",
                                        "%1 is too large to import (%2 MiB; the limit is 16 MiB).")
                .arg(path)
                .arg(static_cast<double>(info.size()) / (1024.0 * 1024.0), 0, 'f', 1));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QCoreApplication::translate("helios", "Cannot read %1: %2.")
                                  .arg(path, file.errorString()));
    // Read at most one byte past the limit: a file that grew since the check is still refused.
    QByteArray bytes = file.read(kMaxImportBytes + 1);
    if (bytes.size() > kMaxImportBytes)
        return Error::usage(QCoreApplication::translate(
                                "helios", "%1 is too large to import (the limit is 16 MiB).")
                                .arg(path));
    if (file.error() != QFileDevice::NoError)
        return Error::storage(QCoreApplication::translate("helios", "Cannot read %1: %2.")
                                  .arg(path, file.errorString()));
    return bytes;
}

namespace {

Result<QString> decodeStrict(QStringConverter::Encoding encoding, QByteArrayView bytes,
                             const QString &name)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    // Qt's UTF-16 decoder lets unpaired surrogates through.
    if (decoder.hasError() || !QStringView(text).isValidUtf16())
        return Error::usage(
            QCoreApplication::translate(
                "helios", "The file is not valid %1 text: save it as UTF-8 and import it again.")
                .arg(name));
    return text;
}

// Control characters other than tab, line feed, carriage return and form feed: binary data.
bool looksBinary(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f')
            ++controls;
    }
    return controls > 0;
}

} // namespace

Result<QString> decodeImportText(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    Result<QString> text = QString();
    if (view.startsWith("\xFF\xFE")) {
        text = decodeStrict(QStringConverter::Utf16LE, view.sliced(2), QStringLiteral("UTF-16"));
    } else if (view.startsWith("\xFE\xFF")) {
        text = decodeStrict(QStringConverter::Utf16BE, view.sliced(2), QStringLiteral("UTF-16"));
    } else {
        if (view.startsWith("\xEF\xBB\xBF"))
            view = view.sliced(3);
        // NUL bytes are valid UTF-8 but never text: catch binary before the encoding sentence.
        if (view.contains('\0'))
            return Error::usage(QCoreApplication::translate(
                "helios", "The file holds binary data, not text: it cannot be imported."));
        text = decodeStrict(QStringConverter::Utf8, view, QStringLiteral("UTF-8"));
    }
    if (!text)
        return text;
    if (looksBinary(*text))
        return Error::usage(QCoreApplication::translate(
            "helios", "The file holds binary data, not text: it cannot be imported."));
    QString normalised = std::move(*text);
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return normalised;
}

} // namespace helios
