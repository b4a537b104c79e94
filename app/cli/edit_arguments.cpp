#include "app/cli/edit_arguments.h"

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

Result<qint64> taskId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error::usage(tr("'%1' is not a task id: ids are positive whole numbers.").arg(text));
    return id;
}

Result<QDate> dayOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString text = parser.value(option);
    const QDate date = parseIsoDate(text);
    if (!date.isValid())
        return Error::usage(tr("--%1 expects a date as YYYY-MM-DD, not '%2'.")
                                .arg(option.names().constFirst(), text));
    return date;
}

// --after 3,5 (or "none" for no prerequisites).
Result<QList<qint64>> prerequisiteIds(const QString &text)
{
    QList<qint64> ids;
    if (text.trimmed() == QLatin1String("none"))
        return ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Result<qint64> id = taskId(part);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (ids.isEmpty())
        return Error::usage(
            tr("--after expects task ids separated by commas, or none, not '%1'.").arg(text));
    return ids;
}

// The fields the options give; which ones a verb accepts is checked by the caller.
Result<TaskFieldsEdit> fieldsFrom(const QCommandLineParser &parser, const EditOptions &o)
{
    TaskFieldsEdit fields;
    if (parser.isSet(o.title))
        fields.title = parser.value(o.title);
    if (parser.isSet(o.hours)) {
        const QString text = parser.value(o.hours);
        bool ok = false;
        const double hours = QLocale::c().toDouble(text.trimmed(), &ok);
        if (!ok || !std::isfinite(hours))
            return Error::usage(tr("--hours expects a number of hours, not '%1'.").arg(text));
        fields.estimateHours = hours;
    }
    if (parser.isSet(o.milestone))
        fields.milestone = parser.value(o.milestone);
    if (parser.isSet(o.notes))
        fields.notes = parser.value(o.notes);
    if (parser.isSet(o.after)) {
        Result<QList<qint64>> ids = prerequisiteIds(parser.value(o.after));
        if (!ids)
            return ids.error();
        fields.dependsOn = *ids;
    }
    if (parser.isSet(o.start)) {
        Result<QDate> day = dayOption(parser, o.start);
        if (!day)
            return day.error();
        fields.start = *day;
    }
    return fields;
}

} // namespace

EditOptions::EditOptions()
    : title(QStringLiteral("title"), tr("task add/edit: the task's title."),
            QStringLiteral("TEXT")),
      hours(QStringLiteral("hours"), tr("task add/edit: the estimate in hours."),
            QStringLiteral("H")),
      milestone(QStringLiteral("milestone"), tr("task add/edit/move: the task's milestone."),
                QStringLiteral("NAME")),
      after(QStringLiteral("after"),
            tr("task add/edit: the tasks it waits for, as ids separated by commas (or none)."),
            QStringLiteral("IDS")),
      notes(QStringLiteral("notes"), tr("task edit: the task's notes."), QStringLiteral("TEXT")),
      start(QStringLiteral("start"), tr("task edit/move: do it from this day on (YYYY-MM-DD)."),
            QStringLiteral("YYYY-MM-DD"))
{}

void EditOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({title, hours, milestone, after, notes, start});
}

bool isPlanRename(const QStringList &args)
{
    if (args.size() < 2 || args.constFirst() != QLatin1String("rename"))
        return false;
    bool ok = false;
    return args.at(1).toLongLong(&ok) > 0 && ok;
}

Status fillPlanRename(Request &request, const QStringList &args, const QDate &today)
{
    request.command = Command::RenamePlan;
    request.planId = args.at(1).toLongLong();
    if (args.size() < 3)
        return Error::usage(
            tr("plan rename needs the new goal: helios-cli plan rename 1 \"Learn Go\"."));
    request.edit = PlanEdit::renamePlan(args.mid(2).join(QLatin1Char(' ')));
    request.today = today;
    return Ok{};
}

Status fillTaskEdit(Request &request, const QCommandLineParser &parser, const EditOptions &o,
                    const QCommandLineOption &todayOption, const QStringList &args,
                    const QDate &today)
{
    const QString action = args.value(0);
    request.today = today;
    if (parser.isSet(todayOption)) {
        Result<QDate> day = dayOption(parser, todayOption);
        if (!day)
            return day.error();
        request.today = *day;
    }
    Result<TaskFieldsEdit> fields = fieldsFrom(parser, o);
    if (!fields)
        return fields.error();

    if (action == QLatin1String("add")) {
        request.command = Command::AddTask;
        if (args.size() < 2)
            return Error::usage(tr("task add needs a plan id and a title: helios-cli task add 1 "
                                   "\"Read chapter 4\" --hours 2."));
        Result<qint64> plan = taskId(args.at(1));
        if (!plan)
            return Error::usage(
                tr("'%1' is not a plan id: ids are positive whole numbers.").arg(args.at(1)));
        request.planId = *plan;
        Task task;
        task.title = fields->title.value_or(args.mid(2).join(QLatin1Char(' ')));
        task.estimateHours = fields->estimateHours.value_or(1.0);
        task.milestone = fields->milestone.value_or(QString());
        task.notes = fields->notes.value_or(QString());
        if (fields->start)
            return Error::usage(tr("task add takes no --start: add the task, then move it."));
        request.edit = PlanEdit::addTask(task, fields->dependsOn.value_or(QList<qint64>{}));
        return Ok{};
    }
    if (action == QLatin1String("edit") || action == QLatin1String("move") ||
        action == QLatin1String("remove")) {
        if (args.size() != 2)
            return Error::usage(
                tr("task %1 needs one task id: helios-cli task %1 12.").arg(action));
        Result<qint64> id = taskId(args.at(1));
        if (!id)
            return id.error();
        if (action == QLatin1String("remove")) {
            request.command = Command::RemoveTask;
            if (!fields->isEmpty())
                return Error::usage(tr("task remove takes no options but --today and --json."));
            request.edit = PlanEdit::removeTask(*id);
            return Ok{};
        }
        request.command = Command::EditTask;
        if (action == QLatin1String("move")) {
            if (!fields->milestone && !fields->start)
                return Error::usage(tr("task move needs --milestone NAME or --start YYYY-MM-DD."));
            if (fields->title || fields->estimateHours || fields->notes || fields->dependsOn)
                return Error::usage(tr("task move takes only --milestone and --start; use task "
                                       "edit for the rest."));
        } else if (fields->isEmpty()) {
            return Error::usage(tr("task edit needs something to change: --title, --hours, "
                                   "--milestone, --after, --notes or --start."));
        }
        request.edit = PlanEdit::editTask(*id, *fields);
        return Ok{};
    }
    return Error::usage(
        action.isEmpty()
            ? tr("The task command needs an action: set-status, tomorrow, add, edit, move or "
                 "remove.")
            : tr("Unknown task action '%1': use set-status, tomorrow, add, edit, move or remove.")
                  .arg(action));
}

} // namespace helios::cli
