#pragma once

// Shared by the view-model and window tests that are not about SQLite: the in-memory storage
// (tests/support/memory_storage.h, which passes the same contract suite as the Store) with a
// PlanService over it. Nothing here sleeps or drains: a call the storage has not finished is
// awaited with test::await, which fails at the caller's line when it takes too long. The
// storage's calls do their work within the call, so none is left running on another thread when
// a test ends: no barrier is needed before the fixture goes (declare it before the view-models).

#include "core/jobs/plan_service.h"
#include "tests/support/coro_test.h"
#include "tests/support/memory_storage.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <source_location>

namespace helios::test {

class MemoryFixture
{
public:
    MemoryFixture() : m_service(m_storage) {}
    MemoryFixture(const MemoryFixture &) = delete;
    MemoryFixture &operator=(const MemoryFixture &) = delete;

    MemoryStorage &storage() { return m_storage; }
    // The same, under StoreFixture's name (WindowHarness builds its services on either).
    MemoryStorage &store() { return m_storage; }
    PlanService &service() { return m_service; }
    // A folder of the test's own for the files it exports and imports, removed with the fixture.
    QString folder() const { return m_dir.path(); }

    // For PlansViewModel: memory needs no opening.
    static std::function<QCoro::Task<Status>()> opener()
    {
        return []() -> QCoro::Task<Status> { co_return Ok{}; };
    }

    Plan createPlan(const QString &goal, const QDate &today, const QDate &deadline = {},
                    double hoursPerWeek = 10.0,
                    std::source_location where = std::source_location::current())
    {
        const auto plan = await(m_service.createPlan({goal, deadline, hoursPerWeek, today}),
                                kAwaitTimeout, where);
        if (plan && !plan->ok())
            QTest::qFail(qPrintable(plan->error().message), where.file_name(), int(where.line()));
        return plan && plan->ok() ? plan->value() : Plan{};
    }

    Plan reload(qint64 planId)
    {
        const auto plan = await(m_service.plan(planId));
        return plan && plan->ok() ? plan->value() : Plan{};
    }

    QList<PlanSummary> summaries()
    {
        const auto plans = await(m_service.plans());
        return plans && plans->ok() ? plans->value() : QList<PlanSummary>{};
    }

private:
    QTemporaryDir m_dir;
    MemoryStorage m_storage;
    PlanService m_service;
};

} // namespace helios::test
