#include "app/cli/cli_arguments.h"

#include "app/cli/backup_commands.h"
#include "app/cli/cli_help.h"
#include "app/cli/cli_options.h"
#include "app/cli/edit_arguments.h"
#include "app/cli/llm_arguments.h"
#include "app/cli/version_arguments.h"
#include "core/domain/goal_validation.h"
#include "core/io/plan_format.h"
#include "core/jobs/template_gallery.h"
#include "core/planning/goal_deadline.h"
#include "core/store/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
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

// A whole number in [min, max]; `name` says where it came from (an option or a variable).
Result<int> wholeNumber(const QString &text, const QString &name, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return usage(tr("%1 expects a whole number from %2 to %3, not '%4'.")
                         .arg(name, QString::number(min), QString::number(max), text));
    return value;
}

Result<qint64> idArgument(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(tr("'%1' is not a %2 id: ids are positive whole numbers.").arg(text, what));
    return id;
}

// --db-workers, else $HELIOS_DB_WORKERS, else the default.
Result<int> dbWorkers(const QCommandLineParser &parser, const GlobalOptions &global)
{
    if (parser.isSet(global.dbWorkers))
        return wholeNumber(parser.value(global.dbWorkers), QStringLiteral("--db-workers"), 1,
                           kMaxDbWorkers);
    const QString fromEnv = qEnvironmentVariable("HELIOS_DB_WORKERS");
    if (fromEnv.trimmed().isEmpty())
        return kDefaultDbWorkers;
    return wholeNumber(fromEnv, QStringLiteral("HELIOS_DB_WORKERS"), 1, kMaxDbWorkers);
}

// Everything of a goal but its text: --today, --deadline, --hours-per-week.
Status fillSchedule(Goal &goal, const QCommandLineParser &parser, const CommandOptions &o,
                    const QDate &today)
{
    Result<QDate> start = dateOption(parser, o.today, today);
    if (!start)
        return start.error();
    goal.today = *start;
    Result<QDate> deadline = dateOption(parser, o.deadline, QDate());
    if (!deadline)
        return deadline.error();
    goal.deadline = *deadline;

    if (parser.isSet(o.hoursPerWeek)) {
        const QString text = parser.value(o.hoursPerWeek);
        bool ok = false;
        const double hours = QLocale::c().toDouble(text, &ok);
        if (!ok || !std::isfinite(hours))
            return usage(tr("--hours-per-week expects a number of hours, not '%1'.").arg(text));
        goal.hoursPerWeek = hours;
    } else if (const std::optional<double> said = hoursPerWeekInGoal(goal.text)) {
        goal.hoursPerWeek = *said; // "每周8小时", "an hour a day"
    }
    return Ok{};
}

// --language, else the system's: "zh" for a Chinese locale, "en" for any other.
Status fillLanguage(Request &request, const QCommandLineParser &parser, const CommandOptions &o)
{
    if (!parser.isSet(o.language)) {
        request.language = QLocale::system().name().startsWith(QLatin1String("zh"))
                               ? QStringLiteral("zh")
                               : QStringLiteral("en");
        return Ok{};
    }
    const QString language = parser.value(o.language).trimmed().toLower();
    if (language == QLatin1String("en") || language == QLatin1String("zh")) {
        request.language = language;
        return Ok{};
    }
    return usage(tr("--language expects en or zh, not '%1'.").arg(parser.value(o.language)));
}

// A template id as `templates` lists it: a built-in one ("kind:events/wedding") or a number.
Status builtInTemplateRef(const QString &ref)
{
    if (TemplateGallery::isBuiltInId(ref))
        return Ok{};
    return usage(
        tr("There is no built-in template '%1': helios-cli templates lists them.").arg(ref));
}

