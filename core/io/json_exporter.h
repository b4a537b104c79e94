#pragma once

#include "core/io/plan_exporter.h"

namespace helios {

// The Helios JSON format, version 1 (docs/FORMATS.md): everything a plan has, with its saved
// versions, written one task per line as the tasks arrive. json_importer.h reads it back.
class JsonExporter final : public PlanExporter
{
public:
    explicit JsonExporter(QIODevice &out);

    bool begin() override;
    bool beginPlan(const Plan &plan) override;
    bool visitTask(const Task &task, const QList<qint64> &dependencyIds) override;
    bool wantsVersions() const override { return true; }
    bool writeVersion(const PlanVersion &version, const Plan &plan) override;
    bool endPlan(const Plan &plan) override;
    bool finish() override;

private:
    bool m_firstPlan = true;
    bool m_firstTask = true;
    bool m_firstVersion = true;
};

inline constexpr int kHeliosJsonFormatVersion = 1;

} // namespace helios
