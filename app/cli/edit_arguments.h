#pragma once

#include "app/cli/cli_arguments.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace helios::cli {

// The options of `task add|edit|move|remove` (beside set-status).
struct EditOptions
{
    EditOptions();
    void addTo(QCommandLineParser &parser) const;

    QCommandLineOption title;
    QCommandLineOption hours;
    QCommandLineOption milestone;
    QCommandLineOption after;
    QCommandLineOption notes;
    QCommandLineOption start;
};

// task add|edit|move|remove ... (set-status and tomorrow are cli_arguments'); todayOption is
// --today, the day rescheduling starts from.
Status fillTaskEdit(Request &request, const QCommandLineParser &parser, const EditOptions &o,
                    const QCommandLineOption &todayOption, const QStringList &args,
                    const QDate &today);
// plan rename PLAN_ID GOAL...: true when args are that form (the rest of `plan` is a goal).
bool isPlanRename(const QStringList &args);
Status fillPlanRename(Request &request, const QStringList &args, const QDate &today);

} // namespace helios::cli
