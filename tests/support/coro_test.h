#pragma once

// Awaiting coroutines in Qt tests without hanging and without sleeps (after QCoro's own
// tests/testlibs/testobject.h): await(task) runs the event loop until the task is done, for at
// most a timeout, and fails the test instead of hanging when it is not. It also reports whether
// the task suspended at all (QCoro finishes a task within the call when what it awaits is already
// done: never assume either) and how long the event loop was kept from running while the test
// waited, so that a test can check that work stayed off the calling thread.
//
//     HELIOS_AWAIT(plan, service.createPlan(goal));   // returns from the test on a timeout
//     QVERIFY(plan.ok());
//
//     const auto saved = test::await(storage.savePlan(p));
//     QVERIFY(saved);                        // finished in time
//     QVERIFY(saved.keptEventLoopRunning()); // no stall of the calling thread while waiting

#include <QElapsedTimer>
#include <QEventLoop>
#include <QString>
#include <QTest>
#include <QTimer>

#include <qcoro/qcorotask.h>

#include <chrono>
#include <memory>
#include <optional>
#include <source_location>
#include <type_traits>
#include <utility>

namespace helios::test {

inline constexpr std::chrono::milliseconds kAwaitTimeout{5000};
// Longer than this without a turn of the event loop counts as a stall of the calling thread:
// work that blocked it (SQL, file I/O, a nested wait). Generous, so that a busy machine that
// merely delays the process is not taken for one.
inline constexpr std::chrono::milliseconds kLongestAcceptableStall{500};

// What awaiting a task gave: its value (nullopt when it did not finish in time; the test has
// then failed already), and how it went.
template <typename T> struct Awaited
{
    using Value = std::conditional_t<std::is_void_v<T>, bool, T>;

    std::optional<Value> value;
    bool suspended = false;    // the task did not finish within the call that started it
    qint64 longestStallMs = 0; // the longest the event loop went without a turn meanwhile
    int turns = 0;             // heartbeats of the event loop while waiting

    explicit operator bool() const { return value.has_value(); }
    // (value() rather than *value: a test that forgot to check gets an exception, not UB)
    Value &operator*() { return value.value(); }
    const Value &operator*() const { return value.value(); }
    Value *operator->() { return &value.value(); }
    const Value *operator->() const { return &value.value(); }
    bool keptEventLoopRunning(std::chrono::milliseconds stall = kLongestAcceptableStall) const
    {
        return longestStallMs <= stall.count();
    }
};

namespace detail {

template <typename T> struct AwaitSlot
{
    std::optional<typename Awaited<T>::Value> value;
    QEventLoop *loop = nullptr; // set while await() waits; a late finish leaves it alone
};

// Shared with the slot, not with await()'s stack: a task that finishes after a timeout writes
// into memory that still exists.
template <typename T>
QCoro::Task<> completeInto(QCoro::Task<T> task, std::shared_ptr<AwaitSlot<T>> slot)
{
    if constexpr (std::is_void_v<T>) {
        co_await task;
        slot->value = true;
    } else {
        T value = co_await task;
        slot->value.emplace(std::move(value));
    }
    if (slot->loop)
        slot->loop->quit();
}

} // namespace detail

// Runs the event loop until task is done, for at most timeout. On a timeout the test fails (at
// the caller's line) and the result holds no value.
template <typename T>
Awaited<T> await(QCoro::Task<T> task, std::chrono::milliseconds timeout = kAwaitTimeout,
                 std::source_location where = std::source_location::current())
{
    Awaited<T> result;
    auto slot = std::make_shared<detail::AwaitSlot<T>>();
    detail::completeInto(std::move(task), slot);
    result.suspended = !slot->value.has_value();
    if (result.suspended) {
        QEventLoop loop;
        slot->loop = &loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        deadline.start(timeout);
        // A heartbeat every few milliseconds measures how long the loop was kept from turning.
        QElapsedTimer sinceBeat;
        sinceBeat.start();
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&]() {
            result.longestStallMs = std::max(result.longestStallMs, sinceBeat.restart());
            ++result.turns;
        });
        heartbeat.start(5);
        loop.exec();
        result.longestStallMs = std::max(result.longestStallMs, sinceBeat.elapsed());
        slot->loop = nullptr;
    }
    if (!slot->value) {
        QTest::qFail(qPrintable(QStringLiteral("The awaited task did not finish within %1 ms.")
                                    .arg(timeout.count())),
                     where.file_name(), int(where.line()));
        return result;
    }
    result.value = std::move(slot->value);
    return result;
}

} // namespace helios::test

// Declares `name` as the value of the awaited task; fails the test and returns from the test
// function when it does not finish in time.
#define HELIOS_AWAIT(name, task)                                                                   \
    auto name##Awaited = ::helios::test::await(task);                                              \
    if (!name##Awaited)                                                                            \
        return;                                                                                    \
    auto name = std::move(*name##Awaited)
