#pragma once

// The window's host of the local API: Settings → Local API starts and stops an api::ApiServer
// through it, composed as `helios-cli serve` composes it (api::startServing / stopServing, the
// token kept by api::keptApiToken, or $HELIOS_API_TOKEN as there), on 127.0.0.1. A library of
// app/gui so that the window test runs the same code over a real server.

#include "api/api_server.h"
#include "ui/settings/local_api_view_model.h"

namespace helios {
class SecretStore;
}

namespace helios::gui {

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
