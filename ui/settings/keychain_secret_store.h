#pragma once

// The keychain moved to core/secrets (helios-cli serve keeps the local API's token there too);
// the window's code keeps its name for it.
#include "core/secrets/keychain_secret_store.h"

namespace helios::ui {
using helios::KeychainSecretStore;
} // namespace helios::ui