Status fillPlan(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                const QStringList &args, const QDate &today)
{
    const bool fromTemplate = parser.isSet(o.fromTemplate);
    if (fromTemplate) {
        const QString ref = parser.value(o.fromTemplate).trimmed();
        request.command = Command::PlanFromTemplate;
        if (ref.startsWith(kBuiltInTemplatePrefix)) {
            if (Status known = builtInTemplateRef(ref); !known)
                return known;
            request.templateRef = ref;
        } else {
            Result<qint64> id = idArgument(ref, tr("template"));
            if (!id)
                return id.error();
            request.templateId = *id;
        }
        if (Status language = fillLanguage(request, parser, o); !language)
            return language;
    } else if (args.isEmpty()) {
        return usage(tr("The plan command needs a goal: helios-cli plan \"Learn Python\"."));
    }
    request.goal.text = args.join(QLatin1Char(' '));
    if (Status scheduled = fillSchedule(request.goal, parser, o, today); !scheduled)
        return scheduled;

    // Without GOAL the template's goal is used; the service checks it. The rest is checked now.
    Goal checked = request.goal;
    if (fromTemplate && args.isEmpty())
        checked.text = QStringLiteral("template");
    return validateGoal(checked);
}

// show and delete: one plan id.
Status fillPlanId(Request &request, const QStringList &args, const QString &command)
{
    if (args.size() != 1)
        return usage(args.isEmpty()
                         ? tr("The %1 command needs a plan id: helios-cli %1 1.").arg(command)
                         : tr("The %1 command takes one plan id, not %2 arguments.")
                               .arg(command)
                               .arg(args.size()));
    Result<qint64> id = idArgument(args.constFirst(), tr("plan"));
    if (!id)
        return id.error();
    request.planId = *id;
    return Ok{};
}

Status fillTaskTomorrow(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                        const QStringList &args, const QDate &today)
{
    request.command = Command::MoveTaskToTomorrow;
    if (args.size() != 2)
        return usage(tr("task tomorrow needs one task id: helios-cli task tomorrow 12."));
    Result<qint64> id = idArgument(args.at(1), tr("task"));
    if (!id)
        return id.error();
    request.taskId = *id;
    Result<QDate> day = dateOption(parser, o.today, today);
    if (!day)
        return day.error();
    request.today = *day;
    return Ok{};
}

Status fillTask(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                const EditOptions &eo, const QStringList &args, const QDate &today)
{
    request.command = Command::SetTaskStatus;
    if (args.isEmpty())
        return usage(
            tr("The task command needs an action: helios-cli task set-status TASK_ID STATUS."));
    if (args.constFirst() == QLatin1String("tomorrow"))
        return fillTaskTomorrow(request, parser, o, args, today);
    if (args.constFirst() != QLatin1String("set-status"))
        return fillTaskEdit(request, parser, eo, o.today, args, today);
    if (parser.isSet(o.today))
        return usage(tr("--today goes with task tomorrow, not with set-status."));
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

// --weekday-hours: seven numbers, Monday first, or one for every day; each 0 to 24.
Result<WeekdayHours> weekdayHoursOption(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 1 && parts.size() != 7)
        return usage(
            tr("--weekday-hours takes seven numbers (Monday first) or one, not '%1'.").arg(text));
    WeekdayHours hours{};
    for (int day = 0; day < 7; ++day) {
        const QString part = parts.at(parts.size() == 1 ? 0 : day).trimmed();
        bool ok = false;
        const double h = QLocale::c().toDouble(part, &ok);
        if (!ok || !std::isfinite(h) || h < 0.0 || h > 24.0)
            return usage(tr("--weekday-hours expects hours from 0 to 24, not '%1'.").arg(part));
        hours[static_cast<size_t>(day)] = h;
    }
    return hours;
}

