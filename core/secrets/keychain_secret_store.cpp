#include "core/secrets/keychain_secret_store.h"

#include <QCoreApplication>

#include <qcoro/qcorosignal.h>
#include <qt6keychain/keychain.h>

#include <memory>

namespace helios {

namespace {

enum class Operation { Read, Write, Remove };

// The sentence for a failed job. The keychain's own text is added only when it says something
// (QtKeychain answers "Unknown error", or names D-Bus, when no keychain service is running).
Error jobError(const QKeychain::Job &job, Operation operation)
{
    const QString detail = job.errorString().trimmed();
    // No secret service to talk to: QtKeychain says nothing, or (libsecret installed, no session
    // bus or no daemon on it) names D-Bus ("Cannot autolaunch D-Bus without X11 $DISPLAY").
    const bool saysNothing = detail.isEmpty() || detail == QLatin1String("Unknown error") ||
                             detail.contains(QLatin1String("D-Bus")) ||
                             detail.contains(QLatin1String("DBus"));
    QString message;
    switch (job.error()) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        message = operation == Operation::Write
                      ? KeychainSecretStore::tr("The keychain refused access, so the API key was "
                                                "not saved.")
                  : operation == Operation::Read
                      ? KeychainSecretStore::tr("The keychain refused access, so the saved API "
                                                "key could not be read.")
                      : KeychainSecretStore::tr("The keychain refused access, so the API key was "
                                                "not removed.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        if (job.error() != QKeychain::OtherError || saysNothing) {
            message = operation == Operation::Write
                          ? KeychainSecretStore::tr("No system keychain (such as GNOME Keyring or "
                                                    "KWallet) is available, so the API key was "
                                                    "not saved.")
                      : operation == Operation::Read
                          ? KeychainSecretStore::tr("No system keychain (such as GNOME Keyring or "
                                                    "KWallet) is available, so no saved API key "
                                                    "can be read.")
                          : KeychainSecretStore::tr("No system keychain (such as GNOME Keyring or "
                                                    "KWallet) is available, so there is no saved "
                                                    "API key to remove.");
        } else {
            message = KeychainSecretStore::tr("The system keychain failed: %1").arg(detail);
        }
        break;
    }
    return Error::usage(message);
}

// Jobs are deleted later, not inside the finished signal that resumed the coroutine.
struct DeleteLater
{
    void operator()(QObject *object) const { object->deleteLater(); }
};
template <typename Job> using JobPtr = std::unique_ptr<Job, DeleteLater>;

template <typename Job> JobPtr<Job> makeJob(const QString &service, const QString &account)
{
    JobPtr<Job> job(new Job(service));
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(account);
    return job;
}

// Starts job and waits for its finished signal without blocking the event loop.
QCoro::Task<> run(QKeychain::Job *job)
{
    auto finished = qCoro(job, &QKeychain::Job::finished);
    job->start();
    co_await finished;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

QCoro::Task<Result<std::optional<QString>>> KeychainSecretStore::read(QString account)
{
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, account);
    auto running = run(job.get());
    co_await running;
    Result<std::optional<QString>> result = std::optional<QString>();
    if (job->error() == QKeychain::NoError)
        result = std::optional<QString>(job->textData());
    else if (job->error() != QKeychain::EntryNotFound)
        result = jobError(*job, Operation::Read);
    co_return result;
}

QCoro::Task<Status> KeychainSecretStore::write(QString account, QString secret)
{
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, account);
    job->setTextData(secret);
    auto running = run(job.get());
    co_await running;
    Status status = Ok{};
    if (job->error() != QKeychain::NoError)
        status = jobError(*job, Operation::Write);
    co_return status;
}

QCoro::Task<Status> KeychainSecretStore::remove(QString account)
{
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, account);
    auto running = run(job.get());
    co_await running;
    Status status = Ok{};
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        status = jobError(*job, Operation::Remove);
    co_return status;
}

} // namespace helios
