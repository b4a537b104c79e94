#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace helios::test {

// gzip (RFC 1952) with zlib; qCompress writes zlib format with a Qt length prefix, which no HTTP
// client accepts as Content-Encoding: gzip.
QByteArray gzipCompress(QByteArrayView data);
// nullopt when data is not one complete gzip member.
std::optional<QByteArray> gzipDecompress(QByteArrayView data);

} // namespace helios::test