Status fillToday(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                 const QStringList &args, const QDate &today)
{
    if (!args.isEmpty())
        return usage(
            tr("The today command takes no arguments, not '%1'.").arg(args.join(QLatin1Char(' '))));
    Result<QDate> day = dateOption(parser, o.today, today);
    if (!day)
        return day.error();
    request.today = *day;
    if (parser.isSet(o.weekdayHours)) {
        Result<WeekdayHours> hours = weekdayHoursOption(parser.value(o.weekdayHours));
        if (!hours)
            return hours.error();
        request.weekdayHours = *hours;
    }
    request.rescheduleOverdue = parser.isSet(o.rescheduleOverdue);
    request.accept = parser.isSet(o.yes);
    if (request.accept && !request.rescheduleOverdue)
        return usage(tr("--yes goes with --reschedule-overdue: helios-cli today "
                        "--reschedule-overdue --yes."));
    return Ok{};
}

Status fillTemplates(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                     const QStringList &args)
{
    if (!args.isEmpty())
        return usage(tr("The templates command takes no arguments, not '%1'.")
                         .arg(args.join(QLatin1Char(' '))));
    if (Status language = fillLanguage(request, parser, o); !language)
        return language;
    if (parser.isSet(o.category)) {
        request.category = parser.value(o.category).trimmed();
        const QList<GalleryCategory> categories = TemplateGallery::categories(request.language);
        const bool known =
            std::any_of(categories.begin(), categories.end(),
                        [&request](const GalleryCategory &c) { return c.id == request.category; });
        if (!known) {
            QStringList ids;
            for (const GalleryCategory &c : categories)
                ids.append(c.id);
            return usage(tr("Unknown category '%1': use one of %2.")
                             .arg(request.category, ids.join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(o.search)) {
        request.search = parser.value(o.search).simplified();
        if (request.search.size() > 200)
            return usage(tr("--search takes at most 200 characters."));
    }
    if (parser.isSet(o.page)) {
        Result<int> page =
            wholeNumber(parser.value(o.page), QStringLiteral("--page"), 1, 1000000000);
        if (!page)
            return page.error();
        request.page = *page;
    }
    if (parser.isSet(o.limit)) {
        Result<int> limit =
            wholeNumber(parser.value(o.limit), QStringLiteral("--limit"), 1, kMaxTemplatesLimit);
        if (!limit)
            return limit.error();
        request.limit = *limit;
    }
    return Ok{};
}

Status fillSetTemplate(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                       const QStringList &args, const QDate &today)
{
    const QString action = args.value(0);
    if (action.isEmpty())
        return usage(tr("The template command needs an action: helios-cli template "
                        "set|unset PLAN_ID, export ID FILE or import FILE."));
    if (action == QLatin1String("export")) {
        if (args.size() != 3)
            return usage(tr("template export needs a template id and a file: helios-cli template "
                            "export kind:events/wedding wedding.json."));
        const QString ref = args.at(1).trimmed();
        if (ref.startsWith(kBuiltInTemplatePrefix)) {
            if (Status known = builtInTemplateRef(ref); !known)
                return known;
        } else if (Result<qint64> id = idArgument(ref, tr("template")); !id) {
            return id.error();
        }
        if (args.at(2).trimmed().isEmpty())
            return usage(tr("template export needs a file name."));
        request.command = Command::ExportTemplate;
        request.templateRef = ref;
        request.templateFile = args.at(2);
        request.today = today;
        return fillLanguage(request, parser, o);
    }
    if (action == QLatin1String("import")) {
        if (args.size() != 2 || args.at(1).trimmed().isEmpty())
            return usage(tr("template import needs one file: helios-cli template import "
                            "wedding.json."));
        request.command = Command::ImportTemplate;
        request.templateFile = args.at(1);
        request.today = today;
        return Ok{};
    }
    if (action != QLatin1String("set") && action != QLatin1String("unset"))
        return usage(
            tr("Unknown template action '%1': use set, unset, export or import.").arg(action));
    if (args.size() != 2)
        return usage(tr("template %1 needs one plan id: helios-cli template %1 1.").arg(action));
    Result<qint64> id = idArgument(args.at(1), tr("plan"));
    if (!id)
        return id.error();
    request.command = Command::SetTemplate;
    request.makeTemplate = action == QLatin1String("set");
    request.planId = *id;
    return Ok{};
}

Status fillDb(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
              const QStringList &args)
{
    const QString action = args.value(0);
    if (action.isEmpty())
        return usage(
            tr("The db command needs an action: helios-cli db status, db check or db migrate."));
    if (action == QLatin1String("status"))
        request.command = Command::DbStatus;
    else if (action == QLatin1String("check"))
        request.command = Command::DbCheck;
    else if (action == QLatin1String("migrate"))
        request.command = Command::DbMigrate;
    else
        return usage(tr("Unknown db action '%1': use status, check or migrate.").arg(action));
    if (args.size() > 1)
        return usage(tr("db %1 takes no further arguments, not '%2'.")
                         .arg(action, args.mid(1).join(QLatin1Char(' '))));

    if (request.command != Command::DbMigrate) {
        if (parser.isSet(o.to))
            return usage(tr("--to is only for db migrate."));
        return Ok{};
    }
    if (!parser.isSet(o.to))
        return usage(tr("db migrate needs the version to move to: helios-cli db migrate --to %1.")
                         .arg(latestSchemaVersion()));
    const QString text = parser.value(o.to);
    bool ok = false;
    const int target = text.trimmed().toInt(&ok);
    if (!ok)
        return usage(tr("--to expects a schema version number, not '%1'.").arg(text));
    if (target < 0 || target > latestSchemaVersion())
        return usage(tr("There is no schema version %1; the versions are 0 to %2.")
                         .arg(target)
                         .arg(latestSchemaVersion()));
    request.targetVersion = target;
    return Ok{};
}

Result<QString> formatOption(const QCommandLineParser &parser, const CommandOptions &o,
                             bool importing)
{
    const QString name = parser.value(o.format);
    const std::optional<PlanFormat> format = planFormatNamed(name);
    if (!format)
        return usage(importing
                         ? tr("Unknown format '%1': use ics, md, json or todotxt.").arg(name)
                         : tr("Unknown format '%1': use ics, md, csv, json or todotxt.").arg(name));
    if (importing && *format == PlanFormat::Csv)
        return usage(
            tr("Helios exports CSV but does not import it: use ics, md, json or todotxt."));
    return planFormatName(*format);
}

Status fillExport(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                  const QStringList &args)
{
    request.exportAll = parser.isSet(o.all);
    if (request.exportAll && !args.isEmpty())
        return usage(tr("export takes a plan id or --all, not both."));
    if (!request.exportAll) {
        if (args.size() != 1)
            return usage(args.isEmpty()
                             ? tr("The export command needs a plan id or --all: helios-cli export "
                                  "1 --format ics.")
                             : tr("The export command takes one plan id, not %1 arguments.")
                                   .arg(args.size()));
        Result<qint64> id = idArgument(args.constFirst(), tr("plan"));
        if (!id)
            return id.error();
        request.planId = *id;
    }
    if (!parser.isSet(o.format))
        return usage(tr("The export command needs --format: ics, md, csv, json or todotxt."));
    Result<QString> format = formatOption(parser, o, false);
    if (!format)
        return format.error();
    request.format = *format;
    if (parser.isSet(o.output)) {
        request.outputPath = parser.value(o.output);
        if (request.outputPath.isEmpty())
            return usage(tr("-o needs a file path."));
    }
    return Ok{};
}

Status fillImport(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                  const QStringList &args, const QDate &today)
{
    if (args.size() != 1)
        return usage(
            args.isEmpty()
                ? tr("The import command needs a file: helios-cli import plan.ics.")
                : tr("The import command takes one file, not %1 arguments.").arg(args.size()));
    request.importPath = args.constFirst();
    if (parser.isSet(o.format)) {
        Result<QString> format = formatOption(parser, o, true);
        if (!format)
            return format.error();
        request.format = *format;
    }
    Result<QDate> start = dateOption(parser, o.today, today);
    if (!start)
        return start.error();
    request.today = *start;
    return Ok{};
}

Status fillSync(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                const QStringList &args)
{
    const QString action = args.value(0);
    if (args.size() > 1 || (!action.isEmpty() && action != QLatin1String("now") &&
                            action != QLatin1String("status") && action != QLatin1String("stop")))
        return usage(tr("The sync command takes 'now', 'status' or 'stop', not '%1'.")
                         .arg(args.join(QLatin1Char(' '))));
    if (parser.isSet(o.plan)) {
        bool ok = false;
        request.planId = parser.value(o.plan).toLongLong(&ok);
        if (!ok || request.planId <= 0)
            return usage(tr("--plan must be a plan id (a positive number)."));
    }
    request.syncUser = parser.value(o.user);
    request.syncCollection = parser.value(o.collection).trimmed();
    request.syncShared = parser.isSet(o.shared);
    if (parser.isSet(o.account)) {
        const QUrl url(parser.value(o.account).trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return usage(tr("--account must be the server's address, starting with https:// "
                            "(or http://)."));
        if (!url.userInfo().isEmpty())
            return usage(tr("--account must not hold a user or password; give --user, and the "
                            "password in $HELIOS_SYNC_PASSWORD or on standard input."));
        if (action == QLatin1String("status") || action == QLatin1String("stop"))
            return usage(tr("sync %1 takes no --account.").arg(action));
        if (request.planId == 0)
            return usage(tr("sync --account needs --plan: the plan to sync."));
        request.syncAccount = url.toString();
        request.command = Command::SyncConnect;
        return Ok{};
    }
    if (parser.isSet(o.user) || parser.isSet(o.collection) || parser.isSet(o.shared))
        return usage(tr("--user, --collection and --shared go with --account."));
    if (action == QLatin1String("stop")) {
        if (request.planId == 0)
            return usage(tr("sync stop needs --plan: the plan to stop syncing."));
        request.command = Command::SyncStop;
        return Ok{};
    }
    request.command = action == QLatin1String("now") ? Command::SyncNow : Command::SyncStatus;
    if (request.command == Command::SyncStatus && request.planId != 0)
        return usage(tr("sync status takes no --plan."));
    return Ok{};
}

Status fillServe(Request &request, const QCommandLineParser &parser, const CommandOptions &o,
                 const QStringList &args)
{
    if (!args.isEmpty())
        return usage(
            tr("The serve command takes no arguments, not '%1'.").arg(args.join(QLatin1Char(' '))));
    if (parser.isSet(o.port)) {
        bool ok = false;
        const int port = parser.value(o.port).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return usage(tr("--port must be a port number from 0 to 65535."));
        request.servePort = quint16(port);
    }
    if (parser.isSet(o.bind)) {
        const QString address = parser.value(o.bind).trimmed();
        if (QHostAddress(address).isNull())
            return usage(tr("--bind must be an IP address, such as 127.0.0.1 or ::1."));
        request.serveAddress = address;
    }
    request.newToken = parser.isSet(o.newToken);
    request.showToken = parser.isSet(o.showToken);
    if (request.newToken && request.showToken)
        return usage(tr("Use --new-token or --show-token, not both."));
    if (parser.isSet(o.today)) {
        request.today = parseIsoDate(parser.value(o.today));
        if (!request.today.isValid())
            return usage(tr("--today must be a date written YYYY-MM-DD."));
    }
    return Ok{};
}

Status fillCommand(Request &request, Verb verb, const QCommandLineParser &parser,
                   const CommandOptions &o, const LlmOptions &lo, const VersionOptions &vo,
                   const EditOptions &eo, const QStringList &args, const QDate &today)
{
    switch (verb) {
    case Verb::Replan:
        if (Status s = fillLlmOptions(request, parser, lo); !s)
            return s;
        return fillReplan(request, parser, vo, args, today);
    case Verb::Versions:
        return fillVersions(request, parser, vo, args);
    case Verb::Diff:
        return fillDiff(request, args);
    case Verb::Jobs:
        return fillJobs(request, args);
    case Verb::Cancel:
        return fillJobId(request, args, Command::Cancel);
    case Verb::Retry:
        if (Status s = fillLlmOptions(request, parser, lo); !s)
            return s;
        request.today = today;
        return fillJobId(request, args, Command::Retry);
    case Verb::Plan:
        if (isPlanRename(args) && !parser.isSet(o.fromTemplate))
            return fillPlanRename(request, args, today);
        request.command = Command::Plan;
        if (Status s = fillLlmOptions(request, parser, lo); !s)
            return s;
        return fillPlan(request, parser, o, args, today);
    case Verb::Ask:
        return fillAsk(request, parser, lo, args);
    case Verb::Models:
        return fillModels(request, parser, lo, args);
    case Verb::Cache:
        return fillCache(request, args);
    case Verb::Plans:
        request.command = Command::Plans;
        if (!args.isEmpty())
            return usage(tr("The plans command takes no arguments, not '%1'.")
                             .arg(args.join(QLatin1Char(' '))));
        return Ok{};
    case Verb::Show:
        request.command = Command::Show;
        return fillPlanId(request, args, QStringLiteral("show"));
    case Verb::Delete:
        request.command = Command::DeletePlan;
        return fillPlanId(request, args, QStringLiteral("delete"));
    case Verb::Task:
        return fillTask(request, parser, o, eo, args, today);
    case Verb::Today:
        request.command = Command::Today;
        return fillToday(request, parser, o, args, today);
    case Verb::Templates:
        request.command = Command::Templates;
        return fillTemplates(request, parser, o, args);
    case Verb::Template:
        return fillSetTemplate(request, parser, o, args, today);
    case Verb::Db:
        return fillDb(request, parser, o, args);
    case Verb::Backup:
    case Verb::Restore:
    case Verb::Backups:
        return fillBackupCommand(request, verb, parser, o, args);
    case Verb::Export:
        request.command = Command::Export;
        return fillExport(request, parser, o, args);
    case Verb::Import:
        request.command = Command::Import;
        return fillImport(request, parser, o, args, today);
    case Verb::Serve:
        request.command = Command::Serve;
        if (Status s = fillLlmOptions(request, parser, lo); !s) // "planner": "model"
            return s;
        return fillServe(request, parser, o, args);
    case Verb::Sync:
        return fillSync(request, parser, o, args);
    }
    return Ok{};
}

} // namespace

Result<Request> parseArguments(const QStringList &arguments, const QDate &today)
{
    const GlobalOptions global;
    const CommandOptions o;
    const LlmOptions lo;
    const VersionOptions vo;
    const EditOptions eo;
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

    const QString &name = arguments.at(commandIndex);
    if (name == QLatin1String("help")) {
        request.command = Command::Help;
        request.helpText = overviewHelp();
        return request;
    }
    const std::optional<Verb> verb = verbNamed(name);
    if (!verb)
        return usage(
            tr("Unknown command '%1': run helios-cli --help to see the commands.").arg(name));

    QCommandLineParser parser;
    global.addTo(parser);
    o.addTo(parser, *verb);
    lo.addTo(parser, *verb);
    vo.addTo(parser, *verb);
    if (*verb == Verb::Task)
        eo.addTo(parser);
    describeVerb(parser, *verb);
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

    request.databaseOverride = parser.value(global.db);
    request.verbose = parser.isSet(global.verbose);
    request.json = parser.isSet(o.json);
    if (parser.isSet(global.db) && request.databaseOverride.isEmpty())
        return usage(tr("--db needs a file path."));
    request.metricsOut = parser.value(global.metricsOut);
    if (parser.isSet(global.metricsOut) && request.metricsOut.isEmpty())
        return usage(tr("--metrics-out needs a file path."));
    Result<int> workers = dbWorkers(parser, global);
    if (!workers)
        return workers.error();
    request.dbWorkers = *workers;

    QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        args.removeFirst(); // the command itself

    if (Status filled = fillCommand(request, *verb, parser, o, lo, vo, eo, args, today); !filled)
        return filled.error();
    return request;
}

} // namespace helios::cli
