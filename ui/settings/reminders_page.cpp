#include "ui/settings/reminders_page.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

namespace helios::ui {

namespace {

QTimeEdit *timeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

QWidget *row(QWidget *first, QWidget *second, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(first);
    layout->addWidget(second);
    layout->addStretch();
    return widget;
}

} // namespace

RemindersPage::RemindersPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("remindersPage"));
    m_summary = new QCheckBox(tr("Daily summary at"), this);
    m_summary->setObjectName(QStringLiteral("summaryCheck"));
    m_summaryTime = timeEdit(QStringLiteral("summaryTimeEdit"), this);
    m_due = new QCheckBox(tr("Remind me of tasks due today at"), this);
    m_due->setObjectName(QStringLiteral("dueCheck"));
    m_dueTime = timeEdit(QStringLiteral("dueTimeEdit"), this);

    m_ownHours = new QCheckBox(tr("My own hours for each day (else the plans' weekly hours)"),
                               this);
    m_ownHours->setObjectName(QStringLiteral("ownHoursCheck"));
    auto *hoursGrid = new QGridLayout;
    for (int day = 0; day < 7; ++day) {
        auto *name = new QLabel(QLocale().dayName(day + 1, QLocale::ShortFormat), this);
        auto *spin = new QDoubleSpinBox(this);
        spin->setObjectName(QStringLiteral("hoursSpin%1").arg(day + 1));
        spin->setRange(0.0, DaySettings::kMaxHoursPerDay);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setSuffix(tr(" h"));
        hoursGrid->addWidget(name, 0, day, Qt::AlignHCenter);
        hoursGrid->addWidget(spin, 1, day);
        m_hours[static_cast<size_t>(day)] = spin;
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this]() {
            if (!m_showing)
                Q_EMIT edited();
        });
    }

    m_tray = new QCheckBox(tr("Keep Helios running in the tray when its window is closed"), this);
    m_tray->setObjectName(QStringLiteral("trayCheck"));
    m_autostart = new QCheckBox(tr("Start Helios when I log in (in the tray)"), this);
    m_autostart->setObjectName(QStringLiteral("autostartCheck"));

    auto *note = new QLabel(tr("Reminders come as desktop notifications, or from the tray icon "
                               "where there are none. Reminders missed while Helios was not "
                               "running are summed up once when it starts."),
                            this);
    note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(row(m_summary, m_summaryTime, this));
    form->addRow(row(m_due, m_dueTime, this));
    form->addRow(note);
    form->addRow(m_ownHours);
    form->addRow(hoursGrid);
    form->addRow(m_tray);
    form->addRow(m_autostart);

    for (QCheckBox *check : {m_summary, m_due, m_ownHours, m_autostart})
        connect(check, &QCheckBox::toggled, this, [this]() {
            updateEnabled();
            if (!m_showing)
                Q_EMIT edited();
        });
    connect(m_tray, &QCheckBox::toggled, this, [this]() {
        if (m_showing)
            return;
        m_trayTouched = true;
        Q_EMIT edited();
    });
    for (QTimeEdit *edit : {m_summaryTime, m_dueTime})
        connect(edit, &QTimeEdit::timeChanged, this, [this]() {
            if (!m_showing)
                Q_EMIT edited();
        });
    updateEnabled();
}

void RemindersPage::setValues(const DaySettings &values)
{
    m_showing = true;
    m_shown = values;
    m_trayTouched = false;
    m_summary->setChecked(values.reminders.dailySummary);
    m_summaryTime->setTime(values.reminders.summaryTime);
    m_due->setChecked(values.reminders.dueReminders);
    m_dueTime->setTime(values.reminders.dueTime);
    m_ownHours->setChecked(values.weekdayHours.has_value());
    const WeekdayHours hours = values.weekdayHours.value_or(WeekdayHours{2, 2, 2, 2, 2, 4, 4});
    for (size_t day = 0; day < 7; ++day)
        m_hours[day]->setValue(hours[day]);
    m_tray->setChecked(values.keepRunningInTray.value_or(false));
    m_autostart->setChecked(values.startWithSession);
    m_showing = false;
    updateEnabled();
}

DaySettings RemindersPage::values() const
{
    DaySettings values = m_shown;
    values.reminders.dailySummary = m_summary->isChecked();
    values.reminders.summaryTime = m_summaryTime->time();
    values.reminders.dueReminders = m_due->isChecked();
    values.reminders.dueTime = m_dueTime->time();
    if (m_ownHours->isChecked()) {
        WeekdayHours hours{};
        for (size_t day = 0; day < 7; ++day)
            hours[day] = m_hours[day]->value();
        values.weekdayHours = hours;
    } else {
        values.weekdayHours.reset();
    }
    if (m_trayTouched)
        values.keepRunningInTray = m_tray->isChecked();
    values.startWithSession = m_autostart->isChecked();
    return values;
}

void RemindersPage::updateEnabled()
{
    m_summaryTime->setEnabled(m_summary->isChecked());
    m_dueTime->setEnabled(m_due->isChecked());
    for (QDoubleSpinBox *spin : m_hours)
        spin->setEnabled(m_ownHours->isChecked());
}

} // namespace helios::ui
