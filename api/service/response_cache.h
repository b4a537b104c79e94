#pragma once

#include "api/http/http_message.h"

#include <QElapsedTimer>
#include <QHash>

#include <optional>

namespace helios::api {

// Whole responses kept ready to send, keyed by path and query: the JSON, its gzip and its ETag,
// each made once. An entry lives ttlMs at most and all of them go when what they show changes
// (clear()). At most maxEntries are kept (the oldest go first). One thread.
class ResponseCache
{
public:
    struct Entry
    {
        QByteArray body;
        QByteArray gzipped; // empty when the body is below the gzip threshold
        QByteArray etag;    // a strong validator: "\"<hash of the body>\""
        qint64 storedAt = 0;
    };

    ResponseCache(int ttlMs, int maxEntries);

    std::optional<Entry> find(const QByteArray &key);
    // Makes the entry (gzip and ETag) and keeps it; returns it.
    Entry put(const QByteArray &key, QByteArray body);
    void clear();
    quint64 generation() const { return m_generation; } // grows with every clear()

    // The answer to a request for this entry: 304 when If-None-Match names its ETag.
    static HttpResponse respond(const Entry &entry, const HttpRequest &request);
    static QByteArray etagOf(QByteArrayView body);
    // An entry for body (gzip and ETag made) that is kept nowhere.
    static Entry make(QByteArray body);

private:
    int m_ttlMs;
    int m_maxEntries;
    QElapsedTimer m_clock;
    QHash<QByteArray, Entry> m_entries;
    quint64 m_generation = 0;
};

} // namespace helios::api
