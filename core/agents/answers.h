#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace helios::agents {

// What the agents answer, once validated (see answer_validation.h). All text is plain text:
// control characters removed, never interpreted.

struct Analysis
{
    QString subject; // what the goal is about, a few words
    QString scope;
    QStringList constraints;
    QStringList successCriteria;
    QStringList risks;
};

struct Research
{
    QStringList knowledgeAreas;
    QStringList resources;
    QStringList milestones;
};

struct DraftTask
{
    QString id; // the model's id ("t3"); empty when it gave none
    QString title;
    QString description;
    double estimateHours = 1.0;
    QList<int> dependsOn;          // positions of earlier or later tasks in the same answer
    QStringList dependsOnFinished; // ids of finished tasks outside the answer (revise: "d2")
    QString milestone;
    bool event = false; // the goal's event itself (the exam, the race): pinned to the deadline
};

// Bounds every answer is held to; the schemas sent to the model say the same.
inline constexpr int kMinTasks = 1;
inline constexpr int kMaxTasks = 200;
inline constexpr int kMaxTitleLength = 200;
inline constexpr int kMaxDescriptionLength = 2000;
inline constexpr int kMaxMilestoneLength = 200;
inline constexpr int kMaxIdLength = 40;
inline constexpr double kMinEstimateHours = 0.25;
inline constexpr double kMaxEstimateHours = 200.0;
inline constexpr int kMaxListItems = 30;
inline constexpr int kMaxItemLength = 500;
inline constexpr int kMaxScopeLength = 2000;

} // namespace helios::agents
