#include "core/planning/scheduler.h"

#include "core/domain/goal.h"
#include "core/domain/plan.h"
#include "core/planning/dependency_graph.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <queue>
#include <tuple>
#include <utility>
#include <vector>

namespace helios {

namespace {

// Of the days between two dated tasks in a row, the share (in sevenths: four days of a week) the
// second keeps after the first when the first slips.
constexpr qint64 kKeptGapSevenths = 4;
// The longest gap between two dated tasks that counts as a series' rhythm (monthly sessions, or
// every 60 days).
constexpr qint64 kMaxRhythmDays = 62;

// Floating-point slack, in hours: a leftover smaller than this never opens another day, and a day
// with less capacity than this is not a working day.
constexpr double kEpsilon = 1e-7;

// Guards the double -> integer conversion of a day count against absurd inputs (a huge estimate
// with a tiny capacity). About 27,000 years: no real plan gets near it.
constexpr double kMaxDays = 1e7;

double sanitizedHours(double hours)
{
    // Negative, NaN or infinite estimates count as no work at all.
    return std::isfinite(hours) && hours > 0.0 ? hours : 0.0;
}

double roundToTenth(double hours)
{
    return std::round(hours * 10.0) / 10.0;
}

// The hours available on each day, days counted from the start (day 0, never negative). Either
// an even daily share of the weekly hours, or hours per weekday.
class Calendar
{
public:
    static Calendar evenly(double daily)
    {
        Calendar calendar;
        calendar.m_even = true;
        calendar.m_daily = daily;
        calendar.m_week = 7.0 * daily;
        return calendar;
    }

    // `hours` is Monday first; days with less than kEpsilon hours get none.
    static Calendar byWeekday(QDate start, const WeekdayHours &hours)
    {
        Calendar calendar;
        calendar.m_even = false;
        const int first = start.dayOfWeek() - 1; // the weekday of day 0
        for (int k = 0; k < 7; ++k) {
            const double h = sanitizedHours(hours[static_cast<size_t>((first + k) % 7)]);
            calendar.m_days[static_cast<size_t>(k)] = h > kEpsilon ? h : 0.0;
            calendar.m_week += calendar.m_days[static_cast<size_t>(k)];
        }
        return calendar;
    }

    bool isEven() const { return m_even; }
    bool canWork() const { return m_week > kEpsilon; }
    double daily() const { return m_daily; }
    double week() const { return m_week; }

    double hoursOn(qint64 day) const
    {
        return m_even ? m_daily : m_days[static_cast<size_t>(std::max<qint64>(0, day) % 7)];
    }

    // Total capacity of the days from..to, both included; 0 when to < from.
    double hoursBetween(qint64 from, qint64 to) const
    {
        from = std::max<qint64>(0, from);
        if (to < from)
            return 0.0;
        if (m_even)
            return static_cast<double>(to - from + 1) * m_daily;
        const qint64 count = to - from + 1;
        double sum = static_cast<double>(count / 7) * m_week;
        for (qint64 day = from + (count / 7) * 7; day <= to; ++day)
            sum += hoursOn(day);
        return sum;
    }

