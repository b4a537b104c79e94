#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace helios::ui {

class SyncViewModel;

// Settings → Sync: the server, the user and the password (kept in the system keychain, never
// shown again), Connect, then for each plan the calendar it syncs with (one of the account's, or
// a new one), Sync now, Stop syncing (asks first; the server's calendar is left as it is), the
// last sync and what it changed. Acts at once; the dialog's OK and
// Cancel do not touch it. Below, the conflict log: what a sync set aside, and "Use this value
// instead".
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(SyncViewModel &viewModel, QWidget *parent = nullptr);

    // What the message line and the last-sync line say (for tests).
    QString messageText() const;
    QString lastSyncText() const;

private:
    void refresh();
    void bindChosen();
    void askToUnbindChosen();
    void updateUnbind();
    void useChosenConflict();

    SyncViewModel &m_viewModel;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_connect = nullptr;
    QTreeWidget *m_plans = nullptr;
    QComboBox *m_calendar = nullptr;
    QCheckBox *m_shared = nullptr;
    bool m_showingBinding = false; // the calendar choice shows the selected plan's binding
    QPushButton *m_bind = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_unbind = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_conflicts = nullptr;
    QPushButton *m_useOther = nullptr;
};

} // namespace helios::ui
