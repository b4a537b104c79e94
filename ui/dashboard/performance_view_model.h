#pragma once

#include "core/domain/llm_call.h"
#include "core/domain/result.h"
#include "ui/dashboard/dashboard_figures.h"
#include "ui/dashboard/metrics_history.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <qcoro/qcorotask.h>

#include <functional>

namespace helios {
class LlmCallQueries;
namespace metrics {
class Gauge;
class MetricsRegistry;
} // namespace metrics
} // namespace helios

namespace helios::ui {

// What the performance dashboard shows, with no widgets. Once a tick (a second by default) it
// takes a snapshot of the MetricsRegistry (a brief copy, no waiting), computes the figures and
// appends them to a two-minute history; now and then it asks the call log (LlmCallQueries: the
// LlmStore, which reads on its own worker) for today's and this week's calls. The GUI thread
// runs no SQL.
class PerformanceViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    Q_PROPERTY(double requests READ requests NOTIFY figuresChanged)
    Q_PROPERTY(double llmLatencyP50 READ llmLatencyP50 NOTIFY figuresChanged)
    Q_PROPERTY(double llmLatencyP95 READ llmLatencyP95 NOTIFY figuresChanged)
    Q_PROPERTY(double cacheHitRate READ cacheHitRate NOTIFY figuresChanged)
    Q_PROPERTY(double residentMemoryBytes READ residentMemoryBytes NOTIFY figuresChanged)
    Q_PROPERTY(bool callHistoryLoading READ isCallHistoryLoading NOTIFY callHistoryChanged)
    Q_PROPERTY(QString callHistoryError READ callHistoryError NOTIFY callHistoryChanged)

public:
    // Milliseconds on a monotonic clock; and the wall clock for "today" and "this week".
    using MonotonicClock = std::function<qint64()>;
    using WallClock = std::function<QDateTime()>;

    // Opens the call log's storage (LlmStore::open in the application).
    using StorageOpener = std::function<QCoro::Task<Status>()>;

    // calls may be null (no call history); openCalls, when given, runs before the first read
    // (and again after a failed one). Both must outlive this object.
    PerformanceViewModel(metrics::MetricsRegistry &registry, LlmCallQueries *calls,
                         StorageOpener openCalls = {}, QObject *parent = nullptr);
    ~PerformanceViewModel() override;

    void setClocks(MonotonicClock monotonic, WallClock wall);
    // Whether each tick also reads the process's resident memory into
    // process_resident_memory_bytes (on by default; off when something else updates it).
    void setSamplesResidentMemory(bool samples) { m_samplesMemory = samples; }
    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    // Ticks between two reads of the call history (30 by default).
    void setCallHistoryEvery(int ticks) { m_callHistoryEvery = std::max(1, ticks); }

    bool isRunning() const { return m_timer.isActive(); }
    const DashboardFigures &figures() const { return m_figures; }
    const MetricsHistory &history() const { return m_history; }
    int ticks() const { return m_ticks; }

    // NaN where there is nothing to show yet (the Q_PROPERTY face of figures()).
    double requests() const { return m_figures.requests; }
    double llmLatencyP50() const;
    double llmLatencyP95() const;
    double cacheHitRate() const;
    double residentMemoryBytes() const;

    // llm_calls: calls from the start of today, and from the start of this week (the locale's
    // first day of the week), to now.
    const LlmCallSummary &callsToday() const { return m_today; }
    const LlmCallSummary &callsThisWeek() const { return m_week; }
    bool hasCallHistory() const { return m_hasCallHistory; }
    bool isCallHistoryLoading() const { return m_callHistoryLoading; }
    QString callHistoryError() const { return m_callHistoryError; }

public Q_SLOTS:
    void start();
    void stop();
    // One sample now; the timer calls it, tests may too.
    void tick();
    // Reads today's and this week's calls (ignored while a read is running).
    void refreshCallHistory();

Q_SIGNALS:
    void runningChanged(bool running);
    void figuresChanged();
    void callHistoryChanged();

private:
    QCoro::Task<> loadCallHistory();

    metrics::MetricsRegistry &m_registry;
    metrics::Gauge &m_residentMemory;
    LlmCallQueries *m_calls = nullptr;
    StorageOpener m_openCalls;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    MonotonicClock m_monotonic;
    WallClock m_wall;
    bool m_samplesMemory = true;

    QList<metrics::FamilySnapshot> m_previous;
    qint64 m_previousAt = 0;
    DashboardFigures m_figures;
    MetricsHistory m_history;
    int m_ticks = 0;
    int m_callHistoryEvery = 30;

    bool m_callsOpened = false;
    bool m_callHistoryLoading = false;
    bool m_hasCallHistory = false;
    QString m_callHistoryError;
    LlmCallSummary m_today;
    LlmCallSummary m_week;
};

} // namespace helios::ui