    // The first day on or after `day` that has capacity; `day` itself when none has (callers
    // check canWork first).
    qint64 nextWorkingDay(qint64 day) const
    {
        for (int k = 0; k < 7; ++k) {
            if (hoursOn(day + k) > 0.0)
                return day + k;
        }
        return day;
    }

private:
    bool m_even = true;
    double m_daily = 0.0;
    std::array<double, 7> m_days{}; // by day offset from the start, modulo 7
    double m_week = 0.0;
};

// The one person's place in the calendar: the current day and the hours already worked on it.
// Days are filled one after another and the capacity of a day is never exceeded, so no 7-day
// window ever holds more than a week's capacity.
struct Cursor
{
    qint64 day = 0;
    double used = 0.0;
};

struct Span
{
    qint64 first = 0;
    qint64 last = 0;
};

// Puts `hours` of work at the cursor and moves the cursor to where it ends.
//
// Choice: a task may start on the same day the previous one finishes when that day still has
// capacity, as a person would do. Work without hours happens on the current day, which is the
// day the previous work ended.
Span place(const Calendar &calendar, Cursor &cursor, double hours)
{
    if (hours <= kEpsilon)
        return {cursor.day, cursor.day};

    if (calendar.isEven()) {
        const double daily = calendar.daily();
        if (cursor.used >= daily - kEpsilon) { // today is full
            ++cursor.day;
            cursor.used = 0.0;
        }
        const qint64 first = cursor.day;
        const double room = daily - cursor.used;
        if (hours <= room + kEpsilon) {
            cursor.used = std::min(daily, cursor.used + hours);
        } else {
            // Whatever does not fit today fills whole days, the last one partly. Computed, not
            // looped, so a long task costs the same as a short one.
            const double rest = hours - room;
            const double extraDays = std::min(std::ceil((rest - kEpsilon) / daily), kMaxDays);
            const auto extra = std::max<qint64>(1, static_cast<qint64>(extraDays));
            cursor.day += extra;
            cursor.used = std::clamp(rest - static_cast<double>(extra - 1) * daily, 0.0, daily);
        }
        return {first, cursor.day};
    }

    if (cursor.used >= calendar.hoursOn(cursor.day) - kEpsilon) { // today is full
        cursor.day = calendar.nextWorkingDay(cursor.day + 1);
        cursor.used = 0.0;
    }
    const qint64 first = cursor.day;
    const double room = calendar.hoursOn(cursor.day) - cursor.used;
    if (hours <= room + kEpsilon) {
        cursor.used = std::min(calendar.hoursOn(cursor.day), cursor.used + hours);
        return {first, cursor.day};
    }
    double rest = hours - room;
    qint64 day = cursor.day;
    // Whole weeks at once, leaving between a little and one week of work for the day by day walk,
    // so a long task costs the same as a short one. Any 7 days in a row hold one week.
    if (rest > calendar.week() + kEpsilon) {
        const double weeks =
            std::min(std::ceil((rest - kEpsilon) / calendar.week()) - 1.0, kMaxDays / 7.0);
        day += 7 * static_cast<qint64>(weeks);
        rest = std::min(rest - weeks * calendar.week(), calendar.week());
    }
    for (;;) {
        day = calendar.nextWorkingDay(day + 1);
        const double capacity = calendar.hoursOn(day);
        if (rest <= capacity + kEpsilon) {
            cursor.day = day;
            cursor.used = std::clamp(rest, 0.0, capacity);
            return {first, day};
        }
        rest -= capacity;
    }
}

Calendar makeCalendar(const ScheduleOptions &options, QDate start, double scale)
{
    if (options.weekdayHours) {
        WeekdayHours hours = *options.weekdayHours;
        for (double &h : hours)
            h = sanitizedHours(h) * scale;
        return Calendar::byWeekday(start, hours);
    }
    // The API asks for a positive capacity; fall back instead of dividing by zero.
    const double hoursPerWeek = std::isfinite(options.hoursPerWeek) && options.hoursPerWeek > 0.0
                                    ? options.hoursPerWeek
                                    : ScheduleOptions{}.hoursPerWeek;
    return Calendar::evenly(hoursPerWeek / 7.0 * scale);
}

QDate latestDue(const QList<Task> &tasks)
{
    QDate latest;
    for (const Task &task : tasks) {
        if (task.dueDate.isValid() && (!latest.isValid() || task.dueDate > latest))
            latest = task.dueDate;
    }
    return latest;
}

constexpr qint64 kNoDay = std::numeric_limits<qint64>::max();

// Hours of a task placed on `span` that fall after day `limit`. The due day's share is `dueDayUsed`
// (the cursor's hours on it after the task): when the task ends on a later day than it started,
// its due day began empty.
double hoursAfter(const Calendar &calendar, const Span &span, double hours, double dueDayUsed,
                  qint64 limit)
{
    if (span.first > limit)
        return hours;
    if (span.last > limit)
        return std::min(hours, calendar.hoursBetween(limit + 1, span.last - 1) + dueDayUsed);
    return 0.0;
}

// Where the walk put each unfinished task, and how much work came too late.
struct Walk
{
    std::vector<std::optional<Span>> spans; // by position; none for finished tasks
    double lateHours = 0.0;                 // after the deadline or after a task's own dueBy
    qint64 lastDay = -1;                    // the last day any unfinished task is due
};

// The one person's walk through the unfinished tasks. At each step the person takes, among the
// tasks whose prerequisites are done, one that can start now: the one with the earliest latest
// date (dueBy), then a dated session (notBefore) before undated work, then the work order. When
// none can start now (every ready task waits for its notBefore day) the person idles until the
// first can. Without dueBy and notBefore this is exactly the work order of the dependency graph.
//
// Events are pinned to the deadline and use none of the weekly hours; without a deadline an
// event comes after everything else. A task that depends on an event starts the day after it.
Walk walk(const QList<Task> &tasks, const WorkGraph &work, const Calendar &calendar, QDate start,
          const ScheduleOptions &options)
{
    const int n = int(tasks.size());
    const bool hasDeadline = options.deadline.isValid();
    const qint64 deadlineDay = hasDeadline ? start.daysTo(options.deadline) : 0;
    const std::vector<int> &order = work.order;
    const DependencyGraph &acyclic = work.acyclic;

    std::vector<int> rank(static_cast<size_t>(n), 0);
    for (size_t i = 0; i < order.size(); ++i)
        rank[static_cast<size_t>(order[i])] = static_cast<int>(i);
    const auto dayOrNone = [&start](const QDate &date) {
        return date.isValid() ? start.daysTo(date) : kNoDay;
    };

    Walk result;
    result.spans.resize(static_cast<size_t>(n));
    std::vector<int> waitingOn(static_cast<size_t>(n), 0);
    std::vector<qint64> release(static_cast<size_t>(n), 0); // first day after event prerequisites
    for (int v = 0; v < n; ++v) {
        if (tasks[v].isFinished())
            continue;
        for (const int u : acyclic.prerequisites[static_cast<size_t>(v)])
            waitingOn[static_cast<size_t>(v)] += tasks[u].isFinished() ? 0 : 1;
    }

    // How urgent a task is: its own latest day, or an earlier one of a task waiting for it (the
    // guest list is as urgent as the venue booking that needs it). Walked against the work
    // order, so every dependent is known first.
    std::vector<qint64> urgency(static_cast<size_t>(n), kNoDay);
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const auto sv = static_cast<size_t>(*it);
        urgency[sv] = std::min(urgency[sv], dayOrNone(tasks[*it].dueBy));
        for (const int w : acyclic.dependents[sv])
            urgency[sv] = std::min(urgency[sv], urgency[static_cast<size_t>(w)]);
    }

