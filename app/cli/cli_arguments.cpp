#include "app/cli/cli_arguments.h"

#include "core/domain/goal_validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <optional>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

struct GlobalOptions
{
    QCommandLineOption db{
        QStringLiteral("db"),
        tr("Database file (default: $HELIOS_DB, else helios.db in the data folder)."),
        QStringLiteral("PATH")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               tr("Log debug details to helios.log and stderr.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            tr("Show help and exit.")};
    QCommandLineOption version{QStringLiteral("version"), tr("Show the version and exit.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({db, verbose, help, version});
    }
};

struct CommandOptions
{
    QCommandLineOption json{QStringLiteral("json"), tr("Print JSON on stdout instead of text.")};
    QCommandLineOption deadline{QStringLiteral("deadline"), tr("Finish by this date (YYYY-MM-DD)."),
                                QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption hoursPerWeek{QStringLiteral("hours-per-week"),
                                    tr("Hours of work per week (default 10)."),
                                    QStringLiteral("H")};
    QCommandLineOption today{QStringLiteral("today"),
                             tr("Schedule from this date instead of today (YYYY-MM-DD)."),
                             QStringLiteral("YYYY-MM-DD")};
};

// Options whose value is the next argument: needed to find the sub-command before the real parse.
bool takesValue(const QString &argument)
{
    static const QStringList names{QStringLiteral("--db"), QStringLiteral("--deadline"),
                                   QStringLiteral("--hours-per-week"), QStringLiteral("--today")};
    return names.contains(argument);
}

// The position of the sub-command in `arguments`, or -1 when there is none.
qsizetype findCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            if (takesValue(a))
                ++i;
            continue;
        }
        return i;
    }
    return -1;
}

Error usage(const QString &sentence)
{
    return Error::usage(sentence);
}

Result<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                         const QDate &fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    const QDate date = parseIsoDate(text);
    if (!date.isValid())
        return usage(tr("--%1 expects a date as YYYY-MM-DD, not '%2'.")
                         .arg(option.names().constFirst(), text));
    return date;
}

Result<qint64> idArgument(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("'%1' is not a %2 id: ids are positive whole numbers.").arg(text, what));
    return id;
}

void addCommandPositional(QCommandLineParser &parser, Command command)
{
    switch (command) {
    case Command::Plan:
        parser.setApplicationDescription(tr("Create a plan of dated tasks for GOAL and save it."));
        parser.addPositionalArgument(QStringLiteral("goal"),
                                     tr("What you want to achieve, in English or Chinese."),
                                     QStringLiteral("plan GOAL"));
        break;
    case Command::Plans:
        parser.setApplicationDescription(tr("List the saved plans."));
        parser.addPositionalArgument(QStringLiteral("plans"), tr("The command."),
                                     QStringLiteral("plans"));
        break;
    case Command::Show:
        parser.setApplicationDescription(tr("Show one plan with its tasks."));
        parser.addPositionalArgument(QStringLiteral("plan-id"),
                                     tr("The plan's id, as listed by 'plans'."),
                                     QStringLiteral("show PLAN_ID"));
        break;
    case Command::SetTaskStatus:
        parser.setApplicationDescription(tr("Change the status of a task."));
        parser.addPositionalArgument(QStringLiteral("task-id"),
                                     tr("The task's id, as shown by 'show'."),
                                     QStringLiteral("task set-status TASK_ID"));
        parser.addPositionalArgument(QStringLiteral("status"),
                                     tr("todo, in_progress, done or skipped."),
                                     QStringLiteral("STATUS"));
        break;
    case Command::Help:
    case Command::Version:
        break;
    }
}

std::optional<Command> commandNamed(const QString &name)
{
    if (name == QLatin1String("plan"))
        return Command::Plan;
    if (name == QLatin1String("plans"))
        return Command::Plans;
    if (name == QLatin1String("show"))
        return Command::Show;
    if (name == QLatin1String("task"))
        return Command::SetTaskStatus;
    return std::nullopt;
}

QString overviewHelp()
{
    return tr("Usage: helios-cli [--db PATH] [--verbose] COMMAND [ARGUMENTS] [--json]\n"
              "\n"
              "Helios turns a goal into a plan of dated tasks, offline, and keeps track of them.\n"
              "\n"
              "Commands:\n"
              "  plan GOAL [--deadline YYYY-MM-DD] [--hours-per-week H] [--today YYYY-MM-DD]\n"
              "                        Create a plan for GOAL and save it.\n"
              "  plans                 List the saved plans.\n"
              "  show PLAN_ID          Show one plan with its tasks.\n"
              "  task set-status TASK_ID todo|in_progress|done|skipped\n"
              "                        Change the status of a task.\n"
              "  help                  Show this help.\n"
              "  Every command takes --json to print JSON on stdout instead of text.\n"
              "\n"
              "Options (before or after the command):\n"
              "  --db PATH             Database file (default: $HELIOS_DB, else helios.db in the\n"
              "                        data folder). helios.log is written beside it.\n"
              "  --verbose             Log debug details to helios.log and stderr.\n"
              "  -h, --help            Show this help; 'helios-cli COMMAND --help' for a command.\n"
              "  --version             Show the version.\n"
              "\n"
              "Exit codes:\n"
              "  0    success\n"
              "  2    usage: unknown command or option, bad date or number, bad goal, unknown id\n"
              "  3    LLM provider or network failure\n"
              "  4    LLM output rejected by validation\n"
              "  5    storage failure (database or file)\n"
              "  130  cancelled\n"
              "\n"
              "Examples:\n"
              "  helios-cli plan \"Learn Python\" --deadline 2027-03-01 --hours-per-week 6\n"
              "  helios-cli plan \"学习Python编程\" --json\n"
              "  helios-cli plans\n"
              "  helios-cli show 1 --json\n"
              "  helios-cli task set-status 12 done\n"
              "  HELIOS_DB=/tmp/try.db helios-cli plans\n");
}

