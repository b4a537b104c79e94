#pragma once

#include "core/domain/task.h"

#include <QList>
#include <QString>

namespace helios::planning {

// The plan for a goal the knowledge base does not know: six short, concrete first steps (about
// six hours in all, chained), in `language`; they name the subject when there is one (empty:
// titles that need none). Internal to core/planning.
QList<Task> genericTasks(const QString &language, const QString &subject);

} // namespace helios::planning
