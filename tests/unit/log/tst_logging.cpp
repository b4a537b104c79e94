#include "core/log/logging.h"
#include "tests/support/test_main.h"

#include <QFile>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

using namespace helios;

namespace {

QString readLog(const QString &directory)
{
    QFile file(directory + QStringLiteral("/helios.log"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The line of `text` that holds `message`, or an empty string.
QString lineWith(const QString &text, const QString &message)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(message))
            return line;
    }
    return {};
}

} // namespace

// Logging is process-global (one Qt message handler, one spdlog registry), so every test starts
// its own logger in its own folder and shuts it down before it ends.
class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { log::shutdown(); }

    void shouldWriteQtMessagesToRotatingFile()
    {
        // GIVEN logging started in an empty folder
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        log::init({dir.path(), false, false});

        // WHEN Qt messages of several levels are sent and logging is shut down
        qWarning("disk is almost full");
        qInfo("plan 7 saved");
        qCritical("the database is locked");
        log::shutdown();

        // THEN they are all in helios.log, with their level
        const QString text = readLog(dir.path());
        QVERIFY2(lineWith(text, QStringLiteral("disk is almost full"))
                     .contains(QStringLiteral("[warning]")),
                 qPrintable(text));
        QVERIFY2(lineWith(text, QStringLiteral("plan 7 saved")).contains(QStringLiteral("[info]")),
                 qPrintable(text));
        QVERIFY2(lineWith(text, QStringLiteral("the database is locked"))
                     .contains(QStringLiteral("[error]")),
                 qPrintable(text));
    }

    void shouldKeepUtf8Text()
    {
        // GIVEN logging started
        QTemporaryDir dir;
        log::init({dir.path(), false, false});
        // WHEN a Chinese goal is logged
        qInfo() << QStringLiteral("目标: 学习Python编程 🚀");
        log::shutdown();
        // THEN it is written as UTF-8, unchanged
        QVERIFY(readLog(dir.path()).contains(QStringLiteral("学习Python编程 🚀")));
    }

    void shouldCreateMissingFolder()
    {
        // GIVEN a data folder that does not exist yet
        QTemporaryDir dir;
        const QString folder = dir.path() + QStringLiteral("/nested/data");
        // WHEN logging starts there
        log::init({folder, false, false});
        qWarning("first message");
        log::shutdown();
        // THEN the folder is created and holds the log
        QVERIFY(readLog(folder).contains(QStringLiteral("first message")));
    }

    void shouldFallBackWhenFileCannotBeOpened()
    {
        // GIVEN a log folder that cannot exist because a regular file is in its way
        QTemporaryDir dir;
        QFile blocker(dir.path() + QStringLiteral("/blocker"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString folder = blocker.fileName() + QStringLiteral("/logs");

        // WHEN logging starts there and messages are sent
        log::init({folder, false, false});
        qWarning("still alive");
        spdlog::error("direct spdlog call");
        log::shutdown();

        // THEN nothing crashes and no log file appears
        QVERIFY(!QFile::exists(folder + QStringLiteral("/helios.log")));
    }

    void shouldRestartAfterShutdown()
    {
        // GIVEN logging started, used and shut down once
        QTemporaryDir first;
        QTemporaryDir second;
        log::init({first.path(), false, false});
        qWarning("into the first file");
        log::shutdown();

        // WHEN it starts again elsewhere
        log::init({second.path(), false, false});
        qWarning("into the second file");
        log::shutdown();

        // THEN each file holds only its own message
        QVERIFY(readLog(first.path()).contains(QStringLiteral("into the first file")));
        QVERIFY(!readLog(first.path()).contains(QStringLiteral("into the second file")));
        QVERIFY(readLog(second.path()).contains(QStringLiteral("into the second file")));
    }

    void shouldLogDebugOnlyWhenVerbose_data()
    {
        QTest::addColumn<bool>("verbose");
        QTest::addColumn<bool>("expectDebug");
        QTest::newRow("verbose") << true << true;
        QTest::newRow("quiet") << false << false;
    }

    void shouldLogDebugOnlyWhenVerbose()
    {
        QFETCH(bool, verbose);
        QFETCH(bool, expectDebug);

        // GIVEN logging started verbose or not
        QTemporaryDir dir;
        log::init({dir.path(), verbose, false});
        // WHEN a debug and an info message are sent
        qDebug("a debug detail");
        qInfo("an info line");
        log::shutdown();
        // THEN info is always there and debug only when verbose
        const QString text = readLog(dir.path());
        QVERIFY(text.contains(QStringLiteral("an info line")));
        QCOMPARE(text.contains(QStringLiteral("a debug detail")), expectDebug);
    }

    void shouldRedactSecrets_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("secret");

        QTest::newRow("authorization bearer header") << "Authorization: Bearer xyz"
                                                     << "Authorization: Bearer [redacted]"
                                                     << "xyz";
        QTest::newRow("authorization without scheme") << "authorization=abc123def"
                                                      << "authorization=[redacted]"
                                                      << "abc123def";
        QTest::newRow("authorization basic in JSON")
            << "{\"Authorization\": \"Basic dXNlcjpwYXNz\"}"
            << "{\"Authorization\": \"Basic [redacted]\"}"
            << "dXNlcjpwYXNz";
        QTest::newRow("bearer inside a sentence") << "retrying with Bearer eyToken.abc-123 now"
                                                  << "retrying with Bearer [redacted] now"
                                                  << "eyToken.abc-123";
        QTest::newRow("api_key query style") << "POST /v1?api_key=abc123&model=x"
                                             << "POST /v1?api_key=[redacted]&model=x"
                                             << "abc123";
        QTest::newRow("api_key JSON") << "{\"api_key\": \"s3cr3t value\", \"model\": \"llama3\"}"
                                      << "{\"api_key\": \"[redacted]\", \"model\": \"llama3\"}"
                                      << "s3cr3t value";
        QTest::newRow("apiKey camel case") << "apiKey: hunter2"
                                           << "apiKey: [redacted]"
                                           << "hunter2";
        QTest::newRow("x-api-key header") << "X-API-Key: 0123456789abcdef"
                                          << "X-API-Key: [redacted]"
                                          << "0123456789abcdef";
        QTest::newRow("environment variable") << "OPENAI_API_KEY=abcdefgh"
                                              << "OPENAI_API_KEY=[redacted]"
                                              << "abcdefgh";
        QTest::newRow("escaped JSON inside a string")
            << "body=\"{\\\"api_key\\\": \\\"topsecret\\\"}\""
            << "body=\"{\\\"api_key\\\": \\\"[redacted]\\\"}\""
            << "topsecret";
        QTest::newRow("sk key alone") << "key is sk-proj-AbCdEf0123456789XyZ0123 ok"
                                      << "key is sk-[redacted] ok"
                                      << "AbCdEf0123456789XyZ0123";
        QTest::newRow("anthropic style key") << "using sk-ant-api03-aaaaBBBBccccDDDD1234"
                                             << "using sk-[redacted]"
                                             << "aaaaBBBBccccDDDD1234";
        QTest::newRow("url key parameter") << "GET https://x.test/v1/models?key=AbC123&alt=json"
                                           << "GET https://x.test/v1/models?key=[redacted]&alt=json"
                                           << "AbC123";
        QTest::newRow("password") << "password=hunter2; retry"
                                  << "password=[redacted]; retry"
                                  << "hunter2";
        QTest::newRow("github token") << "token ghp_0123456789abcdefghijABCDEFGHIJ used"
                                      << "token [redacted] used"
                                      << "ghp_0123456789abcdefghijABCDEFGHIJ";
        QTest::newRow("ordinary line untouched")
            << "planned 12 tasks for 学习Python编程, max_tokens=512"
            << "planned 12 tasks for 学习Python编程, max_tokens=512"
            << "";
        QTest::newRow("task-like words untouched") << "desk-sk-learn and monkey business"
                                                   << "desk-sk-learn and monkey business"
                                                   << "";
    }

    void shouldRedactSecrets()
    {
        QFETCH(QString, line);
        QFETCH(QString, expected);
        QFETCH(QString, secret);

        // GIVEN a line that may hold a secret WHEN it is redacted
        const QString clean = log::redact(line);
        // THEN the secret is gone and the rest is kept
        QCOMPARE(clean, expected);
        if (!secret.isEmpty())
            QVERIFY(!clean.contains(secret));
        // AND redacting twice changes nothing more
        QCOMPARE(log::redact(clean), clean);
    }

    void shouldNeverWriteSecretsToFile_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("opaque token") << "Zq9x8c7v6b5nTok";
        QTest::newRow("api key") << "K3y-Zq9x8c7v6b5n";
        QTest::newRow("sk key") << "sk-Zq9x8c7v6b5nAbCdEfGhIjKl";
    }

    void shouldNeverWriteSecretsToFile()
    {
        QFETCH(QString, secret);

        // GIVEN logging started
        QTemporaryDir dir;
        log::init({dir.path(), true, false});

        // WHEN the secret is passed through Qt and through spdlog directly, in several shapes
        qWarning().noquote() << "request headers: Authorization: Bearer" << secret;
        qWarning().noquote() << "config: {\"api_key\": \"" + secret + "\"}";
        qDebug().noquote() << "x-api-key:" << secret;
        spdlog::warn("apiKey={}", secret.toStdString());
        log::shutdown();

        // THEN the file has the lines but never the secret
        const QString text = readLog(dir.path());
        QVERIFY2(text.contains(QStringLiteral("request headers")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("[redacted]")), qPrintable(text));
        QVERIFY2(!text.contains(secret), qPrintable(text));
    }
};

HELIOS_TEST_MAIN(TestLogging)
#include "tst_logging.moc"