    using Key = std::tuple<qint64, qint64, int, int>; // (urgency, not before, rank, position)
    const auto keyOf = [&](int v) {
        const Task &t = tasks[v];
        return Key{urgency[static_cast<size_t>(v)], dayOrNone(t.notBefore),
                   rank[static_cast<size_t>(v)], v};
    };
    std::priority_queue<Key, std::vector<Key>, std::greater<>> available;
    // Waiting for their first possible day: (day, key).
    using Waiting = std::pair<qint64, Key>;
    std::priority_queue<Waiting, std::vector<Waiting>, std::greater<>> waiting;
    std::vector<int> floatingEvents; // events without a deadline, ready to go last

    Cursor cursor{calendar.nextWorkingDay(0), 0.0};

    // Tasks placed whose dependents have not been told yet. An event pinned to the deadline is
    // placed the moment it is ready, so telling its dependents may place more: a queue, not
    // recursion.
    std::vector<int> placed;
    const auto finishEvent = [&](int v, qint64 day) {
        result.spans[static_cast<size_t>(v)] = Span{day, day};
        result.lastDay = std::max(result.lastDay, day);
        placed.push_back(v);
    };
    const auto becomeReady = [&](int v) {
        const Task &t = tasks[v];
        if (t.event) {
            if (hasDeadline) // pinned: on the deadline (today at the earliest), whatever its
                             // prerequisites
                finishEvent(v, std::max<qint64>(0, deadlineDay));
            else
                floatingEvents.push_back(v);
            return;
        }
        const qint64 notBefore = t.notBefore.isValid() ? start.daysTo(t.notBefore) : 0;
        waiting.push({std::max({notBefore, release[static_cast<size_t>(v)], qint64(0)}), keyOf(v)});
    };
    const auto tellDependents = [&] {
        while (!placed.empty()) {
            const int u = placed.back();
            placed.pop_back();
            const qint64 after =
                tasks[u].event ? result.spans[static_cast<size_t>(u)]->last + 1 : 0;
            for (const int v : acyclic.dependents[static_cast<size_t>(u)]) {
                const auto sv = static_cast<size_t>(v);
                if (tasks[v].isFinished())
                    continue;
                release[sv] = std::max(release[sv], after);
                // A dated task after a dated task (the next session of a weekly series) keeps
                // most of the gap the plan put between them when the first slips: a week's essay
                // that starts late moves the next one on (four days at least), rather than two
                // essays on two days; the series may catch up, but not in a rush.
                // A longer gap than two months is no series' rhythm but a phase boundary (the
                // late start every task of a plan shares, then a session months later): kept, it
                // pushed the driving lessons after the driving test.
                const qint64 gap = tasks[u].notBefore.isValid() && tasks[v].notBefore.isValid()
                                       ? tasks[u].notBefore.daysTo(tasks[v].notBefore)
                                       : 0;
                if (!tasks[u].event && gap > 0 && gap <= kMaxRhythmDays) {
                    release[sv] =
                        std::max(release[sv], result.spans[static_cast<size_t>(u)]->first +
                                                  (gap * kKeptGapSevenths + 6) / 7);
                }
                if (--waitingOn[sv] == 0)
                    becomeReady(v);
            }
        }
    };

