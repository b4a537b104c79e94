// The helios GUI's composition root: parses the command line, picks the language, starts
// logging, and wires Store → PlanService → PlansViewModel → MainWindow, the settings (file and
// keychain) into the Settings dialog, and the metrics registry and the LLM call log →
// PerformanceViewModel (View → Performance), and the local API (Settings → Local API) over the
// same Store.

#include "api/api_server.h"
#include "app/gui/caldav_sync_service.h"
#include "app/gui/local_api_host.h"
#include "core/jobs/job_service.h"
#include "core/jobs/plan_edit_service.h"
#include "core/jobs/plan_service.h"
#include "core/jobs/plan_transfer.h"
#include "core/jobs/template_gallery.h"
#include "core/jobs/version_service.h"
#include "core/log/logging.h"
#include "core/metrics/event_loop_lag_probe.h"
#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "core/planning/planner_catalogue.h"
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
#include "ui/reminders/app_tray.h"
#include "ui/reminders/autostart.h"
#include "ui/reminders/dbus_notifier.h"
#include "ui/reminders/reminder_scheduler.h"
#include "ui/settings/api_key_store.h"
#include "ui/settings/keychain_secret_store.h"
#include "ui/settings/local_api_view_model.h"
#include "ui/settings/settings_file.h"
#include "ui/settings/sync_view_model.h"
#include "ui/viewmodels/backups_view_model.h"
#include "ui/viewmodels/import_export_view_model.h"
#include "ui/viewmodels/live_refresh.h"
#include "ui/viewmodels/plan_editor.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/viewmodels/template_gallery_view_model.h"
#include "ui/viewmodels/today_view_model.h"
#include "ui/viewmodels/version_dialogs.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_file_actions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDBusConnection>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <optional>

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

// Quits when the last window closes, once the last LLM calls are in llm_calls (at most 2 s
// later), so that the database closes with the call history complete. No event loop is nested
// for it: the application's own loop runs until the quit.
void quitAfterCallHistory(QApplication &app, helios::ui::PlanningTeams &teams)
{
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &app, [&app, &teams]() {
        QTimer::singleShot(2000, &app, &QCoreApplication::quit);
        QCoro::connect(teams.drain(), &app, []() { QCoreApplication::quit(); });
    });
}

// Serves the local API once the storage is open, when the person turned it on before.
void startLocalApiWhenReady(helios::ui::PlansViewModel &plans, helios::ui::LocalApiViewModel &api)
{
    using State = helios::ui::PlansViewModel::State;
    if (plans.state() == State::Ready) {
        api.startIfChosen();
        return;
    }
    auto *once = new QObject(&plans);
    QObject::connect(&plans, &helios::ui::PlansViewModel::stateChanged, once,
                     [&api, once](State state) {
                         if (state != State::Ready)
                             return;
                         api.startIfChosen();
                         once->deleteLater();
                     });
}

// Syncs the bound plans once the storage is open, then every few minutes (SyncViewModel).
void startSyncWhenReady(helios::ui::PlansViewModel &plans, helios::ui::SyncViewModel &sync)
{
    using State = helios::ui::PlansViewModel::State;
    if (plans.state() == State::Ready) {
        sync.startBackground();
        return;
    }
    auto *once = new QObject(&plans);
    QObject::connect(&plans, &helios::ui::PlansViewModel::stateChanged, once,
                     [&sync, once](State state) {
                         if (state != State::Ready)
                             return;
                         sync.startBackground();
                         once->deleteLater();
                     });
}

// What the command line and the settings file decided before anything opens.
struct Startup
{
    helios::ui::Language language;
    QString databasePath;
    bool verbose = false;
    bool minimized = false; // started with the session: only the tray, when there is one
};

// Parses the command line (exits on --help and --version); nullopt after saying what was wrong.
std::optional<Startup> parseArguments(QApplication &app, const helios::ui::AppSettings &settings,
                                      helios::ui::AppTranslations &translations)
{
    const QString languageName = languageArgument(QApplication::arguments());
    std::optional<helios::ui::Language> language = settings.effectiveLanguage();
    if (!languageName.isEmpty())
        language = helios::ui::languageFromName(languageName);
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
    const QCommandLineOption minimizedOption(
        QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start in the tray, without the window (when the "
                                            "desktop has a tray)."));
    parser.addOptions({langOption, dbOption, verboseOption, minimizedOption});
    parser.process(app);

    if (!language) {
        printError(QCoreApplication::translate("main", "Unknown language “%1”: use en or zh_CN.")
                       .arg(languageName));
        return std::nullopt;
    }
    return Startup{.language = *language,
                   .databasePath = helios::resolveDatabasePath(parser.value(dbOption)),
                   .verbose = parser.isSet(verboseOption),
                   .minimized = parser.isSet(minimizedOption)};
}

} // namespace

