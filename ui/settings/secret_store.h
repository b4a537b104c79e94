#pragma once

// The secret store moved to core/secrets (helios-cli serve keeps the local API's token there
// too); the window's code keeps its name for it.
#include "core/secrets/secret_store.h"

namespace helios::ui {
using helios::SecretStore;
} // namespace helios::ui
