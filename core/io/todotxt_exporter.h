#pragma once

#include "core/io/plan_exporter.h"

#include <QHash>

namespace helios {

// todo.txt: one line per task with priority, dates, +project, @milestone, due: (docs/FORMATS.md).
class TodoTxtExporter final : public PlanExporter
{
public:
    explicit TodoTxtExporter(QIODevice &out);

    bool beginPlan(const Plan &plan) override;
    bool visitTask(const Task &task, const QList<qint64> &dependencyIds) override;
    bool endPlan(const Plan &plan) override;

private:
    QString m_project;
    QDate m_created;
    QHash<QString, int> m_milestoneRank; // milestone -> order of first appearance in the plan
};

// A todo.txt tag word: lower case, spaces and punctuation to '-', letters of any script kept.
QString todoTxtSlug(const QString &text);

} // namespace helios
