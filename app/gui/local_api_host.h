#pragma once

// The window's host of the local API: Settings → Local API starts and stops an api::ApiServer
// through it, composed as `helios-cli serve` composes it (api::startServing / stopServing, the
// token kept by api::keptApiToken, or $HELIOS_API_TOKEN as there), on 127.0.0.1. A library of
// app/gui so that the window test runs the same code over a real server.

#include "api/api_server.h"
#include "api/model_teams.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/local_api_view_model.h"

#include <optional>

namespace helios {
class SecretStore;
}

namespace helios::ui {
class ApiKeyStore;
}

namespace helios::gui {

// The model server of the window's Settings for the local API's "planner": "model", with the
// same timeouts, temperature, context and cache as New goal's team, and the key from keys (read
// from the keychain into memory, answered on any thread); nullopt when Settings name none.
std::optional<api::ModelServer> modelServerFor(const ui::AppSettings &settings,
                                               const ui::ApiKeyStore &keys);

class ApiServerHost final : public ui::LocalApiHost
{
public:
    // server and secrets must outlive this.
    ApiServerHost(api::ApiServer &server, SecretStore &secrets);

    QCoro::Task<Result<quint16>> start(quint16 port) override;
    QCoro::Task<> stop() override;
    QCoro::Task<Result<QString>> token(bool renew) override;

private:
    api::ApiServer &m_server;
    SecretStore &m_secrets;
};

} // namespace helios::gui
