#include "core/llm/response_cache.h"
#include "core/metrics/helios_metrics.h"
#include "core/metrics/metric_family.h"
#include "core/metrics/metrics_registry.h"
#include "core/store/llm_store.h"
#include "tests/support/test_main.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

#include <memory>

using namespace helios;
using namespace helios::llm;

namespace {

ChatAnswer answer(const QString &content, const QString &finish = QStringLiteral("stop"))
{
    ChatAnswer a;
    a.content = content;
    a.finishReason = finish;
    a.hasUsage = true;
    a.usage = {120, 30, 150};
    return a;
}

QByteArray key(int n)
{
    return QByteArray::number(n).rightJustified(64, '0');
}

// Reads one row's column with a private connection, outside the store.
QVariant probe(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

// A store and a cache on one file, with a clock the test moves.
struct Fixture
{
    explicit Fixture(const QString &path, ResponseCacheOptions options = {})
        : store(std::make_unique<LlmStore>(path))
    {
        options.now = [this] { return clock; };
        cache = std::make_unique<ResponseCache>(store.get(), options);
        ok = QCoro::waitFor(store->open()).ok();
    }
    QDateTime clock = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    std::unique_ptr<LlmStore> store;
    std::unique_ptr<ResponseCache> cache;
    bool ok = false;

    std::optional<ChatAnswer> get(const QByteArray &k)
    {
        Result<std::optional<ChatAnswer>> r = QCoro::waitFor(cache->get(k));
        return r.ok() ? *r : std::nullopt;
    }
    bool put(const QByteArray &k, const ChatAnswer &a)
    {
        Result<bool> r = QCoro::waitFor(cache->put(k, a));
        return r.ok() && *r;
    }
};

} // namespace

class TestResponseCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldServeWhatWasPutFromMemory()
    {
        // GIVEN an answer put in the cache
        QTemporaryDir dir;
        Fixture f(dir.filePath(QStringLiteral("h.db")));
        QVERIFY(f.ok);
        QVERIFY(f.put(key(1), answer(QStringLiteral("plan"))));
        // WHEN it is asked for THEN it comes from memory, usage included
        const std::optional<ChatAnswer> hit = f.get(key(1));
        QVERIFY(hit.has_value());
        QCOMPARE(hit->content, QStringLiteral("plan"));
        QCOMPARE(hit->usage, (TokenUsage{120, 30, 150}));
        QCOMPARE(f.cache->stats().memoryHits, quint64(1));
        // AND an unknown key is a miss
        QVERIFY(!f.get(key(2)).has_value());
        QCOMPARE(f.cache->stats().misses, quint64(1));
    }

    void shouldEvictLeastRecentlyUsedFromMemory()
    {
        // GIVEN a memory capacity of 2 holding a and b, with a used last
        QTemporaryDir dir;
        ResponseCacheOptions options;
        options.memoryEntries = 2;
        Fixture f(dir.filePath(QStringLiteral("h.db")), options);
        QVERIFY(f.put(key(1), answer(QStringLiteral("a"))));
        QVERIFY(f.put(key(2), answer(QStringLiteral("b"))));
        QVERIFY(f.get(key(1)).has_value());
        // WHEN c is put
        QVERIFY(f.put(key(3), answer(QStringLiteral("c"))));
        // THEN b, the least recently used, left memory, a and c stayed
        QVERIFY(f.cache->isInMemory(key(1)));
        QVERIFY(!f.cache->isInMemory(key(2)));
        QVERIFY(f.cache->isInMemory(key(3)));
        QCOMPARE(f.cache->stats().memoryEntries, 2);
        // AND b still comes from disk, and is promoted back to memory
        const std::optional<ChatAnswer> b = f.get(key(2));
        QVERIFY(b.has_value());
        QCOMPARE(b->content, QStringLiteral("b"));
        QCOMPARE(f.cache->stats().diskHits, quint64(1));
        QVERIFY(f.cache->isInMemory(key(2)));
        QVERIFY(!f.cache->isInMemory(key(1)));
    }

    void shouldSurviveARestart()
    {
        // GIVEN an answer stored by one cache and store, both gone
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.db"));
        {
            Fixture first(path);
            QVERIFY(first.put(key(7), answer(QStringLiteral("学习计划 🙂"))));
        }
        // WHEN a new store and cache on the same file are asked
        Fixture second(path);
        QVERIFY(second.ok);
        const std::optional<ChatAnswer> hit = second.get(key(7));
        // THEN it is a hit from disk
        QVERIFY(hit.has_value());
        QCOMPARE(hit->content, QStringLiteral("学习计划 🙂"));
        QCOMPARE(second.cache->stats().diskHits, quint64(1));
        QCOMPARE(second.cache->stats().memoryHits, quint64(0));
    }

