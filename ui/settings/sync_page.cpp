#include "ui/settings/sync_page.h"

#include "ui/settings/sync_view_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QUrl>

namespace helios::ui {

SyncPage::SyncPage(SyncViewModel &viewModel, QWidget *parent)
    : QWidget(parent), m_viewModel(viewModel)
{
    auto *intro = new QLabel(tr("Sync plans with a CalDAV server (Nextcloud, Radicale, "
                                "Fastmail…) as task lists, and from there with your phone. "
                                "The password is kept in the system keychain."),
                             this);
    intro->setWordWrap(true);

    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setPlaceholderText(QStringLiteral("https://cloud.example.org/remote.php/dav/"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("syncUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password or app password"));
    m_connect = new QPushButton(tr("Connect"), this);
    m_connect->setObjectName(QStringLiteral("syncConnect"));
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const QString password = m_password->text();
        m_password->clear(); // kept in the keychain from now on, not in the field
        m_viewModel.connectAccount(m_server->text(), m_user->text(), password);
    });

    m_plans = new QTreeWidget(this);
    m_plans->setObjectName(QStringLiteral("syncPlans"));
    m_plans->setRootIsDecorated(false);
    m_plans->setHeaderLabels({tr("Plan"), tr("Calendar"), tr("Last sync")});
    m_plans->header()->setStretchLastSection(false);
    m_plans->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_plans->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_plans->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_calendar = new QComboBox(this);
    m_calendar->setObjectName(QStringLiteral("syncCalendar"));
    m_shared = new QCheckBox(tr("This calendar holds several plans"), this);
    m_shared->setObjectName(QStringLiteral("syncShared"));
    m_shared->setToolTip(
        tr("Each plan's tasks go under its goal in the calendar, and a sync leaves the other "
           "plans' to-dos and your own alone. Bind every plan of the calendar this way."));
    m_bind = new QPushButton(tr("Sync this plan"), this);
    m_bind->setObjectName(QStringLiteral("syncBind"));
    connect(m_bind, &QPushButton::clicked, this, &SyncPage::bindChosen);
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    connect(m_syncNow, &QPushButton::clicked, &m_viewModel, &SyncViewModel::syncNow);

    m_unbind = new QPushButton(tr("Stop syncing this plan"), this);
    m_unbind->setObjectName(QStringLiteral("syncUnbind"));
    connect(m_unbind, &QPushButton::clicked, this, &SyncPage::askToUnbindChosen);
    connect(m_plans, &QTreeWidget::currentItemChanged, this, &SyncPage::updateUnbind);

    auto *bindRow = new QWidget(this);
    auto *bindLayout = new QHBoxLayout(bindRow);
    bindLayout->setContentsMargins(0, 0, 0, 0);
    bindLayout->addWidget(m_calendar, 1);
    bindLayout->addWidget(m_bind);
    bindLayout->addWidget(m_syncNow);

    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("syncLast"));
    m_lastSync->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_message->setWordWrap(true);

    m_conflicts = new QTreeWidget(this);
    m_conflicts->setObjectName(QStringLiteral("syncConflicts"));
    m_conflicts->setRootIsDecorated(false);
    m_conflicts->setHeaderLabels(
        {tr("Task"), tr("Field"), tr("Value kept"), tr("Value set aside"), tr("When")});
    m_useOther = new QPushButton(tr("Use this value instead"), this);
    m_useOther->setObjectName(QStringLiteral("syncUseOther"));
    connect(m_useOther, &QPushButton::clicked, this, &SyncPage::useChosenConflict);
    connect(m_conflicts, &QTreeWidget::currentItemChanged, this, &SyncPage::refresh);

    // The lists take the room the dialog has rather than making it taller (900x600 screens).
    for (QTreeWidget *tree : {m_plans, m_conflicts}) {
        tree->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
        tree->setMinimumHeight(80);
    }

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(intro);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_connect);
    form->addRow(m_plans);
    form->addRow(tr("Selected plan:"), bindRow);
    form->addRow(QString(), m_shared);
    form->addRow(QString(), m_unbind);
    form->addRow(tr("Last sync:"), m_lastSync);
    form->addRow(m_message);
    form->addRow(
        new QLabel(tr("Conflicts (both sides changed a field; the newer edit was kept):"), this));
    form->addRow(m_conflicts);
    form->addRow(QString(), m_useOther);

    connect(&m_viewModel, &SyncViewModel::changed, this, &SyncPage::refresh);
    refresh();
    m_viewModel.reload();
}

