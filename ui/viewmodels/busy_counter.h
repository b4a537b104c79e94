#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace helios::ui {

// A view-model's calls under way, for its busy property: each call holds a Scope from enter()
// for as long as it runs (a coroutine's local, or a QCoro::connect callback's capture), and
// `changed` hears of 0 → 1 and 1 → 0. A Scope that ends after its view-model is gone (a call
// that finished late) does nothing.
class BusyCounter
{
public:
    BusyCounter(QObject *owner, std::function<void(bool busy)> changed)
        : m_owner(owner), m_changed(std::move(changed))
    {}
    BusyCounter(const BusyCounter &) = delete;
    BusyCounter &operator=(const BusyCounter &) = delete;

    class [[nodiscard]] Scope
    {
    public:
        Scope(Scope &&other) noexcept
            : m_owner(std::exchange(other.m_owner, nullptr)),
              m_counter(std::exchange(other.m_counter, nullptr))
        {}
        Scope &operator=(Scope &&) = delete;
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
        ~Scope()
        {
            if (m_owner && m_counter)
                m_counter->leave();
        }

    private:
        friend class BusyCounter;
        explicit Scope(BusyCounter &counter) : m_owner(counter.m_owner), m_counter(&counter) {}

        QPointer<QObject> m_owner;
        BusyCounter *m_counter;
    };

    Scope enter()
    {
        if (m_count++ == 0)
            m_changed(true);
        return Scope(*this);
    }

    bool isBusy() const { return m_count > 0; }

private:
    void leave()
    {
        if (--m_count == 0)
            m_changed(false);
    }

    QObject *m_owner;
    std::function<void(bool)> m_changed;
    int m_count = 0;
};

} // namespace helios::ui
