#include "core/io/csv_exporter.h"
#include "core/io/ics_text.h"
#include "core/io/plan_exporter.h"
#include "tests/support/test_main.h"
#include "tests/support/test_paths.h"
#include "tests/unit/io/io_fixture.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTimeZone>

using namespace helios;

namespace {

QByteArray exported(PlanFormat format, const QList<Plan> &plans)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ExportOptions options;
    options.now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), QTimeZone::utc());
    std::unique_ptr<PlanExporter> exporter = makePlanExporter(format, buffer, options);
    if (!exportPlans(plans, *exporter))
        return "export failed: " + exporter->errorMessage().toUtf8();
    return bytes;
}

// A device that takes `room` bytes and then fails, like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (len > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_room -= len;
        return len;
    }

private:
    qint64 m_room;
};

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMatchTheGoldenFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("golden");
        QTest::newRow("ics") << int(PlanFormat::ICalendar) << QStringLiteral("plan.ics");
        QTest::newRow("md") << int(PlanFormat::Markdown) << QStringLiteral("plan.md");
        QTest::newRow("csv") << int(PlanFormat::Csv) << QStringLiteral("plan.csv");
        QTest::newRow("json") << int(PlanFormat::Json) << QStringLiteral("plan.json");
        QTest::newRow("todotxt") << int(PlanFormat::TodoTxt) << QStringLiteral("plan.todo.txt");
    }

    void shouldMatchTheGoldenFile()
    {
        QFETCH(int, format);
        QFETCH(QString, golden);
        // GIVEN the fixed plan WHEN it is exported
        const QByteArray bytes = exported(PlanFormat(format), {test::goldenPlan()});
        // THEN it is byte for byte the reviewed golden file (HELIOS_UPDATE_GOLDEN=1 rewrites it)
        const QString path =
            (helios::test::sourceDir() + QStringLiteral("/tests/fixtures/io/golden/")) + golden;
        if (qEnvironmentVariableIsSet("HELIOS_UPDATE_GOLDEN")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const QByteArray expected = test::readFixture(QStringLiteral("golden/") + golden);
        QVERIFY2(!expected.isEmpty(), qPrintable(path));
        QCOMPARE(QString::fromUtf8(bytes), QString::fromUtf8(expected));
    }

    void shouldFoldIcsLinesAt75OctetsWithoutSplittingUtf8()
    {
        // GIVEN the iCalendar export of a plan with a long Chinese title
        const QByteArray bytes = exported(PlanFormat::ICalendar, {test::goldenPlan()});
        // THEN every line ends in CRLF, has at most 75 octets and is valid UTF-8 on its own
        QVERIFY(bytes.endsWith("\r\n"));
        const QList<QByteArray> lines = bytes.split('\n');
        bool folded = false;
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            QStringDecoder decoder(QStringConverter::Utf8);
            const QString text = decoder.decode(line);
            QVERIFY2(!decoder.hasError(), line.constData());
            folded = folded || line.startsWith(' ');
        }
        QVERIFY(folded);
    }

    void shouldEscapeIcsText()
    {
        QCOMPARE(ics::escapeText(QStringLiteral("a\\b;c,d\ne")),
                 QStringLiteral("a\\\\b\\;c\\,d\\ne"));
        QCOMPARE(ics::unescapeText(ics::escapeText(QStringLiteral("a\\b;c,d\ne"))),
                 QStringLiteral("a\\b;c,d\ne"));
        QCOMPARE(ics::splitTextList(QStringLiteral("One\\, two,Three")),
                 QStringList({QStringLiteral("One, two"), QStringLiteral("Three")}));
    }

    void shouldNeutraliseCsvFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << "=SUM(A1)"
                                << "'=SUM(A1)";
        QTest::newRow("plus") << "+1"
                              << "'+1";
        QTest::newRow("minus") << "-1+2"
                               << "'-1+2";
        QTest::newRow("at") << "@cmd"
                            << "'@cmd";
        QTest::newRow("tab") << "\tx"
                             << "'\tx";
        QTest::newRow("cr") << "\rx"
                            << "\"'\rx\"";
        QTest::newRow("comma and formula") << "=1,2"
                                           << "\"'=1,2\"";
        QTest::newRow("quotes") << "say \"hi\""
                                << "\"say \"\"hi\"\"\"";
        QTest::newRow("plain") << "plain text"
                               << "plain text";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
    }

    void shouldNeutraliseCsvFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(csvCell(value), cell);
    }

    void shouldReportAFullDiskInOneSentence()
    {
        // GIVEN a device with room for 100 bytes
        FullDevice device(100);
        std::unique_ptr<PlanExporter> exporter = makePlanExporter(PlanFormat::Json, device);
        // WHEN a larger export is written THEN it fails and says why
        QVERIFY(!exportPlans({test::goldenPlan()}, *exporter));
        QVERIFY(exporter->failed());
        QVERIFY2(exporter->errorMessage().contains(QStringLiteral("No space left")),
                 qPrintable(exporter->errorMessage()));
    }

    void shouldExportSeveralPlansAsOneDocument()
    {
        Plan second = test::goldenPlan();
        second.id = 8;
        second.goal = QStringLiteral("Second");
        const QByteArray json = exported(PlanFormat::Json, {test::goldenPlan(), second});
        const QJsonDocument document = QJsonDocument::fromJson(json);
        QVERIFY(document.isObject());
        QCOMPARE(document.object().value(QStringLiteral("plans")).toArray().size(), 2);
        const QByteArray ics = exported(PlanFormat::ICalendar, {test::goldenPlan(), second});
        QCOMPARE(ics.count("BEGIN:VCALENDAR"), 1);
        QCOMPARE(ics.count("BEGIN:VTODO"), 8);
        QVERIFY(ics.contains("UID:task-8-101@helios"));
    }
};

HELIOS_TEST_MAIN(TestExporters)
#include "tst_exporters.moc"
