#include "app/cli/cli_help.h"

#include "app/cli/backup_commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

} // namespace

std::optional<Verb> verbNamed(const QString &name)
{
    if (name == QLatin1String("plan"))
        return Verb::Plan;
    if (name == QLatin1String("plans"))
        return Verb::Plans;
    if (name == QLatin1String("show"))
        return Verb::Show;
    if (name == QLatin1String("delete"))
        return Verb::Delete;
    if (name == QLatin1String("task"))
        return Verb::Task;
    if (name == QLatin1String("templates"))
        return Verb::Templates;
    if (name == QLatin1String("template"))
        return Verb::Template;
    if (name == QLatin1String("db"))
        return Verb::Db;
    if (name == QLatin1String("ask"))
        return Verb::Ask;
    if (name == QLatin1String("models"))
        return Verb::Models;
    if (name == QLatin1String("cache"))
        return Verb::Cache;
    if (name == QLatin1String("replan"))
        return Verb::Replan;
    if (name == QLatin1String("versions"))
        return Verb::Versions;
    if (name == QLatin1String("diff"))
        return Verb::Diff;
    if (name == QLatin1String("jobs"))
        return Verb::Jobs;
    if (name == QLatin1String("cancel"))
        return Verb::Cancel;
    if (name == QLatin1String("retry"))
        return Verb::Retry;
    if (name == QLatin1String("backup"))
        return Verb::Backup;
    if (name == QLatin1String("restore"))
        return Verb::Restore;
    if (name == QLatin1String("backups"))
        return Verb::Backups;
    if (name == QLatin1String("export"))
        return Verb::Export;
    if (name == QLatin1String("import"))
        return Verb::Import;
    if (name == QLatin1String("serve"))
        return Verb::Serve;
    if (name == QLatin1String("sync"))
        return Verb::Sync;
    if (name == QLatin1String("today"))
        return Verb::Today;
    return std::nullopt;
}

