#pragma once

#include "app/cli/cli_help.h"
#include "app/cli/llm_request.h"
#include "core/domain/goal.h"
#include "core/domain/result.h"
#include "core/domain/task.h"
#include "core/planning/plan_edit.h"
#include "core/planning/scheduler.h"

#include <QStringList>

#include <optional>

namespace helios::cli {

enum class Command {
    Help,
    Version,
    Plan,
    PlanFromTemplate,
    Plans,
    Show,
    DeletePlan,
    SetTaskStatus,
    Templates,
    SetTemplate,
    ExportTemplate,
    ImportTemplate,
    DbStatus,
    DbCheck,
    DbMigrate,
    Ask,
    Models,
    CacheStats,
    CacheClear,
    Replan,
    Versions,
    RestoreVersion,
    Diff,
    Jobs,
    Cancel,
    Retry,
    Backup,
    Restore,
    Backups,
    Export,
    Import,
    Serve,
    AddTask,    // task add
    EditTask,   // task edit, task move
    RemoveTask, // task remove
    RenamePlan, // plan rename
    Today,
    MoveTaskToTomorrow,
    SyncStatus,  // sync, sync status
    SyncNow,     // sync now
    SyncConnect, // sync --account URL --plan ID
    SyncStop,    // sync stop --plan ID
};

inline constexpr int kDefaultDbWorkers = 2;
inline constexpr int kMaxDbWorkers = 16;
inline constexpr int kDefaultTemplatesLimit = 20;
inline constexpr int kMaxTemplatesLimit = 500;

// A command line, understood and checked: everything a command needs, nothing left to parse.
struct Request
{
    Command command = Command::Help;
    QString helpText;                  // Command::Help: what to print
    QString databaseOverride;          // --db, empty when not given
    int dbWorkers = kDefaultDbWorkers; // --db-workers, else $HELIOS_DB_WORKERS
    bool verbose = false;
    bool json = false;
    Goal goal;             // Command::Plan, already validated; PlanFromTemplate: text may be empty
    qint64 planId = 0;     // Command::Show, Command::SetTemplate
    qint64 templateId = 0; // Command::PlanFromTemplate from an own template
    // Command::PlanFromTemplate from a built-in template ("kind:events/wedding"; templateId 0),
    // Command::ExportTemplate: the template's id as `templates` lists it
    QString templateRef;
    QString templateFile; // Command::ExportTemplate, Command::ImportTemplate
    QString category;     // Command::Templates: --category, empty for all
    QString search;       // Command::Templates: --search
    QString language;     // templates, template export, plan --from-template: "en" or "zh"
    qint64 taskId = 0;    // Command::SetTaskStatus
    TaskStatus status = TaskStatus::Todo;
    bool makeTemplate = true; // Command::SetTemplate: set (true) or unset (false)
    int page = 1;             // Command::Templates
    int limit = kDefaultTemplatesLimit;
    int targetVersion = 0; // Command::DbMigrate
    LlmRequest llm;        // ask, models, plan, replan: the model server and the call's settings
    bool replanWithLlm = false;            // replan --llm
    bool accept = false;                   // replan --accept, today --yes
    std::optional<QDate> newDeadline;      // replan --deadline
    std::optional<double> newHoursPerWeek; // replan --hours-per-week
    int versionA = 0;                      // diff V1, versions --restore N
    int versionB = 0;                      // diff V2
    qint64 jobId = 0;                      // cancel, retry
    QString metricsOut;                    // --metrics-out: write the Prometheus text here at exit
    QString backupFile; // Command::Backup: -o FILE (empty: the backups folder); Restore: FILE
    // Command::Export: planId, or all plans; the format; the file (empty: stdout)
    bool exportAll = false;
    QString format;     // Command::Export, Command::Import: a name planFormatNamed() knows
    QString outputPath; // Command::Export
    QString importPath; // Command::Import
    QDate today; // Import: the first day imported work is scheduled on; Today, MoveTaskToTomorrow;
                 // Serve: the API's day (when --today is given); the edits: the day
                 // rescheduling starts from
    std::optional<WeekdayHours> weekdayHours; // Command::Today: --weekday-hours
    bool rescheduleOverdue = false; // Command::Today: --reschedule-overdue (--yes: accept)
    PlanEdit edit;                  // the edits: what to change (planId or edit.taskId says where)
    // Command::Serve: where to listen (the address as given, checked); whether to make a new
    // token (printed once) or to print the kept one and exit.
    quint16 servePort = 8765;
    QString serveAddress = QStringLiteral("127.0.0.1");
    bool newToken = false;
    bool showToken = false;
    // sync: the server (as given; checked to be http or https), the user, the collection (empty:
    // one is made for the plan), the plan (planId; 0 with `sync now`: every bound plan). The
    // password is never an argument: $HELIOS_SYNC_PASSWORD, else standard input.
    QString syncAccount;
    QString syncUser;
    QString syncCollection;
    bool syncShared = false; // --shared: the calendar holds several plans
};

// Parses `arguments` (arguments[0] is the program). Global options may come before or after the
// sub-command. Everything that can be checked without the database is checked here, so a bad
// command line fails before anything is opened or written; the error is a usage error of one
// sentence. `today` is the default for --today. $HELIOS_DB_WORKERS is read when --db-workers is
// not given.
Result<Request> parseArguments(const QStringList &arguments, const QDate &today);

} // namespace helios::cli