    void shouldExpireEntriesOlderThanTheTtl()
    {
        // GIVEN a TTL of one hour and an answer stored at 09:00
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.db"));
        ResponseCacheOptions options;
        options.ttl = std::chrono::hours(1);
        Fixture f(path, options);
        QVERIFY(f.put(key(1), answer(QStringLiteral("old"))));
        // WHEN it is asked for just within the hour THEN it is a hit
        f.clock = f.clock.addSecs(3600);
        QVERIFY(f.get(key(1)).has_value());
        // WHEN it is asked for later THEN it is a miss and the row is gone
        f.clock = f.clock.addSecs(1);
        QVERIFY(!f.get(key(1)).has_value());
        QVERIFY(!f.cache->isInMemory(key(1)));
        QCOMPARE(probe(path, QStringLiteral("SELECT COUNT(*) FROM llm_cache")).toInt(), 0);
    }

    void shouldPurgeExpiredRows()
    {
        // GIVEN two rows, one older than the TTL
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.db"));
        ResponseCacheOptions options;
        options.ttl = std::chrono::hours(24);
        Fixture f(path, options);
        QVERIFY(f.put(key(1), answer(QStringLiteral("old"))));
        f.clock = f.clock.addDays(2);
        QVERIFY(f.put(key(2), answer(QStringLiteral("new"))));
        // WHEN expired rows are purged THEN only the old one goes
        Result<int> purged = QCoro::waitFor(f.cache->purgeExpired());
        QVERIFY(purged.ok());
        QCOMPARE(*purged, 1);
        QCOMPARE(probe(path, QStringLiteral("SELECT COUNT(*) FROM llm_cache")).toInt(), 1);
    }

    void shouldNeverStoreIncompleteAnswers_data()
    {
        QTest::addColumn<QString>("finishReason");
        QTest::addColumn<bool>("cacheable");
        QTest::newRow("stop") << QStringLiteral("stop") << true;
        QTest::newRow("length") << QStringLiteral("length") << false;
        QTest::newRow("cut stream (no reason)") << QString() << false;
        QTest::newRow("content filter") << QStringLiteral("content_filter") << false;
        QTest::newRow("tool calls") << QStringLiteral("tool_calls") << false;
    }

    void shouldNeverStoreIncompleteAnswers()
    {
        // GIVEN an answer with this finish reason
        QFETCH(QString, finishReason);
        QFETCH(bool, cacheable);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.db"));
        Fixture f(path);
        const ChatAnswer a = answer(QStringLiteral("text"), finishReason);
        QCOMPARE(ResponseCache::isCacheable(a), cacheable);
        // WHEN it is put THEN it is stored only if cacheable
        QCOMPARE(f.put(key(1), a), cacheable);
        QCOMPARE(f.get(key(1)).has_value(), cacheable);
        QCOMPARE(probe(path, QStringLiteral("SELECT COUNT(*) FROM llm_cache")).toInt(),
                 cacheable ? 1 : 0);
    }

