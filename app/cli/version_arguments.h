#pragma once

#include "app/cli/cli_arguments.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace helios::cli {

// Options of replan, versions, diff, jobs and cancel.
struct VersionOptions
{
    VersionOptions();
    void addTo(QCommandLineParser &parser, Verb verb) const;

    QCommandLineOption llm;
    QCommandLineOption accept;
    QCommandLineOption restore;
    QCommandLineOption newDeadline;
    QCommandLineOption newHoursPerWeek;
};

// replan PLAN_ID [--today D] [--deadline D] [--hours-per-week H] [--llm] [--accept]
Status fillReplan(Request &request, const QCommandLineParser &parser, const VersionOptions &o,
                  const QStringList &args, const QDate &today);
// versions PLAN_ID [--restore N]
Status fillVersions(Request &request, const QCommandLineParser &parser, const VersionOptions &o,
                    const QStringList &args);
// diff PLAN_ID V1 V2
Status fillDiff(Request &request, const QStringList &args);
// jobs; cancel JOB_ID
Status fillJobs(Request &request, const QStringList &args);
// cancel JOB_ID and retry JOB_ID.
Status fillJobId(Request &request, const QStringList &args, Command command);

} // namespace helios::cli
