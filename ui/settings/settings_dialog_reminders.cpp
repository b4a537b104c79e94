// Settings → Reminders: the daily summary and its time, the reminders of tasks due today,
// keeping Helios in the tray when the window closes, and starting it with the session.

#include "ui/settings/settings_dialog.h"
#include "ui/settings/settings_view_model.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

namespace helios::ui {

QWidget *SettingsDialog::createRemindersPage()
{
    auto *page = new QWidget(this);
    m_dailySummary = new QCheckBox(tr("Sum up my day in a notification every day"), page);
    m_dailySummary->setObjectName(QStringLiteral("dailySummaryCheck"));
    m_summaryTime = new QTimeEdit(page);
    m_summaryTime->setObjectName(QStringLiteral("summaryTimeEdit"));
    m_summaryTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_summaryTime->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a time, not a line
    m_dueReminders = new QCheckBox(page);
    m_dueReminders->setObjectName(QStringLiteral("dueRemindersCheck"));
    m_keepInTray =
        new QCheckBox(tr("Keep Helios running in the tray when its window is closed"), page);
    m_keepInTray->setObjectName(QStringLiteral("keepInTrayCheck"));
    m_startAtLogin = new QCheckBox(tr("Start Helios when I log in"), page);
    m_startAtLogin->setObjectName(QStringLiteral("startAtLoginCheck"));
    auto *note = new QLabel(tr("Reminders come while Helios runs, in the window or in the tray. "
                               "Those that fall while it is closed are summed up once when it "
                               "starts."),
                            page);
    note->setWordWrap(true);

    for (QCheckBox *box : {m_dailySummary, m_dueReminders, m_keepInTray, m_startAtLogin})
        connect(box, &QCheckBox::toggled, this, &SettingsDialog::pushDraft);
    connect(m_dailySummary, &QCheckBox::toggled, m_summaryTime, &QWidget::setEnabled);
    connect(m_summaryTime, &QTimeEdit::timeChanged, this, &SettingsDialog::pushDraft);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_dailySummary);
    form->addRow(tr("Daily summary at:"), m_summaryTime);
    form->addRow(m_dueReminders);
    form->addRow(m_keepInTray);
    form->addRow(m_startAtLogin);
    form->addRow(note);
    return page;
}

void SettingsDialog::showReminders(const AppSettings &settings)
{
    m_dailySummary->setChecked(settings.reminders.dailySummary);
    m_summaryTime->setTime(settings.reminders.summaryTime);
    m_summaryTime->setEnabled(settings.reminders.dailySummary);
    m_dueReminders->setText(
        tr("Remind me of each task due today, at %1")
            .arg(QLocale().toString(settings.reminders.dueTime, QLocale::ShortFormat)));
    m_dueReminders->setChecked(settings.reminders.dueReminders);
    m_keepInTray->setChecked(settings.keepRunningInTray.value_or(false));
    m_startAtLogin->setChecked(settings.startAtLogin);
}

void SettingsDialog::collectReminders(AppSettings &settings) const
{
    settings.reminders.dailySummary = m_dailySummary->isChecked();
    settings.reminders.summaryTime = m_summaryTime->time();
    settings.reminders.dueReminders = m_dueReminders->isChecked();
    // Not answered yet and left unticked: the window still asks when it is first closed.
    if (settings.keepRunningInTray.has_value() || m_keepInTray->isChecked())
        settings.keepRunningInTray = m_keepInTray->isChecked();
    settings.startAtLogin = m_startAtLogin->isChecked();
}

} // namespace helios::ui