    // Those ready from the start, collected first: a pinned event among them makes its
    // dependents ready on the spot, and they must not be made ready twice.
    std::vector<int> initiallyReady;
    for (int v = 0; v < n; ++v) {
        if (!tasks[v].isFinished() && waitingOn[static_cast<size_t>(v)] == 0)
            initiallyReady.push_back(v);
    }
    for (const int v : initiallyReady)
        becomeReady(v);
    tellDependents();

    for (;;) {
        while (!waiting.empty() && waiting.top().first <= cursor.day) {
            available.push(waiting.top().second);
            waiting.pop();
        }
        if (available.empty()) {
            if (!waiting.empty()) {
                // Idle until the first waiting task may start.
                cursor = Cursor{calendar.nextWorkingDay(waiting.top().first), 0.0};
                continue;
            }
            if (floatingEvents.empty())
                break;
            // Everything else that could be done is done: the events come last, on a day of
            // their own after the work.
            std::sort(floatingEvents.begin(), floatingEvents.end(), [&rank](int a, int b) {
                return rank[static_cast<size_t>(a)] < rank[static_cast<size_t>(b)];
            });
            const std::vector<int> events = std::exchange(floatingEvents, {});
            const qint64 day = result.lastDay < 0 ? 0 : result.lastDay + 1;
            for (const int v : events)
                finishEvent(v, std::max(day, release[static_cast<size_t>(v)]));
            tellDependents();
            continue;
        }
        const int v = std::get<3>(available.top());
        available.pop();
        const Task &task = tasks[v];
        const double hours = sanitizedHours(task.estimateHours);
        const Span span = place(calendar, cursor, hours);
        result.spans[static_cast<size_t>(v)] = span;
        result.lastDay = std::max(result.lastDay, span.last);
        if (hours > kEpsilon) {
            double late = 0.0;
            if (hasDeadline)
                late = hoursAfter(calendar, span, hours, cursor.used, deadlineDay);
            if (task.dueBy.isValid())
                late = std::max(
                    late, hoursAfter(calendar, span, hours, cursor.used, start.daysTo(task.dueBy)));
            result.lateHours += late;
        }
        placed.push_back(v);
        tellDependents();
    }
    return result;
}

// The day of the first event pinned to the deadline whose preparation (the tasks it waits for,
// directly or not) the walk put on or after that day; -1 when none did. Work after the exam, the
// race or the move is no plan at all: that work has to come before it.
qint64 eventOverrun(const QList<Task> &tasks, const WorkGraph &work, const Walk &w)
{
    const DependencyGraph &acyclic = work.acyclic;
    for (int e = 0; e < int(tasks.size()); ++e) {
        const std::optional<Span> &event = w.spans[static_cast<size_t>(e)];
        if (!tasks[e].event || tasks[e].isFinished() || !event)
            continue;
        std::vector<int> stack(acyclic.prerequisites[static_cast<size_t>(e)].begin(),
                               acyclic.prerequisites[static_cast<size_t>(e)].end());
        std::vector<bool> seen(tasks.size(), false);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            if (seen[static_cast<size_t>(v)])
                continue;
            seen[static_cast<size_t>(v)] = true;
            const std::optional<Span> &span = w.spans[static_cast<size_t>(v)];
            if (span && !tasks[v].event && span->last >= event->first && event->first > 0)
                return event->first;
            for (const int u : acyclic.prerequisites[static_cast<size_t>(v)])
                stack.push_back(u);
        }
    }
    return -1;
}

