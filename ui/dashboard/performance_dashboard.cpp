#include "ui/dashboard/performance_dashboard.h"

#include "ui/dashboard/dashboard_format.h"
#include "ui/dashboard/histogram_math.h"
#include "ui/dashboard/performance_view_model.h"
#include "ui/dashboard/rolling_chart_view.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace helios::ui {

namespace {

constexpr int kCardColumns = 5;
constexpr int kHistogramMinimumHeight = 330;
// The histogram's title, count axis and margins, beside its rows.
constexpr int kHistogramFrame = 80;

// The status label values the LLM client records, in words.
QString statusWord(const QString &status)
{
    if (status == QLatin1String("ok"))
        return PerformanceDashboard::tr("succeeded");
    if (status == QLatin1String("error"))
        return PerformanceDashboard::tr("failed");
    if (status == QLatin1String("cancelled"))
        return PerformanceDashboard::tr("cancelled");
    if (status == QLatin1String("timeout"))
        return PerformanceDashboard::tr("timed out");
    return status;
}

// A round top for a count axis with five ticks: 4, 8, 20, 40, 100, 200, ... at least `highest`.
double axisTop(double highest)
{
    double top = 4.0;
    for (double step = 1.0; top < highest; step *= 10.0) {
        for (double factor : {4.0, 8.0, 20.0, 40.0}) {
            top = factor * step;
            if (top >= highest)
                break;
        }
    }
    return top;
}

QLabel *smallLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PerformanceDashboard::PerformanceDashboard(PerformanceViewModel &viewModel, QWidget *parent)
    : QWidget(parent), m_viewModel(viewModel)
{
    setObjectName(QStringLiteral("performanceDashboard"));
    setWindowTitle(tr("Performance"));

    auto *cards = new QGridLayout;
    cards->setSpacing(6);
    addCard(cards, 0, QStringLiteral("latency"), tr("LLM latency (p50 / p95)"));
    addCard(cards, 1, QStringLiteral("requests"), tr("LLM requests"));
    addCard(cards, 2, QStringLiteral("ttft"), tr("Time to first token (p50)"));
    addCard(cards, 3, QStringLiteral("tokensPerSecond"), tr("Tokens per second"));
    addCard(cards, 4, QStringLiteral("tokens"), tr("Tokens in / out"));
    addCard(cards, 5, QStringLiteral("cache"), tr("Cache hit rate"));
    addCard(cards, 6, QStringLiteral("store"), tr("Store query latency (p95)"));
    addCard(cards, 7, QStringLiteral("lag"), tr("Event-loop lag (p95)"));
    addCard(cards, 8, QStringLiteral("memory"), tr("Memory (resident)"));
    addCard(cards, 9, QStringLiteral("rate"), tr("Right now"));

    // The LLM latency histogram: observations per bucket since the start.
    auto *latency = new QChart;
    latency->setTitle(tr("LLM latency: requests per bucket"));
    latency->setLocale(QLocale());
    latency->setLocalizeNumbers(true);
    latency->setMargins(QMargins(2, 2, 2, 2));
    latency->setBackgroundRoundness(0);
    latency->setAnimationOptions(QChart::NoAnimation);
    latency->legend()->hide();
    // Sideways, so that the sixteen bucket labels have room to be read whole.
    auto *bars = new QHorizontalBarSeries(this);
    m_latencyBars = new QBarSet(tr("Requests"), this);
    m_latencyBars->setColor(QColor(0x2f, 0x6f, 0xd6));
    bars->append(m_latencyBars);
    bars->setBarWidth(0.85);
    latency->addSeries(bars);
    m_latencyBuckets = new QBarCategoryAxis;
    m_latencyBuckets->setTitleText(tr("response time up to"));
    QFont bucketFont = font();
    bucketFont.setPointSizeF(bucketFont.pointSizeF() * 0.85);
    m_latencyBuckets->setLabelsFont(bucketFont);
    m_latencyCounts = new QValueAxis;
    m_latencyCounts->setLabelFormat(QStringLiteral("%.0f"));
    m_latencyCounts->setRange(0, 1);
    m_latencyCounts->setTickCount(5);
    latency->addAxis(m_latencyBuckets, Qt::AlignLeft);
    latency->addAxis(m_latencyCounts, Qt::AlignBottom);
    bars->attachAxis(m_latencyBuckets);
    bars->attachAxis(m_latencyCounts);
    m_latencyChart = new QChartView(latency, this);
    m_latencyChart->setObjectName(QStringLiteral("latencyHistogram"));
    m_latencyChart->setRenderHint(QPainter::Antialiasing);
    m_latencyChart->setMinimumHeight(kHistogramMinimumHeight);

    auto *middle = new QHBoxLayout;
    middle->addWidget(m_latencyChart, 3);
    middle->addWidget(createCallHistory(), 2);

    const double span = viewModel.history().spanSeconds();
    m_rolling = {
        new RollingChartView(tr("LLM requests per second"), {tr("requests/s")}, span, this),
        new RollingChartView(tr("Tokens per second (out)"), {tr("tokens/s")}, span, this),
        new RollingChartView(tr("Latency p95 (ms)"), {tr("event loop"), tr("store query")}, span,
                             this),
        new RollingChartView(tr("Memory (MiB)"), {tr("resident")}, span, this),
    };
    auto *rolling = new QHBoxLayout;
    for (RollingChartView *chart : std::as_const(m_rolling))
        rolling->addWidget(chart);

    auto *rollingTitle = new QLabel(tr("Last two minutes"), this);
    QFont heading = rollingTitle->font();
    heading.setBold(true);
    rollingTitle->setFont(heading);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(cards);
    layout->addLayout(middle, 3);
    layout->addWidget(rollingTitle);
    layout->addLayout(rolling, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&viewModel, &PerformanceViewModel::figuresChanged, this, [this]() {
        if (isVisible())
            updateFigures();
    });
    connect(&viewModel, &PerformanceViewModel::callHistoryChanged, this,
            &PerformanceDashboard::updateCallHistory);
    updateFigures();
    updateCallHistory();
}

void PerformanceDashboard::addCard(QGridLayout *grid, int index, const QString &key,
                                   const QString &title)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(key + QStringLiteral("Card"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);
    QLabel *heading = smallLabel(frame);
    heading->setText(title);
    heading->setWordWrap(true);
    Card card;
    card.value = new QLabel(noValue(), frame);
    card.value->setObjectName(key + QStringLiteral("Value"));
    QFont big = card.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    card.value->setFont(big);
    card.detail = smallLabel(frame);
    card.detail->setObjectName(key + QStringLiteral("Detail"));
    card.detail->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(card.value);
    layout->addWidget(card.detail);
    layout->addStretch(1);
    grid->addWidget(frame, index / kCardColumns, index % kCardColumns);
    grid->setColumnStretch(index % kCardColumns, 1);
    m_cards.insert(key, card);
}

void PerformanceDashboard::setCard(const QString &key, const QString &value, const QString &detail)
{
    const Card card = m_cards.value(key);
    if (!card.value)
        return;
    // Setting the same text again would still re-layout the label.
    if (card.value->text() != value)
        card.value->setText(value);
    if (card.detail->text() != detail)
        card.detail->setText(detail);
}

QWidget *PerformanceDashboard::createCallHistory()
{
    auto *box = new QGroupBox(tr("Call log"), this);
    box->setObjectName(QStringLiteral("callHistory"));
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(16);
    const QStringList columns{tr("Today"), tr("This week")};
    for (int c = 0; c < columns.size(); ++c) {
        auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(columns.at(c)), box);
        grid->addWidget(heading, 0, c + 1, Qt::AlignRight);
    }
    const QStringList rows{tr("Calls"),       tr("Errors"),          tr("Median latency"),
                           tr("p95 latency"), tr("Tokens in / out"), tr("Answered from cache")};
    for (int r = 0; r < rows.size(); ++r) {
        grid->addWidget(new QLabel(rows.at(r), box), r + 1, 0);
        QList<QLabel *> cells;
        for (int c = 0; c < columns.size(); ++c) {
            auto *cell = new QLabel(noValue(), box);
            cell->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(cell, r + 1, c + 1);
            cells.append(cell);
        }
        m_callCells.append(cells);
    }
    m_callStatus = smallLabel(box);
    m_callStatus->setObjectName(QStringLiteral("callHistoryStatus"));
    m_callStatus->setWordWrap(true);
    grid->addWidget(m_callStatus, static_cast<int>(rows.size()) + 1, 0, 1, 3);
    grid->setRowStretch(static_cast<int>(rows.size()) + 2, 1);
    grid->setColumnStretch(0, 1);
    return box;
}

