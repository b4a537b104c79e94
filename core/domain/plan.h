#pragma once

#include "core/domain/task.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace helios {

struct Plan
{
    qint64 id = 0;     // 0 until stored
    qint64 userId = 0; // 0 until stored
    QString goal;
    QString language; // "en" or "zh": the language of the goal and of the task texts
    // The offline planner's goal kind ("exams/ielts", "fitness/marathon", "generic"), or "llm".
    QString kind;
    double kindScore = 0.0; // how strongly the goal's words pointed to the kind (0: not scored)
    QStringList kindReason; // the goal's words that decided the kind, e.g. {"wedding", "guests"}
    QString subject;        // what the goal is about, e.g. "Python"
    QDateTime createdAt;
    QDate startDate;
    QDate deadline; // null: no deadline
    double hoursPerWeek = 10.0;
    bool atRisk = false;     // the work does not fit before the deadline
    double hoursShort = 0.0; // how many hours it is short when at risk
    bool isTemplate = false;
    QList<Task> tasks; // ordered; Task::order == index

    double totalHours() const;
    double remainingHours() const; // hours of tasks not done or skipped
    double progress() const;       // 0..1 share of estimated hours finished
    QDate finishDate() const;      // latest due date, null when unscheduled
};

// A stored plan without its tasks, for lists.
struct PlanSummary
{
    qint64 id = 0;
    QString goal;
    QDateTime createdAt;
    QDate deadline;
    bool atRisk = false;
    double hoursShort = 0.0;
    int taskCount = 0;
    int doneCount = 0;
    double totalHours = 0.0;
    double doneHours = 0.0;

    double progress() const { return totalHours > 0 ? doneHours / totalHours : 0.0; }
};

} // namespace helios

namespace helios {

// One page of a longer list.
template <typename T> struct Page
{
    QList<T> items;
    int page = 1; // 1-based
    int limit = 20;
    int total = 0; // items over all pages
};

// Figures over all of a person's tasks, computed without loading them.
struct TaskStatistics
{
    int total = 0;
    int todo = 0;
    int inProgress = 0;
    int done = 0;
    int skipped = 0;
    int overdue = 0; // not finished and due before today
    double totalHours = 0.0;
    double finishedHours = 0.0;
};

} // namespace helios
