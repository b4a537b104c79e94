#include "core/metrics/event_loop_lag_probe.h"

#include "core/metrics/metric.h"

#include <algorithm>

namespace helios::metrics {

EventLoopLagProbe::EventLoopLagProbe(Histogram *histogram, int intervalMs, QObject *parent)
    : QObject(parent), m_histogram(histogram)
{
    // A coarse timer may fire up to 5 % early or late by design; that would read as lag.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::max(1, intervalMs));
    connect(&m_timer, &QTimer::timeout, this, &EventLoopLagProbe::onTick);
}

void EventLoopLagProbe::start()
{
    m_sinceLastTick.start();
    m_timer.start();
}

void EventLoopLagProbe::stop()
{
    m_timer.stop();
}

void EventLoopLagProbe::resetMax()
{
    m_maxLagSeconds = 0.0;
    m_lastLagSeconds = 0.0;
    if (m_timer.isActive()) {
        m_sinceLastTick.restart();
        m_timer.start(); // the next tick is due one interval from now
    }
}

void EventLoopLagProbe::onTick()
{
    // Measured from the previous tick, not from the timer's schedule: after a long block Qt
    // reschedules from "now", so the schedule would forget the delay.
    const qint64 elapsedNs = m_sinceLastTick.nsecsElapsed();
    m_sinceLastTick.restart();
    const double lag =
        std::max(0.0, static_cast<double>(elapsedNs) / 1e9 - m_timer.interval() / 1000.0);
    ++m_ticks;
    m_lastLagSeconds = lag;
    m_maxLagSeconds = std::max(m_maxLagSeconds, lag);
    if (m_histogram)
        m_histogram->observe(lag);
    Q_EMIT lagMeasured(lag);
}

} // namespace helios::metrics
