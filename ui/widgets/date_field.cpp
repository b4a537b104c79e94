#include "ui/widgets/date_field.h"

#include "ui/models/date_input.h"
#include "ui/models/display_format.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace helios::ui {

DateField::DateField(QDate today, QWidget *parent) : QWidget(parent), m_today(today)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setClearButtonEnabled(false);
    m_edit->setPlaceholderText(fourDigitYearFormat(QLocale()));
    m_calendar = new QToolButton(this);
    m_calendar->setObjectName(QStringLiteral("calendarButton"));
    m_calendar->setText(QStringLiteral("📅"));
    m_calendar->setToolTip(tr("Pick the day from a calendar"));
    m_calendar->setFocusPolicy(Qt::NoFocus);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("dateProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1b));
    m_problem->setPalette(warning);
    m_problem->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_calendar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textEdited, this, &DateField::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::onEditingFinished);
    connect(m_calendar, &QToolButton::clicked, this, &DateField::pickFromCalendar);
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(formatDate(date));
    onTextEdited();
}

void DateField::setMinimumDate(const QDate &date)
{
    m_minimum = date;
    onTextEdited();
}

QString DateField::problem() const
{
    return m_problem->text();
}

void DateField::onTextEdited()
{
    const DateInput input = parseDateInput(m_edit->text(), QLocale(), m_today);
    QDate date = input.date;
    QString problem = input.problem;
    if (m_edit->text().trimmed().isEmpty())
        problem = tr("Type a date, as %1.")
                      .arg(QLocale().toString(m_today.isValid() ? m_today : QDate::currentDate(),
                                              fourDigitYearFormat(QLocale())));
    else if (date.isValid() && m_minimum.isValid() && date < m_minimum)
        problem = tr("Pick %1 or a later day.").arg(formatDate(m_minimum));
    if (!problem.isEmpty())
        date = QDate();
    showProblem(problem);
    if (date == m_date)
        return;
    const bool wasAcceptable = m_date.isValid();
    m_date = date;
    Q_EMIT dateChanged(m_date);
    if (wasAcceptable != m_date.isValid())
        Q_EMIT acceptableInputChanged(m_date.isValid());
}

void DateField::onEditingFinished()
{
    // "2027-04-15" becomes "4/15/2027": what was understood is shown, in the locale's format.
    if (m_date.isValid() && m_edit->text() != formatDate(m_date))
        m_edit->setText(formatDate(m_date));
}

void DateField::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && isEnabled());
    m_edit->setToolTip(problem);
    QPalette palette = m_edit->palette();
    palette.setColor(QPalette::Base, problem.isEmpty() || !isEnabled()
                                         ? QWidget::palette().color(QPalette::Base)
                                         : QColor(0xfd, 0xec, 0xea));
    m_edit->setPalette(palette);
}

void DateField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::EnabledChange)
        showProblem(m_problem->text());
}

void DateField::pickFromCalendar()
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setObjectName(QStringLiteral("dateCalendar"));
    if (m_minimum.isValid())
        calendar->setMinimumDate(m_minimum);
    calendar->setSelectedDate(m_date.isValid() ? m_date : m_today);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    connect(calendar, &QCalendarWidget::activated, this, [this, menu](QDate picked) {
        setDate(picked);
        menu->close();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate picked) {
        setDate(picked);
        menu->close();
    });
    menu->popup(m_calendar->mapToGlobal(QPoint(0, m_calendar->height())));
}

} // namespace helios::ui
