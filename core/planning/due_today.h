#pragma once

#include "core/domain/plan.h"

#include <QDate>
#include <QList>

namespace helios {

// A task of the day's list, with what a list across plans needs of its plan.
struct DueTask
{
    Task task;
    QString planGoal;
    bool overdue = false; // not finished and due before today
};

// What is due today across plans: the open tasks (to do or in progress) of every plan that are
// overdue, under way (started on or before today) or start today, ordered by due date, then plan,
// then position. Tasks without dates are left out.
//
// A small first version for the local API's GET /api/v1/today; issue 17 (core/today, over
// TaskQueries::openTasksStartingBy, which reads only those tasks) takes it over.
QList<DueTask> tasksDueBy(const QList<Plan> &plans, QDate today);

} // namespace helios
