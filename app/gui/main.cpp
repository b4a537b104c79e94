// The helios GUI's composition root: parses the command line, picks the language, starts
// logging, and wires Store → PlanService → PlansViewModel → MainWindow.

#include "core/jobs/plan_service.h"
#include "core/jobs/plan_transfer.h"
#include "core/log/logging.h"
#include "core/store/store.h"
#include "ui/dialogs/file_dialog_chooser.h"
#include "ui/dialogs/message_box_error_reporter.h"
#include "ui/i18n/translations.h"
#include "ui/viewmodels/import_export_view_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_file_actions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>

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

    const QString languageName = languageArgument(QApplication::arguments());
    std::optional<helios::ui::Language> language = helios::ui::languageForLocale(QLocale::system());
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
        QCoreApplication::translate("main", "Language of the interface: en or zh_CN."),
        QStringLiteral("language"));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Database file (default: $HELIOS_DB, else the data "
                                            "folder)."),
        QStringLiteral("path"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QCoreApplication::translate("main", "Log debug messages too."));
    parser.addOptions({langOption, dbOption, verboseOption});
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

    int exitCode = 0;
    {
        helios::Store store(databasePath);
        helios::PlanService service(store);
        helios::ui::PlansViewModel viewModel(service, [&store]() { return store.open(); });
        helios::ui::MessageBoxErrorReporter errors;
        helios::ui::MainWindow window(viewModel, errors);
        helios::PlanTransfer transfer(store);
        helios::ui::ImportExportViewModel importExport(transfer, viewModel);
        helios::ui::FileDialogChooser fileChooser;
        new helios::ui::PlanFileActions(window, viewModel, importExport, fileChooser, errors);
        window.show();
        viewModel.start();
        exitCode = QApplication::exec();
    }
    helios::log::shutdown();
    return exitCode;
}
