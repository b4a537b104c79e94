#include "core/store/query_cache.h"
#include "tests/support/test_main.h"

#include <QThread>

using namespace helios;
using namespace std::chrono_literals;

class TestQueryCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReturnWhatWasPut()
    {
        QueryCache cache;
        QVERIFY(!cache.get<int>(QStringLiteral("a")).has_value());
        cache.put(QStringLiteral("a"), 42, {QStringLiteral("t")}, cache.generation());
        QCOMPARE(cache.get<int>(QStringLiteral("a")).value_or(0), 42);
        QCOMPARE(cache.stats().hits, quint64(1));
        QCOMPARE(cache.stats().misses, quint64(1));
    }

    void shouldNotConfuseTypes()
    {
        QueryCache cache;
        cache.put(QStringLiteral("a"), QString(QStringLiteral("x")), {}, cache.generation());
        QVERIFY(!cache.get<int>(QStringLiteral("a")).has_value());
    }

    void shouldEvictLeastRecentlyUsed()
    {
        // GIVEN a full cache of three where "a" was used most recently
        QueryCache cache(3);
        for (const char *key : {"a", "b", "c"})
            cache.put(QString::fromLatin1(key), 1, {}, cache.generation());
        QVERIFY(cache.get<int>(QStringLiteral("a")));
        // WHEN a fourth entry comes in
        cache.put(QStringLiteral("d"), 1, {}, cache.generation());
        // THEN the least recently used ("b") is gone and the rest stay
        QVERIFY(!cache.get<int>(QStringLiteral("b")));
        QVERIFY(cache.get<int>(QStringLiteral("a")));
        QVERIFY(cache.get<int>(QStringLiteral("c")));
        QVERIFY(cache.get<int>(QStringLiteral("d")));
        QCOMPARE(cache.stats().size, 3);
    }

    void shouldExpireAfterItsTimeToLive()
    {
        QueryCache cache(10, 30ms);
        cache.put(QStringLiteral("a"), 1, {}, cache.generation());
        QVERIFY(cache.get<int>(QStringLiteral("a")));
        QThread::msleep(60);
        QVERIFY(!cache.get<int>(QStringLiteral("a")));
        QCOMPARE(cache.stats().size, 0);
    }

    void shouldInvalidateOnlyTaggedEntries()
    {
        QueryCache cache;
        cache.put(QStringLiteral("plan:1"), 1, {QStringLiteral("plan:1")}, cache.generation());
        cache.put(QStringLiteral("plan:2"), 2, {QStringLiteral("plan:2")}, cache.generation());
        cache.put(QStringLiteral("plans"), 3, {QStringLiteral("plans")}, cache.generation());
        cache.invalidate({QStringLiteral("plan:1"), QStringLiteral("plans")});
        QVERIFY(!cache.get<int>(QStringLiteral("plan:1")));
        QVERIFY(!cache.get<int>(QStringLiteral("plans")));
        QCOMPARE(cache.get<int>(QStringLiteral("plan:2")).value_or(0), 2);
    }

    void shouldNotStoreAReadThatStartedBeforeAWrite()
    {
        // GIVEN a read that starts, then a write that invalidates while it is under way
        QueryCache cache;
        const quint64 readStarted = cache.generation();
        cache.invalidate({QStringLiteral("plans")});
        // WHEN the slow read finishes and offers its (possibly stale) value
        cache.put(QStringLiteral("plans"), 1, {QStringLiteral("plans")}, readStarted);
        // THEN it is not kept
        QVERIFY(!cache.get<int>(QStringLiteral("plans")));
    }
};

HELIOS_TEST_MAIN(TestQueryCache)
#include "tst_query_cache.moc"
