#include "app/cli/today_commands.h"

#include "app/cli/cli_output.h"
#include "app/cli/sync_commands.h"
#include "core/io/plan_json.h"
#include "core/io/version_json.h"
#include "core/jobs/version_service.h"
#include "core/store/store.h"
#include "core/today/agenda_json.h"
#include "core/today/today_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QString hours(double h)
{
    const double rounded = std::round(h * 10.0) / 10.0;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return QLocale::c().toString(rounded, 'f', whole ? 0 : 1) + QLatin1Char('h');
}

QString cell(const QString &text, int width)
{
    return text.leftJustified(width) + QLatin1Char(' ');
}

QString rightCell(const QString &text, int width)
{
    return text.rightJustified(width) + QLatin1Char(' ');
}

QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' '));
}

// One table: ID, the section's date column, hours, title, plan.
QString section(const QString &heading, const QList<AgendaItem> &items, AgendaItem::Section kind)
{
    if (items.isEmpty())
        return {};
    int w = 2;
    for (const AgendaItem &item : items)
        w = std::max(w, int(QString::number(item.task.id).size()));
    const QString dateHeading = kind == AgendaItem::Section::NextUp ? tr("STARTS") : tr("DUE");
    const QString hoursHeading = kind == AgendaItem::Section::Today ? tr("TODAY") : tr("LEFT");
    QString out = heading + QLatin1Char('\n');
    out += QStringLiteral("  ") + rightCell(tr("ID"), w) + cell(dateHeading, 10) +
           rightCell(hoursHeading, 6) + cell(tr("TASK"), 30) + tr("PLAN") + QLatin1Char('\n');
    for (const AgendaItem &item : items) {
        const Task &t = item.task;
        const QDate shown = kind == AgendaItem::Section::NextUp ? t.startDate : t.dueDate;
        const double h =
            kind == AgendaItem::Section::Today ? item.hoursToday : remainingHours(item.task);
        out += QStringLiteral("  ") + rightCell(QString::number(t.id), w) + cell(date(shown), 10) +
               rightCell(hours(h), 6) + cell(oneLine(t.title), 30) + oneLine(item.planGoal) +
               QLatin1Char('\n');
    }
    return out;
}

QString formatAgenda(const Agenda &agenda)
{
    QString out =
        tr(agenda.today.size() == 1 ? "Today, %1: %2 task, %3 planned of the %4 you have.\n"
                                    : "Today, %1: %2 tasks, %3 planned of the %4 you have.\n")
            .arg(date(agenda.date))
            .arg(agenda.today.size())
            .arg(hours(agenda.plannedHours), hours(agenda.availableHours));
    if (agenda.isEmpty())
        return out + tr("Nothing to do: no plan has open work today or in the coming week.\n");
    if (!agenda.overdue.isEmpty())
        out += QLatin1Char('\n') +
               section(tr(agenda.overdue.size() == 1 ? "Overdue: %1 task, %2 left"
                                                     : "Overdue: %1 tasks, %2 left")
                           .arg(agenda.overdue.size())
                           .arg(hours(agenda.overdueHours)),
                       agenda.overdue, AgendaItem::Section::Overdue);
    if (!agenda.today.isEmpty())
        out += QLatin1Char('\n') + section(tr("Today"), agenda.today, AgendaItem::Section::Today);
    if (!agenda.nextUp.isEmpty())
        out +=
            QLatin1Char('\n') + section(tr("Next up"), agenda.nextUp, AgendaItem::Section::NextUp);
    return out;
}

// Named tasks, not temporaries, in co_await expressions (docs/ARCHITECTURE.md).
QCoro::Task<int> showToday(TodayService &today, const Request &request)
{
    AgendaOptions options;
    options.weekdayHours = request.weekdayHours;
    QCoro::Task<Result<Agenda>> reading = today.agenda(request.today, options);
    Result<Agenda> agenda = co_await std::move(reading);
    if (!agenda)
        co_return fail(agenda.error());
    printAgenda(*agenda, request.json);
    co_return 0;
}

// One plan's re-plan for --reschedule-overdue: proposed, and applied with --yes.
struct Rescheduled
{
    qint64 planId = 0;
    QString goal;
    int overdue = 0;
    PlanDiff diff;
    Plan shown; // as proposed, or as saved
    int version = 0;
};

QCoro::Task<Result<Rescheduled>> reschedulePlan(Store &store, VersionService &versions,
                                                const AgendaItem &first, int overdue,
                                                const Request &request)
{
    Rescheduled out;
    out.planId = first.task.planId;
    out.goal = first.planGoal;
    out.overdue = overdue;
    // A synced plan takes in the phone's edits first, and sends what moved after (replan --accept).
    SyncAroundChange sync;
    if (request.accept) {
        QCoro::Task<> merging = sync.before(store, out.planId);
        co_await std::move(merging);
    }
    auto proposing = versions.proposeReplan(out.planId, request.today);
    Result<ReplanProposal> proposal = co_await proposing;
    if (!proposal)
        co_return proposal.error();
    out.diff = proposal->diff;
    out.shown = proposal->proposed;
    if (request.accept) {
        auto applying =
            versions.applyVersion(std::move(proposal->proposed), QStringLiteral("replan"));
        Result<AppliedVersion> applied = co_await applying;
        if (!applied)
            co_return applied.error();
        out.shown = applied->plan;
        out.version = applied->version;
        QCoro::Task<> sending = sync.after(store);
        co_await std::move(sending);
    }
    co_return out;
}