// When the preparation of a pinned event does not fit before it at the person's hours, the same
// walk at the least higher pace (found by halving, to 1/20 of an hour a week) that ends it before
// the event; none when even 16 times the hours would not (sessions kept days apart, a day the
// person gave). The risk is still the one at the person's own hours.
std::optional<Walk> packedBeforeEvent(const QList<Task> &tasks, const WorkGraph &work,
                                      const ScheduleOptions &options, QDate start)
{
    const auto walkAt = [&](double scale) {
        return walk(tasks, work, makeCalendar(options, start, scale), start, options);
    };
    double low = 1.0;
    double high = 16.0;
    std::optional<Walk> best;
    if (Walk w = walkAt(high); eventOverrun(tasks, work, w) < 0)
        best = std::move(w);
    else
        return std::nullopt;
    while (high - low > 0.005) {
        const double mid = (low + high) / 2.0;
        Walk w = walkAt(mid);
        if (eventOverrun(tasks, work, w) < 0) {
            high = mid;
            best = std::move(w);
        } else {
            low = mid;
        }
    }
    return best;
}

// Where the work ends at the given pace: the same walk as the schedule, on a scaled calendar,
// without writing any date. Finished tasks count with their own due dates, as in `finish`.
QDate projectedFinish(const QList<Task> &tasks, const WorkGraph &work,
                      const ScheduleOptions &options, QDate start, double pace)
{
    const Calendar calendar = makeCalendar(options, start, pace);
    QDate finish;
    bool unfinished = false;
    for (const Task &task : tasks) {
        unfinished = unfinished || !task.isFinished();
        if (task.isFinished() && task.dueDate.isValid() &&
            (!finish.isValid() || task.dueDate > finish))
            finish = task.dueDate;
    }
    if (unfinished && !calendar.canWork())
        return {};
    const Walk w = walk(tasks, work, calendar, start, options);
    if (w.lastDay >= 0 && (!finish.isValid() || start.addDays(w.lastDay) > finish))
        finish = start.addDays(w.lastDay);
    return finish;
}

// A milestone slips when it still has unfinished work and that work cannot be done by the
// deadline: its last task is due after the deadline, or one of its tasks has no date at all.
QStringList slippingMilestones(const QList<Task> &tasks, QDate deadline)
{
    if (!deadline.isValid())
        return {};
    struct Milestone
    {
        QDate last;
        bool unfinished = false;
        bool undated = false;
    };
    QStringList names; // in order of first appearance
    QHash<QString, Milestone> milestones;
    for (const Task &task : tasks) {
        if (task.milestone.trimmed().isEmpty())
            continue;
        if (!milestones.contains(task.milestone))
            names.append(task.milestone);
        Milestone &m = milestones[task.milestone];
        if (task.dueDate.isValid() && (!m.last.isValid() || task.dueDate > m.last))
            m.last = task.dueDate;
        if (!task.isFinished()) {
            m.unfinished = true;
            m.undated = m.undated || !task.dueDate.isValid();
        }
    }
    QStringList slipping;
    for (const QString &name : std::as_const(names)) {
        const Milestone &m = milestones[name];
        if (m.unfinished && (m.undated || (m.last.isValid() && m.last > deadline)))
            slipping.append(name);
    }
    return slipping;
}

} // namespace

