#pragma once

// When reminders fall and what they say ("what is due when"), as pure functions: the window's
// ReminderScheduler (ui/reminders) runs them against the clock and hands the messages to a
// notification sender; tests run them against any clock.

#include "core/today/agenda.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace helios {

struct ReminderOptions
{
    bool dailySummary = true; // "3 tasks today, 2.5 h" once a day
    QTime summaryTime{8, 30}; // local time
    bool dueReminders = true; // the tasks due that day that are still open
    QTime dueTime{17, 0};     // local time
    friend bool operator==(const ReminderOptions &, const ReminderOptions &) = default;
};

struct ReminderEvent
{
    enum class Kind { DailySummary, TasksDue };
    Kind kind = Kind::DailySummary;
    QDateTime at; // local time
    friend bool operator==(const ReminderEvent &, const ReminderEvent &) = default;
};

// The reminders that fall after `after` and up to `upTo` (included), in time order, each day's
// summary before its due reminder when they share a time. At most the last 400 days are looked
// at, so a clock that jumped years costs nothing. Empty when upTo is not after `after`.
QList<ReminderEvent> remindersBetween(const QDateTime &after, const QDateTime &upTo,
                                      const ReminderOptions &options);
// The first reminder after `after`; null when every reminder is off.
QDateTime nextReminderAfter(const QDateTime &after, const ReminderOptions &options);

// What one notification says.
struct ReminderMessage
{
    enum class Kind {
        DailySummary, // the day's list in one line
        TaskDue,      // one task due today: its actions (Done, Tomorrow) act on taskId
        TasksDue,     // several due today, in one notification
        Missed,       // what came while Helios was not running, once
    };
    Kind kind = Kind::DailySummary;
    QString title;
    QString body;
    qint64 taskId = 0; // TaskDue only
    qint64 planId = 0; // TaskDue only
    friend bool operator==(const ReminderMessage &, const ReminderMessage &) = default;
};

// "3 tasks today, 2.5 h", with the overdue count, the hours the person has and the first tasks.
ReminderMessage dailySummaryMessage(const Agenda &agenda);
// One message per open task due on the agenda's date, or one for all of them when there are
// more than maxSeparate; none when nothing is due.
QList<ReminderMessage> dueMessages(const Agenda &agenda, int maxSeparate = 3);
// One message for every reminder missed while Helios was not running (never one each): how
// many open tasks fell due on the days they span (overdue now, or due today) and how the day
// looks now. missed must not be empty.
ReminderMessage missedMessage(const QList<ReminderEvent> &missed, const Agenda &agenda);
// The messages of reminders that fall now, for the agenda of their day.
QList<ReminderMessage> messagesFor(const QList<ReminderEvent> &events, const Agenda &agenda);

// One turn of the reminders: what fell since they were last handled, split into what is shown
// now, each as itself, and what is summarised once (missedMessage) because it fell more than the
// grace before now: while Helios was not running, or while the machine slept.
struct ReminderRound
{
    QList<ReminderEvent> due;    // fell within the grace before now: shown as they are
    QList<ReminderEvent> missed; // fell earlier: one summary, never replayed one by one
    QDateTime handledUpTo;       // persist this; the next round starts after it
};

// How late a reminder may still be shown as itself rather than summarised as missed.
inline constexpr int kReminderGraceSeconds = 15 * 60;

// The rules (tests/unit/today/tst_reminders.cpp):
// - never handled before (lastHandled null, the first start): nothing is due or missed, the
//   reminders start from now;
// - otherwise the reminders in (lastHandled, now] (remindersBetween), those at or after
//   now - grace due, the older ones missed;
// - the clock went back (now before lastHandled): nothing, and handledUpTo stays lastHandled so
//   that nothing is shown twice when the clock comes forward again.
ReminderRound reminderRound(const QDateTime &lastHandled, const QDateTime &now,
                            const ReminderOptions &options,
                            int graceSeconds = kReminderGraceSeconds);
// The messages of a round for the agenda of now's date: the summary of the missed ones first
// (one message however many), then those of the due ones (messagesFor).
QList<ReminderMessage> roundMessages(const ReminderRound &round, const Agenda &agenda);

} // namespace helios
