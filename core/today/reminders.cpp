#include "core/today/reminders.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace helios {

namespace {

constexpr int kMaxDaysLookedAt = 400;
constexpr int kTitlesInSummary = 3;

QString hoursText(double hours)
{
    const double rounded = std::round(hours * 10.0) / 10.0;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return QLocale().toString(rounded, 'f', whole ? 0 : 1);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("helios", text);
}

// One of two sentences by the count, "%1" the count: right in English without a translator
// (the CLI installs none), and each translated on its own.
QString counted(qsizetype n, const char *one, const char *many)
{
    return QCoreApplication::translate("helios", n == 1 ? one : many)
        .arg(QLocale().toString(static_cast<qint64>(n)));
}

QString taskLine(const AgendaItem &item)
{
    return tr("• %1 (%2)").arg(item.task.title.simplified(), item.planGoal.simplified());
}

QString dayInOneLine(const Agenda &agenda)
{
    const int count = static_cast<int>(agenda.today.size());
    return count == 0 ? tr("Nothing planned today")
                      : counted(count, QT_TRANSLATE_NOOP("helios", "%1 task today, %2 h"),
                                QT_TRANSLATE_NOOP("helios", "%1 tasks today, %2 h"))
                            .arg(hoursText(agenda.plannedHours));
}

} // namespace

QList<ReminderEvent> remindersBetween(const QDateTime &after, const QDateTime &upTo,
                                      const ReminderOptions &options)
{
    QList<ReminderEvent> events;
    if (!after.isValid() || !upTo.isValid() || upTo <= after)
        return events;
    const QDate last = upTo.date();
    const QDate first = std::max(after.date(), last.addDays(-kMaxDaysLookedAt));
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        QList<ReminderEvent> ofDay;
        if (options.dailySummary && options.summaryTime.isValid())
            ofDay.append({ReminderEvent::Kind::DailySummary, QDateTime(day, options.summaryTime)});
        if (options.dueReminders && options.dueTime.isValid())
            ofDay.append({ReminderEvent::Kind::TasksDue, QDateTime(day, options.dueTime)});
        std::stable_sort(
            ofDay.begin(), ofDay.end(),
            [](const ReminderEvent &a, const ReminderEvent &b) { return a.at < b.at; });
        for (const ReminderEvent &event : std::as_const(ofDay)) {
            if (event.at > after && event.at <= upTo)
                events.append(event);
        }
    }
    return events;
}

QDateTime nextReminderAfter(const QDateTime &after, const ReminderOptions &options)
{
    if (!after.isValid())
        return {};
    // Within two days there is always one when any is on (a time that a change of the clocks
    // skips on one day exists on the next).
    const QList<ReminderEvent> events = remindersBetween(
        after, QDateTime(after.date().addDays(2), QTime(23, 59, 59, 999)), options);
    return events.isEmpty() ? QDateTime() : events.constFirst().at;
}

ReminderMessage dailySummaryMessage(const Agenda &agenda)
{
    ReminderMessage message;
    message.kind = ReminderMessage::Kind::DailySummary;
    message.title = dayInOneLine(agenda);
    QStringList lines;
    if (!agenda.overdue.isEmpty())
        lines << counted(agenda.overdue.size(), QT_TRANSLATE_NOOP("helios", "%1 task overdue."),
                         QT_TRANSLATE_NOOP("helios", "%1 tasks overdue."));
    if (agenda.availableHours > 0.0)
        lines << tr("You have %1 h today.").arg(hoursText(agenda.availableHours));
    for (qsizetype i = 0; i < std::min<qsizetype>(kTitlesInSummary, agenda.today.size()); ++i)
        lines << taskLine(agenda.today.at(i));
    if (agenda.today.size() > kTitlesInSummary)
        lines << tr("and %1 more").arg(QLocale().toString(agenda.today.size() - kTitlesInSummary));
    message.body = lines.join(QLatin1Char('\n'));
    return message;
}

