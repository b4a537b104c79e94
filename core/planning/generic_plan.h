#pragma once

#include "core/domain/task.h"

#include <QList>
#include <QString>

namespace helios::planning {

// The plan for a goal the knowledge base does not know: six short, concrete first steps (about
// six hours in all, chained), in `language`; they name the subject when there is one (empty:
// titles that need none). A short goal is named as the person wrote it instead ("get a tattoo"
// reads better than its subject, "tattoo"; "学会修自行车" than "自行车"). Internal to
// core/planning.
QList<Task> genericTasks(const QString &language, const QString &subject, const QString &goal = {});

} // namespace helios::planning
