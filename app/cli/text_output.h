#pragma once

#include "core/domain/plan.h"
#include "core/jobs/template_gallery.h"
#include "core/store/maintenance.h"

#include <QString>

namespace helios::cli {

// The readable (non --json) output of helios-cli: plain text, one table per milestone; tables for
// lists; label: value lines for the database.
QString formatPlan(const Plan &plan);
QString formatPlanList(const QList<PlanSummary> &plans);
QString formatTaskChange(const Plan &plan, const Task &task);
// `templates`: a page of the gallery; ownOnly: of the person's own templates (--category mine);
// searched: with --search.
QString formatGalleryPage(const Page<GalleryTemplate> &page, bool ownOnly, bool searched);

// `db status` with the pre-migration backups (newest first), and `db check`.
QString formatDatabaseStatus(const DatabaseStatus &status, const QStringList &backups);
QString formatIntegrityReport(const IntegrityReport &report);

} // namespace helios::cli
