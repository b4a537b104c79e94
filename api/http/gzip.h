#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace helios::api {

// Responses of at least this many bytes are compressed for a client that accepts gzip; smaller
// ones never are (the header and the CPU cost more than they save).
inline constexpr qsizetype kGzipMinimumBytes = 1000;

// gzip (RFC 1952) with zlib at a fast level: what "Content-Encoding: gzip" means (qCompress
// writes zlib with a length prefix, which no HTTP client accepts).
QByteArray gzipCompress(QByteArrayView data);

} // namespace helios::api
