#pragma once

#include "core/io/plan_exporter.h"

namespace helios {

// Markdown: per plan a heading and a checklist grouped by milestone, with due dates
// (docs/FORMATS.md).
class MarkdownExporter final : public PlanExporter
{
public:
    explicit MarkdownExporter(QIODevice &out);

    bool beginPlan(const Plan &plan) override;
    bool visitTask(const Task &task, const QList<qint64> &dependencyIds) override;
    bool endPlan(const Plan &plan) override;

private:
    bool m_firstPlan = true;
    bool m_inMilestone = false;
    QString m_milestone;
    QString m_language; // the plan's: the words around the tasks follow it
};

// Backslash-escapes the characters Markdown would read as emphasis, code or links.
QString escapeMarkdown(const QString &text);

} // namespace helios
