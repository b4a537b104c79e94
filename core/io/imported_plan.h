#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_version.h"

#include <QList>
#include <QStringList>

namespace helios {

// A saved version of a plan read from a Helios JSON file, before it has a place in a database.
struct ImportedVersion
{
    PlanVersion version; // number, time and reason as in the file; no snapshot yet
    // The plan as it was then: dates, hours, risk and tasks (ids 0, dependencies as positions).
    // Goal, language, kind and subject are the imported plan's.
    Plan plan;
    // For each task of `plan`: the position of the same task in the imported plan (it had the
    // same id in the file), or -1 for a task the plan no longer has. Once the plan is saved this
    // gives the version's tasks the new ids of their counterparts.
    QList<int> samePositions;
};

// One plan of an import file with its saved versions (only Helios JSON files have versions).
struct ImportedPlan
{
    Plan plan;
    QList<ImportedVersion> versions; // oldest first
    // What an import preview warns about (never saved): the open tasks the file gave no due date
    // (the Scheduler dated those of Markdown, iCalendar and todo.txt files; Helios JSON keeps
    // them undated), the lines of the file that became nothing (prose between Markdown lists,
    // such as a chatbot's opening sentence), and whether the file named no plan, so that it is
    // named after the file.
    int undatedTasks = 0;
    QStringList skippedLines;
    bool namedAfterFile = false;
};

} // namespace helios
