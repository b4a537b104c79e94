#pragma once

#include "ui/settings/day_settings.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QDoubleSpinBox;
class QTimeEdit;

namespace helios::ui {

// Settings → Reminders: the daily summary and its time, the reminders of tasks due today and
// their time, the hours the person has each weekday (or the plans' own), keeping Helios in the
// tray when the window closes, and starting it with the session.
class RemindersPage : public QWidget
{
    Q_OBJECT

public:
    explicit RemindersPage(QWidget *parent = nullptr);

    void setValues(const DaySettings &values);
    DaySettings values() const;

Q_SIGNALS:
    void edited();

private:
    void updateEnabled();

    QCheckBox *m_summary = nullptr;
    QTimeEdit *m_summaryTime = nullptr;
    QCheckBox *m_due = nullptr;
    QTimeEdit *m_dueTime = nullptr;
    QCheckBox *m_ownHours = nullptr;
    std::array<QDoubleSpinBox *, 7> m_hours{};
    QCheckBox *m_tray = nullptr;
    QCheckBox *m_autostart = nullptr;
    DaySettings m_shown; // what setValues showed: an unanswered tray question stays unanswered
    bool m_trayTouched = false;
    bool m_showing = false;
};

} // namespace helios::ui
