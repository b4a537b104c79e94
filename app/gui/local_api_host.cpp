#include "app/gui/local_api_host.h"

#include "api/service/api_token.h"
#include "ui/settings/api_key_store.h"

#include <QCoreApplication>

namespace helios::gui {

std::optional<api::ModelServer> modelServerFor(const ui::AppSettings &settings,
                                               const ui::ApiKeyStore &keys)
{
    if (!settings.usesModelServer())
        return std::nullopt;
    api::ModelServer server;
    server.provider = settings.providerConfig();
    server.apiKey = keys.keyFunction(settings.provider, settings.endpointUrl());
    server.team.call = settings.callOptions();
    server.team.contextTokens = settings.contextTokens;
    server.team.temperature = settings.temperature;
    server.cache = settings.cacheOptions();
    return server;
}

ApiServerHost::ApiServerHost(api::ApiServer &server, SecretStore &secrets)
    : m_server(server), m_secrets(secrets)
{}

QCoro::Task<Result<quint16>> ApiServerHost::start(quint16 port)
{
    QCoro::Task<Result<QString>> reading = token(false);
    const Result<QString> kept = co_await std::move(reading);
    if (!kept)
        co_return kept.error();
    api::ApiConfig config; // 127.0.0.1: the window never serves another address
    config.port = port;
    config.options.token = kept->toUtf8();
    QCoro::Task<Result<quint16>> starting = api::startServing(m_server, config);
    const Result<quint16> serving = co_await std::move(starting);
    if (serving)
        qInfo("Serving the local API on 127.0.0.1:%u", unsigned(*serving)); // never the token
    co_return serving;
}

QCoro::Task<> ApiServerHost::stop()
{
    QCoro::Task<> stopping = api::stopServing(m_server);
    co_await std::move(stopping);
    qInfo("The local API stopped");
}

QCoro::Task<Result<QString>> ApiServerHost::token(bool renew)
{
    // As in `helios-cli serve`: $HELIOS_API_TOKEN, when set, rather than the keychain (a box
    // without one; the keychain's sentence points here).
    const QString fromEnvironment = qEnvironmentVariable("HELIOS_API_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty()) {
        if (renew)
            co_return Error::usage(QCoreApplication::translate(
                "helios", "The token comes from $HELIOS_API_TOKEN here: change it there."));
        if (fromEnvironment.size() < 16)
            co_return Error::usage(QCoreApplication::translate(
                "helios",
                "$HELIOS_API_TOKEN is too short to guard the API: use 16 characters or more."));
        co_return fromEnvironment;
    }
    QCoro::Task<Result<api::KeptToken>> reading = api::keptApiToken(m_secrets, renew);
    const Result<api::KeptToken> kept = co_await std::move(reading);
    if (!kept)
        co_return kept.error();
    co_return kept->token;
}

} // namespace helios::gui
