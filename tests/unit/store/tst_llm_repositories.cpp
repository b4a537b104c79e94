#include "core/store/llm_cache_repository.h"
#include "core/store/llm_call_repository.h"
#include "core/store/llm_store.h"
#include "core/store/sql.h"
#include "tests/support/test_main.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

using namespace helios;

namespace {

const QDateTime kStart(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);

LlmCallRecord call(int minute, double latencyMs, const char *status = "ok", bool cached = false)
{
    LlmCallRecord r;
    r.calledAt = kStart.addSecs(60 * minute);
    r.provider = QStringLiteral("ollama");
    r.model = QStringLiteral("qwen2.5:7b");
    r.status = QString::fromLatin1(status);
    r.latencyMs = latencyMs;
    r.ttftMs = minute % 2 ? -1 : latencyMs / 4;
    r.tokensIn = 100 + minute;
    r.tokensOut = 10;
    r.cached = cached;
    return r;
}

} // namespace

class TestLlmRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSummariseCallsInARange()
    {
        // GIVEN 20 model calls with latencies 10..200 ms, 2 errors, 5 cache hits, and calls outside
        QTemporaryDir dir;
        LlmStore store(dir.filePath(QStringLiteral("h.db")));
        QVERIFY(QCoro::waitFor(store.open()).ok());
        for (int i = 1; i <= 20; ++i)
            QVERIFY(
                QCoro::waitFor(store.appendCall(call(i, 10.0 * i, i % 10 == 0 ? "error" : "ok")))
                    .ok());
        for (int i = 21; i <= 25; ++i)
            QVERIFY(QCoro::waitFor(store.appendCall(call(i, 0.5, "ok", true))).ok());
        QVERIFY(QCoro::waitFor(store.appendCall(call(-10, 5000))).ok());     // before the range
        QVERIFY(QCoro::waitFor(store.appendCall(call(24 * 60, 5000))).ok()); // after it
        // WHEN the range [09:00, 09:30) is summarised
        Result<LlmCallSummary> s =
            QCoro::waitFor(store.callSummary(kStart, kStart.addSecs(30 * 60)));
        QVERIFY(s.ok());
        // THEN counts, percentiles (nearest rank, model calls only), tokens and hit share are right
        QCOMPARE(s->calls, qint64(25));
        QCOMPARE(s->byStatus.value(QStringLiteral("ok")), qint64(23));
        QCOMPARE(s->byStatus.value(QStringLiteral("error")), qint64(2));
        QCOMPARE(s->p50LatencyMs, 100.0);
        QCOMPARE(s->p95LatencyMs, 190.0);
        qint64 tokensIn = 0;
        for (int i = 1; i <= 25; ++i)
            tokensIn += 100 + i;
        QCOMPARE(s->tokensIn, tokensIn);
        QCOMPARE(s->tokensOut, qint64(250));
        QCOMPARE(s->cacheHitShare, 0.2);
    }

    void shouldSummariseAnEmptyRange()
    {
        QTemporaryDir dir;
        LlmStore store(dir.filePath(QStringLiteral("h.db")));
        QVERIFY(QCoro::waitFor(store.open()).ok());
        Result<LlmCallSummary> s = QCoro::waitFor(store.callSummary(kStart, kStart.addDays(1)));
        QVERIFY(s.ok());
        QCOMPARE(s->calls, qint64(0));
        QCOMPARE(s->p95LatencyMs, 0.0);
        QCOMPARE(s->cacheHitShare, 0.0);
    }

    void shouldSayWhyALogThatIsAFolderCannotBeOpened()
    {
        // GIVEN a "database" path that is a folder (the dashboard shows this sentence; its own
        // handling of a failed read is tested on the in-memory storage in
        // ui/dashboard/performance_view_model)
        QTemporaryDir dir;
        LlmStore store(dir.path());

        // WHEN it is opened THEN it refuses with a sentence, and reads fail rather than invent
        const Status opened = QCoro::waitFor(store.open());
        QVERIFY(!opened.ok());
        QVERIFY(!opened.error().message.isEmpty());
        QVERIFY(!QCoro::waitFor(store.callSummary(kStart, kStart.addDays(1))).ok());
    }

    void shouldListRecentCallsNewestFirst()
    {
        // GIVEN three calls, one without a time to first token
        QTemporaryDir dir;
        LlmStore store(dir.filePath(QStringLiteral("h.db")));
        QVERIFY(QCoro::waitFor(store.open()).ok());
        const QList<LlmCallRecord> calls{call(2, 20), call(1, 10), call(3, 30, "error", true)};
        for (const LlmCallRecord &c : calls)
            QVERIFY(QCoro::waitFor(store.appendCall(c)).ok());
        // WHEN the two most recent are listed THEN they round-trip exactly, newest first
        Result<QList<LlmCallRecord>> recent = QCoro::waitFor(store.recentCalls(2));
        QVERIFY(recent.ok());
        QCOMPARE(recent->size(), 2);
        QVERIFY(recent->at(0) == calls.at(2));
        QVERIFY(recent->at(1) == calls.at(0));
        QCOMPARE(recent->at(0).ttftMs, -1.0);
    }

    void shouldComputeNearestRankPercentiles_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        QTest::newRow("none") << QList<double>{} << 50.0 << 0.0;
        QTest::newRow("one") << QList<double>{7} << 95.0 << 7.0;
        QTest::newRow("p50 of 4") << QList<double>{4, 1, 3, 2} << 50.0 << 2.0;
        QTest::newRow("p95 of 4") << QList<double>{4, 1, 3, 2} << 95.0 << 4.0;
        QTest::newRow("p100") << QList<double>{5, 9, 1} << 100.0 << 9.0;
    }

    void shouldComputeNearestRankPercentiles()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        std::vector<double> v(values.begin(), values.end());
        QCOMPARE(percentile(v, p), expected);
    }

    void shouldRoundTripZlib()
    {
        const QByteArray data = QStringLiteral("学习Python编程 🙂 ").repeated(200).toUtf8();
        const QByteArray packed = zlibCompress(data);
        QVERIFY(packed.size() < data.size());
        QCOMPARE(packed.at(0), char(0x78)); // a zlib (RFC 1950) stream
        QCOMPARE(zlibDecompress(packed, data.size()).value_or(QByteArray()), data);
        QVERIFY(!zlibDecompress(packed, data.size() - 1).has_value());
        QVERIFY(!zlibDecompress(QByteArray("not zlib"), 10).has_value());
    }

    void shouldNotScanWholeTablesPerRequest_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        // Whole-table statements by design: clear, usage figures, the occasional TTL purge.
        const QStringList wholeTable{QStringLiteral("llmCacheClear"),
                                     QStringLiteral("llmCacheUsage"),
                                     QStringLiteral("llmCacheDeleteCreatedBefore")};
        for (const sql::Statement &s : sql::all()) {
            const QString name = QString::fromLatin1(s.name);
            if (name.startsWith(QLatin1String("llm")) || name.contains(QLatin1String("LlmCall"))) {
                if (!wholeTable.contains(name))
                    QTest::newRow(s.name) << name << s.text;
            }
        }
    }

    void shouldNotScanWholeTablesPerRequest()
    {
        // GIVEN a database at the latest schema and one of the LLM statements
        QFETCH(QString, name);
        QFETCH(QString, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.db"));
        {
            LlmStore store(path);
            QVERIFY(QCoro::waitFor(store.open()).ok());
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("explain"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            // WHEN it is explained THEN no step scans a table without an index
            QSqlQuery explain(db);
            QVERIFY2(explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + text),
                     qPrintable(name));
            for (qsizetype i = 0; i < text.count(QLatin1Char('?')); ++i)
                explain.addBindValue(1);
            QVERIFY2(explain.exec(), qPrintable(explain.lastError().text()));
            while (explain.next()) {
                const QString detail = explain.value(3).toString();
                QVERIFY2(!(detail.startsWith(QStringLiteral("SCAN ")) &&
                           !detail.contains(QStringLiteral("USING"))),
                         qPrintable(name + QStringLiteral(": ") + detail));
            }
            explain.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("explain"));
    }
};

HELIOS_TEST_MAIN(TestLlmRepositories)
#include "tst_llm_repositories.moc"
