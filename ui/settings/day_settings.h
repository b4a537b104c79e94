#pragma once

#include "core/planning/scheduler.h"
#include "core/today/agenda.h"
#include "core/today/reminders.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QSettings;

namespace helios::ui {

// What the person chose in Settings → Reminders: the daily summary and the due reminders, the
// hours they have each weekday, whether closing the window keeps Helios in the tray, and whether
// it starts with the session. Part of AppSettings, persisted with it.
struct DaySettings
{
    Q_DECLARE_TR_FUNCTIONS(DaySettings)

public:
    static constexpr double kMaxHoursPerDay = 24.0;

    ReminderOptions reminders;
    std::optional<WeekdayHours> weekdayHours; // nullopt: from the plans' weekly hours
    std::optional<bool> keepRunningInTray;    // nullopt: asked at the first close of the window
    bool startWithSession = false;

    // Sentences for the values that cannot be used; empty when all are fine.
    QStringList validate() const;
    AgendaOptions agendaOptions() const;

    // Reads the values; one that is unreadable takes its default and adds a sentence to
    // problems. Never returns a value validate() rejects.
    static DaySettings load(QSettings &settings, QStringList *problems = nullptr);
    void save(QSettings &settings) const;

    friend bool operator==(const DaySettings &, const DaySettings &) = default;
};

} // namespace helios::ui
