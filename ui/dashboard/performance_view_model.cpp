#include "ui/dashboard/performance_view_model.h"

#include "core/domain/llm_call_queries.h"
#include "core/metrics/helios_metrics.h"
#include "core/metrics/metrics_registry.h"
#include "core/metrics/process_stats.h"

#include <QLocale>
#include <QPointer>

#include <cmath>
#include <limits>

namespace helios::ui {

namespace {

constexpr int kDefaultIntervalMs = 1000;

double orNaN(const std::optional<double> &value)
{
    return value.value_or(std::numeric_limits<double>::quiet_NaN());
}

QDate startOfWeek(const QDate &day, Qt::DayOfWeek firstDay)
{
    const int back = (day.dayOfWeek() - int(firstDay) + 7) % 7;
    return day.addDays(-back);
}

} // namespace

PerformanceViewModel::PerformanceViewModel(metrics::MetricsRegistry &registry,
                                           LlmCallQueries *calls, StorageOpener openCalls,
                                           QObject *parent)
    : QObject(parent), m_registry(registry),
      m_residentMemory(metrics::registerHeliosMetrics(registry).processResidentMemory.labels()),
      m_calls(calls), m_openCalls(std::move(openCalls))
{
    m_elapsed.start();
    m_monotonic = [this]() { return m_elapsed.elapsed(); };
    m_wall = []() { return QDateTime::currentDateTime(); };
    m_timer.setInterval(kDefaultIntervalMs);
    // A late tick is fine; a precise timer would wake the machine more often for nothing.
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PerformanceViewModel::tick);
}

PerformanceViewModel::~PerformanceViewModel() = default;

void PerformanceViewModel::setClocks(MonotonicClock monotonic, WallClock wall)
{
    if (monotonic)
        m_monotonic = std::move(monotonic);
    if (wall)
        m_wall = std::move(wall);
}

void PerformanceViewModel::setInterval(int milliseconds)
{
    m_timer.setInterval(std::max(50, milliseconds));
}

double PerformanceViewModel::llmLatencyP50() const
{
    return orNaN(m_figures.llmLatencyP50);
}

double PerformanceViewModel::llmLatencyP95() const
{
    return orNaN(m_figures.llmLatencyP95);
}

double PerformanceViewModel::cacheHitRate() const
{
    return orNaN(m_figures.cacheHitRate);
}

double PerformanceViewModel::residentMemoryBytes() const
{
    return orNaN(m_figures.residentMemoryBytes);
}

void PerformanceViewModel::start()
{
    if (m_timer.isActive())
        return;
    tick();
    refreshCallHistory();
    m_timer.start();
    Q_EMIT runningChanged(true);
}

void PerformanceViewModel::stop()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    Q_EMIT runningChanged(false);
}

void PerformanceViewModel::tick()
{
    if (m_samplesMemory)
        metrics::ProcessStats::updateResidentMemory(m_residentMemory);
    const qint64 at = m_monotonic();
    QList<metrics::FamilySnapshot> snapshot = m_registry.snapshot();
    const double seconds = m_previous.isEmpty() ? 0.0 : double(at - m_previousAt) / 1000.0;
    m_figures = computeDashboardFigures(snapshot, m_previous, seconds);
    m_history.append(double(at) / 1000.0, m_figures);
    m_previous = std::move(snapshot);
    m_previousAt = at;
    ++m_ticks;
    Q_EMIT figuresChanged();
    if (m_ticks % m_callHistoryEvery == 0)
        refreshCallHistory();
}

void PerformanceViewModel::refreshCallHistory()
{
    if (!m_calls || m_callHistoryLoading)
        return;
    m_callHistoryLoading = true;
    Q_EMIT callHistoryChanged();
    loadCallHistory();
}

QCoro::Task<> PerformanceViewModel::loadCallHistory()
{
    QPointer<PerformanceViewModel> self(this);
    LlmCallQueries *calls = m_calls;
    QString error;
    if (m_openCalls && !m_callsOpened) {
        auto opening = m_openCalls();
        const Status opened = co_await opening;
        if (!self)
            co_return;
        m_callsOpened = opened.ok();
        if (!opened)
            error = opened.error().message;
    }
    if (error.isEmpty()) {
        const QDateTime now = m_wall();
        // A call logged in this very millisecond still counts: the range's end is exclusive.
        const QDateTime end = now.addMSecs(1);
        const QDateTime dayStart = now.date().startOfDay();
        const QDateTime weekStart =
            startOfWeek(now.date(), QLocale().firstDayOfWeek()).startOfDay();
        auto todayTask = calls->callSummary(dayStart, end);
        auto weekTask = calls->callSummary(weekStart, end);
        Result<LlmCallSummary> today = co_await todayTask;
        Result<LlmCallSummary> week = co_await weekTask;
        if (!self)
            co_return;
        if (today && week) {
            m_today = *today;
            m_week = *week;
            m_hasCallHistory = true;
        } else {
            error = (today ? week.error() : today.error()).message;
        }
    }
    m_callHistoryError = error;
    m_callHistoryLoading = false;
    Q_EMIT callHistoryChanged();
}

} // namespace helios::ui