QString PerformanceDashboard::figureText(const QString &key) const
{
    const Card card = m_cards.value(key);
    return card.value ? card.value->text() : QString();
}

QString PerformanceDashboard::figureDetail(const QString &key) const
{
    const Card card = m_cards.value(key);
    return card.detail ? card.detail->text() : QString();
}

QString PerformanceDashboard::callHistoryText(int row, int column) const
{
    const QLabel *cell = m_callCells.value(row).value(column);
    return cell ? cell->text() : QString();
}

void PerformanceDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateFigures(); // what happened while hidden
    m_viewModel.refreshCallHistory();
}

void PerformanceDashboard::updateFigures()
{
    ++m_updates;
    const DashboardFigures &f = m_viewModel.figures();

    setCard(QStringLiteral("latency"),
            tr("%1 / %2").arg(formatSeconds(f.llmLatencyP50), formatSeconds(f.llmLatencyP95)),
            tr("%n request(s) measured", "", int(f.llmLatency.count)));
    QStringList byStatus;
    for (auto it = f.requestsByStatus.cbegin(); it != f.requestsByStatus.cend(); ++it)
        byStatus << tr("%1 %2").arg(formatCount(it.value()), statusWord(it.key()));
    setCard(QStringLiteral("requests"), formatCount(f.requests),
            byStatus.isEmpty() ? tr("none yet") : byStatus.join(tr(", ")));
    setCard(QStringLiteral("ttft"), formatSeconds(f.timeToFirstTokenP50),
            f.timeToFirstTokenP95 ? tr("p95 %1").arg(formatSeconds(f.timeToFirstTokenP95))
                                  : tr("no streamed answer yet"));
    setCard(QStringLiteral("tokensPerSecond"),
            f.tokensPerSecond ? QLocale().toString(*f.tokensPerSecond, 'f', 1) : noValue(),
            tr("how fast answers are written"));
    setCard(QStringLiteral("tokens"),
            tr("%1 / %2").arg(formatCount(f.tokensIn), formatCount(f.tokensOut)),
            tr("prompt / answer"));
    setCard(
        QStringLiteral("cache"), formatPercent(f.cacheHitRate),
        tr("%1 hits, %2 misses, %3 joined")
            .arg(formatCount(f.cacheHits), formatCount(f.cacheMisses), formatCount(f.cacheJoins)));
    setCard(
        QStringLiteral("store"), formatSeconds(f.storeQueryP95),
        tr("%1 queries, p50 %2").arg(formatCount(f.storeQueries), formatSeconds(f.storeQueryP50)));
    setCard(QStringLiteral("lag"), formatSeconds(f.eventLoopLagP95),
            f.eventLoopLagMax ? tr("worst up to %1").arg(formatBucketBound(*f.eventLoopLagMax))
                              : tr("not measured yet"));
    setCard(QStringLiteral("memory"), formatBytes(f.residentMemoryBytes), tr("resident set size"));
    setCard(QStringLiteral("rate"),
            tr("%1 req/s").arg(QLocale().toString(f.requestsPerSecond, 'f', 1)),
            tr("%1 tokens/s out").arg(QLocale().toString(f.tokensOutPerSecond, 'f', 1)));

    // The histogram: categories only when the bounds change, values in one go.
    const QList<double> bounds = f.llmLatency.upperBounds;
    if (bounds != m_bucketBounds || m_latencyBuckets->count() == 0) {
        m_bucketBounds = bounds;
        QStringList categories;
        for (double bound : bounds)
            categories << formatBucketLabel(bound, bound);
        categories << (bounds.isEmpty() ? formatBucketBound(INFINITY)
                                        : formatBucketLabel(INFINITY, bounds.constLast()));
        m_latencyBuckets->clear();
        m_latencyBuckets->append(categories);
        // Qt Charts replaces a bucket label with "..." when its row is lower than the label's
        // line with 4 px of padding above and below, so the window may not shrink below that.
        const int rowHeight = QFontMetrics(m_latencyBuckets->labelsFont()).height() + 10;
        m_latencyChart->setMinimumHeight(std::max(
            kHistogramMinimumHeight, int(categories.size()) * rowHeight + kHistogramFrame));
    }
    const QList<quint64> counts = bucketCounts(f.llmLatency);
    QList<qreal> values;
    values.reserve(counts.size());
    quint64 highest = 0;
    for (quint64 count : counts) {
        values.append(qreal(count));
        highest = std::max(highest, count);
    }
    if (values.size() != m_latencyBars->count()) {
        m_latencyBars->remove(0, m_latencyBars->count());
        m_latencyBars->append(values);
    } else {
        // A second's requests change a bucket or two: only those bars are redrawn.
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (m_latencyBars->at(i) != values.at(i))
                m_latencyBars->replace(i, values.at(i));
        }
    }
    const double top = axisTop(double(highest));
    if (m_latencyCounts->max() != top)
        m_latencyCounts->setRange(0, top);

    const MetricsHistory &history = m_viewModel.history();
    using S = MetricsHistory::Series;
    m_rolling.at(0)->setPoints(0, history.points(S::RequestsPerSecond));
    m_rolling.at(1)->setPoints(0, history.points(S::TokensPerSecond));
    m_rolling.at(2)->setPoints(0, history.points(S::EventLoopLagMs));
    m_rolling.at(2)->setPoints(1, history.points(S::StoreQueryMs));
    m_rolling.at(3)->setPoints(0, history.points(S::ResidentMemoryMiB));
}

