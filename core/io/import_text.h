#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QString>

namespace helios {

// Imports refuse files above this size before reading them.
inline constexpr qint64 kMaxImportBytes = qint64(16) * 1024 * 1024;

// Reads a file for import: refuses it whole when it is missing, not a regular file or larger
// than kMaxImportBytes (checked before anything is read).
Result<QByteArray> readImportFile(const QString &path);

// The bytes of an import as text with LF line ends. UTF-8 with or without a BOM; UTF-16 with a
// BOM is decoded. Invalid UTF-8 (Latin-1 and other legacy encodings) and binary data (NUL and
// other control bytes) are refused with one sentence. Usage errors.
Result<QString> decodeImportText(const QByteArray &bytes);

} // namespace helios
