#include "core/sync/sync_account.h"

#include <QCoreApplication>
#include <QUuid>

namespace helios::sync {

QCoro::Task<Result<QList<RemoteCollection>>> calendarsOf(QString accountUrl, QString user,
                                                         QString password)
{
    Connection connection(user, password);
    QCoro::Task<Result<Discovery>> discovering = connection.dav.discover(QUrl(accountUrl));
    Result<Discovery> discovery = co_await std::move(discovering);
    if (!discovery)
        co_return discovery.error();
    co_return discovery->collections;
}

QCoro::Task<Result<SyncBinding>> bindPlan(SyncEngine::Storage storage, Plan plan,
                                          QString accountUrl, QString user, QString password,
                                          QString collectionUrl, bool shared)
{
    Connection connection(user, password);
    QUrl collection;
    if (!collectionUrl.isEmpty()) {
        QCoro::Task<Result<RemoteCollection>> reading =
            connection.dav.collection(QUrl(collectionUrl));
        Result<RemoteCollection> found = co_await std::move(reading);
        if (!found)
            co_return found.error();
        collection = found->url;
    } else {
        QCoro::Task<Result<Discovery>> discovering = connection.dav.discover(QUrl(accountUrl));
        Result<Discovery> discovery = co_await std::move(discovering);
        if (!discovery)
            co_return discovery.error();
        // The plan id alone is no name on a server that several computers share: plan 1 of
        // the laptop and plan 1 of the desktop met as "the server answered 409".
        const QString name = QStringLiteral("helios-plan-%1-%2")
                                 .arg(plan.id)
                                 .arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        // A calendar that holds several plans is not named after the first one's goal.
        const QString displayName =
            shared ? QCoreApplication::translate("helios", "Helios plans") : plan.goal;
        QCoro::Task<Result<RemoteCollection>> making =
            connection.dav.makeCalendar(discovery->home, name, displayName);
        Result<RemoteCollection> made = co_await std::move(making);
        if (!made)
            co_return made.error();
        collection = made->url;
    }
    SyncBinding binding;
    binding.planId = plan.id;
    binding.accountUrl = accountUrl;
    binding.userName = user;
    binding.collectionUrl = collection.toString();
    binding.shared = shared;
    QCoro::Task<Result<SyncBinding>> saving = storage.writes.saveBinding(binding);
    co_return co_await std::move(saving);
}

QCoro::Task<Status> unbindPlan(SyncEngine::Storage storage, qint64 bindingId)
{
    // The outbox, the items and the conflicts go with the binding (ON DELETE CASCADE).
    return storage.writes.removeBinding(bindingId);
}

QCoro::Task<Result<SyncReport>> syncBinding(SyncEngine::Storage storage, SyncBinding binding,
                                            QString password)
{
    Connection connection(binding.userName, password);
    SyncEngine engine(storage, connection.dav);
    QCoro::Task<Result<SyncReport>> running = engine.sync(binding.id);
    co_return co_await std::move(running);
}

} // namespace helios::sync