Status fillPlan(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                const QStringList &args, const QDate &today)
{
    if (args.isEmpty())
        return usage(tr("The plan command needs a goal: helios-cli plan \"Learn Python\"."));
    request.goal.text = args.join(QLatin1Char(' '));

    Result<QDate> start = dateOption(parser, o.today, today);
    if (!start)
        return start.error();
    request.goal.today = *start;
    Result<QDate> deadline = dateOption(parser, o.deadline, QDate());
    if (!deadline)
        return deadline.error();
    request.goal.deadline = *deadline;

    if (parser.isSet(o.hoursPerWeek)) {
        const QString text = parser.value(o.hoursPerWeek);
        bool ok = false;
        const double hours = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(hours))
            return usage(tr("--hours-per-week expects a number of hours, not '%1'.").arg(text));
        request.goal.hoursPerWeek = hours;
    }
    return validateGoal(request.goal);
}

Status fillShow(Request &request, const QStringList &args)
{
    if (args.size() != 1)
        return usage(
            args.isEmpty()
                ? tr("The show command needs a plan id: helios-cli show 1.")
                : tr("The show command takes one plan id, not %1 arguments.").arg(args.size()));
    Result<qint64> id = idArgument(args.constFirst(), tr("plan"));
    if (!id)
        return id.error();
    request.planId = *id;
    return Ok{};
}

Status fillSetTaskStatus(Request &request, const QStringList &args)
{
    if (args.isEmpty())
        return usage(
            tr("The task command needs an action: helios-cli task set-status TASK_ID STATUS."));
    if (args.constFirst() != QLatin1String("set-status"))
        return usage(
            tr("Unknown task action '%1': the only one is set-status.").arg(args.constFirst()));
    if (args.size() != 3)
        return usage(tr(
            "task set-status needs a task id and a status: helios-cli task set-status 12 done."));
    Result<qint64> id = idArgument(args.at(1), tr("task"));
    if (!id)
        return id.error();
    const std::optional<TaskStatus> status = taskStatusFromString(args.at(2));
    if (!status)
        return usage(
            tr("Unknown status '%1': use todo, in_progress, done or skipped.").arg(args.at(2)));
    request.taskId = *id;
    request.status = *status;
    return Ok{};
}

} // namespace

Result<Request> parseArguments(const QStringList &arguments, const QDate &today)
{
    const GlobalOptions global;
    const CommandOptions o;
    Request request;

    const qsizetype commandIndex = findCommand(arguments);
    if (commandIndex < 0) {
        QCommandLineParser parser;
        global.addTo(parser);
        if (!parser.parse(arguments))
            return usage(parser.errorText());
        if (parser.isSet(global.help)) {
            request.command = Command::Help;
            request.helpText = overviewHelp();
            return request;
        }
        if (parser.isSet(global.version)) {
            request.command = Command::Version;
            return request;
        }
        return usage(tr("No command given: run helios-cli --help to see the commands."));
    }

    const QString name = arguments.at(commandIndex);
    if (name == QLatin1String("help")) {
        request.command = Command::Help;
        request.helpText = overviewHelp();
        return request;
    }
    const std::optional<Command> command = commandNamed(name);
    if (!command)
        return usage(
            tr("Unknown command '%1': run helios-cli --help to see the commands.").arg(name));

    QCommandLineParser parser;
    global.addTo(parser);
    parser.addOption(o.json);
    if (*command == Command::Plan)
        parser.addOptions({o.deadline, o.hoursPerWeek, o.today});
    addCommandPositional(parser, *command);
    if (!parser.parse(arguments))
        return usage(
            tr("%1 Run helios-cli %2 --help for its options.").arg(parser.errorText(), name));

    if (parser.isSet(global.help)) {
        request.command = Command::Help;
        // Qt names the program by the path it was started with; the docs call it helios-cli.
        request.helpText = parser.helpText();
        if (!arguments.isEmpty())
            request.helpText.replace(arguments.constFirst(), QStringLiteral("helios-cli"));
        return request;
    }
    if (parser.isSet(global.version)) {
        request.command = Command::Version;
        return request;
    }

    request.command = *command;
    request.databaseOverride = parser.value(global.db);
    request.verbose = parser.isSet(global.verbose);
    request.json = parser.isSet(o.json);
    if (parser.isSet(global.db) && request.databaseOverride.isEmpty())
        return usage(tr("--db needs a file path."));

    QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        args.removeFirst(); // the command itself

    Status filled = Ok{};
    switch (*command) {
    case Command::Plan:
        filled = fillPlan(request, parser, o, args, today);
        break;
    case Command::Plans:
        if (!args.isEmpty())
            filled = usage(tr("The plans command takes no arguments, not '%1'.")
                               .arg(args.join(QLatin1Char(' '))));
        break;
    case Command::Show:
        filled = fillShow(request, args);
        break;
    case Command::SetTaskStatus:
        filled = fillSetTaskStatus(request, args);
        break;
    case Command::Help:
    case Command::Version:
        break;
    }
    if (!filled)
        return filled.error();
    return request;
}

} // namespace helios::cli
