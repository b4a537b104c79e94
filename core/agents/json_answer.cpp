#include "core/agents/json_answer.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace helios::agents {

namespace {

Error rejected(const QString &sentence)
{
    return {Error::Kind::Validation, sentence};
}

// The index of the '}' that closes the '{' at start, or -1 when the text ends first.
qsizetype closingBrace(QStringView text, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

} // namespace

Result<QJsonObject> extractJsonObject(QStringView answer)
{
    // Prose may hold braces of its own ("{like this}"): try each balanced {...} in turn until one
    // parses, a bounded number of times.
    constexpr int kMaxStarts = 64;
    QString firstProblem;
    qsizetype start = answer.indexOf(u'{');
    if (start < 0)
        return rejected(
            QCoreApplication::translate("helios", "The answer contains no JSON object."));
    for (int attempt = 0; start >= 0 && attempt < kMaxStarts; ++attempt) {
        const qsizetype end = closingBrace(answer, start);
        if (end < 0) {
            if (firstProblem.isEmpty())
                firstProblem = QCoreApplication::translate(
                    "helios", "The answer's JSON object is cut off before its end.");
            break; // every later '{' is inside this unclosed object
        }
        QJsonParseError error;
        const QJsonDocument doc =
            QJsonDocument::fromJson(answer.mid(start, end - start + 1).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            return doc.object();
        if (firstProblem.isEmpty())
            firstProblem = QCoreApplication::translate(
                               "helios", "The answer's JSON is malformed (%1 at character %2).")
                               .arg(error.errorString())
                               .arg(start + error.offset);
        start = answer.indexOf(u'{', end + 1); // never an object nested in the failed one
    }
    return rejected(firstProblem);
}

} // namespace helios::agents
