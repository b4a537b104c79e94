#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace helios::test {

// What the test LLM server answers to one request. The defaults give a well-formed answer in the
// dialect of the request's path; each field changes one thing.
struct ScriptedReply
{
    // Only a request to this path takes the reply; empty: the next chat request
    // (/v1/chat/completions or /api/chat) does.
    QString path;
    // Only a request whose body contains this text takes the reply (e.g. a marker in the system
    // prompt, so that concurrent requests of different agents get their own answers); empty: any.
    QByteArray bodyContains;

    int status = 200;
    // Extra headers, e.g. {"Retry-After", "2"}; one named like a generated header replaces it.
    QList<std::pair<QByteArray, QByteArray>> headers;

    QString content = QStringLiteral("Hello from the Helios test server.");
    // Stream pieces; empty: the content split after each space.
    QStringList pieces;
    // When > 0 the content is this many bytes of filler text instead (huge bodies); past 16 Ki
    // characters it is streamed in pieces of that size, not word by word.
    qint64 contentBytes = 0;
    QString finishReason = QStringLiteral("stop");

    // When set the reply is an error in the request's dialect: a plain reply gets the dialect's
    // error body (with whatever status), a stream sends errorAfterPieces pieces and then an
    // error event in the middle of its 200 response.
    QString errorMessage;
    int errorAfterPieces = 1;
    // An error that repeats the key the request was sent with, as some OpenAI-compatible proxies
    // do: "Incorrect API key provided: <the Bearer token>." (with status, 401 for instance).
    bool echoKey = false;

    // Sent as the body instead of a generated one (malformed JSON, an HTML error page, ...).
    QByteArray rawBody;
    // Sent as a stream instead of generated events: one HTTP chunk each, chunkDelayMs apart.
    QList<QByteArray> rawChunks;

    int delayMs = 0;      // before the status line
    int chunkDelayMs = 0; // before each later piece of the response (slow drip)
    // Close the connection once this many bytes of the response (status line included) are out;
    // -1: never. A small number cuts inside the headers.
    qint64 cutAfterBytes = -1;
    bool chunked = false;          // Transfer-Encoding: chunked for a plain body too
    bool contentNullFirst = false; // OpenAI stream: first delta {"role":"assistant","content":null}
    bool gzip = true;              // compress a plain body when the request accepts gzip
    bool closeConnection = false;  // "Connection: close" and close after this reply

    // The same fields as JSON (names as above, "error" for errorMessage, "headers" an object,
    // "echoKey" a boolean,
    // "close" for closeConnection); an unknown key is an error, so a typo in a script is noticed.
    static ScriptedReply fromJson(const QJsonObject &json, QString *error = nullptr);
};

} // namespace helios::test
