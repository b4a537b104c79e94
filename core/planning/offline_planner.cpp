#include "core/planning/offline_planner.h"

#include "core/planning/generic_plan.h"
#include "core/planning/goal_text.h"
#include "core/planning/goal_understanding.h"
#include "core/planning/knowledge_base.h"
#include "core/planning/scheduler.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

namespace helios {

using namespace planning;

namespace {

constexpr qsizetype kMaxTitleLength = 200;
constexpr qsizetype kMaxNotesLength = 2000;
// Plans fill at most this share of the hours available before a deadline: tasks slip, and the
// re-planner needs room to move them.
constexpr double kUtilisation = 0.85;
// How far the tasks other than sessions stretch or shrink from their base hours.
constexpr double kMinFactor = 0.5;
constexpr double kMaxFactor = 2.0;
// Sessions of a kind without an event run over this share of the time, leaving the rest for the
// tasks that come after them.
constexpr double kSessionShare = 0.85;
// The sessions of one week may use this share of the weekly hours, and shrink at most to this.
constexpr double kWeeklySessionShare = 0.9;
constexpr double kMinSessionFactor = 0.8;
constexpr double kMaxSessionFactor = 1.5;
// What waits for a series is reserved at this much of its base hours (it is scaled later).
constexpr double kReserveFactor = 1.5;
// effort.per_count counts at most this many items.
constexpr double kMaxEffortCount = 12.0;
// An event kind's work starts this much earlier than it strictly needs.
constexpr double kSlack = 1.3;
// The nearest sitting of an exam is never chosen closer than this, whatever the hours.
constexpr qint64 kMinSittingLeadDays = 28;
// Below this share of an event kind's work fitting in the hours left, only its final stretch is
// planned (keepFinalStretch).
constexpr double kStretchShare = 0.6;
// ... only that near: further away, a plan that does not fit keeps its whole work and says how
// many hours are short (the weekly hours are what to change, not the plan).
constexpr qint64 kStretchDays = 42;
// The final stretch keeps at least this many tasks besides the event.
constexpr qsizetype kMinStretchTasks = 3;
// The final stretch is taken from the full plan's last days: the days left, times this.
constexpr double kStretchWindow = 1.5;
// A task of this many hours or more may be shortened to fit the final stretch.
constexpr double kLongTaskHours = 4.0;

double roundToHalfHour(double hours)
{
    return std::max(0.5, std::round(hours * 2.0) / 2.0);
}

QString number(double value, double step)
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return QString::number(qint64(std::llround(value)));
    const int decimals = step < 0.1 ? 2 : 1;
    return QString::number(value, 'f', decimals);
}

bool holds(const KbCondition &c, const GoalUnderstanding &u)
{
    bool value = false;
    if (c.slot == u"count")
        value = u.details.count.has_value();
    else if (c.slot == u"target")
        value = !u.details.target.isEmpty();
    else if (c.slot == u"from")
        value = !u.details.from.isEmpty();
    else if (c.slot == u"place")
        value = !u.details.place.isEmpty();
    else if (c.slot == u"subject")
        value = u.subjectFromGoal;
    else if (c.slot == u"goal") { // "goal:孩子|儿子|女儿": any of them
        const QStringList terms = c.term.split(u'|');
        value = std::any_of(terms.cbegin(), terms.cend(), [&u](const QString &term) {
            return u.saidTerms.contains(foldForMatching(normaliseGoal(term)).simplified());
        });
    } else if (c.slot == u"level:beginner")
        value = u.details.level == Level::Beginner;
    else if (c.slot == u"level:advanced")
        value = u.details.level == Level::Advanced;
    return value != c.negated;
}

// One task of the drafted plan before it becomes a Task: which template task it comes from and,
// for a session, its number, day offset and values.
struct Item
{
    int source = -1;
    int session = 0;   // 1-based; 0: not a session
    bool fill = false; // a session of a "fill_before" series: its hours are its own
    qint64 day = 0;    // sessions: days after the start
    double hours = 0.0;
    QHash<QString, QString> values; // {n} and the repeat's vars
};

struct Sessions
{
    int count = 0;
    qint64 first = 0;
    qint64 spacing = 7;
};

// How many sessions the time holds and where they go (docs/PLANNER_KNOWLEDGE.md, repeat). The
// first session is not before `earliest`, the day its prerequisites can be done by.
Sessions sessionsFor(const KbRepeat &r, bool eventKind, qint64 daysToEnd, qint64 earliest,
                     double sessionHours, double hoursPerWeek, qint64 reserve)
{
    Sessions s;
    qint64 every = std::max(1, r.everyDays);
    // Several sessions a week only as many as the weekly hours hold: fewer rehearsals, further
    // apart, rather than rehearsals that spill past the event. (Weekly sessions shrink instead.)
    if (every < 7 && sessionHours > 0 && hoursPerWeek > 0) {
        const double perWeek =
            std::max(1.0, std::floor(kWeeklySessionShare * hoursPerWeek / sessionHours));
        every = std::clamp<qint64>(qint64(std::ceil(7.0 / perWeek)), every, 7);
    }
    // Before an event, the last session also has to be finished in time: it starts as many days
    // earlier as the weekly hours need to hold it.
    const qint64 length =
        hoursPerWeek > 0 ? qint64(std::ceil(sessionHours / (hoursPerWeek * kUtilisation / 7.0)))
                         : 0;
    // And what waits for the series (a final review, the next phase) needs its days after it.
    const qint64 last = std::max<qint64>(
        0, eventKind ? daysToEnd - std::max<qint64>(r.endBeforeEventDays, reserve) - length
                     : std::min(r.untilEnd ? daysToEnd
                                           : qint64(std::floor(double(daysToEnd) * kSessionShare)),
                                daysToEnd - reserve - length));
    const qint64 room = std::max<qint64>(0, last - earliest);
    s.count = int(std::clamp<qint64>(room / every + 1, r.min, r.max));
    s.spacing = every;
    if (s.count > 1 && (s.count - 1) * every > room)
        s.spacing = std::max<qint64>(1, room / (s.count - 1)); // closer together when time is short
    // For an event the build-up is counted back from it; otherwise it starts when it can.
    s.first = eventKind ? std::max<qint64>(0, last - (s.count - 1) * s.spacing)
                        : std::min(earliest, std::max<qint64>(0, last - (s.count - 1) * s.spacing));
    return s;
}

// A goal with only a year ("明年", "next year"): work to its last day; an event on the kind's
// usual lead when that falls in the year (a trip "next year" is not on New Year's Eve), else
// mid-year for a later year, or the year's last day when the lead runs past it.
QDate dayInYear(const KbKind &kind, int year, QDate today)
{
    const QDate last(year, 12, 31);
    if (!kind.isEvent())
        return last;
    const QDate usual = today.addDays(7 * qint64(kind.defaultWeeks));
    if (usual.year() == year)
        return usual;
    return usual.year() < year ? QDate(year, 7, 1) : last;
}

// An exam held on known days, with a month from the goal's words ("明年12月考N3", "the CET in
// June"): the sitting in that month, when there is one and it has not passed. Only for a month
// the words gave without a day: the readers put those on the 15th ("12月", "in June"), the 5th
// ("12月初") or the last day ("12月底", "by the end of June"); a day the person wrote stays.
QDate sittingInMonthOf(const KbKind &kind, QDate said, QDate today)
{
    if (said.day() != 15 && said.day() != 5 && said.day() != said.daysInMonth())
        return {};
    const QDate first(said.year(), said.month(), 1);
    const QDate held = kind.sittingOnOrAfter(std::max(first, today));
    return held.isValid() && held.month() == said.month() && held.year() == said.year() ? held
                                                                                        : QDate();
}

QString fill(QString text, const GoalUnderstanding &u, const QHash<QString, QString> &values)
{
    if (!text.contains(u'{'))
        return text;
    const QString count = u.details.count ? formatCount(*u.details.count, u.language) : QString();
    text.replace(QStringLiteral("{subject}"), u.subject)
        .replace(QStringLiteral("{count_unit}"), u.details.countUnit)
        .replace(QStringLiteral("{count}"), count)
        .replace(QStringLiteral("{target}"), u.details.target)
        .replace(QStringLiteral("{from}"), u.details.from)
        .replace(QStringLiteral("{place}"), u.details.place);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

// When an event is so near (kStretchDays or less) that its plan cannot fit (less than
// kStretchShare of the work fits in the hours left), a coach would not hand over months of work to
// be done after the day: the plan keeps the final stretch — what the full plan, scheduled from
// today in its order alone (no lead times, no deadline), would do last (the mock tests, the last
// sessions, the checks of the last week), as much of it as the hours allow — and leaves the earlier
// phases out, saying so on the event. Steps whose latest day has already passed (registering in
// October for an exam in December) are done or cannot be any more: they are left out whatever their
// place.
void keepFinalStretch(Plan &plan, double available, qint64 daysLeft, double hoursPerWeek,
                      const QSet<qsizetype> &pastDue, const QSet<qsizetype> &sessions)
{
    const qsizetype n = plan.tasks.size();
    double work = 0.0;
    qsizetype event = -1;
    for (qsizetype p = 0; p < n; ++p) {
        if (plan.tasks[p].event)
            event = p;
        else
            work += plan.tasks[p].estimateHours;
    }
    if (event < 0 || work <= 0.0 || available >= kStretchShare * work || daysLeft > kStretchDays)
        return;
    QList<Task> whole = plan.tasks;
    for (Task &t : whole) { // the order of the work, not its lead times
        t.dueBy = QDate();
        t.notBefore = QDate();
    }
    Scheduler::schedule(whole, {plan.startDate, QDate(), hoursPerWeek});
    // The full plan's last stretch of about the days left (half as many again): the tasks under
    // way in it, latest first, as long as they fit. When that leaves more than half the hours
    // unused because the stretch's long tasks do not fit whole (a month of memorising politics
    // for an exam in two weeks), those that are not sessions (a long run of 32 km is not done in
    // half the time) are shortened alike to fill what is left.
    QDate last;
    for (const Task &t : std::as_const(whole)) {
        if (!t.event && t.startDate.isValid() && (!last.isValid() || t.startDate > last))
            last = t.startDate;
    }
    const QDate from = last.addDays(-qint64(std::ceil(double(daysLeft) * kStretchWindow)));
    QList<qsizetype> order; // the stretch, latest first
    for (qsizetype p = 0; p < n; ++p) {
        if (p != event && !pastDue.contains(p) && whole[p].dueDate >= from)
            order.append(p);
    }
    std::stable_sort(order.begin(), order.end(), [&whole](qsizetype a, qsizetype b) {
        const QDate &x = whole[a].startDate;
        const QDate &y = whole[b].startDate;
        return x > y || (x == y && a > b);
    });
    // The full plan does its series of practice before its last long tasks (past papers, then
    // memorising politics): a series that ended before the stretch still gives its last session
    // first place in it, as the practice closest to the real thing ("今年十二月考研" kept politics
    // and essays but no maths paper). Only a series' last session, and only of a series nothing
    // else repeats after (a base phase's sessions are followed by the next phase's).
    QList<bool> followedBySession(n, false);
    for (qsizetype p = 0; p < n; ++p) {
        if (!sessions.contains(p))
            continue;
        for (const int d : plan.tasks[p].dependsOn) {
            if (d >= 0 && d < n)
                followedBySession[d] = true;
        }
    }
    QList<qsizetype> lastSessions;
    for (const qsizetype p : sessions) {
        if (!followedBySession[p] && !pastDue.contains(p) && !order.contains(p))
            lastSessions.append(p);
    }
    std::sort(lastSessions.begin(), lastSessions.end(), [&whole](qsizetype a, qsizetype b) {
        return whole[a].startDate > whole[b].startDate ||
               (whole[a].startDate == whole[b].startDate && a > b);
    });
    order = lastSessions + order;
    QList<bool> keep(n, false);
    keep[event] = true;
    double used = 0.0;
    for (const qsizetype p : std::as_const(order)) {
        if (used + plan.tasks[p].estimateHours <= available) {
            keep[p] = true;
            used += plan.tasks[p].estimateHours;
        }
    }
    bool shortened = false;
    double longLeft = 0.0;
    for (const qsizetype p : std::as_const(order)) {
        if (!keep[p] && !sessions.contains(p) && plan.tasks[p].estimateHours >= kLongTaskHours)
            longLeft += plan.tasks[p].estimateHours;
    }
    if (used < available * 0.5 && longLeft > 0.0) {
        const double share = (available - used) / longLeft;
        for (const qsizetype p : std::as_const(order)) {
            Task &t = plan.tasks[p];
            if (keep[p] || sessions.contains(p) || t.estimateHours < kLongTaskHours)
                continue;
            t.estimateHours = std::max(1.0, roundToHalfHour(t.estimateHours * share));
            keep[p] = true;
            shortened = true;
        }
    }
    // At least the last few steps, even when they do not fit: the plan then says it is short.
    qsizetype count = std::count(keep.cbegin(), keep.cend(), true) - 1;
    for (qsizetype i = 0; i < order.size() && count < kMinStretchTasks; ++i) {
        if (!keep[order[i]]) {
            keep[order[i]] = true;
            used += plan.tasks[order[i]].estimateHours;
            ++count;
        }
    }
    // The kept tasks, in their order; a left-out task hands its prerequisites on.
    QList<int> newPosition(n, -1);
    QList<QList<int>> inherited(n); // kept prerequisites, in old positions
    QList<Task> kept;
    for (qsizetype p = 0; p < n; ++p) {
        QList<int> deps;
        for (const int d : plan.tasks[p].dependsOn) {
            if (d < 0 || d >= p)
                continue;
            if (keep[d])
                deps.append(d);
            else
                deps.append(inherited[d]);
        }
        std::sort(deps.begin(), deps.end());
        deps.erase(std::unique(deps.begin(), deps.end()), deps.end());
        inherited[p] = deps;
        if (!keep[p])
            continue;
        Task task = plan.tasks[p];
        task.dependsOn.clear();
        for (const int d : std::as_const(deps))
            task.dependsOn.append(newPosition[d]);
        newPosition[p] = int(kept.size());
        task.order = int(kept.size());
        kept.append(task);
    }
    const qsizetype total = n - 1;
    const qsizetype left = kept.size() - 1;
    Task &day = kept[newPosition[event]];
    const QString note =
        plan.language == u"zh"
            ? QStringLiteral(
                  "只剩%1天：这份计划只保留了最接近这一天的%2项任务（完整计划有%3项%4），"
                  "更早阶段的内容已略去。想要完整的计划，请把日期定得更远，或增加每周的时间。")
                  .arg(daysLeft)
                  .arg(left)
                  .arg(total)
                  .arg(shortened ? QStringLiteral("，有的缩短了") : QString())
            : QStringLiteral("Only %1 days to go: this plan keeps the %2 tasks closest to the day "
                             "of the %3 a full plan has%4, and leaves the earlier phases out. For "
                             "the whole plan, set a later date or give it more hours a week.")
                  .arg(daysLeft)
                  .arg(left)
                  .arg(total)
                  .arg(shortened ? QStringLiteral(", some of them shortened") : QString());
    const QString joined = day.notes.isEmpty()      ? note
                           : plan.language == u"zh" ? note + day.notes
                                                    : note + u' ' + day.notes;
    day.notes = joined.left(safeCut(joined, kMaxNotesLength));
    plan.tasks = kept;
}

Plan draftKind(const KbKind &kind, const GoalUnderstanding &u, const Goal &goal, Plan plan)
{
    const QDate today = plan.startDate;
    const double factor = u.details.level == Level::Beginner   ? kind.beginnerFactor
                          : u.details.level == Level::Advanced ? kind.advancedFactor
                                                               : 1.0;
    // Per item of the goal's count when the kind says so ("two sections" of an exam take twice
    // one), the count bounded so that a stray number cannot make a plan of thousands of hours.
    const double perCount = kind.effortPerCount && u.details.count
                                ? std::clamp(*u.details.count, 1.0, kMaxEffortCount)
                                : 1.0;
    const double need = kind.hours * factor * perCount;
    const double least = std::min(kind.minHours * factor * perCount, need);

    // The deadline the person gave, else one the goal's words give ("by June", "三个月内"), else
    // the next sitting of an exam held on known days that leaves time for the least work, else
    // the kind's default.
    QDate given = goal.deadline;
    bool sitting = false;
    if (!given.isValid()) {
        if (const std::optional<QDate> said = deadlineInText(u.normalised, today)) {
            given = *said;
            if (const QDate held = sittingInMonthOf(kind, *said, today); held.isValid()) {
                sitting = held != given;
                given = held;
            }
            plan.deadline = given;
        } else {
            const double weeksNeeded = least / std::max(0.1, goal.hoursPerWeek * kUtilisation);
            const qint64 lead = std::max<qint64>(kMinSittingLeadDays, qint64(weeksNeeded * 7.0));
            const std::optional<int> year = yearInText(u.normalised, today);
            if (!kind.sittings.isEmpty()) {
                // The next sitting that leaves time for the least work, in the year named if any.
                given = kind.sittingOnOrAfter(
                    year ? std::max(today.addDays(lead), QDate(*year, 1, 1)) : today.addDays(lead));
                if (year && given.year() != *year) // else its next sitting, however close
                    given = kind.sittingOnOrAfter(std::max(today, QDate(*year, 1, 1)));
                if (year && given.year() != *year)
                    given = QDate();
                sitting = given.isValid();
            }
            if (year && !given.isValid())
                given = dayInYear(kind, *year, today);
            if (year && !kind.isEvent())
                plan.deadline = given;
        }
    }
    const QDate end = given.isValid() ? given : today.addDays(7 * qint64(kind.defaultWeeks));
    if (kind.isEvent())
        plan.deadline = end; // the event needs a day: the one the person gave, or the default
    const qint64 daysToEnd = std::max<qint64>(0, today.daysTo(end));
    const double weeks = double(daysToEnd + 1) / 7.0;
    const double capacity = std::max(0.0, goal.hoursPerWeek) * weeks;
    const double available = capacity * kUtilisation;
    const bool short_ = available < need;
    const double target = short_ ? std::max(least, available) : need;

    // Which template tasks stay: their conditions hold, and optional ones only when time allows.
    const QList<KbTask> &tmpl = kind.plan(u.language);
    const int n = int(tmpl.size());
    QList<bool> keep(n, true);
    for (int i = 0; i < n; ++i) {
        const KbTask &t = tmpl[i];
        keep[i] = std::all_of(t.when.cbegin(), t.when.cend(),
                              [&u](const KbCondition &c) { return holds(c, u); }) &&
                  !(short_ && t.optional);
    }

    // The day by which each kept task's prerequisites can be done, at the weekly hours: where
    // sessions may start at the earliest.
    const double perDay = std::max(0.1, goal.hoursPerWeek * kUtilisation / 7.0);
    // Each task's prerequisites, transitively, and the hours of the kept ones.
    std::vector<double> hoursBefore(static_cast<size_t>(std::max(0, n)), 0.0);
    QList<QSet<int>> prerequisites(n);
    for (int i = 0; i < n; ++i) {
        QList<int> stack = tmpl[i].after;
        QSet<int> &seen = prerequisites[i];
        while (!stack.isEmpty()) {
            const int a = stack.takeLast();
            if (a >= i || seen.contains(a))
                continue;
            seen.insert(a);
            if (keep[a] && !tmpl[a].repeat && !tmpl[a].event)
                hoursBefore[static_cast<size_t>(i)] += tmpl[a].hours;
            stack.append(tmpl[a].after);
        }
    }

    // Planned backwards from the event: when the work needs much less than the time to the event,
    // it starts later (with a third more time than it needs), so that it ends near the event
    // instead of months before it — but never so late that a series (a training programme) has
    // less than its full length: a 5K programme of nine weeks is not squeezed into two because
    // its hours are few. Tasks with their own dates before the event (bookings) are free to go
    // early.
    qint64 startDay = 0;
    if (kind.isEvent()) {
        const double weeksNeeded = target / std::max(0.1, goal.hoursPerWeek * kUtilisation);
        startDay = std::max<qint64>(0, daysToEnd - qint64(std::ceil(weeksNeeded * 7.0 * kSlack)));
        for (int i = 0; i < n; ++i) {
            const std::optional<KbRepeat> &r = tmpl[i].repeat;
            if (!keep[i] || !r || r->fillBefore >= 0)
                continue;
            const qint64 span = qint64(r->endBeforeEventDays) +
                                qint64(r->max - 1) * std::max(1, r->everyDays) +
                                qint64(std::ceil(hoursBefore[static_cast<size_t>(i)] / perDay)) + 1;
            startDay = std::min(startDay, std::max<qint64>(0, daysToEnd - span));
        }
    }

    // Hours of what waits for each kept task, transitively (a later series at its fewest
    // sessions): the days a series leaves free before the end.
    std::vector<double> hoursAfter(static_cast<size_t>(std::max(0, n)), 0.0);
    for (int i = 0; i < n; ++i) {
        if (!keep[i])
            continue;
        QSet<int> waiting;
        QList<int> frontier{i};
        while (!frontier.isEmpty()) {
            const int at = frontier.takeLast();
            for (int j = at + 1; j < n; ++j) {
                if (keep[j] && !tmpl[j].event && !waiting.contains(j) &&
                    !(tmpl[j].repeat && tmpl[j].repeat->fillBefore >= 0) &&
                    tmpl[j].after.contains(at)) {
                    waiting.insert(j);
                    frontier.append(j);
                }
            }
        }
        for (const int j : std::as_const(waiting))
            hoursAfter[static_cast<size_t>(i)] +=
                (tmpl[j].repeat ? tmpl[j].hours * tmpl[j].repeat->min : tmpl[j].hours) *
                kReserveFactor;
    }

    // Items: one per kept task, one per session of a repeated one.
    QList<Item> items;
    QList<int> lastItemOf(n, -1);
    QList<int> firstItemOf(n, -1);
    double plannedSessionHours = 0.0; // before any shrinking to fit the weeks
    double fixedHours = 0.0;
    // The sessions of template task `i`, their {n} and vars filled in.
    const auto addSessions = [&](int i, const Sessions &s, bool fill) {
        const KbTask &t = tmpl[i];
        for (int k = 0; k < s.count; ++k) {
            Item item;
            item.source = i;
            item.session = k + 1;
            item.fill = fill;
            item.day = s.first + k * s.spacing;
            item.hours = t.hours;
            item.values.insert(QStringLiteral("n"), QString::number(k + 1));
            for (const KbRepeatVar &var : t.repeat->vars) {
                const double share = s.count > 1 ? double(k) / double(s.count - 1) : 1.0;
                const double raw = var.from + (var.to - var.from) * share;
                const double value = std::round(raw / var.step) * var.step;
                if (var.name == u"hours")
                    item.hours = std::max(0.25, value);
                item.values.insert(var.name, number(value, var.step));
            }
            if (!fill)
                plannedSessionHours += item.hours;
            items.append(item);
        }
    };
    // Every kept task's items; the sessions of a "fill_before" series once the first pass has
    // found where the series it fills the time before begins (nothing waits for a fill series,
    // so leaving it out of the first pass changes nothing else).
    QHash<int, qint64> firstDayOf; // a series' template index → the day of its first session
    const auto buildItems = [&](bool withFill) {
        items.clear();
        plannedSessionHours = 0.0;
        fixedHours = 0.0;
        firstItemOf.fill(-1);
        lastItemOf.fill(-1);
        for (int i = 0; i < n; ++i) {
            if (!keep[i])
                continue;
            const KbTask &t = tmpl[i];
            firstItemOf[i] = int(items.size());
            if (!t.repeat) {
                Item item;
                item.source = i;
                item.hours = t.hours;
                if (!t.event)
                    fixedHours += t.hours;
                items.append(item);
            } else {
                const KbRepeat &r = *t.repeat;
                if (r.fillBefore >= 0) {
                    // From as soon as it can (not the late start of the rest) until a week before
                    // the other series begins; nothing when that leaves too little time.
                    const qint64 from =
                        qint64(std::ceil(hoursBefore[static_cast<size_t>(i)] / perDay));
                    const qint64 until = firstDayOf.value(r.fillBefore, -1) - 7;
                    const qint64 every = std::max(1, r.everyDays);
                    const int count = until >= from
                                          ? int(std::min<qint64>((until - from) / every + 1, r.max))
                                          : 0;
                    if (withFill && count >= r.min)
                        addSessions(i, {count, until - (count - 1) * every, every}, true);
                    lastItemOf[i] = int(items.size()) - 1;
                    if (lastItemOf[i] < firstItemOf[i])
                        firstItemOf[i] = lastItemOf[i] = -1;
                    continue;
                }
                qint64 earliest =
                    startDay + qint64(std::ceil(hoursBefore[static_cast<size_t>(i)] / perDay));
                // After another series (a phase after a phase), directly or through other tasks
                // (reading weeks, then the review they feed, then the writing weeks): once that
                // series is over and the tasks between are done.
                for (const int a : std::as_const(prerequisites[i])) {
                    if (!keep[a] || !tmpl[a].repeat || lastItemOf[a] < 0)
                        continue;
                    double between = 0.0;
                    for (const int b : std::as_const(prerequisites[i])) {
                        if (keep[b] && !tmpl[b].repeat && !tmpl[b].event &&
                            prerequisites[b].contains(a))
                            between += tmpl[b].hours;
                    }
                    earliest = std::max(earliest, items[lastItemOf[a]].day + 1 +
                                                      qint64(std::ceil(between / perDay)));
                }
                const qint64 reserve =
                    qint64(std::ceil(hoursAfter[static_cast<size_t>(i)] / perDay));
                addSessions(i,
                            sessionsFor(r, kind.isEvent(), daysToEnd, earliest, t.hours,
                                        goal.hoursPerWeek, reserve),
                            false);
                if (int(items.size()) > firstItemOf[i])
                    firstDayOf.insert(i, items[firstItemOf[i]].day);
            }
            lastItemOf[i] = int(items.size()) - 1;
        }
    };
    buildItems(false);
    buildItems(true);

    // The tasks other than sessions share what the sessions leave of the target, within bounds;
    // when even twice their hours cannot reach it, the sessions grow too (up to half as long
    // again), and when half their hours are still too many, the sessions shrink (to 80%).
    double scale = 1.0;
    double sessionScale = 1.0;
    if (fixedHours > 0) {
        const double wanted = (target - plannedSessionHours) / fixedHours;
        scale = std::clamp(wanted, kMinFactor, kMaxFactor);
    }
    if (plannedSessionHours > 0) {
        const double rest = target - fixedHours * scale;
        sessionScale = std::clamp(rest / plannedSessionHours, kMinSessionFactor, kMaxSessionFactor);
    }
    // Sessions that fall in the same week must fit in a week: when the busiest week holds more
    // than the weekly hours allow, every session gets shorter (down to 80% in all); what still
    // does not fit shows as hours short.
    QHash<qint64, double> weekLoad;
    double busiest = 0.0;
    for (const Item &item : std::as_const(items)) {
        if (item.session > 0 && !item.fill)
            busiest = std::max(busiest, weekLoad[item.day / 7] += item.hours * sessionScale);
    }
    const double weekCap = std::max(0.0, goal.hoursPerWeek) * kWeeklySessionShare;
    if (busiest > weekCap && busiest > 0.0)
        sessionScale = std::max(kMinSessionFactor, sessionScale * weekCap / busiest);
    // Never less than the least the kind takes: the sessions (or, without sessions, the other
    // tasks) grow further, and the schedule says whether the weeks can hold it.
    const double planned = fixedHours * scale + plannedSessionHours * sessionScale;
    if (planned < least && planned > 0) {
        if (plannedSessionHours > 0)
            sessionScale = (least - fixedHours * scale) / plannedSessionHours;
        else
            scale = least / fixedHours;
    }
    for (Item &item : items) {
        if (item.session > 0 && !item.fill)
            item.hours *= sessionScale;
    }

    // What a fill series waits for (a check-up before the base weeks) is not held back to the
    // late start of the rest.
    QSet<int> beforeFill;
    for (int i = 0; i < n; ++i) {
        if (lastItemOf[i] < 0 || !tmpl[i].repeat || tmpl[i].repeat->fillBefore < 0)
            continue;
        QList<int> stack = tmpl[i].after;
        while (!stack.isEmpty()) {
            const int a = stack.takeLast();
            if (!beforeFill.contains(a)) {
                beforeFill.insert(a);
                stack.append(tmpl[a].after);
            }
        }
    }

    // What a step with a lead time waits for (research before an application due months ahead
    // of the first school day) starts no later than what still meets that lead time at the
    // weekly hours, with the usual slack and a week to spare, even when the rest of the plan
    // starts late.
    QHash<int, qint64> latestStart; // template task → latest start day of the plan's late start
    for (int i = 0; kind.isEvent() && i < n; ++i) {
        const KbTask &t = tmpl[i];
        if (!keep[i] || t.dueBeforeEventDays < 0 || t.event || t.repeat)
            continue;
        const double chain = (hoursBefore[static_cast<size_t>(i)] + t.hours) * scale;
        const qint64 latest = std::max<qint64>(
            0, daysToEnd - t.dueBeforeEventDays - qint64(std::ceil(chain / perDay * kSlack)) - 7);
        QList<int> stack = t.after;
        while (!stack.isEmpty()) {
            const int a = stack.takeLast();
            if (a >= i)
                continue;
            const auto at = latestStart.constFind(a);
            if (at != latestStart.cend() && *at <= latest)
                continue;
            latestStart.insert(a, latest);
            stack.append(tmpl[a].after);
        }
    }

    // A task left out hands its prerequisites on to the tasks that waited for it.
    QList<QList<int>> prerequisitesOf(n); // item positions
    for (int i = 0; i < n; ++i) {
        QList<int> deps;
        for (const int a : tmpl[i].after) {
            if (a >= i)
                continue;
            if (keep[a])
                deps.append(lastItemOf[a]);
            else
                deps.append(prerequisitesOf[a]);
        }
        std::sort(deps.begin(), deps.end());
        deps.erase(std::unique(deps.begin(), deps.end()), deps.end());
        prerequisitesOf[i] = deps;
    }

    QSet<qsizetype> pastDue;  // positions of steps whose latest day is already past
    QSet<qsizetype> sessions; // positions of the sessions of a series
    for (int p = 0; p < items.size(); ++p) {
        const Item &item = items[p];
        const KbTask &t = tmpl[item.source];
        Task task;
        const QString title = fill(t.title, u, item.values);
        task.title = title.left(safeCut(title, kMaxTitleLength));
        QString notes = fill(t.notes, u, item.values);
        if (t.event && sitting) // the day is Helios's reckoning of the usual one: say so
            notes = (notes.isEmpty() || u.language == u"zh" ? notes : notes + u' ') +
                    kind.sittingNote.in(u.language);
        task.notes = notes.left(safeCut(notes, kMaxNotesLength));
        task.milestone = fill(t.milestone, u, {});
        if (kind.isEvent() && t.dueBeforeEventDays >= 0 &&
            end.addDays(-t.dueBeforeEventDays) < today)
            pastDue.insert(p);
        if (item.session > 0)
            sessions.insert(p);
        task.status = TaskStatus::Todo;
        task.order = p;
        task.event = t.event;
        if (item.session > 0)
            task.estimateHours = roundToHalfHour(item.hours);
        else if (t.event)
            task.estimateHours = roundToHalfHour(t.hours);
        else
            task.estimateHours = roundToHalfHour(t.hours * scale);
        if (item.session > 1)
            task.dependsOn = {p - 1};
        else
            task.dependsOn = prerequisitesOf[item.source];
        if (item.session > 0 && item.day > 0)
            task.notBefore = today.addDays(item.day);
        if (item.session == 0 && !t.event && startDay > 0 && t.dueBeforeEventDays < 0 &&
            t.notBeforeEventDays < 0 && !beforeFill.contains(item.source))
            task.notBefore =
                today.addDays(std::min(startDay, latestStart.value(item.source, startDay)));
        if (kind.isEvent()) {
            if (t.notBeforeEventDays >= 0) {
                // Early enough to be done before the event at the weekly hours.
                const qint64 needs = qint64(std::ceil(task.estimateHours / perDay)) + 1;
                const QDate from = end.addDays(-std::max<qint64>(t.notBeforeEventDays, needs));
                if (from > today && (!task.notBefore.isValid() || from > task.notBefore))
                    task.notBefore = from;
            }
            // A lead time longer than the time left is met as soon as possible, not failed: the
            // latest day is never earlier than the task and what it waits for can be done by
            // (with a week to spare), so it goes first without putting the plan at risk.
            if (t.dueBeforeEventDays >= 0) {
                const qint64 soonest = qint64(std::ceil(
                    (hoursBefore[static_cast<size_t>(item.source)] + task.estimateHours) / perDay));
                task.dueBy =
                    std::max(end.addDays(-t.dueBeforeEventDays), today.addDays(soonest + 7));
                if (task.notBefore.isValid()) // a window: it cannot close before it opens
                    task.dueBy = std::max(
                        task.dueBy,
                        task.notBefore.addDays(qint64(std::ceil(task.estimateHours / perDay)) + 3));
                if (task.dueBy >= end)
                    task.dueBy = QDate(); // the event's own day says enough
            }
        }
        plan.tasks.append(task);
    }
    if (kind.isEvent())
        keepFinalStretch(plan, available, daysToEnd, goal.hoursPerWeek, pastDue, sessions);
    return plan;
}

} // namespace

OfflinePlanner::OfflinePlanner() : m_knowledge(KnowledgeBase::builtIn()) {}

OfflinePlanner::OfflinePlanner(const KnowledgeBase &knowledge) : m_knowledge(knowledge) {}

GoalAnalysis OfflinePlanner::analyse(const QString &goalText)
{
    return OfflinePlanner().analyseGoal(goalText);
}

GoalAnalysis OfflinePlanner::analyseGoal(const QString &goalText) const
{
    const GoalUnderstanding u = understandGoal(m_knowledge, goalText);
    GoalAnalysis a;
    a.kind = u.kind >= 0 ? m_knowledge.kinds[u.kind].id : QStringLiteral("generic");
    a.language = u.language;
    a.subject = u.subject;
    a.score = u.score;
    a.reason = u.reason;
    return a;
}

Plan OfflinePlanner::draft(const Goal &goal) const
{
    return draftAs(goal, {});
}

Plan OfflinePlanner::draftAs(const Goal &goal, const QString &kindId) const
{
    int forced = -1;
    for (int i = 0; i < m_knowledge.kinds.size() && !kindId.isEmpty(); ++i) {
        if (m_knowledge.kinds[i].id == kindId)
            forced = i;
    }
    const GoalUnderstanding u = understandGoal(m_knowledge, goal.text, forced);
    Plan plan;
    plan.goal = goal.text.trimmed();
    plan.language = u.language;
    plan.subject = u.subject;
    plan.kindScore = u.score;
    plan.kindReason = u.reason;
    plan.startDate = goal.today.isValid() ? goal.today : QDate::currentDate();
    plan.deadline = goal.deadline;
    plan.hoursPerWeek = goal.hoursPerWeek;
    if (u.kind < 0) {
        plan.kind = QStringLiteral("generic");
        plan.tasks = genericTasks(u.language, u.subject, plan.goal);
        // A goal Helios does not know still says when ("国庆前", "by New Year's Eve").
        if (!plan.deadline.isValid())
            plan.deadline = deadlineInText(u.normalised, plan.startDate).value_or(QDate());
        return plan;
    }
    const KbKind &kind = m_knowledge.kinds[u.kind];
    plan.kind = kind.id;
    return draftKind(kind, u, goal, std::move(plan));
}

QString genericPlanHint(const QString &language)
{
    if (language == u"zh")
        return QStringLiteral("Helios 还不熟悉这类目标，这里只列出了开头几步。想要完整的计划，"
                              "可以连接模型来规划（设置 → 模型），或者从模板开始。");
    return QStringLiteral("Helios does not know this kind of goal yet, so these are only the first "
                          "steps. For a full plan, plan it with a model (Settings → Model) or "
                          "start from a template.");
}

} // namespace helios
