// Response cache benchmark (issue 4): the latency of a cache hit for a request with a 4 KB
// prompt, from memory and from SQLite, as multiples of computing the cache key alone (measured
// in the same run, so the ratios hold on any machine). Usage: bench_llm_response_cache [--quick]
//   key      cacheKey() of the request (the baseline: every lookup pays it)
//   memory   cacheKey() + ResponseCache::get() served from the in-memory LRU
//   sqlite   cacheKey() + ResponseCache::get() served from llm_cache on the store's worker thread
//            (memory capacity 1 and two alternating keys, so every read goes to disk; includes the
//            zlib inflate of the 4 KB answer and the hop to the worker thread and back)
// and the two lookups alone, with the key already computed.

#include "core/llm/cache_key.h"
#include "core/llm/response_cache.h"
#include "core/store/llm_store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace helios;
using namespace helios::llm;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void must(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_response_cache: %s failed\n", what);
        std::exit(1);
    }
}

ChatRequest request(int variant)
{
    ChatRequest r;
    QString prompt =
        QStringLiteral("Goal %1: 学习Python编程, 6 hours a week until April. ").arg(variant);
    while (prompt.toUtf8().size() < 4096)
        prompt += QStringLiteral(
            "Break the goal into weekly milestones with concrete tasks, estimates and due dates. ");
    r.messages = {{QStringLiteral("system"),
                   QStringLiteral("You are Helios's planner. Answer with JSON only.")},
                  {QStringLiteral("user"), prompt}};
    r.jsonSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
    r.schemaName = QStringLiteral("plan");
    r.promptVersion = QStringLiteral("planner-1");
    return r;
}

ChatAnswer answer()
{
    ChatAnswer a;
    a.finishReason = QStringLiteral("stop");
    while (a.content.size() < 4096)
        a.content += QStringLiteral(
            "{\"title\": \"第一周：安装开发环境\", \"hours\": 1.5, \"due\": \"2026-12-01\"}, ");
    return a;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int iterations = quick ? 200 : 5000;

    ProviderConfig provider;
    provider.kind = ProviderKind::Ollama;
    provider.endpoint = QUrl(QStringLiteral("http://127.0.0.1:11434"));
    provider.model = QStringLiteral("qwen2.5:7b");
    const ChatRequest requests[2] = {request(1), request(2)};

    QTemporaryDir dir;
    must(dir.isValid(), "temporary folder");
    LlmStore store(dir.filePath(QStringLiteral("bench.db")));
    must(QCoro::waitFor(store.open()).ok(), "opening the store");

    ResponseCache memoryCache(&store);
    ResponseCacheOptions diskOptions;
    diskOptions.memoryEntries = 1;
    ResponseCache diskCache(&store, diskOptions);
    ResponseCache diskLookupCache(&store, diskOptions);
    for (const ChatRequest &r : requests)
        must(QCoro::waitFor(memoryCache.put(cacheKey(provider, r), answer())).ok(), "storing");

    std::vector<double> keyNs, memoryNs, diskNs, memoryGetNs, diskGetNs;
    QElapsedTimer timer;
    volatile qsizetype sink = 0;
    for (int i = 0; i < iterations; ++i) {
        const ChatRequest &r = requests[i % 2];
        timer.start();
        const QByteArray key = cacheKey(provider, r);
        keyNs.push_back(double(timer.nsecsElapsed()));
        sink = sink + key.size();

        timer.start();
        Result<std::optional<ChatAnswer>> fromMemory =
            QCoro::waitFor(memoryCache.get(cacheKey(provider, r)));
        memoryNs.push_back(double(timer.nsecsElapsed()));
        must(fromMemory.ok() && fromMemory->has_value(), "memory hit");

        timer.start();
        Result<std::optional<ChatAnswer>> fromDisk =
            QCoro::waitFor(diskCache.get(cacheKey(provider, r)));
        diskNs.push_back(double(timer.nsecsElapsed()));
        must(fromDisk.ok() && fromDisk->has_value(), "disk hit");

        // The lookups alone, key already known.
        timer.start();
        Result<std::optional<ChatAnswer>> memoryOnly = QCoro::waitFor(memoryCache.get(key));
        memoryGetNs.push_back(double(timer.nsecsElapsed()));
        must(memoryOnly.ok() && memoryOnly->has_value(), "memory hit");
        timer.start();
        Result<std::optional<ChatAnswer>> diskOnly = QCoro::waitFor(diskLookupCache.get(key));
        diskGetNs.push_back(double(timer.nsecsElapsed()));
        must(diskOnly.ok() && diskOnly->has_value(), "disk hit");
    }
    for (const ResponseCache *cache : {&diskCache, &diskLookupCache}) {
        const ResponseCache::Stats stats = cache->stats();
        must(stats.diskHits == quint64(iterations) && stats.memoryHits == 0,
             "every read going to disk");
    }

    const double key = median(keyNs) / 1000.0;
    const double memory = median(memoryNs) / 1000.0;
    const double disk = median(diskNs) / 1000.0;
    std::printf("response cache, 4 KB prompt, 4 KB answer, %d iterations (medians)\n", iterations);
    std::printf("  key      %9.1f us  (baseline)\n", key);
    std::printf("  memory   %9.1f us  %6.1fx key\n", memory, memory / key);
    std::printf("  sqlite   %9.1f us  %6.1fx key\n", disk, disk / key);
    std::printf("  lookup alone (key known): memory %.2f us, sqlite %.1f us\n",
                median(memoryGetNs) / 1000.0, median(diskGetNs) / 1000.0);
    return 0;
}
