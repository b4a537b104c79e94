#include "ui/settings/day_settings.h"

#include <QLocale>
#include <QSettings>

#include <cmath>

namespace helios::ui {

namespace {

const QString kDailySummary = QStringLiteral("reminders/dailySummary");
const QString kSummaryTime = QStringLiteral("reminders/summaryTime");
const QString kDueReminders = QStringLiteral("reminders/dueReminders");
const QString kDueTime = QStringLiteral("reminders/dueTime");
const QString kWeekdayHours = QStringLiteral("today/weekdayHours");
const QString kKeepRunningInTray = QStringLiteral("ui/keepRunningInTray");
const QString kStartWithSession = QStringLiteral("ui/startWithSession");

void readBool(QSettings &settings, const QString &key, bool &target)
{
    const QVariant value = settings.value(key);
    if (value.isValid())
        target = value.toBool();
}

void readTime(QSettings &settings, const QString &key, QTime &target, QStringList *problems)
{
    const QVariant value = settings.value(key);
    if (!value.isValid())
        return;
    const QTime parsed = QTime::fromString(value.toString().trimmed(), QStringLiteral("HH:mm"));
    if (parsed.isValid())
        target = parsed;
    else if (problems)
        problems->append(DaySettings::tr("The saved setting %1 is not a time such as 08:30; %2 "
                                         "is used.")
                             .arg(key, target.toString(QStringLiteral("HH:mm"))));
}

bool validHours(double hours)
{
    return std::isfinite(hours) && hours >= 0.0 && hours <= DaySettings::kMaxHoursPerDay;
}

} // namespace

QStringList DaySettings::validate() const
{
    QStringList problems;
    if (reminders.dailySummary && !reminders.summaryTime.isValid())
        problems << tr("Choose a time for the daily summary.");
    if (reminders.dueReminders && !reminders.dueTime.isValid())
        problems << tr("Choose a time for the reminders of tasks due today.");
    if (weekdayHours) {
        for (const double hours : *weekdayHours) {
            if (!validHours(hours)) {
                problems << tr("The hours of a day must be between 0 and 24, not %1.")
                                .arg(QLocale().toString(hours));
                break;
            }
        }
    }
    return problems;
}

AgendaOptions DaySettings::agendaOptions() const
{
    AgendaOptions options;
    options.weekdayHours = weekdayHours;
    return options;
}

DaySettings DaySettings::load(QSettings &settings, QStringList *problems)
{
    DaySettings loaded;
    readBool(settings, kDailySummary, loaded.reminders.dailySummary);
    readTime(settings, kSummaryTime, loaded.reminders.summaryTime, problems);
    readBool(settings, kDueReminders, loaded.reminders.dueReminders);
    readTime(settings, kDueTime, loaded.reminders.dueTime, problems);
    readBool(settings, kStartWithSession, loaded.startWithSession);
    const QVariant keep = settings.value(kKeepRunningInTray);
    if (keep.isValid() && !keep.toString().isEmpty())
        loaded.keepRunningInTray = keep.toBool();

    const QString hours = settings.value(kWeekdayHours).toString().trimmed();
    if (!hours.isEmpty()) {
        const QStringList parts = hours.split(QLatin1Char(','));
        WeekdayHours parsed{};
        bool ok = parts.size() == 7;
        for (int day = 0; ok && day < 7; ++day) {
            parsed[static_cast<size_t>(day)] =
                QLocale::c().toDouble(parts.at(day).trimmed(), &ok);
            ok = ok && validHours(parsed[static_cast<size_t>(day)]);
        }
        if (ok)
            loaded.weekdayHours = parsed;
        else if (problems)
            problems->append(tr("The saved setting %1 is not seven hours from 0 to 24; the plans' "
                                "weekly hours are used.")
                                 .arg(kWeekdayHours));
    }
    return loaded;
}

void DaySettings::save(QSettings &settings) const
{
    settings.setValue(kDailySummary, reminders.dailySummary);
    settings.setValue(kSummaryTime, reminders.summaryTime.toString(QStringLiteral("HH:mm")));
    settings.setValue(kDueReminders, reminders.dueReminders);
    settings.setValue(kDueTime, reminders.dueTime.toString(QStringLiteral("HH:mm")));
    settings.setValue(kStartWithSession, startWithSession);
    if (keepRunningInTray)
        settings.setValue(kKeepRunningInTray, *keepRunningInTray);
    else
        settings.remove(kKeepRunningInTray);
    if (weekdayHours) {
        QStringList parts;
        for (const double hours : *weekdayHours)
            parts << QLocale::c().toString(hours, 'g', 6);
        settings.setValue(kWeekdayHours, parts.join(QLatin1Char(',')));
    } else {
        settings.remove(kWeekdayHours);
    }
}

} // namespace helios::ui
