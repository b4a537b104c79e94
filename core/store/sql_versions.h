#pragma once

#include <QString>

// The statements of plan versions and background jobs (listed in sql::all() with the others).
namespace helios::sql {

extern const QString insertPlanVersion;
extern const QString planVersionNumber;
extern const QString planVersions;
extern const QString planVersion;
extern const QString planVersionSnapshots;
extern const QString insertPlanVersionAsIs;
extern const QString deleteTask;
extern const QString updateTaskRow;
extern const QString deleteDependenciesOfTask;
extern const QString deletePlan;
extern const QString insertTaskWithId;
extern const QString highestTaskIdOfPlanHistory;
extern const QString updatePlanSchedule;
extern const QString updatePlanGoal;
extern const QString amendPlanVersion;

extern const QString insertJob;
extern const QString updateJob;
extern const QString jobById;
extern const QString recentJobs;
extern const QString jobsWithStatus;

extern const QString lastChange;
extern const QString changesSince;

} // namespace helios::sql
