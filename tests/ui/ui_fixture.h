#pragma once

// Shared by the UI tests: a real Store on a temporary folder with a PlanService, and a recording
// ErrorReporter.

#include "core/jobs/plan_service.h"
#include "core/store/store.h"
#include "tests/ui/recording_error_reporter.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <qcoro/qcorotask.h>

namespace helios::test {

class StoreFixture
{
public:
    // One worker thread, so that drain() can use the pool's order as a barrier.
    StoreFixture() : m_store(m_dir.filePath(QStringLiteral("helios.db")), 1), m_service(m_store) {}

    // A coroutine that is still waiting on the store when the store goes away would resume
    // into freed memory in a later test: let every queued job finish and report back first.
    ~StoreFixture()
    {
        if (m_opened)
            drain();
    }

    StoreFixture(const StoreFixture &) = delete;
    StoreFixture &operator=(const StoreFixture &) = delete;

    // Round trips through the single worker; each lets the coroutines resumed by the jobs
    // before it run to their next store call.
    void drain()
    {
        for (int i = 0; i < 3; ++i)
            (void)QCoro::waitFor(m_store.setTaskStatus(-1, TaskStatus::Todo));
    }

    Store &store() { return m_store; }
    PlanService &service() { return m_service; }
    QString folder() const { return m_dir.path(); }

    // Opens the store (blocking; tests only). Returns the error sentence, empty when it worked.
    QString open()
    {
        const Status opened = QCoro::waitFor(m_store.open());
        m_opened = opened.ok();
        return opened.ok() ? QString() : opened.error().message;
    }

    // For PlansViewModel: opens the store unless the test has opened it already.
    std::function<QCoro::Task<Status>()> opener()
    {
        return [this]() -> QCoro::Task<Status> {
            if (m_opened)
                co_return Ok{};
            Status opened = co_await m_store.open();
            m_opened = opened.ok();
            co_return opened;
        };
    }

    Plan createPlan(const QString &goal, const QDate &today, const QDate &deadline = {},
                    double hoursPerWeek = 10.0)
    {
        Result<Plan> plan =
            QCoro::waitFor(m_service.createPlan({goal, deadline, hoursPerWeek, today}));
        if (!plan)
            QTest::qFail(qPrintable(plan.error().message), __FILE__, __LINE__);
        return plan ? *plan : Plan{};
    }

    Plan reload(qint64 planId)
    {
        Result<Plan> plan = QCoro::waitFor(m_service.plan(planId));
        return plan ? *plan : Plan{};
    }

    QList<PlanSummary> summaries()
    {
        Result<QList<PlanSummary>> plans = QCoro::waitFor(m_service.plans());
        return plans ? *plans : QList<PlanSummary>{};
    }

private:
    QTemporaryDir m_dir;
    Store m_store;
    PlanService m_service;
    bool m_opened = false;
};

} // namespace helios::test