    void shouldCompressLargePayloadsAndRoundTripExactly_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<bool>("compressed");
        QTest::newRow("small") << QStringLiteral("short answer") << false;
        QTest::newRow("large chinese and emoji")
            << QStringLiteral("第一周：安装开发环境 🙂 \"quoted\" \\ \n\t").repeated(80)
            << true;
        QTest::newRow("large ascii")
            << QStringLiteral("{\"title\": \"Install Python\"}, ").repeated(60) << true;
    }

    void shouldCompressLargePayloadsAndRoundTripExactly()
    {
        // GIVEN an answer stored through one cache
        QFETCH(QString, content);
        QFETCH(bool, compressed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.db"));
        {
            Fixture first(path);
            QVERIFY(first.put(key(1), answer(content)));
        }
        // THEN payloads of 1 KiB or more are stored compressed, and the size is the original's
        QCOMPARE(probe(path, QStringLiteral("SELECT compressed FROM llm_cache")).toBool(),
                 compressed);
        const qint64 size =
            probe(path, QStringLiteral("SELECT size_bytes FROM llm_cache")).toLongLong();
        QCOMPARE(size, qint64(ResponseCache::serialize(answer(content)).size()));
        QCOMPARE(size >= 1024, compressed);
        // AND read back from disk it is exactly what was stored
        Fixture second(path);
        const std::optional<ChatAnswer> hit = second.get(key(1));
        QVERIFY(hit.has_value());
        QCOMPARE(hit->content, content);
        QCOMPARE(hit->finishReason, QStringLiteral("stop"));
    }

    void shouldEvictLeastRecentlyUsedRowsBeyondThePersistentCap()
    {
        // GIVEN a cap of 3 rows, and 4 answers, the first read again before the 4th
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.db"));
        ResponseCacheOptions options;
        options.maxPersistentEntries = 3;
        options.memoryEntries = 1;
        Fixture f(path, options);
        for (int i = 1; i <= 3; ++i) {
            QVERIFY(f.put(key(i), answer(QStringLiteral("a%1").arg(i))));
            f.clock = f.clock.addSecs(60);
        }
        QVERIFY(f.get(key(1)).has_value()); // from disk: memory holds only the last put
        f.clock = f.clock.addSecs(60);
        // WHEN the 4th is put
        QVERIFY(f.put(key(4), answer(QStringLiteral("a4"))));
        // THEN 3 rows stay, and the least recently used (2) is the one that went
        QCOMPARE(probe(path, QStringLiteral("SELECT COUNT(*) FROM llm_cache")).toInt(), 3);
        QCOMPARE(probe(path, QStringLiteral("SELECT COUNT(*) FROM llm_cache WHERE cache_key = '%1'")
                                 .arg(QString::fromLatin1(key(2))))
                     .toInt(),
                 0);
        QVERIFY(f.get(key(1)).has_value());
        QVERIFY(f.get(key(3)).has_value());
    }

    void shouldKeepMemoryHitsRecentOnDisk()
    {
        // GIVEN a cap of 2 rows; a is put, then b, then a is served from memory
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.db"));
        ResponseCacheOptions options;
        options.maxPersistentEntries = 2;
        Fixture f(path, options);
        QVERIFY(f.put(key(1), answer(QStringLiteral("a"))));
        f.clock = f.clock.addSecs(60);
        QVERIFY(f.put(key(2), answer(QStringLiteral("b"))));
        f.clock = f.clock.addSecs(60);
        QVERIFY(f.get(key(1)).has_value());
        QCOMPARE(f.cache->stats().memoryHits, quint64(1));
        f.clock = f.clock.addSecs(60);
        // WHEN c is put THEN b went from disk, not a
        QVERIFY(f.put(key(3), answer(QStringLiteral("c"))));
        QCOMPARE(probe(path, QStringLiteral("SELECT COUNT(*) FROM llm_cache WHERE cache_key = '%1'")
                                 .arg(QString::fromLatin1(key(1))))
                     .toInt(),
                 1);
        QCOMPARE(probe(path, QStringLiteral("SELECT COUNT(*) FROM llm_cache")).toInt(), 2);
    }

    void shouldClearMemoryAndDisk()
    {
        // GIVEN two stored answers
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.db"));
        Fixture f(path);
        QVERIFY(f.put(key(1), answer(QStringLiteral("a"))));
        QVERIFY(f.put(key(2), answer(QStringLiteral("b"))));
        // WHEN the cache is cleared
        QVERIFY(QCoro::waitFor(f.cache->clear()).ok());
        // THEN nothing is left anywhere
        QCOMPARE(f.cache->stats().memoryEntries, 0);
        QCOMPARE(f.cache->stats().memoryBytes, qint64(0));
        QCOMPARE(probe(path, QStringLiteral("SELECT COUNT(*) FROM llm_cache")).toInt(), 0);
        QVERIFY(!f.get(key(1)).has_value());
    }

    void shouldCountStatsAndMetrics()
    {
        // GIVEN a cache counting into the metrics registry
        QTemporaryDir dir;
        metrics::MetricsRegistry registry;
        metrics::HeliosMetrics m = metrics::registerHeliosMetrics(registry);
        ResponseCacheOptions options;
        options.memoryEntries = 1;
        Fixture f(dir.filePath(QStringLiteral("h.db")), options);
        f.cache->countInto(m.llmCacheRequests);
        // WHEN there are 2 memory hits, 1 disk hit, 2 misses and a join
        QVERIFY(f.put(key(1), answer(QStringLiteral("a"))));
        QVERIFY(f.put(key(2), answer(QStringLiteral("bb"))));
        QVERIFY(f.get(key(2)).has_value());
        QVERIFY(f.get(key(2)).has_value());
        QVERIFY(f.get(key(1)).has_value());
        QVERIFY(!f.get(key(3)).has_value());
        QVERIFY(!f.get(key(4)).has_value());
        f.cache->recordJoin();
        // THEN the stats and the metric say so
        const ResponseCache::Stats s = f.cache->stats();
        QCOMPARE(s.memoryHits, quint64(2));
        QCOMPARE(s.diskHits, quint64(1));
        QCOMPARE(s.misses, quint64(2));
        QCOMPARE(s.joins, quint64(1));
        QCOMPARE(s.memoryEntries, 1);
        QCOMPARE(s.memoryBytes, qint64((1 + 4) * 2));
        QCOMPARE(m.llmCacheRequests.labels({QStringLiteral("hit")}).value(), 3.0);
        QCOMPARE(m.llmCacheRequests.labels({QStringLiteral("miss")}).value(), 2.0);
        QCOMPARE(m.llmCacheRequests.labels({QStringLiteral("join")}).value(), 1.0);
    }

    void shouldWorkWithoutAStore()
    {
        ResponseCache cache(nullptr);
        QVERIFY(QCoro::waitFor(cache.put(key(1), answer(QStringLiteral("a")))).ok());
        Result<std::optional<ChatAnswer>> hit = QCoro::waitFor(cache.get(key(1)));
        QVERIFY(hit.ok() && hit->has_value());
        Result<std::optional<ChatAnswer>> miss = QCoro::waitFor(cache.get(key(2)));
        QVERIFY(miss.ok() && !miss->has_value());
    }
};

HELIOS_TEST_MAIN(TestResponseCache)
#include "tst_response_cache.moc"
