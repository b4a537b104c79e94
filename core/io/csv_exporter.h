#pragma once

#include "core/io/plan_exporter.h"

namespace helios {

// CSV (RFC 4180): a header row, one row per task, CRLF (docs/FORMATS.md).
class CsvExporter final : public PlanExporter
{
public:
    explicit CsvExporter(QIODevice &out);

    bool begin() override;
    bool beginPlan(const Plan &plan) override;
    bool visitTask(const Task &task, const QList<qint64> &dependencyIds) override;
    bool endPlan(const Plan &plan) override;

private:
    QString m_goal; // of the plan being written
};

// One cell: a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a
// leading single quote; a cell with a comma, quote or line break is quoted, quotes doubled.
QString csvCell(const QString &value);

} // namespace helios
