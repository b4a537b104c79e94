// The helios GUI's composition root: parses the command line, picks the language, starts
// logging, and wires Store → PlanService → PlansViewModel → MainWindow, the settings (file and
// keychain) into the Settings dialog, and the metrics registry and the LLM call log →
// PerformanceViewModel (View → Performance).

#include "core/jobs/job_service.h"
#include "core/jobs/plan_service.h"
#include "core/jobs/plan_transfer.h"
#include "core/jobs/version_service.h"
#include "core/log/logging.h"
#include "core/metrics/event_loop_lag_probe.h"
#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "core/store/llm_store.h"
#include "core/store/store.h"
#include "core/today/today_service.h"
#include "ui/dashboard/performance_view_model.h"
#include "ui/dialogs/backup_dialogs.h"
#include "ui/dialogs/file_dialog_chooser.h"
#include "ui/dialogs/message_box_error_reporter.h"
#include "ui/i18n/translations.h"
#include "ui/planning/goal_planning_view_model.h"
#include "ui/planning/job_recovery.h"
#include "ui/planning/planning_teams.h"
#include "ui/reminders/dbus_notifier.h"
#include "ui/reminders/reminder_scheduler.h"
#include "ui/reminders/tray_notifier.h"
#include "ui/reminders/tray_presence.h"
#include "ui/settings/api_key_store.h"
#include "ui/settings/keychain_secret_store.h"
#include "ui/settings/session_autostart.h"
#include "ui/settings/settings_file.h"
#include "ui/viewmodels/import_export_view_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/today_view_model.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_file_actions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QStatusBar>

#include <cstdio>

