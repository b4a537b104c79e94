// Screenshots of the plan charts and the performance dashboard in English and Chinese, saved as
// test artifacts (HELIOS_TEST_ARTIFACTS, else a temporary folder): charts-<lang>.png (the three
// chart tabs one above the other) and dashboard-<lang>.png. Not pixel goldens: the test checks
// that they have content and speak the language.

#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "ui/charts/plan_charts_view.h"
#include "ui/dashboard/performance_dashboard.h"
#include "ui/dashboard/performance_view_model.h"
#include "ui/i18n/translations.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTabBar>

#include <cmath>

using namespace helios;
using namespace helios::ui;
namespace m = helios::metrics;

namespace {

QString artifactsFolder()
{
    QString folder = qEnvironmentVariable("HELIOS_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("helios-test-artifacts"));
    QDir().mkpath(folder);
    return folder;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

// What a morning of use leaves in the registry: LLM calls over two models with a few failures,
// streamed answers, cache look-ups, store queries, some event loop lag. `second` varies the
// amounts so that the rolling charts have a shape.
void recordActivity(const m::HeliosMetrics &h, int second)
{
    const QString models[] = {QStringLiteral("llama3.1:8b"), QStringLiteral("qwen2.5:7b")};
    const int calls = 1 + (second * 7) % 4;
    for (int i = 0; i < calls; ++i) {
        const QString &model = models[(second + i) % 2];
        const bool failed = (second + i) % 11 == 0;
        h.llmApiRequests.labels({model, failed ? QStringLiteral("error") : QStringLiteral("ok")})
            .add();
        const double latency = 0.6 + std::fmod(second * 0.37 + i * 1.3, 4.0);
        h.llmApiResponseTime.labels({model}).observe(latency);
        h.llmTimeToFirstToken.labels({model}).observe(0.08 + std::fmod(second * 0.05, 0.3));
        h.llmTokens.labels({model, QStringLiteral("in")}).add(900 + 40 * i);
        h.llmTokens.labels({model, QStringLiteral("out")}).add(std::round(latency * 38));
    }
    h.llmCacheRequests.labels({QStringLiteral("hit")}).add(second % 3 == 0 ? 2 : 1);
    h.llmCacheRequests.labels({QStringLiteral("miss")}).add(calls);
    if (second % 9 == 0)
        h.llmCacheRequests.labels({QStringLiteral("join")}).add();
    for (int i = 0; i < 12; ++i)
        h.storeQueryDuration.labels({i % 3 ? QStringLiteral("plan") : QStringLiteral("plans")})
            .observe(0.0002 + 0.0004 * ((second + i) % 5));
    for (int i = 0; i < 10; ++i)
        h.uiEventLoopLag.labels().observe(0.0015 + 0.002 * ((second * 3 + i) % 7));
}

LlmCallRecord loggedCall(const QDateTime &at, int i)
{
    LlmCallRecord r;
    r.calledAt = at;
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("llama3.1:8b");
    r.status = i % 9 == 0 ? QStringLiteral("error") : QStringLiteral("ok");
    r.latencyMs = 700 + (i * 337) % 3500;
    r.ttftMs = 120;
    r.tokensIn = 1100 + (i % 5) * 90;
    r.tokensOut = 180 + (i % 7) * 25;
    r.cached = i % 4 == 0;
    return r;
}

} // namespace

class TestChartScreenshots : public QObject
{
    Q_OBJECT

private:
    // The three chart tabs of `plan`, one above the other.
    QImage grabCharts(const Plan &plan, const QDate &today, QStringList &tabTitles)
    {
        PlanChartsView charts;
        charts.resize(1000, 440);
        charts.show();
        [&]() { QVERIFY(QTest::qWaitForWindowExposed(&charts)); }();
        charts.setPlan(plan, today);
        QList<QImage> pages;
        for (int i = 0; i < charts.count(); ++i) {
            charts.setCurrentIndex(i);
            // The burn-down and the timeline are computed on a pool thread.
            [&]() { QTRY_VERIFY(!charts.isComputing()); }();
            QTest::qWait(30);
            pages.append(charts.grab().toImage());
            tabTitles << charts.tabText(i);
        }
        QImage all(pages.first().width(), pages.first().height() * int(pages.size()),
                   QImage::Format_RGB32);
        all.fill(Qt::white);
        QPainter painter(&all);
        for (qsizetype i = 0; i < pages.size(); ++i)
            painter.drawImage(0, int(i) * pages.first().height(), pages.at(i));
        return all;
    }

    QImage grabDashboard(LlmCallQueries &store, QString &title, QString &callsHeading)
    {
        m::MetricsRegistry registry;
        const m::HeliosMetrics h = m::registerHeliosMetrics(registry);
        PerformanceViewModel viewModel(registry, &store);
        qint64 clock = 0;
        viewModel.setClocks([&clock]() { return clock; }, {});
        PerformanceDashboard dashboard(viewModel);
        dashboard.resize(1240, 880);
        dashboard.show();
        [&]() { QVERIFY(QTest::qWaitForWindowExposed(&dashboard)); }();
        for (int second = 0; second < 120; ++second) {
            recordActivity(h, second);
            clock += 1000;
            viewModel.tick();
        }
        viewModel.refreshCallHistory();
        [&]() { QTRY_VERIFY(viewModel.hasCallHistory() && !viewModel.isCallHistoryLoading()); }();
        QTest::qWait(30);
        title = dashboard.windowTitle();
        callsHeading = dashboard.callHistoryText(0, 0);
        return dashboard.grab().toImage();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldSaveTranslatedScreenshotsOfChartsAndDashboard()
    {
        // GIVEN an English and a Chinese plan three weeks under way with some tasks done, and a
        // call log
        const QDate today = QDate::currentDate();
        test::MemoryFixture fixture;
        QMap<QString, Plan> plans;
        for (const auto &[name, goal] :
             {std::pair{QStringLiteral("en"), QStringLiteral("Learn Python programming")},
              std::pair{QStringLiteral("zh_CN"), QStringLiteral("三个月内学会Python编程")}}) {
            const Plan created = fixture.createPlan(goal, today.addDays(-21), today.addDays(45), 6);
            for (int i = 0; i < 5 && i < created.tasks.size(); ++i)
                QVERIFY(QCoro::waitFor(fixture.service().setTaskStatus(
                                           created.tasks.at(i).id,
                                           i == 4 ? TaskStatus::InProgress : TaskStatus::Done))
                            .ok());
            plans.insert(name, fixture.reload(created.id));
            QVERIFY(plans.value(name).tasks.size() > 5);
        }

        test::MemoryStorage &store = fixture.store();
        const QDateTime now = QDateTime::currentDateTime();
        for (int i = 0; i < 40; ++i)
            QVERIFY(QCoro::waitFor(store.appendCall(loggedCall(now.addSecs(qint64(-i) * 2400), i)))
                        .ok());

        AppTranslations translations;
        const QString folder = artifactsFolder();
        struct Shots
        {
            QImage charts;
            QImage dashboard;
            QStringList tabs;
            QString title;
            QString calls;
        };
        QMap<QString, Shots> shots;

        // WHEN they are grabbed in English and in Chinese
        for (const auto &[language, name] :
             {std::pair{Language::English, QStringLiteral("en")},
              std::pair{Language::Chinese, QStringLiteral("zh_CN")}}) {
            QVERIFY(translations.use(language, QLocale(QLocale::English, QLocale::UnitedStates)));
            Shots s;
            s.charts = grabCharts(plans.value(name), today, s.tabs);
            QVERIFY(!QTest::currentTestFailed());
            s.dashboard = grabDashboard(store, s.title, s.calls);
            QVERIFY(!QTest::currentTestFailed());
            shots.insert(name, s);
        }
        QVERIFY(
            translations.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates)));

        // THEN the images have content and are saved
        for (auto it = shots.cbegin(); it != shots.cend(); ++it) {
            for (const auto &[image, stem] :
                 {std::pair{&it->charts, QStringLiteral("charts")},
                  std::pair{&it->dashboard, QStringLiteral("dashboard")}}) {
                const QString file = QStringLiteral("%1-%2.png").arg(stem, it.key());
                QVERIFY2(!image->isNull() && image->width() >= 900, qPrintable(file));
                QVERIFY2(distinctColours(*image) > 40, qPrintable(file));
                QVERIFY(image->save(QDir(folder).filePath(file)));
            }
        }
        // AND each speaks its language
        QCOMPARE(shots[QStringLiteral("en")].tabs,
                 (QStringList{QStringLiteral("Burn-down"), QStringLiteral("Status"),
                              QStringLiteral("Timeline")}));
        QCOMPARE(shots[QStringLiteral("zh_CN")].tabs,
                 (QStringList{QStringLiteral("燃尽图"), QStringLiteral("状态"),
                              QStringLiteral("时间线")}));
        QCOMPARE(shots[QStringLiteral("en")].title, QStringLiteral("Performance"));
        QCOMPARE(shots[QStringLiteral("zh_CN")].title, QStringLiteral("性能"));
        // AND the call log was read: calls today, in the locale's digits
        QVERIFY(!shots[QStringLiteral("en")].calls.isEmpty());
        QVERIFY(shots[QStringLiteral("en")].calls != QStringLiteral("–"));
    }
};

HELIOS_TEST_GUI_MAIN(TestChartScreenshots)
#include "tst_chart_screenshots.moc"
