#include "app/cli/cli_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

} // namespace

GlobalOptions::GlobalOptions()
    : db(QStringLiteral("db"),
         tr("Database file (default: $HELIOS_DB, else helios.db in the data folder)."),
         QStringLiteral("PATH")),
      dbWorkers(QStringLiteral("db-workers"),
                tr("Threads that run SQL, 1 to 16 (default: $HELIOS_DB_WORKERS, else 2)."),
                QStringLiteral("N")),
      verbose(QStringLiteral("verbose"), tr("Log debug details to helios.log and stderr.")),
      metricsOut(QStringLiteral("metrics-out"),
                 tr("Write the metrics (Prometheus text format) to FILE at exit."),
                 QStringLiteral("FILE")),
      help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help and exit.")),
      version(QStringLiteral("version"), tr("Show the version and exit."))
{}

void GlobalOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({db, dbWorkers, verbose, metricsOut, help, version});
}

CommandOptions::CommandOptions()
    : json(QStringLiteral("json"), tr("Print JSON on stdout instead of text.")),
      deadline(QStringLiteral("deadline"), tr("Finish by this date (YYYY-MM-DD)."),
               QStringLiteral("YYYY-MM-DD")),
      hoursPerWeek(QStringLiteral("hours-per-week"), tr("Hours of work per week (default 10)."),
                   QStringLiteral("H")),
      today(QStringLiteral("today"), tr("Schedule from this date instead of today (YYYY-MM-DD)."),
            QStringLiteral("YYYY-MM-DD")),
      fromTemplate(QStringLiteral("from-template"),
                   tr("Start from this template's tasks (see 'templates')."), QStringLiteral("ID")),
      page(QStringLiteral("page"), tr("The page to show, from 1 (default 1)."),
           QStringLiteral("N")),
      limit(QStringLiteral("limit"), tr("Templates per page, 1 to 500 (default 20)."),
            QStringLiteral("N")),
      category(QStringLiteral("category"),
               tr("Only this category: mine (your own templates) or a family such as events."),
               QStringLiteral("CATEGORY")),
      search(QStringLiteral("search"),
             tr("Only templates whose name or goal holds every word of TEXT (any case, English "
                "or Chinese)."),
             QStringLiteral("TEXT")),
      language(QStringLiteral("language"),
               tr("Built-in templates in this language: en or zh (default: the system's)."),
               QStringLiteral("LANG")),
      to(QStringLiteral("to"), tr("db migrate: the schema version to move to, 0 to the latest."),
         QStringLiteral("N")),
      format(QStringLiteral("format"),
             tr("File format: ics, md, csv, json or todotxt (import: guessed when not given)."),
             QStringLiteral("FORMAT")),
      output({QStringLiteral("o"), QStringLiteral("output")},
             tr("Write the export to FILE instead of stdout."), QStringLiteral("FILE")),
      all(QStringLiteral("all"), tr("Export every plan (templates excepted).")),
      port(QStringLiteral("port"),
           tr("serve: the port to listen on (default 8765; 0: any free one)."),
           QStringLiteral("PORT")),
      bind(QStringLiteral("bind"),
           tr("serve: the address to listen on (default 127.0.0.1). Any other address lets other "
              "machines reach the API: name it only when you mean it."),
           QStringLiteral("ADDRESS")),
      newToken(QStringLiteral("new-token"),
               tr("serve: make a new token (the old one stops working), print it once and "
                  "serve.")),
      showToken(QStringLiteral("show-token"),
                tr("serve: print the token kept in the keychain (made if there is none) and "
                   "exit.")),
      weekdayHours(QStringLiteral("weekday-hours"),
                   tr("The hours you have each day, Monday first: seven numbers separated by "
                      "commas, or one for every day (default: the plans' weekly hours)."),
                   QStringLiteral("H[,H...]")),
      rescheduleOverdue(QStringLiteral("reschedule-overdue"),
                        tr("today: for each plan with overdue tasks, propose its remaining work "
                           "scheduled again from today (as replan does) and print the changes; "
                           "nothing changes without --yes.")),
      yes(QStringList{QStringLiteral("yes"), QStringLiteral("accept")},
          tr("today --reschedule-overdue: apply every plan's proposal as a new version.")),
      account(QStringLiteral("account"),
              tr("sync: the CalDAV server (https://cloud.example.org/remote.php/dav, or any "
                 "address the server answers discovery on)."),
              QStringLiteral("URL")),
      user(QStringLiteral("user"), tr("sync: the user name on the server."),
           QStringLiteral("NAME")),
      plan(QStringLiteral("plan"), tr("sync: the plan to bind, or to sync now."),
           QStringLiteral("PLAN_ID")),
      collection(QStringLiteral("collection"),
                 tr("sync: an existing calendar to sync the plan with (default: a new one)."),
                 QStringLiteral("URL")),
      shared(QStringLiteral("shared"),
             tr("sync --account: the calendar holds several plans; each plan's tasks go under "
                "its goal, and the sync leaves the other plans' to-dos alone."))
{}

void CommandOptions::addTo(QCommandLineParser &parser, Verb verb) const
{
    parser.addOption(json);
    if (verb == Verb::Plan)
        parser.addOptions({deadline, hoursPerWeek, today, fromTemplate, language});
    if (verb == Verb::Templates)
        parser.addOptions({page, limit, category, search, language});
    if (verb == Verb::Template)
        parser.addOption(language);
    if (verb == Verb::Db)
        parser.addOption(to);
    if (verb == Verb::Replan)
        parser.addOption(today);
    if (verb == Verb::Backup)
        parser.addOption(output);
    if (verb == Verb::Export)
        parser.addOptions({format, output, all});
    if (verb == Verb::Import)
        parser.addOptions({format, today});
    if (verb == Verb::Serve)
        parser.addOptions({port, bind, newToken, showToken, today});
    if (verb == Verb::Today)
        parser.addOptions({today, weekdayHours, rescheduleOverdue, yes});
    if (verb == Verb::Task)
        parser.addOption(today);
    if (verb == Verb::Sync)
        parser.addOptions({account, user, plan, collection, shared});
}

bool takesValue(const QString &argument)
{
    static const QStringList names{QStringLiteral("--db"),
                                   QStringLiteral("--db-workers"),
                                   QStringLiteral("--deadline"),
                                   QStringLiteral("--today"),
                                   QStringLiteral("--hours-per-week"),
                                   QStringLiteral("--page"),
                                   QStringLiteral("--limit"),
                                   QStringLiteral("--category"),
                                   QStringLiteral("--search"),
                                   QStringLiteral("--language"),
                                   QStringLiteral("--from-template"),
                                   QStringLiteral("--to"),
                                   QStringLiteral("--metrics-out"),
                                   QStringLiteral("--provider"),
                                   QStringLiteral("--endpoint"),
                                   QStringLiteral("--model"),
                                   QStringLiteral("--temperature"),
                                   QStringLiteral("--timeout"),
                                   QStringLiteral("--system"),
                                   QStringLiteral("--restore"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("--output"),
                                   QStringLiteral("--port"),
                                   QStringLiteral("--bind"),
                                   QStringLiteral("--account"),
                                   QStringLiteral("--user"),
                                   QStringLiteral("--plan"),
                                   QStringLiteral("--collection"),
                                   QStringLiteral("--title"),
                                   QStringLiteral("--hours"),
                                   QStringLiteral("--milestone"),
                                   QStringLiteral("--after"),
                                   QStringLiteral("--notes"),
                                   QStringLiteral("--start"),
                                   QStringLiteral("--weekday-hours")};
    return names.contains(argument);
}

} // namespace helios::cli