QString overviewHelp()
{
    return tr(
        "Usage: helios-cli [--db PATH] [--db-workers N] [--verbose] [--metrics-out FILE] COMMAND\n"
        "                  [ARGUMENTS] [--json]\n"
        "\n"
        "Helios turns a goal into a plan of dated tasks, offline, and keeps track of them.\n"
        "\n"
        "Commands:\n"
        "  plan GOAL [--deadline YYYY-MM-DD] [--hours-per-week H] [--today YYYY-MM-DD]\n"
        "                        Create a plan for GOAL and save it.\n"
        "  plan --from-template ID [GOAL] [--deadline ...] [--hours-per-week H] [--today ...]\n"
        "                        Start a new plan from a template (GOAL: the template's);\n"
        "                        ID: a number or a built-in one such as kind:events/wedding.\n"
        "  plans                 List the saved plans (templates are not listed).\n"
        "  show PLAN_ID          Show one plan with its tasks.\n"
        "  delete PLAN_ID        Delete a plan with its tasks and versions.\n"
        "  task set-status TASK_ID todo|in_progress|done|skipped\n"
        "                        Change the status of a task.\n"
        "  task tomorrow TASK_ID [--today YYYY-MM-DD]\n"
        "                        Move an open task to tomorrow (what depends on it follows).\n"
        "  today [--today YYYY-MM-DD] [--weekday-hours H[,H...]]\n"
        "                        Every plan's tasks for today, the overdue ones and what is\n"
        "                        next, with the hours planned against the hours you have.\n"
        "  templates [--page N] [--limit N] [--category C] [--search TEXT] [--language en|zh]\n"
        "                        The template gallery: your templates, then the built-in ones\n"
        "                        (one per goal kind), a page at a time (default: 20 a page).\n"
        "  template set|unset PLAN_ID\n"
        "                        Offer a plan as a template, or stop offering it.\n"
        "  template export ID FILE | template import FILE\n"
        "                        Share a template as a Helios JSON file, or add one as yours.\n"
        "  db status             Schema version, journal mode, size, quick check, backups;\n"
        "                        reads the database without writing to it.\n"
        "  db check              Full integrity and foreign key check.\n"
        "  db migrate --to N     Move the schema up or down to version N (0 to latest),\n"
        "                        after writing a backup.\n"
        "  replan PLAN_ID [--today D] [--deadline D] [--hours-per-week H] [--llm] [--accept]\n"
        "                        Propose a new version from today: remaining work rescheduled\n"
        "                        (--llm: revised by the model); --accept applies it.\n"
        "  versions PLAN_ID [--restore N]\n"
        "                        List the plan's versions, or make version N current again.\n"
        "  diff PLAN_ID V1 V2    What changed between two versions of a plan.\n"
        "  jobs                  The plan generation jobs and how they ended.\n"
        "  cancel JOB_ID         Cancel a pending or running job (also in another process).\n"
        "  retry JOB_ID [--provider ...]\n"
        "                        Plan a failed, cancelled or interrupted job's goal again.\n"
        "  ask PROMPT [--system TEXT] [--no-stream]\n"
        "                        One chat call to the model server; the answer is printed as\n"
        "                        it arrives.\n"
        "  models                List the models the server offers.\n"
        "  cache stats           Entries, size and hit counts of the LLM response cache.\n"
        "  cache clear           Forget every cached LLM answer.\n"
        "  backup [-o FILE]      Write a backup now (default: into the backups folder).\n"
        "  backups               List the backups, newest first, with their kind.\n"
        "  restore FILE          Check a backup and swap it in; the replaced database is\n"
        "                        kept in the backups folder. Close the Helios window first.\n"
        "  export PLAN_ID|--all --format ics|md|csv|json|todotxt [-o FILE]\n"
        "                        Export one plan or all of them (default: to stdout).\n"
        "  import FILE [--format ics|md|json|todotxt] [--today YYYY-MM-DD]\n"
        "                        Import a file as a new plan, scheduled from --today\n"
        "                        (format guessed from the content when not given).\n"
        "  serve [--port N] [--bind ADDRESS] [--new-token | --show-token]\n"
        "                        The local HTTP API (docs/API.md) on 127.0.0.1:8765 until\n"
        "                        Ctrl+C; the bearer token lives in the system keychain\n"
        "                        ($HELIOS_API_TOKEN instead when set).\n"
        "  sync --account URL [--user NAME] --plan PLAN_ID [--collection URL] [--shared]\n"
        "                        Sync a plan with a CalDAV server (Nextcloud, Radicale, ...):\n"
        "                        its tasks become VTODOs in a new calendar named after the\n"
        "                        goal (or in --collection), both ways from then on. The\n"
        "                        password comes from $HELIOS_SYNC_PASSWORD, else stdin.\n"
        "                        --shared: the calendar holds several plans (bind each\n"
        "                        with --shared); each plan's tasks go under its goal.\n"
        "  sync now [--plan PLAN_ID]\n"
        "                        Sync every bound plan (or one) with its server now.\n"
        "  sync status           The bound plans: server, last sync, what changed, errors.\n"
        "  help                  Show this help.\n"
        "  Every command takes --json to print JSON on stdout instead of text.\n"
        "\n"
        "Options (before or after the command):\n"
        "  --db PATH             Database file (default: $HELIOS_DB, else helios.db in the\n"
        "                        data folder). helios.log is written beside it.\n"
        "  --db-workers N        Threads that run SQL, 1 to 16 (default:\n"
        "                        $HELIOS_DB_WORKERS, else 2).\n"
        "  --verbose             Log debug details to helios.log and stderr.\n"
        "  --metrics-out FILE    Write the metrics (Prometheus text) to FILE at exit.\n"
        "  -h, --help            Show this help; 'helios-cli COMMAND --help' for a command.\n"
        "  --version             Show the version.\n"
        "\n"
        "Model server options (ask, models, plan, replan --llm, serve):\n"
        "  --provider NAME       offline, openai or ollama (default: $HELIOS_PROVIDER, else\n"
        "                        offline).\n"
        "  --endpoint URL        The server (default: $HELIOS_ENDPOINT, else\n"
        "                        http://127.0.0.1:11434 for ollama, :8080 for openai).\n"
        "  --model NAME          The model (default: $HELIOS_MODEL, else the server's first).\n"
        "  --temperature T       0 to 2 (default 0.2).\n"
        "  --no-cache            Ask the model even when the answer is cached.\n"
        "  --timeout S           Give up after S seconds in all (default 600).\n"
        "  The API key (openai) is read from $HELIOS_API_KEY, never from the command line.\n"
        "\n"
        "Exit codes:\n"
        "  0    success\n"
        "  2    usage: unknown command or option, bad date or number, bad goal, unknown id,\n"
        "       no such schema version, an import file refused (not text, not the\n"
        "       format, broken, no tasks, over 16 MiB)\n"
        "  3    LLM provider or network failure\n"
        "  4    LLM output rejected by validation\n"
        "  5    storage failure (database or file), no database, failed db check,\n"
        "       database from a newer Helios (db migrate), damaged or newer backup (restore)\n"
        "  130  cancelled\n"
        "\n"
        "Examples:\n"
        "  helios-cli plan \"Learn Python\" --deadline 2027-03-01 --hours-per-week 6\n"
        "  helios-cli plan \"学习Python编程\" --json\n"
        "  helios-cli plans\n"
        "  helios-cli show 1 --json\n"
        "  helios-cli task set-status 12 done\n"
        "  helios-cli today --json\n"
        "  helios-cli task tomorrow 12\n"
        "  helios-cli template set 1\n"
        "  helios-cli plan --from-template 1 \"Learn Python again\" --hours-per-week 4\n"
        "  helios-cli db status --json\n"
        "  helios-cli db migrate --to 1\n"
        "  helios-cli plan \"Run a half marathon\" --provider ollama --model qwen2.5:7b\n"
        "  helios-cli replan 1 --today 2027-01-10 && helios-cli replan 1 --accept\n"
        "  helios-cli versions 1 && helios-cli diff 1 1 2\n"
        "  helios-cli ask \"Say hello\" --provider ollama --model qwen2.5:7b\n"
        "  HELIOS_API_KEY=... helios-cli models --provider openai --endpoint https://host\n"
        "  helios-cli backup -o ~/helios-copy.db\n"
        "  helios-cli export 1 --format ics -o plan.ics\n"
        "  helios-cli export --all --format json -o helios-plans.json\n"
        "  helios-cli import chatbot-plan.md --today 2026-12-01\n"
        "  HELIOS_DB=/tmp/try.db helios-cli plans\n"
        "  helios-cli serve --port 8765\n");
}

