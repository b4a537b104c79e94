#include "tests/support/scripted_reply.h"

#include <QJsonArray>

namespace helios::test {

namespace {

bool intIn(const QJsonValue &v, auto &out)
{
    if (!v.isDouble())
        return false;
    out = static_cast<std::remove_reference_t<decltype(out)>>(v.toDouble());
    return true;
}

} // namespace

ScriptedReply ScriptedReply::fromJson(const QJsonObject &json, QString *error)
{
    ScriptedReply r;
    QStringList problems;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (key == QLatin1String("path")) {
            ok = v.isString();
            r.path = v.toString();
        } else if (key == QLatin1String("bodyContains")) {
            ok = v.isString();
            r.bodyContains = v.toString().toUtf8();
        } else if (key == QLatin1String("status")) {
            ok = intIn(v, r.status);
        } else if (key == QLatin1String("headers")) {
            ok = v.isObject();
            const QJsonObject headers = v.toObject();
            for (auto h = headers.begin(); h != headers.end(); ++h)
                r.headers.append({h.key().toUtf8(), h.value().toVariant().toString().toUtf8()});
        } else if (key == QLatin1String("content")) {
            ok = v.isString();
            r.content = v.toString();
        } else if (key == QLatin1String("pieces")) {
            ok = v.isArray();
            const QJsonArray pieces = v.toArray();
            for (const QJsonValue &p : pieces)
                r.pieces.append(p.toString());
        } else if (key == QLatin1String("contentBytes")) {
            ok = intIn(v, r.contentBytes);
        } else if (key == QLatin1String("finishReason")) {
            ok = v.isString();
            r.finishReason = v.toString();
        } else if (key == QLatin1String("error")) {
            ok = v.isString();
            r.errorMessage = v.toString();
        } else if (key == QLatin1String("echoKey")) {
            ok = v.isBool();
            r.echoKey = v.toBool();
        } else if (key == QLatin1String("errorAfterPieces")) {
            ok = intIn(v, r.errorAfterPieces);
        } else if (key == QLatin1String("rawBody")) {
            ok = v.isString();
            r.rawBody = v.toString().toUtf8();
        } else if (key == QLatin1String("rawChunks")) {
            ok = v.isArray();
            const QJsonArray chunks = v.toArray();
            for (const QJsonValue &c : chunks)
                r.rawChunks.append(c.toString().toUtf8());
        } else if (key == QLatin1String("delayMs")) {
            ok = intIn(v, r.delayMs);
        } else if (key == QLatin1String("chunkDelayMs")) {
            ok = intIn(v, r.chunkDelayMs);
        } else if (key == QLatin1String("cutAfterBytes")) {
            ok = intIn(v, r.cutAfterBytes);
        } else if (key == QLatin1String("chunked")) {
            ok = v.isBool();
            r.chunked = v.toBool();
        } else if (key == QLatin1String("contentNullFirst")) {
            ok = v.isBool();
            r.contentNullFirst = v.toBool();
        } else if (key == QLatin1String("gzip")) {
            ok = v.isBool();
            r.gzip = v.toBool();
        } else if (key == QLatin1String("close")) {
            ok = v.isBool();
            r.closeConnection = v.toBool();
        } else {
            problems << QStringLiteral("unknown key \"%1\"").arg(key);
            continue;
        }
        if (!ok)
            problems << QStringLiteral("\"%1\" has the wrong type").arg(key);
    }
    if (error)
        *error = problems.join(QStringLiteral(", "));
    return r;
}

} // namespace helios::test
