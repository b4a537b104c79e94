#pragma once

#include "ui/settings/app_settings.h"

#include <QDialog>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class QWidget;

namespace helios::ui {

class LocalApiViewModel;
class SettingsViewModel;
class SyncViewModel;

// Settings…: the model server (provider, endpoint, model from the server's list, API key,
// "Test connection"), sampling and context, timeouts, the response cache, the language and the
// data and log folders. Binds to SettingsViewModel: every edit goes to its draft, every button
// to one of its intents, and their outcomes come back as inline messages. Nothing here waits;
// OK closes the dialog once the settings (and a typed key) are saved.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens a folder in the file manager; QDesktopServices::openUrl in the application.
    using UrlOpener = std::function<bool(const QUrl &)>;

    // With localApi, a Local API page too; with sync, a Sync page (both act at once, apart from
    // OK and Cancel).
    explicit SettingsDialog(SettingsViewModel &viewModel, QWidget *parent = nullptr,
                            LocalApiViewModel *localApi = nullptr, SyncViewModel *sync = nullptr);

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    // For tests and screenshots.
    QTabWidget *tabs() const { return m_tabs; }
    QString errorText() const;

private:
    QWidget *createServerPage();
    QWidget *createLimitsPage();
    QWidget *createGeneralPage();
    // settings_dialog_reminders.cpp
    QWidget *createRemindersPage();
    void showReminders(const AppSettings &settings);
    void collectReminders(AppSettings &settings) const;
    void showValues(const AppSettings &settings);
    AppSettings collect() const;
    void pushDraft();
    void onServerEdited();
    void updateEnabled();
    void showModels(const QStringList &models);
    void showKeyState();
    void submit();
    void showSaveError(const QString &message);
    void openFolder(const QString &folder);
    QWidget *widgetFor(AppSettings::Field field) const;

    SettingsViewModel &m_viewModel;
    UrlOpener m_openUrl;
    bool m_showingValues = false;
    QString m_shownServer; // the server the inline messages are about (its keychain account)

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QComboBox *m_model = nullptr;
    QPushButton *m_refreshModels = nullptr;
    QLabel *m_modelsStatus = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QPushButton *m_removeKey = nullptr;
    QLabel *m_keyStatus = nullptr;
    QPushButton *m_testConnection = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_contextTokens = nullptr;

    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_firstByteTimeout = nullptr;
    QSpinBox *m_idleTimeout = nullptr;
    QSpinBox *m_deadline = nullptr;
    QSpinBox *m_maxConcurrent = nullptr;
    QSpinBox *m_cacheMemory = nullptr;
    QSpinBox *m_cacheDisk = nullptr;
    QSpinBox *m_cacheTtl = nullptr;
    QPushButton *m_clearCache = nullptr;
    QLabel *m_cacheStatus = nullptr;

    QComboBox *m_language = nullptr;
    QLineEdit *m_dataFolder = nullptr;
    QLineEdit *m_logFolder = nullptr;

    QCheckBox *m_dailySummary = nullptr;
    QTimeEdit *m_summaryTime = nullptr;
    QCheckBox *m_dueReminders = nullptr;
    QCheckBox *m_keepInTray = nullptr;
    QCheckBox *m_startAtLogin = nullptr;

    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_okButton = nullptr;
};

} // namespace helios::ui
