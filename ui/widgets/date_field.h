#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace helios::ui {

// A date a person types in their locale's short format with four digits for the year (or picks
// from a calendar). Text that is not a date, or a date outside the allowed range, stays as typed
// with a sentence under it saying what is wrong (a two-digit year too): it is never turned into
// another date.
class DateField : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged)

public:
    explicit DateField(QDate today, QWidget *parent = nullptr);

    // The date typed, null while the text is not an allowed date.
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void setMinimumDate(const QDate &date);
    // True when the text is an allowed date.
    bool hasAcceptableInput() const { return m_date.isValid(); }
    // Why the text is not an allowed date; empty when it is.
    QString problem() const;
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    // The date typed changed (null while the text is not an allowed date).
    void dateChanged(const QDate &date);
    void acceptableInputChanged(bool acceptable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onTextEdited();
    void onEditingFinished();
    void showProblem(const QString &problem);
    void pickFromCalendar();

    QDate m_today;
    QDate m_minimum;
    QDate m_date;
    QLineEdit *m_edit = nullptr;
    QToolButton *m_calendar = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace helios::ui
