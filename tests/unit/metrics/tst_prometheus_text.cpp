#include "core/metrics/metric_name.h"
#include "core/metrics/metrics_registry.h"
#include "core/metrics/prometheus_text.h"
#include "tests/support/test_main.h"

#include <cmath>

using namespace helios::metrics;

namespace {

// A small registry covering each type; the expected text below is written by hand from the
// exposition format specification.
void fillSmallRegistry(MetricsRegistry &registry)
{
    CounterFamily &requests =
        registry.counter(QStringLiteral("http_requests_total"), QStringLiteral("Requests handled."),
                         {QStringLiteral("method"), QStringLiteral("code")});
    requests.labels({QStringLiteral("post"), QStringLiteral("200")}).add(3);
    requests.labels({QStringLiteral("get"), QStringLiteral("200")}).add();
    requests.labels({QStringLiteral("get"), QStringLiteral("404")}).add(2.5);

    registry
        .gauge(QStringLiteral("temperature_celsius"), QStringLiteral("Room \\ temperature\nnow"))
        .labels()
        .set(-1.5);

    Histogram &latency = registry
                             .histogram(QStringLiteral("latency_seconds"),
                                        QStringLiteral("Latency."), {}, {0.1, 1, 10})
                             .labels();
    for (double value : {0.0625, 0.5, 0.5, 20.0})
        latency.observe(value);

    registry.counter(QStringLiteral("unused_total"), QStringLiteral("Never used."),
                     {QStringLiteral("kind")});
}

const char kSmallRegistryText[] = "# HELP http_requests_total Requests handled.\n"
                                  "# TYPE http_requests_total counter\n"
                                  "http_requests_total{method=\"get\",code=\"200\"} 1\n"
                                  "http_requests_total{method=\"get\",code=\"404\"} 2.5\n"
                                  "http_requests_total{method=\"post\",code=\"200\"} 3\n"
                                  "# HELP latency_seconds Latency.\n"
                                  "# TYPE latency_seconds histogram\n"
                                  "latency_seconds_bucket{le=\"0.1\"} 1\n"
                                  "latency_seconds_bucket{le=\"1\"} 3\n"
                                  "latency_seconds_bucket{le=\"10\"} 3\n"
                                  "latency_seconds_bucket{le=\"+Inf\"} 4\n"
                                  "latency_seconds_sum 21.0625\n"
                                  "latency_seconds_count 4\n"
                                  "# HELP temperature_celsius Room \\\\ temperature\\nnow\n"
                                  "# TYPE temperature_celsius gauge\n"
                                  "temperature_celsius -1.5\n"
                                  "# HELP unused_total Never used.\n"
                                  "# TYPE unused_total counter\n";

} // namespace

class TestPrometheusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteExpositionFormatForSmallRegistry()
    {
        // GIVEN a registry with a labelled counter, a gauge, a histogram and an unused family
        MetricsRegistry registry;
        fillSmallRegistry(registry);
        // WHEN it is written as Prometheus text
        const QByteArray text = toPrometheusText(registry);
        // THEN it is exactly the 0.0.4 exposition format
        QCOMPARE(text, QByteArray(kSmallRegistryText));
    }

    void shouldPutLeAfterOtherLabelsOfHistogramSeries()
    {
        // GIVEN a histogram with a model label and two models
        MetricsRegistry registry;
        HistogramFamily &family =
            registry.histogram(QStringLiteral("llm_api_response_time_seconds"),
                               QStringLiteral("LLM API response time in seconds."),
                               {QStringLiteral("model")}, {0.5, 2.5});
        family.labels({QStringLiteral("qwen")}).observe(3);
        family.labels({QStringLiteral("llama3")}).observe(0.25);
        family.labels({QStringLiteral("llama3")}).observe(1);
        // WHEN written
        // THEN every series has its labels, le last on buckets, models in order
        QCOMPARE(
            toPrometheusText(registry),
            QByteArray("# HELP llm_api_response_time_seconds LLM API response time in seconds.\n"
                       "# TYPE llm_api_response_time_seconds histogram\n"
                       "llm_api_response_time_seconds_bucket{model=\"llama3\",le=\"0.5\"} 1\n"
                       "llm_api_response_time_seconds_bucket{model=\"llama3\",le=\"2.5\"} 2\n"
                       "llm_api_response_time_seconds_bucket{model=\"llama3\",le=\"+Inf\"} 2\n"
                       "llm_api_response_time_seconds_sum{model=\"llama3\"} 1.25\n"
                       "llm_api_response_time_seconds_count{model=\"llama3\"} 2\n"
                       "llm_api_response_time_seconds_bucket{model=\"qwen\",le=\"0.5\"} 0\n"
                       "llm_api_response_time_seconds_bucket{model=\"qwen\",le=\"2.5\"} 0\n"
                       "llm_api_response_time_seconds_bucket{model=\"qwen\",le=\"+Inf\"} 1\n"
                       "llm_api_response_time_seconds_sum{model=\"qwen\"} 3\n"
                       "llm_api_response_time_seconds_count{model=\"qwen\"} 1\n"));
    }

    void shouldEscapeLabelValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expectedLine");
        QTest::newRow("plain") << "llama3" << QByteArray("m_total{model=\"llama3\"} 1");
        QTest::newRow("double quote")
            << "say \"hi\"" << QByteArray("m_total{model=\"say \\\"hi\\\"\"} 1");
        QTest::newRow("backslash")
            << "C:\\models\\q4" << QByteArray("m_total{model=\"C:\\\\models\\\\q4\"} 1");
        QTest::newRow("newline") << "two\nlines" << QByteArray("m_total{model=\"two\\nlines\"} 1");
        QTest::newRow("all three") << "\\\"\n" << QByteArray("m_total{model=\"\\\\\\\"\\n\"} 1");
        QTest::newRow("unicode passes as UTF-8")
            << QStringLiteral("学习")
            << QByteArray("m_total{model=\"\xe5\xad\xa6\xe4\xb9\xa0\"} 1");
        QTest::newRow("empty") << "" << QByteArray("m_total{model=\"\"} 1");
        QTest::newRow("braces and equals untouched")
            << "a{b}=c," << QByteArray("m_total{model=\"a{b}=c,\"} 1");
    }

    void shouldEscapeLabelValues()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expectedLine);
        // GIVEN a series whose label value needs escaping
        MetricsRegistry registry;
        registry.counter(QStringLiteral("m_total"), QString(), {QStringLiteral("model")})
            .labels({value})
            .add();
        // WHEN written
        const QList<QByteArray> lines = toPrometheusText(registry).split('\n');
        // THEN the sample line carries the escaped value (no HELP line for empty help)
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QByteArray("# TYPE m_total counter"));
        QCOMPARE(lines.at(1), expectedLine);
        QCOMPARE(lines.at(2), QByteArray());
    }

    void shouldEscapeHelpButNotQuotes()
    {
        QCOMPARE(escapeHelp(QStringLiteral("a \"quoted\" \\ path\nnext")),
                 QByteArray("a \"quoted\" \\\\ path\\nnext"));
        QCOMPARE(escapeLabelValue(QStringLiteral("a \"quoted\" \\ path\nnext")),
                 QByteArray("a \\\"quoted\\\" \\\\ path\\nnext"));
    }

    void shouldWriteSameTextWhateverTheOrderOfUpdates()
    {
        // GIVEN two registries holding the same values, created and updated in opposite orders
        MetricsRegistry forward;
        MetricsRegistry backward;
        const QStringList models{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c"),
                                 QStringLiteral("B"), QStringLiteral("a b")};
        const QStringList names{QStringLiteral("z_total"), QStringLiteral("a_total"),
                                QStringLiteral("m_total"), QStringLiteral("A_total")};
        for (const QString &name : names) {
            for (const QString &model : models)
                forward.counter(name, QStringLiteral("H"), {QStringLiteral("model")})
                    .labels({model})
                    .add(double(model.size()));
        }
        for (qsizetype n = names.size() - 1; n >= 0; --n) {
            for (qsizetype m = models.size() - 1; m >= 0; --m)
                backward.counter(names.at(n), QStringLiteral("H"), {QStringLiteral("model")})
                    .labels({models.at(m)})
                    .add(double(models.at(m).size()));
        }
        // WHEN both are written
        const QByteArray text = toPrometheusText(forward);
        // THEN the text is identical, families by name and series by label value
        QCOMPARE(text, toPrometheusText(backward));
        QVERIFY(text.startsWith("# HELP A_total H\n# TYPE A_total counter\nA_total{model=\"B\"} 1\n"
                                "A_total{model=\"a\"} 1\nA_total{model=\"a b\"} 3\n"
                                "A_total{model=\"b\"} 1\nA_total{model=\"c\"} 1\n# HELP a_total"));
        QVERIFY(text.indexOf("# HELP m_total") < text.indexOf("# HELP z_total"));
    }

    void shouldSortSnapshotsGivenInAnyOrder()
    {
        // GIVEN snapshots listed out of order, as a caller might assemble them
        FamilySnapshot b{QStringLiteral("b"),
                         QString(),
                         MetricType::Gauge,
                         {QStringLiteral("k")},
                         {SeriesSnapshot{{QStringLiteral("y")}, 2, {}},
                          SeriesSnapshot{{QStringLiteral("x")}, 1, {}}}};
        FamilySnapshot a{
            QStringLiteral("a"), QString(), MetricType::Gauge, {}, {SeriesSnapshot{{}, 7, {}}}};
        // WHEN written
        // THEN families and series come sorted
        QCOMPARE(toPrometheusText({b, a}), QByteArray("# TYPE a gauge\na 7\n# TYPE b gauge\n"
                                                      "b{k=\"x\"} 1\nb{k=\"y\"} 2\n"));
    }

    void shouldFormatNumbersAsPrometheusParsesThem_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("negative zero") << -0.0 << QByteArray("0");
        QTest::newRow("integer") << 42.0 << QByteArray("42");
        QTest::newRow("large integer") << 123456789012.0 << QByteArray("123456789012");
        QTest::newRow("negative") << -1.5 << QByteArray("-1.5");
        QTest::newRow("bucket bound") << 0.005 << QByteArray("0.005");
        QTest::newRow("one tenth") << 0.1 << QByteArray("0.1");
        QTest::newRow("tiny") << 1e-7 << QByteArray("1e-07");
        QTest::newRow("beyond exact integers") << 1e300 << QByteArray("1e+300");
        QTest::newRow("sum of tenths") << 0.1 + 0.2 << QByteArray("0.30000000000000004");
        QTest::newRow("+Inf") << qInf() << QByteArray("+Inf");
        QTest::newRow("-Inf") << -qInf() << QByteArray("-Inf");
        QTest::newRow("NaN") << qQNaN() << QByteArray("NaN");
    }

    void shouldFormatNumbersAsPrometheusParsesThem()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, expected);
        const QByteArray text = formatPrometheusNumber(value);
        QCOMPARE(text, expected);
        if (std::isfinite(value)) { // and it reads back to the same double
            bool ok = false;
            QCOMPARE(text.toDouble(&ok), value);
            QVERIFY(ok);
        }
    }

    void shouldValidateNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("validMetric");
        QTest::addColumn<bool>("validLabel");
        QTest::newRow("snake case") << "llm_api_requests_total" << true << true;
        QTest::newRow("leading underscore") << "_x" << true << true;
        QTest::newRow("colon") << "job:rate5m" << true << false;
        QTest::newRow("leading colon") << ":x" << true << false;
        QTest::newRow("digits after first") << "a1_2" << true << true;
        QTest::newRow("leading digit") << "1a" << false << false;
        QTest::newRow("empty") << "" << false << false;
        QTest::newRow("dash") << "a-b" << false << false;
        QTest::newRow("space") << "a b" << false << false;
        QTest::newRow("dot") << "a.b" << false << false;
        QTest::newRow("non-ASCII letter") << QStringLiteral("é") << false << false;
        QTest::newRow("reserved double underscore") << "__name__" << true << false;
    }

    void shouldValidateNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, validMetric);
        QFETCH(bool, validLabel);
        QCOMPARE(isValidMetricName(name), validMetric);
        QCOMPARE(isValidLabelName(name), validLabel);
    }

    void shouldServeTheVersionedContentType()
    {
        QCOMPARE(QByteArray(kPrometheusContentType),
                 QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    }
};

HELIOS_TEST_MAIN(TestPrometheusText)
#include "tst_prometheus_text.moc"
