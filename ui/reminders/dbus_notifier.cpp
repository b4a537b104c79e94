#include "ui/reminders/dbus_notifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

namespace helios::ui {

namespace {

// Notify's expire_timeout: -1 lets the server decide; 0 would keep it until dismissed.
constexpr int kServerDecidesTimeout = -1;

} // namespace

DBusNotifier::DBusNotifier(QDBusConnection connection, QObject *parent)
    : Notifier(parent), m_connection(std::move(connection))
{
    m_connection.connect(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                         QString::fromLatin1(kInterface), QStringLiteral("ActionInvoked"), this,
                         SLOT(onActionInvoked(uint, QString)));
    m_connection.connect(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                         QString::fromLatin1(kInterface), QStringLiteral("NotificationClosed"),
                         this, SLOT(onNotificationClosed(uint, uint)));
}

DBusNotifier::~DBusNotifier()
{
    m_connection.disconnect(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                            QString::fromLatin1(kInterface), QStringLiteral("ActionInvoked"), this,
                            SLOT(onActionInvoked(uint, QString)));
    m_connection.disconnect(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                            QString::fromLatin1(kInterface),
                            QStringLiteral("NotificationClosed"), this,
                            SLOT(onNotificationClosed(uint, uint)));
}

void DBusNotifier::notify(const ReminderMessage &message)
{
    // Actions are pairs of key and label; "default" is what clicking the notification does.
    QStringList actions;
    if (message.kind == ReminderMessage::Kind::TaskDue)
        actions << QStringLiteral("done") << tr("Done") << QStringLiteral("tomorrow")
                << tr("Tomorrow");
    actions << QStringLiteral("default") << tr("Open");
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QStringLiteral("io.github.helios.Helios")},
        {QStringLiteral("category"), QStringLiteral("im.received")},
        {QStringLiteral("urgency"),
         QVariant::fromValue<uchar>(message.kind == ReminderMessage::Kind::TaskDue ? 1 : 0)},
    };
    QDBusMessage call = QDBusMessage::createMethodCall(
        QString::fromLatin1(kService), QString::fromLatin1(kPath),
        QString::fromLatin1(kInterface), QStringLiteral("Notify"));
    call << QStringLiteral("Helios") << uint(0) << QStringLiteral("io.github.helios.Helios")
         << message.title << message.body << actions << hints << kServerDecidesTimeout;

    auto *watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, message](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    Q_EMIT failed(message, reply.error().message());
                    return;
                }
                m_shown.insert(reply.value(), message);
            });
}

void DBusNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend())
        return; // another application's notification, or one already handled
    const ReminderMessage message = *it;
    // Closed here too: not every server closes a notification once an action is chosen.
    QDBusMessage close = QDBusMessage::createMethodCall(
        QString::fromLatin1(kService), QString::fromLatin1(kPath),
        QString::fromLatin1(kInterface), QStringLiteral("CloseNotification"));
    close << id;
    m_connection.asyncCall(close);
    m_shown.remove(id);
    if (actionKey == QLatin1String("done"))
        Q_EMIT actionInvoked(message, ReminderAction::Done);
    else if (actionKey == QLatin1String("tomorrow"))
        Q_EMIT actionInvoked(message, ReminderAction::Tomorrow);
    else if (actionKey == QLatin1String("default"))
        Q_EMIT actionInvoked(message, ReminderAction::Open);
}

void DBusNotifier::onNotificationClosed(uint id, uint)
{
    m_shown.remove(id);
}

} // namespace helios::ui