namespace {

constexpr int kUsageExit = 2;

// --lang is read before the parser exists so that --help is already in the chosen language.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

void printError(const QString &message)
{
    std::fprintf(stderr, "helios: %s\n", qPrintable(message));
}

// Reads the configured server's API key from the keychain once, so that the key function handed
// to the LLM client answers at once. A missing keychain is only logged (never the key).
QCoro::Task<> preloadApiKey(helios::ui::ApiKeyStore &keys, helios::ui::AppSettings settings)
{
    if (!settings.usesApiKey())
        co_return;
    auto reading = keys.read(settings.provider, settings.endpointUrl());
    const auto key = co_await reading;
    if (!key)
        qWarning("API key: %s", qPrintable(key.error().message));
}

// Lets the last LLM calls reach llm_calls before the database closes (at most a moment).
void finishCallHistory(const helios::ui::PlanningTeams &teams)
{
    QDeadlineTimer deadline(2000);
    while (teams.pendingWrites() > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Helios"));
    QApplication::setApplicationName(QStringLiteral("helios"));
    QApplication::setApplicationDisplayName(QStringLiteral("Helios"));
    QApplication::setApplicationVersion(QStringLiteral(HELIOS_VERSION));
    // Matches resources/desktop/io.github.helios.Helios.desktop, so the window is tied to its
    // entry.
    QApplication::setDesktopFileName(QStringLiteral("io.github.helios.Helios"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.helios.Helios")));

    // The folders are known once --db is parsed; the language is needed before that.
    helios::ui::SettingsFile settingsFile({});
    QStringList settingsProblems;
    helios::ui::AppSettings settings = settingsFile.load(&settingsProblems);

    const QString languageName = languageArgument(QApplication::arguments());
    std::optional<helios::ui::Language> language = settings.effectiveLanguage();
    if (!languageName.isEmpty())
        language = helios::ui::languageFromName(languageName);
    helios::ui::AppTranslations translations;
    translations.use(language.value_or(helios::ui::Language::English));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Helios turns a goal into a dated plan of tasks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Language of the interface: en or zh_CN (default: "
                                            "the one chosen in Settings)."),
        QStringLiteral("language"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Database file (default: $HELIOS_DB, else the data "
                                            "folder)."),
        QStringLiteral("path"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QCoreApplication::translate("main", "Log debug messages too."));
    const QCommandLineOption backgroundOption(
        QStringLiteral("background"),
        QCoreApplication::translate("main", "Start in the tray, without opening the window (as "
                                            "the session's autostart does)."));
    parser.addOptions({langOption, dbOption, verboseOption, backgroundOption});
    parser.process(app);

    if (!language) {
        printError(QCoreApplication::translate("main", "Unknown language “%1”: use en or zh_CN.")
                       .arg(languageName));
        return kUsageExit;
    }

    const QString databasePath = helios::resolveDatabasePath(parser.value(dbOption));
    const QString dataFolder = QFileInfo(databasePath).absolutePath();
    QDir().mkpath(dataFolder);
    helios::log::init({.directory = dataFolder, .verbose = parser.isSet(verboseOption)});

    qInfo("helios %s started (%s), database %s", HELIOS_VERSION,
          qPrintable(helios::ui::languageName(*language)), qPrintable(databasePath));
    settingsFile.setFolders(helios::ui::foldersForDatabase(databasePath));
    for (const QString &problem : std::as_const(settingsProblems))
        qWarning("Settings (%s): %s", qPrintable(settingsFile.fileName()), qPrintable(problem));
    helios::ui::KeychainSecretStore secrets(QStringLiteral("io.github.helios.Helios"));
    helios::ui::ApiKeyStore apiKeys(secrets);

    int exitCode = 0;
    {
        helios::metrics::MetricsRegistry metricsRegistry;
        helios::metrics::HeliosMetrics metrics =
            helios::metrics::registerHeliosMetrics(metricsRegistry);
        // Samples how late the GUI thread runs a timer, for the performance dashboard.
        helios::metrics::EventLoopLagProbe lagProbe(&metrics.uiEventLoopLag.labels());
        lagProbe.start();

        helios::StoreOptions storeOptions;
        storeOptions.dailyBackup = true;
        storeOptions.queryDurations = &metrics.storeQueryDuration;
        storeOptions.queryCacheRequests = &metrics.storeQueryCacheRequests;
        helios::Store store(databasePath, storeOptions);
        helios::LlmStore llmStore(databasePath);
        helios::PlanService service(store);
        helios::VersionService versions(store); // Plan → Adapt plan… and Version history…
        helios::ui::PlansViewModel viewModel(service, [&store]() { return store.open(); });
        viewModel.setBackupAccess(
            [&store]() { return store.backups(); },
            [&store](QString file) { return store.restore(std::move(file)); });
        helios::ui::PerformanceViewModel performance(metricsRegistry, &llmStore,
                                                     [&llmStore]() { return llmStore.open(); });
        // New goal: the planning team (offline, or the model server from Settings) as a job.
        helios::JobService jobs(store);
        helios::ui::PlanningTeams teams(
            &metrics, &llmStore, &llmStore,
            [&apiKeys](helios::llm::ProviderKind kind, const QUrl &endpoint) {
                return apiKeys.keyFunction(kind, endpoint);
            });
        teams.configure(settings);
        helios::ui::GoalPlanningViewModel goalPlanning(jobs, service, teams);
        helios::ui::MainWindow *mainWindow = nullptr; // set once the window exists
        helios::ui::recoverInterruptedJobsWhenReady(
            viewModel, jobs, [&mainWindow](const QList<helios::Job> &interrupted) {
                if (mainWindow)
                    mainWindow->offerToPlanAgain(interrupted);
            });
        helios::ui::MessageBoxErrorReporter errors;
        helios::ui::DialogBackupPrompts backupPrompts;
        helios::ui::MainWindow window(viewModel, errors, &performance);
        mainWindow = &window;
        window.setBackupPrompts(&backupPrompts);
        window.setGoalPlanning(&goalPlanning);
        window.setVersionService(&versions, [&teams]() { return teams.revisionTeam(); });

        // Today across plans, the tray and the reminders.
        helios::TodayService todayService(store, store, store, versions);
        helios::ui::TodayViewModel today(todayService);
        today.setOptions(settings.day.agendaOptions());
        window.setToday(&today, &versions);
        helios::ui::MessageBoxKeepRunningPrompt keepRunningPrompt;
        helios::ui::TrayPresence tray(
            window, keepRunningPrompt,
            {.load = [&settingsFile]() { return settingsFile.load().day.keepRunningInTray; },
             .save =
                 [&settingsFile](bool keep) {
                     helios::ui::AppSettings saved = settingsFile.load();
                     saved.day.keepRunningInTray = keep;
                     settingsFile.save(saved);
                 }});
        helios::ui::DBusNotifier desktopNotifications(QDBusConnection::sessionBus());
        helios::ui::TrayNotifier trayNotifications;
        trayNotifications.setTrayIcon(tray.icon());
        helios::ui::FallbackNotifier notifier(desktopNotifications, trayNotifications);
        helios::ui::ReminderScheduler reminders(
            todayService, notifier,
            {.load =
                 []() {
                     return QDateTime::fromString(
                         QSettings().value(QStringLiteral("reminders/lastCheck")).toString(),
                         Qt::ISODate);
                 },
             .save =
                 [](const QDateTime &when) {
                     QSettings().setValue(QStringLiteral("reminders/lastCheck"),
                                          when.toString(Qt::ISODate));
                 }});
        reminders.setOptions(settings.day.reminders, settings.day.agendaOptions());
        QObject::connect(&viewModel, &helios::ui::PlansViewModel::plansLoaded, &reminders,
                         &helios::ui::ReminderScheduler::start);
        QObject::connect(&reminders, &helios::ui::ReminderScheduler::openRequested, &window,
                         &helios::ui::MainWindow::openTask);
        QObject::connect(&reminders, &helios::ui::ReminderScheduler::planChanged, &viewModel,
                         &helios::ui::PlansViewModel::refresh);
        QObject::connect(&reminders, &helios::ui::ReminderScheduler::message, &window,
                         [&window](const QString &text, bool isError) {
                             window.statusBar()->showMessage(text, isError ? 0 : 6000);
                         });
        // The reminders look at least hourly: a new day gets its own list.
        QObject::connect(&reminders, &helios::ui::ReminderScheduler::checked, &today, [&today]() {
            if (today.agenda().date.isValid() && today.agenda().date != today.today())
                today.refresh();
        });
        QObject::connect(&tray, &helios::ui::TrayPresence::todayRequested, &window,
                         &helios::ui::MainWindow::showToday);
        QObject::connect(&today, &helios::ui::TodayViewModel::agendaChanged, &tray,
                         [&tray, &today]() {
                             tray.setSummary(QStringLiteral("Helios · ") + today.headline());
                         });
        window.setSettingsServices({.file = &settingsFile,
                                    .apiKeys = &apiKeys,
                                    .clearCache = [&teams]() { return teams.clearCache(); },
                                    .onSaved =
                                        [&teams, &apiKeys, &today, &reminders,
                                         &tray](const helios::ui::AppSettings &saved) {
                                            qInfo("Settings saved: provider %s, model \"%s\"",
                                                  qPrintable(helios::llm::toString(saved.provider)),
                                                  qPrintable(saved.model));
                                            teams.configure(saved);
                                            preloadApiKey(apiKeys, saved);
                                            today.setOptions(saved.day.agendaOptions());
                                            today.refresh();
                                            reminders.setOptions(saved.day.reminders,
                                                                 saved.day.agendaOptions());
                                            tray.reloadChoice();
                                        },
                                    .startWithSession =
                                        [](bool on) {
                                            return helios::ui::SessionAutostart().setEnabled(on);
                                        }});
        helios::PlanTransfer transfer(store);
        helios::ui::ImportExportViewModel importExport(transfer, viewModel);
        helios::ui::FileDialogChooser fileChooser;
        new helios::ui::PlanFileActions(window, viewModel, importExport, fileChooser, errors);
        // Started by the session: the tray and the reminders, the window when asked for.
        if (!parser.isSet(backgroundOption) || !tray.isAvailable())
            window.show();
        viewModel.start();
        performance.start();
        // After show(): the keychain may take a while to answer, and nothing on screen needs it.
        preloadApiKey(apiKeys, settings);
        exitCode = QApplication::exec();
        finishCallHistory(teams);
    }
    helios::log::shutdown();
    return exitCode;
}
