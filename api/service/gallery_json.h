#pragma once

// The JSON of one template of the gallery, as GET /api/v1/public-plans serves it: the same
// fields as `helios-cli templates --json` (docs/API.md).

#include "core/jobs/template_gallery.h"

#include <QJsonObject>

namespace helios::api {

QJsonObject galleryTemplateToJson(const GalleryTemplate &entry);

} // namespace helios::api