// The composition root: one scope owns every object of the running application, constructed in
// the order they depend on and destroyed in reverse, which is why the wiring below is one long
// function rather than several (splitting it would hand lifetimes across functions).
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

    helios::ui::AppTranslations translations;
    const std::optional<Startup> startup = parseArguments(app, settings, translations);
    if (!startup)
        return kUsageExit;
    helios::preloadPlannerKinds(); // off the GUI thread, before a plan's header needs a kind's name
    const QString &databasePath = startup->databasePath;
    const QString dataFolder = QFileInfo(databasePath).absolutePath();
    QDir().mkpath(dataFolder);
    helios::log::init({.directory = dataFolder, .verbose = startup->verbose});

    qInfo("helios %s started (%s), database %s", HELIOS_VERSION,
          qPrintable(helios::ui::languageName(startup->language)), qPrintable(databasePath));
    settingsFile.setFolders(helios::ui::foldersForDatabase(databasePath));
    for (const QString &problem : std::as_const(settingsProblems))
        qWarning("Settings (%s): %s", qPrintable(settingsFile.fileName()), qPrintable(problem));
    helios::KeychainSecretStore secrets{QString(helios::kKeychainService)};
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
        helios::ui::PlansViewModel viewModel(
            {.plans = service, .openStorage = [&store]() { return store.open(); }});
        // Editing a saved plan: one version per editing session (PlanEditService).
        helios::PlanEditService planEdits(store);
        helios::ui::TaskEditsViewModel edits({.plans = service, .planEdits = &planEdits},
                                             viewModel);
        helios::ui::BackupsViewModel backups({.backups = store}, viewModel);
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
        // File → Template gallery…: the built-in templates beside the person's own; declared
        // before the window so that both outlive it.
        helios::TemplateGallery gallery(store);
        helios::ui::TemplateGalleryViewModel galleryViewModel(gallery);
        // Today across plans: the page the window opens on once any plan exists.
        helios::TodayService todayService(store, store, store, versions);
        helios::ui::TodayViewModel today({.today = todayService});
        // What helios-cli, the local API, a sync or another Helios changed in the database shows
        // in the plan list, the plan and Today within two seconds (the change feed, polled).
        helios::ui::LiveRefresh liveRefresh(store, viewModel, &today);
        // Settings → Local API: the server `helios-cli serve` runs, on a thread of its own, over
        // the same Store (its calls come from any thread); off unless the person turned it on.
        // "planner": "model" plans on the model server of Settings, as New goal does.
        auto apiModelServer = std::make_shared<helios::api::ModelServerChoice>();
        apiModelServer->set(helios::gui::modelServerFor(settings, apiKeys));
        helios::api::ApiServer apiServer(
            helios::api::ApiStorage::over(store),
            helios::api::modelServerTeams(
                apiModelServer, {.metrics = &metrics, .cache = &llmStore, .calls = &llmStore}),
            metricsRegistry);
        helios::gui::ApiServerHost apiHost(apiServer, secrets);
        helios::ui::LocalApiViewModel localApi(apiHost, settingsFile);
        // Settings → Sync and the background sync: core/sync over the same Store, asynchronous
        // on the GUI thread's event loop (no request waits on it); the password in the keychain.
        helios::gui::CalDavSyncService syncService({store, store, store});
        helios::ui::SyncViewModel syncing(syncService, secrets, store, store);
        syncing.setEditService(&planEdits); // the conflict log's "Use this value instead"
        // Reminders (Settings → Reminders): the one tray icon, desktop notifications through
        // the freedesktop service on the session bus, else the tray's messages.
        helios::ui::AppTray tray;
        helios::ui::Notifier *notifier =
            helios::ui::chooseNotifier(QDBusConnection::sessionBus(), tray.icon(), &tray);
        qInfo("Reminders: %s notifications", qPrintable(notifier->kind()));
        QSettings reminderState; // the handled-up-to mark, beside the settings
        helios::ui::ReminderScheduler reminders(
            {.today = todayService, .notifier = *notifier, .state = reminderState},
            settings.reminders);
        helios::ui::MainWindow *mainWindow = nullptr; // set once the window exists
        helios::ui::recoverInterruptedJobsWhenReady(
            viewModel, jobs, [&mainWindow](const QList<helios::Job> &interrupted) {
                if (mainWindow)
                    mainWindow->offerToPlanAgain(interrupted);
            });
        helios::ui::MessageBoxErrorReporter errors;
        helios::ui::DialogBackupPrompts backupPrompts;
        helios::ui::FileDialogChooser fileChooser;
        helios::ui::MainWindow window(
            {.plans = viewModel,
             .edits = edits,
             .errors = errors,
             .backups = &backups,
             .backupPrompts = &backupPrompts,
             .performance = &performance,
             .planning = &goalPlanning,
             .settings = {.file = &settingsFile,
                          .apiKeys = &apiKeys,
                          .clearCache = [&teams]() { return teams.clearCache(); },
                          .onSaved =
                              [&teams, &apiKeys, &reminders,
                               apiModelServer](const helios::ui::AppSettings &saved) {
                                  qInfo("Settings saved: provider %s, model \"%s\"",
                                        qPrintable(helios::llm::toString(saved.provider)),
                                        qPrintable(saved.model));
                                  teams.configure(saved);
                                  apiModelServer->set(helios::gui::modelServerFor(saved, apiKeys));
                                  preloadApiKey(apiKeys, saved);
                                  reminders.setOptions(saved.reminders);
                                  const helios::Status autostart = helios::ui::setStartAtLogin(
                                      saved.startAtLogin, QApplication::applicationFilePath());
                                  if (!autostart)
                                      qWarning("Autostart: %s",
                                               qPrintable(autostart.error().message));
                              },
                          .localApi = &localApi,
                          .sync = &syncing},
             // A synced plan merges the server's edits before a re-plan or a restore, and sends it
             // soon after.
             .versions = helios::ui::versionDialogs(
                 versions, viewModel, [&teams]() { return teams.revisionTeam(); },
                 {.mergeFirst = [&syncing](qint64 planId) { return syncing.mergeFirst(planId); },
                  .changed = [&syncing](qint64 planId) { syncing.planChanged(planId); }}),
             .gallery = &galleryViewModel,
             .templateFiles = &fileChooser,
             .today = &today,
             .tray = tray.icon()});
        mainWindow = &window;
        const auto openOnToday = [&window]() {
            window.bringBack();
            window.showToday();
        };
        QObject::connect(&tray, &helios::ui::AppTray::openRequested, &window,
                         &helios::ui::MainWindow::bringBack);
        QObject::connect(&tray, &helios::ui::AppTray::todayRequested, &window, openOnToday);
        QObject::connect(&tray, &helios::ui::AppTray::quitRequested, &window,
                         &helios::ui::MainWindow::quit);
        QObject::connect(&reminders, &helios::ui::ReminderScheduler::openRequested, &window,
                         openOnToday);
        QObject::connect(&reminders, &helios::ui::ReminderScheduler::planChanged, &today,
                         &helios::ui::TodayViewModel::refresh);
        QObject::connect(&reminders, &helios::ui::ReminderScheduler::planChanged, &viewModel,
                         &helios::ui::PlansViewModel::refresh);
        QObject::connect(
            &reminders, &helios::ui::ReminderScheduler::failed, &window,
            [](const QString &message) { qWarning("Reminders: %s", qPrintable(message)); });
        helios::PlanTransfer transfer(store);
        helios::ui::ImportExportViewModel importExport(transfer, viewModel);
        new helios::ui::PlanFileActions(window, viewModel, importExport, fileChooser, errors);
        if (!startup->minimized || !tray.isAvailable())
            window.show();
        viewModel.start();
        reminders.start(); // the missed ones summed up once, then the timer
        performance.start();
        startLocalApiWhenReady(viewModel, localApi);
        startSyncWhenReady(viewModel, syncing);
        // A sync that brought the server's changes in: the list and the open plan read again.
        QObject::connect(&syncing, &helios::ui::SyncViewModel::plansChangedBySync, &viewModel,
                         [&viewModel, &today]() {
                             viewModel.refresh();
                             today.refresh();
                         });
        QObject::connect(&syncing, &helios::ui::SyncViewModel::syncFailed, &viewModel,
                         [&viewModel](const QString &sentence) {
                             viewModel.showStatus(
                                 QCoreApplication::translate("helios", "Sync: %1").arg(sentence),
                                 true);
                         });
        QObject::connect(&viewModel, &helios::ui::PlansViewModel::planEdited, &syncing,
                         &helios::ui::SyncViewModel::planChanged);
        // "Use this value instead" is an edit like the window's others: Ctrl+Z takes it back.
        if (helios::ui::PlanEditor *editor = edits.planEditor())
            QObject::connect(&syncing, &helios::ui::SyncViewModel::restoredAsEdit, editor,
                             &helios::ui::PlanEditor::recordEdit);
        // After show(): the keychain may take a while to answer, and nothing on screen needs it.
        preloadApiKey(apiKeys, settings);
        quitAfterCallHistory(app, teams);
        exitCode = QApplication::exec();
    }
    helios::log::shutdown();
    return exitCode;
}