void printRescheduled(const QList<Rescheduled> &plans, const Request &request)
{
    if (request.json) {
        QJsonArray array;
        for (const Rescheduled &p : plans)
            array.append(QJsonObject{
                {QStringLiteral("plan_id"), p.planId},
                {QStringLiteral("goal"), p.goal},
                {QStringLiteral("overdue"), p.overdue},
                {QStringLiteral("version"), p.version > 0 ? QJsonValue(p.version) : QJsonValue()},
                {QStringLiteral("diff"), planDiffToJson(p.diff)},
                {QStringLiteral("plan"), planToJson(p.shown)}});
        writeJson({{QStringLiteral("date"), date(request.today)},
                   {QStringLiteral("accepted"), request.accept},
                   {QStringLiteral("plans"), array}});
        return;
    }
    QString out;
    for (const Rescheduled &p : plans) {
        out += tr(p.overdue == 1 ? "Plan %1 “%2”: %3 overdue task.\n"
                                 : "Plan %1 “%2”: %3 overdue tasks.\n")
                   .arg(p.planId)
                   .arg(oneLine(p.goal))
                   .arg(p.overdue);
        out += describe(p.diff) + QLatin1Char('\n');
        if (p.version > 0)
            out += tr("Applied as version %1 of plan %2.\n").arg(p.version).arg(p.planId);
        out += QLatin1Char('\n');
    }
    if (!request.accept)
        out += tr("Nothing changed yet: run it again with --yes to apply these proposals "
                  "(or 'helios-cli replan ID --accept' for one plan).\n");
    else
        out += tr("'helios-cli versions ID --restore N' goes back to an earlier version.\n");
    writeOut(out);
}

QCoro::Task<int> rescheduleOverdue(Store &store, TodayService &today, VersionService &versions,
                                   const Request &request)
{
    QCoro::Task<Result<Agenda>> reading = today.agenda(request.today);
    Result<Agenda> agenda = co_await std::move(reading);
    if (!agenda)
        co_return fail(agenda.error());
    if (agenda->overdue.isEmpty()) {
        printNothingOverdue(*agenda, request);
        co_return 0;
    }
    const QHash<qint64, int> counts = agenda->overdueByPlan();
    QList<Rescheduled> done;
    for (const qint64 planId : agenda->plansWithOverdue()) {
        const auto first =
            std::find_if(agenda->overdue.cbegin(), agenda->overdue.cend(),
                         [planId](const AgendaItem &item) { return item.task.planId == planId; });
        auto rescheduling = reschedulePlan(store, versions, *first, counts.value(planId), request);
        Result<Rescheduled> one = co_await rescheduling;
        if (!one)
            co_return fail(one.error());
        done.append(std::move(*one));
    }
    printRescheduled(done, request);
    co_return 0;
}

QCoro::Task<int> moveToTomorrow(TodayService &today, const Request &request)
{
    QCoro::Task<Result<TaskMove>> moving = today.moveToTomorrow(request.taskId, request.today);
    Result<TaskMove> move = co_await std::move(moving);
    if (!move)
        co_return fail(move.error());
    const Task *task = move->movedTask();
    if (!task)
        co_return failUnexpectedly(QStringLiteral("the moved task is not in its plan"));
    qInfo("Task %lld moved to %s", static_cast<long long>(task->id),
          qPrintable(date(task->startDate)));
    if (request.json) {
        QJsonArray also;
        for (const Task &t : std::as_const(move->after.tasks)) {
            if (move->alsoMoved.contains(t.id))
                also.append(taskToJson(move->after, t));
        }
        writeJson({{QStringLiteral("task"), taskToJson(move->after, *task)},
                   {QStringLiteral("also_moved"), also}});
        co_return 0;
    }
    QString out = tr("Moved task %1 “%2” to %3 (due %4).\n")
                      .arg(task->id)
                      .arg(task->title, date(task->startDate), date(task->dueDate));
    if (!move->alsoMoved.isEmpty())
        out += tr(move->alsoMoved.size() == 1 ? "%1 task that depends on it moved with it.\n"
                                              : "%1 tasks that depend on it moved with it.\n")
                   .arg(move->alsoMoved.size());
    writeOut(out);
    co_return 0;
}

} // namespace

bool isTodayCommand(Command command)
{
    return command == Command::Today || command == Command::MoveTaskToTomorrow;
}

void printNothingOverdue(const Agenda &agenda, const Request &request)
{
    if (request.json)
        writeJson({{QStringLiteral("date"), date(agenda.date)},
                   {QStringLiteral("accepted"), request.accept},
                   {QStringLiteral("plans"), QJsonArray()}});
    else
        writeOut(tr("Nothing is overdue on %1: no plan to reschedule.\n").arg(date(agenda.date)));
}

void printAgenda(const Agenda &agenda, bool json)
{
    if (json)
        writeJson(agendaToJson(agenda));
    else
        writeOut(formatAgenda(agenda));
}

QCoro::Task<int> runTodayCommand(Store &store, const Request &request)
{
    VersionService versions(store);
    TodayService today(store, store, store, versions);
    QCoro::Task<int> running = request.command != Command::Today ? moveToTomorrow(today, request)
                               : request.rescheduleOverdue
                                   ? rescheduleOverdue(store, today, versions, request)
                                   : showToday(today, request);
    co_return co_await std::move(running);
}

} // namespace helios::cli