ScheduleResult Scheduler::schedule(QList<Task> &tasks, const ScheduleOptions &options)
{
    ScheduleResult result;

    // The API asks for a start date; fall back instead of producing invalid dates.
    const QDate start = options.start.isValid() ? options.start : QDate::currentDate();
    const Calendar calendar = makeCalendar(options, start, 1.0);
    const double pace =
        std::isfinite(options.pace) && options.pace > 0.0 ? options.pace : ScheduleOptions{}.pace;

    if (!calendar.canWork()) {
        // No day has any hours: the unfinished work cannot be put anywhere.
        double remaining = 0.0;
        bool unfinished = false;
        for (Task &task : tasks) {
            if (task.isFinished())
                continue;
            unfinished = true;
            remaining += sanitizedHours(task.estimateHours);
            task.startDate = task.dueDate = QDate();
        }
        if (unfinished) {
            result.atRisk = true;
            result.hoursShort = std::max(0.1, roundToTenth(remaining));
        }
        result.finish = latestDue(tasks);
        result.projectedFinish = unfinished ? QDate() : result.finish;
        result.slippingMilestones = slippingMilestones(tasks, options.deadline);
        return result;
    }

    // Because the one person works through the tasks in a topological order, every unfinished
    // prerequisite is finished by the time a task starts. Done and skipped prerequisites impose
    // nothing: the work is already done, whatever their (possibly planned, later) dates say, so
    // finishing early pulls the rest of the plan forward. Done and skipped tasks keep their dates,
    // whatever they are, and use no capacity.
    const WorkGraph work = workGraph(DependencyGraph::build(tasks));
    const Walk w = walk(tasks, work, calendar, start, options);
    // An event's preparation that runs into the event is packed before it (at risk all the same).
    std::optional<Walk> packed;
    if (options.deadline.isValid() && eventOverrun(tasks, work, w) >= 0)
        packed = packedBeforeEvent(tasks, work, options, start);
    const Walk &dated = packed ? *packed : w;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (const std::optional<Span> &span = dated.spans[static_cast<size_t>(i)]) {
            tasks[i].startDate = start.addDays(span->first);
            tasks[i].dueDate = start.addDays(span->last);
        }
    }
    if (w.lateHours > kEpsilon) {
        result.atRisk = true;
        // Rounded to a tenth of an hour, but never 0 when at risk: "0.0 h short" would read as
        // not short at all.
        result.hoursShort = std::max(0.1, roundToTenth(w.lateHours));
    }

    result.finish = latestDue(tasks);
    result.projectedFinish =
        pace == 1.0 ? result.finish : projectedFinish(tasks, work, options, start, pace);
    result.slippingMilestones = slippingMilestones(tasks, options.deadline);
    return result;
}

void startAfresh(Plan &plan, const Goal &goal)
{
    plan.id = 0;
    plan.isTemplate = false;
    plan.createdAt = {};
    plan.goal = goal.text;
    plan.startDate = goal.today;
    plan.deadline = goal.deadline;
    plan.hoursPerWeek = goal.hoursPerWeek;
    for (Task &task : plan.tasks) {
        task.id = 0;
        task.planId = 0;
        task.status = TaskStatus::Todo;
        task.actualHours = -1;
        task.startDate = {};
        task.dueDate = {};
    }
    const ScheduleResult scheduled =
        Scheduler::schedule(plan.tasks, {goal.today, goal.deadline, goal.hoursPerWeek});
    plan.atRisk = scheduled.atRisk;
    plan.hoursShort = scheduled.hoursShort;
}

} // namespace helios