QString SyncPage::messageText() const
{
    return m_message->text();
}

QString SyncPage::lastSyncText() const
{
    return m_lastSync->text();
}

void SyncPage::refresh()
{
    if (m_server->text().isEmpty())
        m_server->setText(m_viewModel.accountUrl());
    if (m_user->text().isEmpty())
        m_user->setText(m_viewModel.user());

    const qint64 selected =
        m_plans->currentItem() ? m_plans->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_plans->clear();
    const QLocale locale;
    for (const SyncViewModel::PlanRow &row : m_viewModel.plans()) {
        QString calendar = tr("Not synced");
        QString last;
        if (row.binding) {
            calendar = QUrl(row.binding->collectionUrl).path(); // its name once connected
            for (const SyncCalendar &c : m_viewModel.calendars()) {
                if (c.url == row.binding->collectionUrl && !c.name.isEmpty())
                    calendar = c.name;
            }
            if (row.binding->shared)
                calendar = tr("%1 (several plans)").arg(calendar);
            if (row.binding->lastSyncAt)
                last =
                    locale.toString(row.binding->lastSyncAt->toLocalTime(), QLocale::ShortFormat);
        }
        auto *item = new QTreeWidgetItem(m_plans, {row.goal, calendar, last});
        item->setData(0, Qt::UserRole, row.planId);
        if (row.planId == selected)
            m_plans->setCurrentItem(item);
    }

    const QString chosen = m_calendar->currentData().toString();
    m_calendar->clear();
    m_calendar->addItem(tr("A new calendar named after the plan"), QString());
    for (const SyncCalendar &c : m_viewModel.calendars())
        m_calendar->addItem(c.name.isEmpty() ? c.url : c.name, c.url);
    m_calendar->setCurrentIndex(qMax(0, m_calendar->findData(chosen)));

    const qint64 chosenConflict =
        m_conflicts->currentItem() ? m_conflicts->currentItem()->data(0, Qt::UserRole).toLongLong()
                                   : 0;
    {
        const QSignalBlocker blocker(m_conflicts);
        m_conflicts->clear();
        for (const SyncConflict &c : m_viewModel.conflicts()) {
            auto *item = new QTreeWidgetItem(
                m_conflicts, {c.taskTitle, SyncViewModel::fieldLabel(c.field),
                              SyncViewModel::valueLabel(c.field, c.keptValue),
                              SyncViewModel::valueLabel(c.field, c.otherValue),
                              locale.toString(c.createdAt.toLocalTime(), QLocale::ShortFormat)});
            item->setData(0, Qt::UserRole, c.id);
            if (c.id == chosenConflict)
                m_conflicts->setCurrentItem(item);
        }
    }
    bool restorable = false;
    for (const SyncConflict &c : m_viewModel.conflicts())
        restorable = restorable || (c.id == chosenConflict && SyncViewModel::canRestore(c));

    const bool busy = m_viewModel.isBusy();
    m_useOther->setEnabled(!busy && restorable);
    m_connect->setEnabled(!busy);
    m_bind->setEnabled(!busy && m_viewModel.isConnected());
    m_calendar->setEnabled(m_viewModel.isConnected());
    m_shared->setEnabled(m_viewModel.isConnected());
    m_syncNow->setEnabled(!busy);
    updateUnbind();
    m_lastSync->setText(
        m_viewModel.lastSync()
            ? tr("%1: %2").arg(
                  locale.toString(m_viewModel.lastSync()->toLocalTime(), QLocale::ShortFormat),
                  m_viewModel.lastResult())
            : tr("Never."));
    m_message->setText(m_viewModel.message());
    m_message->setStyleSheet(m_viewModel.messageIsError() ? QStringLiteral("color: #b00020;")
                                                          : QString());
}