void describeVerb(QCommandLineParser &parser, Verb verb)
{
    switch (verb) {
    case Verb::Plan:
        parser.setApplicationDescription(
            tr("Create a plan of dated tasks for GOAL and save it. With --from-template ID, start "
               "it from a template's tasks instead; GOAL is then optional (default: the "
               "template's goal)."));
        parser.addPositionalArgument(QStringLiteral("goal"),
                                     tr("What you want to achieve, in English or Chinese."),
                                     QStringLiteral("plan GOAL"));
        break;
    case Verb::Plans:
        parser.setApplicationDescription(tr("List the saved plans (templates are not listed)."));
        parser.addPositionalArgument(QStringLiteral("plans"), tr("The command."),
                                     QStringLiteral("plans"));
        break;
    case Verb::Show:
        parser.setApplicationDescription(tr("Show one plan with its tasks."));
        parser.addPositionalArgument(QStringLiteral("plan-id"),
                                     tr("The plan's id, as listed by 'plans'."),
                                     QStringLiteral("show PLAN_ID"));
        break;
    case Verb::Delete:
        parser.setApplicationDescription(
            tr("Delete a plan with its tasks and versions. There is no undo; the daily backup "
               "still has it (helios-cli backups, restore)."));
        parser.addPositionalArgument(QStringLiteral("plan-id"),
                                     tr("The plan's id, as listed by 'plans'."),
                                     QStringLiteral("delete PLAN_ID"));
        break;
    case Verb::Task:
        parser.setApplicationDescription(
            tr("Change a task.\n"
               "  set-status TASK_ID STATUS   todo, in_progress, done or skipped\n"
               "  tomorrow TASK_ID            move an open task to start tomorrow, keeping its\n"
               "                              length; the tasks that depend on it follow; the\n"
               "                              plan keeps the change as a new version"));
        parser.addPositionalArgument(QStringLiteral("action"), tr("set-status or tomorrow."),
                                     QStringLiteral("task set-status|tomorrow"));
        parser.addPositionalArgument(QStringLiteral("task-id"),
                                     tr("The task's id, as shown by 'show' or 'today'."),
                                     QStringLiteral("TASK_ID"));
        parser.addPositionalArgument(QStringLiteral("status"),
                                     tr("set-status: todo, in_progress, done or skipped."),
                                     QStringLiteral("[STATUS]"));
        break;
    case Verb::Today:
        parser.setApplicationDescription(
            tr("Every plan's tasks for the day: the overdue ones (longest overdue first), those "
               "under way today with the share of their hours planned for today, and the next "
               "task of each plan; the hours planned today against the hours you have (from "
               "--weekday-hours, else the plans' weekly hours)."));
        parser.addPositionalArgument(QStringLiteral("today"), tr("The command."),
                                     QStringLiteral("today"));
        break;
    case Verb::Templates:
        parser.setApplicationDescription(
            tr("The template gallery, one page at a time: your own templates (newest first), then "
               "the built-in ones, one per goal kind the offline planner knows, by category. "
               "Start a plan from one with 'plan --from-template ID'."));
        parser.addPositionalArgument(QStringLiteral("templates"), tr("The command."),
                                     QStringLiteral("templates"));
        break;
    case Verb::Template:
        parser.setApplicationDescription(
            tr("Offer a plan as a template (set) or stop offering it (unset). A template is "
               "listed by 'templates' instead of 'plans' and starts new plans with "
               "'plan --from-template ID'. 'export ID FILE' writes a template (yours or a "
               "built-in one) as a Helios JSON file to share; 'import FILE' adds such a file as "
               "your template (at most 1 MiB and 500 tasks)."));
        parser.addPositionalArgument(QStringLiteral("action"), tr("set, unset, export or import."),
                                     QStringLiteral("template set|unset|export|import"));
        parser.addPositionalArgument(QStringLiteral("id"),
                                     tr("set and unset: the plan's id, as listed by 'plans' or "
                                        "'templates'; export: the template's id; import: the "
                                        "file."),
                                     QStringLiteral("PLAN_ID|ID FILE|FILE"));
        break;
    case Verb::Db:
        parser.setApplicationDescription(
            tr("Look after the database file.\n"
               "  status      schema version (and the latest this Helios knows), journal mode,\n"
               "              size, quick check and pre-migration backups; writes nothing\n"
               "  check       full integrity and foreign key check; exit 5 when it fails\n"
               "  migrate     move the schema up or down to version --to N, after writing a\n"
               "              backup"));
        parser.addPositionalArgument(QStringLiteral("action"), tr("status, check or migrate."),
                                     QStringLiteral("db status|check|migrate"));
        break;
    case Verb::Ask:
        parser.setApplicationDescription(
            tr("Send PROMPT to the model server in one chat call and print the answer as it "
               "arrives. Answers are cached: the same question costs nothing the second time. "
               "The API key (openai) comes from $HELIOS_API_KEY."));
        parser.addPositionalArgument(QStringLiteral("prompt"), tr("What to ask."),
                                     QStringLiteral("ask PROMPT"));
        break;
    case Verb::Models:
        parser.setApplicationDescription(tr("List the models the model server offers."));
        parser.addPositionalArgument(QStringLiteral("models"), tr("The command."),
                                     QStringLiteral("models"));
        break;
    case Verb::Replan:
        parser.setApplicationDescription(
            tr("Propose a new version of a plan from --today on: done tasks keep their dates, "
               "in-progress, overdue and future work is rescheduled (with --llm the model "
               "revises the remaining tasks: split, add, drop). Without --accept the proposal is "
               "printed and nothing changes; with it, it becomes a new version (see 'versions')."));
        parser.addPositionalArgument(QStringLiteral("plan-id"), tr("The plan's id."),
                                     QStringLiteral("replan PLAN_ID"));
        break;
    case Verb::Versions:
        parser.setApplicationDescription(
            tr("List the versions of a plan (each accepted re-plan, revision or restore is one; "
               "version 1 is the plan as it was before its first change), or with --restore N "
               "make version N current again, as a new version."));
        parser.addPositionalArgument(QStringLiteral("plan-id"), tr("The plan's id."),
                                     QStringLiteral("versions PLAN_ID"));
        break;
    case Verb::Diff:
        parser.setApplicationDescription(
            tr("Show what changed between two versions of a plan: added, removed and changed "
               "tasks, moved dates."));
        parser.addPositionalArgument(QStringLiteral("plan-id"), tr("The plan's id."),
                                     QStringLiteral("diff PLAN_ID"));
        parser.addPositionalArgument(QStringLiteral("v1"), tr("The older version."),
                                     QStringLiteral("V1"));
        parser.addPositionalArgument(QStringLiteral("v2"), tr("The newer version."),
                                     QStringLiteral("V2"));
        break;
    case Verb::Jobs:
        parser.setApplicationDescription(
            tr("List the plan generation jobs, newest first: status (pending, running, "
               "completed, failed, cancelled, interrupted), stage, error and plan."));
        parser.addPositionalArgument(QStringLiteral("jobs"), tr("The command."),
                                     QStringLiteral("jobs"));
        break;
    case Verb::Retry:
        parser.setApplicationDescription(
            tr("Plan the goal of a failed, cancelled or interrupted job again, as a new job, with "
               "the job's deadline, weekly hours, provider and model (the LLM options override "
               "them)."));
        parser.addPositionalArgument(QStringLiteral("job-id"),
                                     tr("The job's id, as listed by 'jobs'."),
                                     QStringLiteral("retry JOB_ID"));
        break;
    case Verb::Sync:
        parser.setApplicationDescription(tr(
            "Two-way sync of plans with a CalDAV server (Nextcloud, Radicale, Baikal, "
            "Xandikos...). With --account and --plan: bind the plan to a calendar (--collection, "
            "else a new one named after the goal; --shared when that calendar holds several "
            "plans) and sync it. 'sync now' syncs every bound plan (or --plan's); 'sync status' "
            "(the default) shows them; 'sync stop --plan ID' stops syncing a plan (the plan and "
            "the server's calendar are left as they are). The password is read from "
            "$HELIOS_SYNC_PASSWORD, else from standard input; it is never an argument and never "
            "stored by helios-cli."));
        parser.addPositionalArgument(QStringLiteral("sync"), tr("The command."),
                                     QStringLiteral("sync [now|status|stop]"));
        break;
    case Verb::Serve:
        parser.setApplicationDescription(
            tr("Serve the local HTTP API (docs/API.md) until interrupted: plans, jobs, tasks, the "
               "template gallery, /metrics for Prometheus and events over a WebSocket. It listens "
               "on 127.0.0.1 unless --bind names another address. Every request but /healthz "
               "needs the bearer token: $HELIOS_API_TOKEN when set, else the one kept in the "
               "system keychain, made and printed once on first use. With the model server "
               "options, \"planner\": \"model\" plans on that server."));
        parser.addPositionalArgument(QStringLiteral("serve"), tr("The command."),
                                     QStringLiteral("serve"));
        break;
    case Verb::Cancel:
        parser.setApplicationDescription(
            tr("Cancel a pending or running job; the process running it stops within a second "
               "and saves nothing."));
        parser.addPositionalArgument(QStringLiteral("job-id"), tr("The job's id, from 'jobs'."),
                                     QStringLiteral("cancel JOB_ID"));
        break;
    case Verb::Cache:
        parser.setApplicationDescription(
            tr("Look after the LLM response cache.\n"
               "  stats       entries, size on disk and in this run's hits and misses\n"
               "  clear       forget every cached answer"));
        parser.addPositionalArgument(QStringLiteral("action"), tr("stats or clear."),
                                     QStringLiteral("cache stats|clear"));
        break;
    case Verb::Backup:
    case Verb::Restore:
    case Verb::Backups:
        describeBackupVerb(parser, verb);
        break;
    case Verb::Export:
        parser.setApplicationDescription(
            tr("Export one plan, or all plans with --all, as iCalendar (ics), Markdown (md), CSV "
               "(csv), Helios JSON (json, the lossless one) or todo.txt (todotxt). Without -o the "
               "export goes to stdout; with -o it is written to a temporary file that replaces "
               "FILE only once complete."));
        parser.addPositionalArgument(QStringLiteral("plan-id"),
                                     tr("The plan's id, as listed by 'plans' (or --all)."),
                                     QStringLiteral("export PLAN_ID|--all"));
        break;
    case Verb::Import:
        parser.setApplicationDescription(
            tr("Import a Helios JSON, iCalendar (VTODO), Markdown or todo.txt file as a new plan "
               "and print its id. The format is guessed from the content unless --format is "
               "given. A file that is not text, not the format, broken, without tasks or over "
               "16 MiB is refused whole (exit 2) and nothing is saved."));
        parser.addPositionalArgument(QStringLiteral("file"), tr("The file to import."),
                                     QStringLiteral("import FILE"));
        break;
    }
}

} // namespace helios::cli
