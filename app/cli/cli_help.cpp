#include "app/cli/cli_help.h"

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
    if (name == QLatin1String("task"))
        return Verb::Task;
    if (name == QLatin1String("templates"))
        return Verb::Templates;
    if (name == QLatin1String("template"))
        return Verb::Template;
    if (name == QLatin1String("db"))
        return Verb::Db;
    if (name == QLatin1String("export"))
        return Verb::Export;
    if (name == QLatin1String("import"))
        return Verb::Import;
    return std::nullopt;
}

QString overviewHelp()
{
    return tr(
        "Usage: helios-cli [--db PATH] [--db-workers N] [--verbose] COMMAND [ARGUMENTS] "
        "[--json]\n"
        "\n"
        "Helios turns a goal into a plan of dated tasks, offline, and keeps track of them.\n"
        "\n"
        "Commands:\n"
        "  plan GOAL [--deadline YYYY-MM-DD] [--hours-per-week H] [--today YYYY-MM-DD]\n"
        "                        Create a plan for GOAL and save it.\n"
        "  plan --from-template ID [GOAL] [--deadline ...] [--hours-per-week H] [--today ...]\n"
        "                        Start a new plan from a template (GOAL: the template's).\n"
        "  plans                 List the saved plans (templates are not listed).\n"
        "  show PLAN_ID          Show one plan with its tasks.\n"
        "  task set-status TASK_ID todo|in_progress|done|skipped\n"
        "                        Change the status of a task.\n"
        "  templates [--page N] [--limit N]\n"
        "                        List the templates, a page at a time (default: page 1, 20 a "
        "page).\n"
        "  template set|unset PLAN_ID\n"
        "                        Offer a plan as a template, or stop offering it.\n"
        "  db status             Schema version, journal mode, size, quick check, backups;\n"
        "                        reads the database without writing to it.\n"
        "  db check              Full integrity and foreign key check.\n"
        "  db migrate --to N     Move the schema up or down to version N (0 to latest),\n"
        "                        after writing a backup.\n"
        "  export PLAN_ID|--all --format ics|md|csv|json|todotxt [-o FILE]\n"
        "                        Export one plan or all of them (default: to stdout).\n"
        "  import FILE [--format ics|md|json|todotxt] [--today YYYY-MM-DD]\n"
        "                        Import a file as a new plan, scheduled from --today\n"
        "                        (format guessed from the content when not given).\n"
        "  help                  Show this help.\n"
        "  Every command takes --json to print JSON on stdout instead of text.\n"
        "\n"
        "Options (before or after the command):\n"
        "  --db PATH             Database file (default: $HELIOS_DB, else helios.db in the\n"
        "                        data folder). helios.log is written beside it.\n"
        "  --db-workers N        Threads that run SQL, 1 to 16 (default:\n"
        "                        $HELIOS_DB_WORKERS, else 2).\n"
        "  --verbose             Log debug details to helios.log and stderr.\n"
        "  -h, --help            Show this help; 'helios-cli COMMAND --help' for a command.\n"
        "  --version             Show the version.\n"
        "\n"
        "Exit codes:\n"
        "  0    success\n"
        "  2    usage: unknown command or option, bad date or number, bad goal, unknown id,\n"
        "       no such schema version, an import file refused (not text, not the\n"
        "       format, broken, no tasks, over 16 MiB)\n"
        "  3    LLM provider or network failure\n"
        "  4    LLM output rejected by validation\n"
        "  5    storage failure (database or file), no database, failed db check,\n"
        "       database from a newer Helios (db migrate)\n"
        "  130  cancelled\n"
        "\n"
        "Examples:\n"
        "  helios-cli plan \"Learn Python\" --deadline 2027-03-01 --hours-per-week 6\n"
        "  helios-cli plan \"学习Python编程\" --json\n"
        "  helios-cli plans\n"
        "  helios-cli show 1 --json\n"
        "  helios-cli task set-status 12 done\n"
        "  helios-cli template set 1\n"
        "  helios-cli plan --from-template 1 \"Learn Python again\" --hours-per-week 4\n"
        "  helios-cli db status --json\n"
        "  helios-cli db migrate --to 1\n"
        "  helios-cli export 1 --format ics -o plan.ics\n"
        "  helios-cli export --all --format json -o helios-plans.json\n"
        "  helios-cli import chatbot-plan.md --today 2026-12-01\n"
        "  HELIOS_DB=/tmp/try.db helios-cli plans\n");
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
    case Verb::Task:
        parser.setApplicationDescription(tr("Change the status of a task."));
        parser.addPositionalArgument(QStringLiteral("task-id"),
                                     tr("The task's id, as shown by 'show'."),
                                     QStringLiteral("task set-status TASK_ID"));
        parser.addPositionalArgument(QStringLiteral("status"),
                                     tr("todo, in_progress, done or skipped."),
                                     QStringLiteral("STATUS"));
        break;
    case Verb::Templates:
        parser.setApplicationDescription(
            tr("List the templates, newest first, one page at a time."));
        parser.addPositionalArgument(QStringLiteral("templates"), tr("The command."),
                                     QStringLiteral("templates"));
        break;
    case Verb::Template:
        parser.setApplicationDescription(
            tr("Offer a plan as a template (set) or stop offering it (unset). A template is "
               "listed by 'templates' instead of 'plans' and starts new plans with "
               "'plan --from-template ID'."));
        parser.addPositionalArgument(QStringLiteral("action"), tr("set or unset."),
                                     QStringLiteral("template set|unset"));
        parser.addPositionalArgument(QStringLiteral("plan-id"),
                                     tr("The plan's id, as listed by 'plans' or 'templates'."),
                                     QStringLiteral("PLAN_ID"));
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
