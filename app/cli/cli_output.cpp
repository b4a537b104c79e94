#include "app/cli/cli_output.h"

#include "app/cli/text_output.h"
#include "core/domain/plain_text.h"
#include "core/io/plan_json.h"
#include "core/planning/offline_planner.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

namespace helios::cli {

namespace {

bool loggingStarted = false;

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

void writeBytes(const QByteArray &bytes, std::FILE *stream)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void writeError(const QString &message)
{
    // One line, whatever the message holds, and nothing in it that a terminal would obey (a file
    // name or a server's message may hold escape sequences).
    QString sentence = terminalSafe(message.simplified());
    if (sentence.isEmpty())
        sentence = tr("Something went wrong.");
    if (loggingStarted)
        qWarning("Failed: %s", qUtf8Printable(sentence));
    writeBytes((QStringLiteral("helios-cli: error: ") + sentence + QLatin1Char('\n')).toUtf8(),
               stderr);
}

} // namespace

void writeOut(const QString &text)
{
    // Text for a terminal: goals, titles and answers from files, backups and model servers may
    // hold escape sequences, bells or bidirectional overrides; they are shown, never obeyed.
    writeBytes(terminalSafe(text).toUtf8(), stdout);
}

void writeJson(const QJsonObject &object)
{
    writeBytes(QJsonDocument(object).toJson(QJsonDocument::Indented), stdout);
}

void writeNote(const QString &sentence)
{
    const QString line = terminalSafe(sentence.simplified());
    if (loggingStarted)
        qInfo("Note: %s", qUtf8Printable(line));
    writeBytes((QStringLiteral("helios-cli: note: ") + line + QLatin1Char('\n')).toUtf8(), stderr);
}

int fail(const Error &error)
{
    writeError(error.message);
    return exitCodeFor(error.kind);
}

void printPlan(const Plan &plan, bool json)
{
    if (json) {
        QJsonObject out{{QStringLiteral("plan"), planToJson(plan)}};
        // A goal the offline planner did not know: what to do for a full plan.
        if (plan.kind == u"generic")
            out.insert(QStringLiteral("hint"), genericPlanHint(plan.language));
        writeJson(out);
    } else {
        writeOut(formatPlan(plan));
    }
}

void printCreatedPlan(const Plan &plan, bool json)
{
    printPlan(plan, json);
    if (!json)
        writeOut(tr("\nSaved as plan %1. See it again with: helios-cli show %1\n").arg(plan.id));
}

void setLoggingStarted()
{
    loggingStarted = true;
}

int failUnexpectedly(const QString &what)
{
    writeError(tr("Internal error (%1); please report it with helios.log.").arg(what));
    return kInternalError;
}

} // namespace helios::cli
