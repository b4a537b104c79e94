#include "app/cli/cli_arguments.h"
#include "app/cli/cli_commands.h"
#include "app/cli/cli_output.h"
#include "core/log/logging.h"

#include <QCoreApplication>
#include <QDate>
#include <QTimer>

#include <exception>

namespace {

// The whole command as one coroutine; nothing escapes it but an exit code.
QCoro::Task<int> runCommand(QStringList arguments)
{
    using namespace helios;
    try {
        Result<cli::Request> request = cli::parseArguments(arguments, QDate::currentDate());
        if (!request)
            co_return cli::fail(request.error());
        QCoro::Task<int> running = cli::run(std::move(*request));
        co_return co_await std::move(running);
    } catch (const std::exception &e) {
        co_return cli::failUnexpectedly(QString::fromUtf8(e.what()));
    } catch (...) {
        co_return cli::failUnexpectedly(QStringLiteral("unknown exception"));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Helios"));
    QCoreApplication::setApplicationName(QStringLiteral("helios"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HELIOS_VERSION));

    // Started once the event loop runs, so that exit() always reaches it; the coroutine may
    // finish at once (bad arguments) or after the store's workers answer.
    QTimer::singleShot(0, &app, [arguments = QCoreApplication::arguments()]() {
        runCommand(arguments).then(
            [](int code) { QCoreApplication::exit(code); },
            [](const std::exception &) { QCoreApplication::exit(helios::cli::kInternalError); });
    });
    const int code = app.exec();
    helios::log::shutdown();
    return code;
}