void PerformanceDashboard::updateCallHistory()
{
    if (m_viewModel.hasCallHistory()) {
        const LlmCallSummary *columns[] = {&m_viewModel.callsToday(), &m_viewModel.callsThisWeek()};
        for (int c = 0; c < 2; ++c) {
            const LlmCallSummary &s = *columns[c];
            qint64 errors = 0;
            for (auto it = s.byStatus.cbegin(); it != s.byStatus.cend(); ++it) {
                if (it.key() != QLatin1String("ok"))
                    errors += it.value();
            }
            const bool measured = s.calls > 0 && s.p50LatencyMs > 0;
            const QStringList texts{
                formatCount(double(s.calls)),
                formatCount(double(errors)),
                measured ? formatSeconds(s.p50LatencyMs / 1000.0) : noValue(),
                measured ? formatSeconds(s.p95LatencyMs / 1000.0) : noValue(),
                tr("%1 / %2").arg(formatCount(double(s.tokensIn)),
                                  formatCount(double(s.tokensOut))),
                s.calls > 0 ? formatPercent(s.cacheHitShare) : noValue(),
            };
            for (int r = 0; r < texts.size(); ++r)
                m_callCells[r][c]->setText(texts.at(r));
        }
    }
    if (!m_viewModel.callHistoryError().isEmpty())
        m_callStatus->setText(
            tr("The call log could not be read: %1").arg(m_viewModel.callHistoryError()));
    else if (m_viewModel.isCallHistoryLoading() && !m_viewModel.hasCallHistory())
        m_callStatus->setText(tr("Reading the call log…"));
    else
        m_callStatus->setText(tr("Every LLM call Helios made, from its log."));
}

} // namespace helios::ui