QList<ReminderMessage> dueMessages(const Agenda &agenda, int maxSeparate)
{
    QList<const AgendaItem *> due;
    for (const AgendaItem &item : agenda.today) {
        if (item.task.dueDate == agenda.date && !item.task.isFinished())
            due.append(&item);
    }
    QList<ReminderMessage> messages;
    if (due.isEmpty())
        return messages;
    if (due.size() > std::max(1, maxSeparate)) {
        ReminderMessage message;
        message.kind = ReminderMessage::Kind::TasksDue;
        message.title = counted(due.size(), QT_TRANSLATE_NOOP("helios", "%1 task due today"),
                                QT_TRANSLATE_NOOP("helios", "%1 tasks due today"));
        QStringList lines;
        for (qsizetype i = 0; i < std::min<qsizetype>(kTitlesInSummary, due.size()); ++i)
            lines << taskLine(*due.at(i));
        if (due.size() > kTitlesInSummary)
            lines << tr("and %1 more").arg(QLocale().toString(due.size() - kTitlesInSummary));
        message.body = lines.join(QLatin1Char('\n'));
        messages.append(message);
        return messages;
    }
    for (const AgendaItem *item : std::as_const(due)) {
        ReminderMessage message;
        message.kind = ReminderMessage::Kind::TaskDue;
        message.title = tr("Due today: %1").arg(item->task.title.simplified());
        message.body = tr("%1 · %2 h left")
                           .arg(item->planGoal.simplified(), hoursText(remainingHours(item->task)));
        message.taskId = item->task.id;
        message.planId = item->task.planId;
        messages.append(message);
    }
    return messages;
}

ReminderMessage missedMessage(const QList<ReminderEvent> &missed, const Agenda &agenda)
{
    ReminderMessage message;
    message.kind = ReminderMessage::Kind::Missed;
    // What a person wants to know is which work came due meanwhile, not how many notifications
    // would have been shown: the open tasks due on a day the missed reminders span.
    QDate first;
    QDate last;
    for (const ReminderEvent &event : missed) {
        const QDate day = event.at.date();
        if (!first.isValid() || day < first)
            first = day;
        if (!last.isValid() || day > last)
            last = day;
    }
    qsizetype fellDue = 0;
    for (const QList<AgendaItem> *list : {&agenda.overdue, &agenda.today}) {
        fellDue += std::count_if(list->cbegin(), list->cend(), [&](const AgendaItem &item) {
            return item.task.dueDate.isValid() && item.task.dueDate >= first &&
                   item.task.dueDate <= last;
        });
    }
    message.title =
        fellDue == 0
            ? tr("Nothing fell due while Helios was closed")
            : counted(fellDue,
                      QT_TRANSLATE_NOOP("helios", "%1 task fell due while Helios was closed"),
                      QT_TRANSLATE_NOOP("helios", "%1 tasks fell due while Helios was closed"));
    QStringList lines;
    lines << tr("Now: %1.").arg(dayInOneLine(agenda));
    if (!agenda.overdue.isEmpty())
        lines << counted(agenda.overdue.size(), QT_TRANSLATE_NOOP("helios", "%1 task overdue."),
                         QT_TRANSLATE_NOOP("helios", "%1 tasks overdue."));
    message.body = lines.join(QLatin1Char('\n'));
    return message;
}

QList<ReminderMessage> messagesFor(const QList<ReminderEvent> &events, const Agenda &agenda)
{
    QList<ReminderMessage> messages;
    for (const ReminderEvent &event : events) {
        if (event.kind == ReminderEvent::Kind::DailySummary)
            messages.append(dailySummaryMessage(agenda));
        else
            messages.append(dueMessages(agenda));
    }
    return messages;
}

ReminderRound reminderRound(const QDateTime &lastHandled, const QDateTime &now,
                            const ReminderOptions &options, int graceSeconds)
{
    ReminderRound round;
    if (!now.isValid())
        return round;
    if (!lastHandled.isValid()) {
        round.handledUpTo = now;
        return round;
    }
    if (now <= lastHandled) {
        round.handledUpTo = lastHandled;
        return round;
    }
    round.handledUpTo = now;
    const QDateTime graceStart = now.addSecs(-std::max(0, graceSeconds));
    for (const ReminderEvent &event : remindersBetween(lastHandled, now, options))
        (event.at >= graceStart ? round.due : round.missed).append(event);
    return round;
}

QList<ReminderMessage> roundMessages(const ReminderRound &round, const Agenda &agenda)
{
    QList<ReminderMessage> messages;
    if (!round.missed.isEmpty())
        messages.append(missedMessage(round.missed, agenda));
    messages.append(messagesFor(round.due, agenda));
    return messages;
}

} // namespace helios
