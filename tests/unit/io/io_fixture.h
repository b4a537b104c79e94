#pragma once

// A fixed plan for the export golden files and round trips: Chinese text, commas, semicolons,
// newlines, a title long enough to fold, a formula-looking title, every status, a dated session
// with a latest day and the goal's event.

#include "core/domain/plan.h"
#include "tests/support/test_paths.h"

#include <QFile>
#include <QTimeZone>

namespace helios::test {

inline Plan goldenPlan()
{
    Plan plan;
    plan.id = 7;
    plan.goal = QStringLiteral("学习Python编程, fast; well");
    plan.language = QStringLiteral("zh");
    plan.kind = QStringLiteral("learning/programming");
    plan.kindScore = 7;
    plan.kindReason = {QStringLiteral("学习"), QStringLiteral("Python"), QStringLiteral("编程")};
    plan.subject = QStringLiteral("Python 编程");
    plan.createdAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0, 123), QTimeZone::utc());
    plan.startDate = QDate(2026, 11, 27);
    plan.deadline = QDate(2027, 3, 1);
    plan.hoursPerWeek = 6.5;
    plan.atRisk = true;
    plan.hoursShort = 1.25;

    Task a;
    a.id = 101;
    a.title = QStringLiteral("安装Python, 配置环境; check it");
    a.notes = QStringLiteral("Line one\nLine two, with \"quotes\" and a back\\slash");
    a.status = TaskStatus::Done;
    a.estimateHours = 1.5;
    a.actualHours = 2;
    a.startDate = QDate(2026, 11, 27);
    a.dueDate = QDate(2026, 11, 27);
    a.milestone = QStringLiteral("入门, basics");

    Task b;
    b.id = 205;
    b.title = QStringLiteral("=SUM(A1:A9) looks like a formula");
    b.status = TaskStatus::InProgress;
    b.estimateHours = 2.5;
    b.startDate = QDate(2026, 11, 28);
    b.dueDate = QDate(2026, 12, 1);
    b.dependsOn = {0};
    b.milestone = QStringLiteral("入门, basics");
    b.notBefore = QDate(2026, 11, 28); // a dated session
    b.dueBy = QDate(2026, 12, 3);      // with a latest day

    Task c;
    c.id = 342;
    c.title = QStringLiteral(
        "一个很长很长的任务标题，用来测试iCalendar在七十五个八位字节处折行而不拆开任何"
        "UTF-8字符序列的能力 and some English too");
    c.notes = QStringLiteral("-negative start; @mention +plus");
    c.status = TaskStatus::Todo;
    c.estimateHours = 6;
    c.startDate = QDate(2026, 12, 2);
    c.dueDate = QDate(2026, 12, 9);
    c.dependsOn = {0, 1};
    c.milestone = QStringLiteral("项目");
    c.event = true; // the goal's event

    Task d;
    d.id = 343;
    d.title = QStringLiteral("Skip this *one* [maybe]");
    d.status = TaskStatus::Skipped;
    d.estimateHours = 0.75;
    d.milestone = QStringLiteral("项目");

    plan.tasks = {a, b, c, d};
    for (int i = 0; i < plan.tasks.size(); ++i) {
        plan.tasks[i].order = i;
        plan.tasks[i].planId = plan.id;
    }
    return plan;
}

inline QByteArray readFixture(const QString &relative)
{
    QFile file((helios::test::sourceDir() + QStringLiteral("/tests/fixtures/io/")) + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace helios::test
