#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <utility>

namespace helios::test {

// One request as the test LLM server read it off the wire.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // as sent, with any query
    QByteArray path;   // without the query
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;      // de-chunked when it came chunked
    qint64 arrivalMs = 0; // when it had fully arrived, ms since the server started (monotonic)
    int connection = 0;   // which connection brought it: 1, 2, ... in order of acceptance

    // The first header of that name, case-insensitively; empty when absent.
    QByteArray header(QByteArrayView name) const;
    // The body as a JSON object; empty when it is not one.
    QJsonObject json() const;
};

} // namespace helios::test

Q_DECLARE_METATYPE(helios::test::RecordedRequest)
