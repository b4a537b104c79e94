#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace helios::metrics {

class Histogram;

// Measures how late the event loop of the thread it lives in runs a repeating timer: a tick
// that should come `interval` after the previous one but comes later was held up by whatever
// ran in between (a long slot, a big model reset). Each tick's lag goes into the histogram
// (ui_event_loop_lag_seconds when probing the GUI thread); the largest since reset is kept for
// benchmarks and tests.
class EventLoopLagProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 50;

    // histogram may be null (only the maximum is kept); it must outlive the probe.
    explicit EventLoopLagProbe(Histogram *histogram = nullptr, int intervalMs = kDefaultIntervalMs,
                               QObject *parent = nullptr);

    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    int intervalMs() const { return m_timer.interval(); }

    // The largest lag seen since start or the last resetMax(), in seconds.
    double maxLagSeconds() const { return m_maxLagSeconds; }
    double lastLagSeconds() const { return m_lastLagSeconds; }
    quint64 ticks() const { return m_ticks; }
    // Forgets the maximum and restarts the measurement from now (a block that began before the
    // reset is then counted only from the reset).
    void resetMax();

Q_SIGNALS:
    void lagMeasured(double seconds);

private:
    void onTick();

    Histogram *m_histogram = nullptr;
    QTimer m_timer;
    QElapsedTimer m_sinceLastTick;
    double m_maxLagSeconds = 0.0;
    double m_lastLagSeconds = 0.0;
    quint64 m_ticks = 0;
};

} // namespace helios::metrics