void SyncPage::useChosenConflict()
{
    if (!m_conflicts->currentItem())
        return;
    const qint64 conflictId = m_conflicts->currentItem()->data(0, Qt::UserRole).toLongLong();
    const SyncConflict *chosen = nullptr;
    for (const SyncConflict &c : m_viewModel.conflicts())
        chosen = c.id == conflictId ? &c : chosen;
    if (!chosen || !SyncViewModel::restoreDeletes(*chosen)) {
        m_viewModel.useOtherValue(conflictId);
        return;
    }
    // A deletion against an edit kept the task: using the other value deletes it.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Delete the task"),
        tr("Delete “%1” from the plan? The next sync deletes it on the server too (Edit → Undo "
           "brings it back).")
            .arg(chosen->taskTitle),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("syncDeleteQuestion"));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remove, conflictId](QAbstractButton *button) {
                if (button == remove)
                    m_viewModel.useOtherValue(conflictId);
            });
    box->open();
}

void SyncPage::updateUnbind()
{
    const qint64 planId =
        m_plans->currentItem() ? m_plans->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    const SyncBinding *binding = nullptr;
    for (const SyncViewModel::PlanRow &row : m_viewModel.plans()) {
        if (row.planId == planId && row.binding)
            binding = &*row.binding;
    }
    m_unbind->setEnabled(binding && !m_viewModel.isBusy());

    // A synced plan shows the calendar it syncs with and whether that calendar holds several
    // plans; binding it again is not offered (Stop syncing this plan is). A plan not synced gets
    // the choice back, from a new calendar.
    const bool connected = m_viewModel.isConnected();
    if (binding) {
        int at = m_calendar->findData(binding->collectionUrl);
        if (at < 0) {
            m_calendar->addItem(QUrl(binding->collectionUrl).path(), binding->collectionUrl);
            at = m_calendar->count() - 1;
        }
        m_calendar->setCurrentIndex(at);
        m_shared->setChecked(binding->shared);
        m_showingBinding = true;
    } else if (m_showingBinding) {
        m_calendar->setCurrentIndex(0);
        m_shared->setChecked(false);
        m_showingBinding = false;
    }
    m_calendar->setEnabled(connected && !binding);
    m_shared->setEnabled(connected && !binding);
    m_bind->setEnabled(connected && !binding && !m_viewModel.isBusy());
}

void SyncPage::askToUnbindChosen()
{
    if (!m_plans->currentItem())
        return;
    const qint64 planId = m_plans->currentItem()->data(0, Qt::UserRole).toLongLong();
    const QString goal = m_plans->currentItem()->text(0);
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Stop syncing"),
        tr("Stop syncing “%1” with the server? The plan stays here as it is, and its calendar on "
           "the server is left as it is (delete it there if you no longer want it). Changes not "
           "sent yet are not sent now; syncing the plan with that calendar again later finds its "
           "tasks there and brings both sides' edits together.")
            .arg(goal),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("syncUnbindQuestion"));
    QPushButton *stop = box->addButton(tr("Stop syncing"), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, stop, planId](QAbstractButton *button) {
        if (button == stop)
            m_viewModel.unbindPlan(planId);
    });
    box->open();
}

void SyncPage::bindChosen()
{
    if (!m_plans->currentItem()) {
        m_message->setText(tr("Choose a plan in the list first."));
        return;
    }
    m_viewModel.bindPlan(m_plans->currentItem()->data(0, Qt::UserRole).toLongLong(),
                         m_calendar->currentData().toString(), m_shared->isChecked());
}

} // namespace helios::ui
