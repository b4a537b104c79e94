#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QGridLayout;
class QLabel;
class QValueAxis;
class QChartView;

namespace helios::ui {

class PerformanceViewModel;
class RollingChartView;

// The live performance dashboard: figure cards (LLM latency, requests, time to first token,
// tokens, cache, store, event loop, memory), the LLM latency histogram, the last two minutes as
// line charts, and the llm_calls log of today and this week. Binds to PerformanceViewModel and
// redraws on its figuresChanged while visible; hidden, it costs nothing.
class PerformanceDashboard : public QWidget
{
    Q_OBJECT

public:
    explicit PerformanceDashboard(PerformanceViewModel &viewModel, QWidget *parent = nullptr);

    // For tests: a figure card's value text by its key ("latency", "requests", "ttft",
    // "tokensPerSecond", "tokens", "cache", "store", "lag", "memory").
    QString figureText(const QString &key) const;
    QString figureDetail(const QString &key) const;
    QBarSet *latencyBars() const { return m_latencyBars; }
    RollingChartView *rollingChart(int index) const { return m_rolling.value(index); }
    // The llm_calls table's cell (row: 0 calls, 1 errors, 2 median, 3 p95, 4 tokens, 5 cache
    // share; column 0 today, 1 this week).
    QString callHistoryText(int row, int column) const;
    int updates() const { return m_updates; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Card
    {
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };

    void addCard(QGridLayout *grid, int index, const QString &key, const QString &title);
    void setCard(const QString &key, const QString &value, const QString &detail = {});
    QWidget *createCallHistory();
    void updateFigures();
    void updateCallHistory();

    PerformanceViewModel &m_viewModel;
    QHash<QString, Card> m_cards;
    QChartView *m_latencyChart = nullptr;
    QBarSet *m_latencyBars = nullptr;
    QBarCategoryAxis *m_latencyBuckets = nullptr;
    QValueAxis *m_latencyCounts = nullptr;
    QList<double> m_bucketBounds;
    QList<RollingChartView *> m_rolling;
    QList<QList<QLabel *>> m_callCells;
    QLabel *m_callStatus = nullptr;
    int m_updates = 0;
};

} // namespace helios::ui
