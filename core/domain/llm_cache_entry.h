#pragma once

#include <QByteArray>
#include <QDateTime>

namespace helios {

// One stored answer of the persistent LLM response cache, payload as it was put.
struct LlmCacheRow
{
    QByteArray payload;
    QDateTime createdAt;
};

// How much the persistent LLM response cache holds.
struct LlmCacheUsage
{
    qint64 entries = 0;
    qint64 payloadBytes = 0; // as put
    qint64 storedBytes = 0;  // as kept, after any compression
};

} // namespace helios
