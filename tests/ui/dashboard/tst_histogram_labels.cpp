// The performance dashboard read in Chinese: the latency histogram's bucket labels must be
// drawn whole. Qt Charts replaces a label that does not fit its row with "...", and CJK glyphs
// come from a fallback font with a taller line than the Latin one the layout was sized for.

#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "tests/support/test_main.h"
#include "ui/dashboard/performance_dashboard.h"
#include "ui/dashboard/performance_view_model.h"
#include "ui/i18n/translations.h"

#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTest>

using namespace helios;
using namespace helios::ui;
namespace m = helios::metrics;

class TestHistogramLabels : public QObject
{
    Q_OBJECT

private:
    // Every text Qt Charts drew in the latency histogram (axis labels, titles).
    static QStringList histogramTexts(PerformanceDashboard &dashboard)
    {
        auto *view = dashboard.findChild<QChartView *>(QStringLiteral("latencyHistogram"));
        if (!view)
            return {};
        QStringList texts;
        const QList<QGraphicsItem *> items = view->scene()->items();
        for (QGraphicsItem *item : items) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                texts << text->toPlainText();
        }
        return texts;
    }

private Q_SLOTS:
    void shouldDrawEveryBucketLabelWhole_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<bool>("smallest");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        QTest::newRow("English") << Language::English << english << false;
        QTest::newRow("Chinese") << Language::Chinese << chinese << false;
        QTest::newRow("English, smallest window") << Language::English << english << true;
        QTest::newRow("Chinese, smallest window") << Language::Chinese << chinese << true;
    }

    void shouldDrawEveryBucketLabelWhole()
    {
        QFETCH(Language, language);
        QFETCH(QLocale, locale);
        QFETCH(bool, smallest);
        // GIVEN the dashboard in the language, at the size it opens with or shrunk to its least
        AppTranslations translations;
        QVERIFY(translations.use(language, locale));
        m::MetricsRegistry registry;
        const m::HeliosMetrics h = m::registerHeliosMetrics(registry);
        PerformanceViewModel viewModel(registry, nullptr);
        PerformanceDashboard dashboard(viewModel);
        dashboard.resize(1240, 860);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));

        // WHEN it has shown a measured request once
        h.llmApiResponseTime.labels({QStringLiteral("m")}).observe(0.8);
        viewModel.tick();
        if (smallest)
            dashboard.resize(dashboard.minimumSizeHint());
        // The new size reaches the labels through posted layout events: deliver them.
        QCoreApplication::processEvents();

        // THEN the histogram shows its bucket labels, none cut down to "..."
        const QStringList texts = histogramTexts(dashboard);
        QVERIFY2(texts.size() >= 17, qPrintable(texts.join(QLatin1Char('|'))));
        // AND the slowest bucket says what it holds, in unit symbols as every label does
        QVERIFY2(texts.contains(QStringLiteral("> 5 min")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY2(texts.contains(QStringLiteral("2.5 s")), qPrintable(texts.join(QLatin1Char('|'))));
        for (const QString &text : texts)
            QVERIFY2(!text.endsWith(QStringLiteral("...")) && !text.endsWith(QChar(0x2026)),
                     qPrintable(texts.join(QLatin1Char('|'))));
    }
};

HELIOS_TEST_GUI_MAIN(TestHistogramLabels)
#include "tst_histogram_labels.moc"
