#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"
#include "core/domain/sync_types.h"
#include "core/sync/caldav.h"
#include "core/sync/dav_client.h"
#include "core/sync/sync_engine.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QString>

#include <qcoro/qcorotask.h>

// What `helios-cli sync` and the window's Settings → Sync both do with an account, composed once:
// list the calendars that take VTODOs, bind a plan to one (or to a new one named after its goal)
// and sync a binding. Each call makes its own connection; the password is held for that call
// only and never written anywhere.
namespace helios::sync {

// One conversation's client: credentials for its whole run only.
struct Connection
{
    Connection(const QString &user, const QString &password)
        : client(&network, Credentials{user, password}), dav(client)
    {}
    QNetworkAccessManager network;
    DavClient client;
    CalDav dav;
};

// Discovery as clients do it from the URL the person typed: the calendars that take VTODOs.
QCoro::Task<Result<QList<RemoteCollection>>> calendarsOf(QString accountUrl, QString user,
                                                         QString password);

// Binds plan to collectionUrl (checked on the server), or, when it is empty, to a new calendar
// named after the plan's goal (a shared one "Helios plans") in the account's calendar home; stores
// the binding and returns it. It does not sync. `shared`: the calendar holds several plans
// (SyncBinding::shared); refused with a sentence when another plan of this database syncs with it
// and either does not share it.
QCoro::Task<Result<SyncBinding>> bindPlan(SyncEngine::Storage storage, Plan plan,
                                          QString accountUrl, QString user, QString password,
                                          QString collectionUrl, bool shared = false);

// Stops syncing a binding's plan: removes the binding and its sync state here (what the last
// sync agreed with the server, the outbox, the conflict log), for that plan only. The plan
// stays as it is, and nothing is asked of the server: its calendar is left as it is.
QCoro::Task<Status> unbindPlan(SyncEngine::Storage storage, qint64 bindingId);

// Syncs one binding over a connection of its own (SyncEngine::sync).
QCoro::Task<Result<SyncReport>> syncBinding(SyncEngine::Storage storage, SyncBinding binding,
                                            QString password);

} // namespace helios::sync
