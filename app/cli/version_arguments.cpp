#include "app/cli/version_arguments.h"

#include "app/cli/llm_arguments.h"
#include "core/domain/goal_validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

Result<qint64> positiveId(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::usage(tr("'%1' is not a %2: use a positive whole number.").arg(text, what));
    return id;
}

} // namespace

VersionOptions::VersionOptions()
    : llm(QStringLiteral("llm"),
          tr("replan: ask the model to revise the remaining tasks (split, add, drop) instead of "
             "only rescheduling them.")),
      accept(QStringLiteral("accept"),
             tr("replan: apply the proposal as a new version (without it nothing changes).")),
      restore(QStringLiteral("restore"),
              tr("versions: make version N current again, as a new version."), QStringLiteral("N")),
      newDeadline(QStringLiteral("deadline"), tr("replan: a new deadline (YYYY-MM-DD)."),
                  QStringLiteral("YYYY-MM-DD")),
      newHoursPerWeek(QStringLiteral("hours-per-week"), tr("replan: new hours of work per week."),
                      QStringLiteral("H"))
{}

void VersionOptions::addTo(QCommandLineParser &parser, Verb verb) const
{
    if (verb == Verb::Replan)
        parser.addOptions({llm, accept, newDeadline, newHoursPerWeek});
    if (verb == Verb::Versions)
        parser.addOption(restore);
}

Status fillReplan(Request &request, const QCommandLineParser &parser, const VersionOptions &o,
                  const QStringList &args, const QDate &today)
{
    request.command = Command::Replan;
    if (args.size() != 1)
        return Error::usage(tr("replan needs one plan id: helios-cli replan 1 [--accept]."));
    Result<qint64> id = positiveId(args.constFirst(), tr("plan id"));
    if (!id)
        return id.error();
    request.planId = *id;
    request.replanWithLlm = parser.isSet(o.llm);
    request.accept = parser.isSet(o.accept);
    request.goal.today = today;
    if (parser.isSet(QStringLiteral("today"))) {
        const QDate date = parseIsoDate(parser.value(QStringLiteral("today")));
        if (!date.isValid())
            return Error::usage(tr("--today expects a date as YYYY-MM-DD, not '%1'.")
                                    .arg(parser.value(QStringLiteral("today"))));
        request.goal.today = date;
    }
    if (parser.isSet(o.newDeadline)) {
        const QDate date = parseIsoDate(parser.value(o.newDeadline));
        if (!date.isValid())
            return Error::usage(tr("--deadline expects a date as YYYY-MM-DD, not '%1'.")
                                    .arg(parser.value(o.newDeadline)));
        if (date < request.goal.today)
            return Error::usage(
                tr("The new deadline %1 is before today (%2).")
                    .arg(date.toString(Qt::ISODate), request.goal.today.toString(Qt::ISODate)));
        request.newDeadline = date;
    }
    if (parser.isSet(o.newHoursPerWeek)) {
        bool ok = false;
        const double hours = QLocale::c().toDouble(parser.value(o.newHoursPerWeek), &ok);
        if (!ok || !std::isfinite(hours) || hours <= 0 || hours > kMaxHoursPerWeek)
            return Error::usage(tr("--hours-per-week expects hours from above 0 to 168, not '%1'.")
                                    .arg(parser.value(o.newHoursPerWeek)));
        request.newHoursPerWeek = hours;
    }
    if (request.replanWithLlm && request.llm.provider == llm::ProviderKind::Offline)
        return Error::usage(tr("replan --llm needs a model server: add --provider openai or "
                               "--provider ollama (or set HELIOS_PROVIDER)."));
    return Ok{};
}

Status fillVersions(Request &request, const QCommandLineParser &parser, const VersionOptions &o,
                    const QStringList &args)
{
    request.command = Command::Versions;
    if (args.size() != 1)
        return Error::usage(tr("versions needs one plan id: helios-cli versions 1."));
    Result<qint64> id = positiveId(args.constFirst(), tr("plan id"));
    if (!id)
        return id.error();
    request.planId = *id;
    if (parser.isSet(o.restore)) {
        Result<qint64> version = positiveId(parser.value(o.restore), tr("version number"));
        if (!version)
            return version.error();
        request.command = Command::RestoreVersion;
        request.versionA = static_cast<int>(std::min<qint64>(*version, 1'000'000'000));
    }
    return Ok{};
}

Status fillDiff(Request &request, const QStringList &args)
{
    request.command = Command::Diff;
    if (args.size() != 3)
        return Error::usage(
            tr("diff needs a plan id and two version numbers: helios-cli diff 1 1 2."));
    Result<qint64> id = positiveId(args.at(0), tr("plan id"));
    if (!id)
        return id.error();
    Result<qint64> a = positiveId(args.at(1), tr("version number"));
    if (!a)
        return a.error();
    Result<qint64> b = positiveId(args.at(2), tr("version number"));
    if (!b)
        return b.error();
    request.planId = *id;
    request.versionA = static_cast<int>(std::min<qint64>(*a, 1'000'000'000));
    request.versionB = static_cast<int>(std::min<qint64>(*b, 1'000'000'000));
    return Ok{};
}

Status fillJobs(Request &request, const QStringList &args)
{
    request.command = Command::Jobs;
    if (!args.isEmpty())
        return Error::usage(
            tr("The jobs command takes no arguments, not '%1'.").arg(args.join(QLatin1Char(' '))));
    return Ok{};
}

Status fillJobId(Request &request, const QStringList &args, Command command)
{
    request.command = command;
    const QString name =
        command == Command::Retry ? QStringLiteral("retry") : QStringLiteral("cancel");
    if (args.size() != 1)
        return Error::usage(tr("%1 needs one job id: helios-cli %1 3.").arg(name));
    Result<qint64> id = positiveId(args.constFirst(), tr("job id"));
    if (!id)
        return id.error();
    request.jobId = *id;
    return Ok{};
}

} // namespace helios::cli
