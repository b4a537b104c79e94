#include "core/log/logging.h"
#include "core/log/secret_scrubber.h"
#include "tests/support/test_main.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

using namespace helios;
using helios::log::ScrubbingStream;
using helios::log::SecretScrubber;

namespace {

// Keys that look like nothing the shape-based redaction knows.
const QString kShort = QStringLiteral("q7Zx");
const QString kOdd = QStringLiteral("p@ss w\"rd/ü9");
const QString kLong = QStringLiteral("Zt8kQ2mW9xVb4nLr7sYp3cHf6jDg1aUe");

} // namespace

class TestSecretScrubber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRemoveTheKeyWhateverItLooksLike_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("short") << kShort;
        QTest::newRow("odd") << kOdd;
        QTest::newRow("long") << kLong;
        QTest::newRow("sk-like but short") << QStringLiteral("sk-a1b2");
        QTest::newRow("chinese") << QStringLiteral("密钥密钥2026");
    }

    void shouldRemoveTheKeyWhateverItLooksLike()
    {
        QFETCH(QString, key);
        // GIVEN a server's message that repeats the key as it is, inside JSON and in a URL
        const SecretScrubber scrubber(key);
        const QString json = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("k"), key}}).toJson(QJsonDocument::Compact));
        const QString message =
            QStringLiteral("Incorrect API key provided: %1. Body %2, url "
                           "?key=%3")
                .arg(key, json, QString::fromLatin1(QUrl::toPercentEncoding(key)));
        // WHEN it is scrubbed
        const QString clean = scrubber.scrub(message);
        // THEN no form of the key is left, and the sentence around it is
        QVERIFY2(!clean.contains(key), qPrintable(clean));
        QVERIFY2(!clean.contains(json.mid(6, json.size() - 8)), qPrintable(clean));
        QVERIFY2(!clean.contains(QString::fromLatin1(QUrl::toPercentEncoding(key))) ||
                     QString::fromLatin1(QUrl::toPercentEncoding(key)) == key,
                 qPrintable(clean));
        QVERIFY(clean.startsWith(QLatin1String("Incorrect API key provided: [redacted].")));
    }

    void shouldRemoveLongRunsOfALongKey()
    {
        // GIVEN a server that shows the middle of the key, or the key cut in two
        const SecretScrubber scrubber(kLong);
        const QString middle = kLong.mid(5, 12);
        const QString message =
            QStringLiteral("key ...%1... and %2 %3").arg(middle, kLong.left(16), kLong.mid(16));
        // WHEN it is scrubbed
        const QString clean = scrubber.scrub(message);
        // THEN no run of 8 of its characters is left
        for (qsizetype i = 0; i + 8 <= kLong.size(); ++i)
            QVERIFY2(!clean.contains(kLong.mid(i, 8)), qPrintable(clean));
        // AND a short piece that could be any word is kept
        QVERIFY(SecretScrubber(kLong).scrub(QStringLiteral("Zt8 is fine")) ==
                QStringLiteral("Zt8 is fine"));
    }

    void shouldHoldBackStreamedTextUntilNoKeyCanBeCompleted()
    {
        // GIVEN a streamed answer that spells the key one character per piece
        const SecretScrubber scrubber(kOdd);
        QString shown;
        ScrubbingStream stream(scrubber, [&shown](const QString &piece) { shown += piece; });
        const QString answer = QStringLiteral("Your key is ") + kOdd + QStringLiteral(", done.");
        // WHEN the pieces pass through the stream
        for (const QChar c : answer) {
            stream.piece(QString(c));
            // THEN no prefix shown so far holds more than a short run of it
            QVERIFY2(!shown.contains(kOdd.left(6)), qPrintable(shown));
        }
        stream.finish();
        QCOMPARE(shown, QStringLiteral("Your key is [redacted], done."));
    }

    void shouldScrubRememberedKeysFromEveryLogLine()
    {
        // GIVEN a key this process used for a model server
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        log::init({dir.path(), false, false});
        log::rememberSecret(kShort);
        // WHEN anything logs it
        qWarning("The server said: invalid key %s (%s)", qPrintable(kShort),
                 qPrintable(QStringLiteral("x") + kShort + QStringLiteral("y")));
        log::shutdown();
        // THEN the log has the line but not the key
        QFile file(dir.filePath(QStringLiteral("helios.log")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("The server said: invalid key [redacted]"));
        QVERIFY2(!text.contains(kShort.toUtf8()), text.constData());
        QVERIFY(!log::redact(QStringLiteral("a %1 b").arg(kShort)).contains(kShort));
    }
};

HELIOS_TEST_MAIN(TestSecretScrubber)
#include "tst_secret_scrubber.moc"
