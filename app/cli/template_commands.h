#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios {
class PlanService;
class TemplateGallery;
} // namespace helios

namespace helios::cli {

// `template set|unset` and `plan --from-template` from an own template, over an opened store. Each
// returns the exit code.
QCoro::Task<int> setTemplate(PlanService &service, const Request &request);
QCoro::Task<int> createFromTemplate(PlanService &service, const Request &request);

// `templates`, `template export|import` and `plan --from-template kind:…` over the gallery
// (built-in templates beside the person's own). `service` saves what is made; without a
// database (the gallery holds only the built-in templates) it is null.
QCoro::Task<int> runGalleryCommand(TemplateGallery &gallery, PlanService *service,
                                   const Request &request);
// Whether runGalleryCommand does `request`.
bool isGalleryCommand(const Request &request);

} // namespace helios::cli
