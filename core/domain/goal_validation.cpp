#include "core/domain/goal_validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace helios {

QDate parseIsoDate(QStringView text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return {};
    return QDate::fromString(text.toString(), Qt::ISODate);
}

Status validateGoal(const Goal &goal)
{
    const QString text = goal.text.trimmed();
    if (text.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "helios", "The goal is empty: describe what you want to achieve."));
    if (text.size() > kMaxGoalLength)
        return Error::usage(QCoreApplication::translate(
                                "helios", "The goal is too long: keep it under %1 characters.")
                                .arg(kMaxGoalLength));
    if (!(goal.hoursPerWeek > 0.0) || goal.hoursPerWeek > kMaxHoursPerWeek)
        return Error::usage(QCoreApplication::translate(
                                "helios", "Hours per week must be more than 0 and at most %1.")
                                .arg(kMaxHoursPerWeek));
    if (!goal.today.isValid())
        return Error::usage(
            QCoreApplication::translate("helios", "The start date is not a valid date."));
    if (goal.deadline.isValid() && goal.deadline < goal.today)
        return Error::usage(QCoreApplication::translate("helios", "The deadline %1 is in the past.")
                                .arg(goal.deadline.toString(Qt::ISODate)));
    return Ok{};
}

} // namespace helios
