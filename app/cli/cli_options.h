#pragma once

#include "app/cli/cli_help.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace helios::cli {

// Options every command takes, before or after it.
struct GlobalOptions
{
    GlobalOptions();
    void addTo(QCommandLineParser &parser) const;

    QCommandLineOption db;
    QCommandLineOption dbWorkers;
    QCommandLineOption verbose;
    QCommandLineOption metricsOut;
    QCommandLineOption help;
    QCommandLineOption version;
};

// Options of the commands; addTo adds those of one verb.
struct CommandOptions
{
    CommandOptions();
    void addTo(QCommandLineParser &parser, Verb verb) const;

    QCommandLineOption json;
    QCommandLineOption deadline;
    QCommandLineOption hoursPerWeek;
    QCommandLineOption today;
    QCommandLineOption fromTemplate;
    QCommandLineOption page;
    QCommandLineOption limit;
    QCommandLineOption category;
    QCommandLineOption search;
    QCommandLineOption language;
    QCommandLineOption to;
    QCommandLineOption format;
    QCommandLineOption output;
    QCommandLineOption all;
    QCommandLineOption port;
    QCommandLineOption bind;
    QCommandLineOption newToken;
    QCommandLineOption showToken;
    QCommandLineOption weekdayHours;
    QCommandLineOption rescheduleOverdue;
    QCommandLineOption yes;
    QCommandLineOption account;
    QCommandLineOption user;
    QCommandLineOption plan;
    QCommandLineOption collection;
    QCommandLineOption shared;
};

// Options whose value is the next argument: needed to find the sub-command before the real parse.
bool takesValue(const QString &argument);

} // namespace helios::cli
