// helios-test-llm: the test LLM server on its own, for manual runs and benchmarks.
//   helios-test-llm [--port N] [--delay-ms N] [--chunk-delay-ms N] [--script FILE] [--verbose]
// Prints the URL it listens on, then serves until killed.

#include "tests/support/test_llm_server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using helios::test::ScriptedReply;
using helios::test::TestLlmServer;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "helios-test-llm: %s\n", qPrintable(message));
    return 2;
}

// A script is a JSON list of replies, or {"default": {...}, "replies": [...]}.
bool loadScript(const QString &path, TestLlmServer &server, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = QStringLiteral("%1 is not valid JSON: %2.").arg(path, parseError.errorString());
        return false;
    }
    QJsonArray replies = doc.array();
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        replies = root.value(QLatin1String("replies")).toArray();
        if (root.contains(QLatin1String("default"))) {
            QString problem;
            ScriptedReply reply =
                ScriptedReply::fromJson(root.value(QLatin1String("default")).toObject(), &problem);
            if (!problem.isEmpty()) {
                error = QStringLiteral("%1, default reply: %2.").arg(path, problem);
                return false;
            }
            server.setDefaultReply(std::move(reply));
        }
    }
    for (qsizetype i = 0; i < replies.size(); ++i) {
        QString problem;
        ScriptedReply reply = ScriptedReply::fromJson(replies[i].toObject(), &problem);
        if (!problem.isEmpty()) {
            error = QStringLiteral("%1, reply %2: %3.").arg(path).arg(i + 1).arg(problem);
            return false;
        }
        server.enqueue(std::move(reply));
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helios-test-llm"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HELIOS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A scriptable OpenAI-compatible and Ollama server on loopback, for tests and benchmarks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on (0: any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
                                         QStringLiteral("Delay before each default answer starts."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption chunkDelayOption(
        QStringLiteral("chunk-delay-ms"),
        QStringLiteral("Delay between the pieces of each default streamed answer."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption scriptOption(
        QStringLiteral("script"),
        QStringLiteral("JSON list of scripted replies, taken in order (see scripted_reply.h)."),
        QStringLiteral("FILE"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QStringLiteral("Print each request to stderr."));
    parser.addOptions({portOption, delayOption, chunkDelayOption, scriptOption, verboseOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QStringLiteral("--port needs a number from 0 to 65535."));
    const int delay = parser.value(delayOption).toInt(&ok);
    if (!ok || delay < 0)
        return fail(QStringLiteral("--delay-ms needs a number of milliseconds."));
    const int chunkDelay = parser.value(chunkDelayOption).toInt(&ok);
    if (!ok || chunkDelay < 0)
        return fail(QStringLiteral("--chunk-delay-ms needs a number of milliseconds."));

    TestLlmServer server;
    ScriptedReply defaults = server.defaultReply();
    defaults.delayMs = delay;
    defaults.chunkDelayMs = chunkDelay;
    server.setDefaultReply(defaults);
    if (parser.isSet(scriptOption)) {
        QString error;
        if (!loadScript(parser.value(scriptOption), server, error))
            return fail(error);
    }
    if (parser.isSet(verboseOption)) {
        QObject::connect(&server, &TestLlmServer::requestReceived, &server,
                         [](const helios::test::RecordedRequest &request) {
                             std::fprintf(stderr, "%s %s (%lld bytes)\n",
                                          request.method.constData(), request.target.constData(),
                                          static_cast<long long>(request.body.size()));
                         });
    }
    if (!server.listen(quint16(port)))
        return fail(QStringLiteral("Cannot listen on port %1.").arg(port));
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
