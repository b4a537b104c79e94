#include "api/service/response_cache.h"

#include "api/http/gzip.h"

#include <QCryptographicHash>

namespace helios::api {

ResponseCache::ResponseCache(int ttlMs, int maxEntries) : m_ttlMs(ttlMs), m_maxEntries(maxEntries)
{
    m_clock.start();
}

std::optional<ResponseCache::Entry> ResponseCache::find(const QByteArray &key)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    if (m_clock.elapsed() - it->storedAt > m_ttlMs) {
        m_entries.erase(it);
        return std::nullopt;
    }
    return *it;
}

ResponseCache::Entry ResponseCache::make(QByteArray body)
{
    Entry entry;
    entry.etag = etagOf(body);
    if (body.size() >= kGzipMinimumBytes)
        entry.gzipped = gzipCompress(body);
    entry.body = std::move(body);
    return entry;
}

ResponseCache::Entry ResponseCache::put(const QByteArray &key, QByteArray body)
{
    Entry entry = make(std::move(body));
    entry.storedAt = m_clock.elapsed();
    if (m_entries.size() >= m_maxEntries && !m_entries.contains(key)) {
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->storedAt < oldest->storedAt)
                oldest = it;
        }
        m_entries.erase(oldest);
    }
    m_entries.insert(key, entry);
    return entry;
}

void ResponseCache::clear()
{
    m_entries.clear();
    ++m_generation;
}

QByteArray ResponseCache::etagOf(QByteArrayView body)
{
    const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Sha1).toHex();
    return '"' + hash.left(20) + '"';
}

HttpResponse ResponseCache::respond(const Entry &entry, const HttpRequest &request)
{
    HttpResponse response;
    response.addHeader("ETag", entry.etag);
    response.addHeader("Cache-Control", "private, max-age=0, must-revalidate");
    const QByteArray match = request.header("if-none-match");
    if (!match.isEmpty()) {
        for (const QByteArrayView candidate : splitView(match, ',')) {
            QByteArrayView tag = candidate.trimmed();
            if (tag.startsWith("W/"))
                tag = tag.sliced(2);
            if (tag == entry.etag || tag == "*") {
                response.status = 304;
                return response;
            }
        }
    }
    response.body = entry.body;
    response.gzippedBody = entry.gzipped;
    return response;
}

} // namespace helios::api
