#include "ui/settings/settings_dialog.h"

#include "core/llm/provider_factory.h"
#include "ui/settings/api_key_store.h"
#include "ui/settings/local_api_page.h"
#include "ui/settings/settings_view_model.h"
#include "ui/settings/sync_page.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace helios::ui {

namespace {

const QColor kErrorColour(0xb0, 0x2a, 0x1b);
const QColor kOkColour(0x1e, 0x6b, 0x2f);

// An inline message under a control: green for success, red for an error, selectable so that
// a server's error sentence can be copied.
QLabel *statusLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Under its control, not in the middle of spare height (see stacked()).
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->hide();
    return label;
}

void showStatus(QLabel *label, bool ok, const QString &message)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, ok ? kOkColour : kErrorColour);
    label->setPalette(palette);
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void showNeutral(QLabel *label, const QString &message)
{
    label->setPalette(QPalette());
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QSpinBox *spinBox(const QString &objectName, int min, int max, const QString &suffix,
                  QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    return spin;
}

// A unit after a spin box's number in the plural its value needs ("1 day", "30 days").
template <typename Unit> void suffixFollowsValue(QSpinBox *spin, Unit unit)
{
    spin->setSuffix(unit(spin->value()));
    QObject::connect(spin, &QSpinBox::valueChanged, spin, [spin, unit](int value) {
        if (const QString suffix = unit(value); suffix != spin->suffix())
            spin->setSuffix(suffix);
    });
}

// A row of a field and a button beside it.
QWidget *withButton(QWidget *field, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(button);
    return row;
}

QWidget *stacked(QWidget *top, QWidget *bottom, QWidget *parent)
{
    auto *column = new QWidget(parent);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    // The form may give the row more height than the two need (it measures a wrapped message at
    // another width): the control keeps its height, and the message, aligned to its top, takes
    // the spare below it instead of a gap between them.
    top->setSizePolicy(top->sizePolicy().horizontalPolicy(), QSizePolicy::Maximum);
    layout->addWidget(top);
    layout->addWidget(bottom);
    return column;
}

} // namespace

SettingsDialog::SettingsDialog(SettingsViewModel &viewModel, QWidget *parent,
                               LocalApiViewModel *localApi, SyncViewModel *sync)
    : QDialog(parent), m_viewModel(viewModel),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setWindowTitle(tr("Settings"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->addTab(createServerPage(), tr("Model server"));
    m_tabs->addTab(createLimitsPage(), tr("Timeouts and cache"));
    m_tabs->addTab(createGeneralPage(), tr("General"));
    m_tabs->addTab(createRemindersPage(), tr("Reminders"));
    if (localApi)
        m_tabs->addTab(new LocalApiPage(*localApi, this), tr("Local API"));
    if (sync)
        m_tabs->addTab(new SyncPage(*sync, this), tr("Sync"));

    m_errorLabel = statusLabel(QStringLiteral("errorLabel"), this);

    m_buttons = new QDialogButtonBox(this);
    m_okButton = m_buttons->addButton(tr("OK"), QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    m_okButton->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(&m_viewModel, &SettingsViewModel::busyChanged, this, &SettingsDialog::updateEnabled);
    connect(&m_viewModel, &SettingsViewModel::modelsChanged, this, &SettingsDialog::showModels);
    connect(&m_viewModel, &SettingsViewModel::modelsFailed, this,
            [this](const QString &message) { showStatus(m_modelsStatus, false, message); });
    connect(
        &m_viewModel, &SettingsViewModel::connectionTested, this,
        [this](bool ok, const QString &message) { showStatus(m_connectionStatus, ok, message); });
    connect(&m_viewModel, &SettingsViewModel::cacheCleared, this,
            [this](bool ok, const QString &message) { showStatus(m_cacheStatus, ok, message); });
    connect(&m_viewModel, &SettingsViewModel::hasStoredKeyChanged, this,
            &SettingsDialog::showKeyState);
    connect(&m_viewModel, &SettingsViewModel::apiKeyMessage, this,
            [this](bool ok, const QString &message) {
                showStatus(m_keyStatus, ok, message);
                m_removeKey->setEnabled(m_viewModel.settings().usesApiKey());
            });
    connect(&m_viewModel, &SettingsViewModel::saveFailed, this, &SettingsDialog::showSaveError);
    connect(&m_viewModel, &SettingsViewModel::saveCompleted, this, &QDialog::accept);

    showValues(m_viewModel.settings());
    updateEnabled();
    m_shownServer = ApiKeyStore::accountFor(m_viewModel.settings().provider,
                                            m_viewModel.settings().endpointUrl());
    m_viewModel.checkStoredKey();
    setMinimumWidth(560);
    resize(sizeHint().expandedTo(QSize(620, 0)));
    m_provider->setFocus();
}

QWidget *SettingsDialog::createServerPage()
{
    auto *page = new QWidget(this);

    m_provider = new QComboBox(page);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_provider->addItem(tr("Offline planner (no model server)"),
                        static_cast<int>(llm::ProviderKind::Offline));
    m_provider->addItem(tr("OpenAI-compatible server"),
                        static_cast<int>(llm::ProviderKind::OpenAi));
    m_provider->addItem(tr("Ollama"), static_cast<int>(llm::ProviderKind::Ollama));
    connect(m_provider, &QComboBox::currentIndexChanged, this, &SettingsDialog::onServerEdited);

    m_endpoint = new QLineEdit(page);
    m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
    m_endpoint->setClearButtonEnabled(true);
    connect(m_endpoint, &QLineEdit::editingFinished, this, &SettingsDialog::onServerEdited);

    m_model = new QComboBox(page);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(16);
    connect(m_model, &QComboBox::currentTextChanged, this, &SettingsDialog::pushDraft);
    m_refreshModels = new QPushButton(tr("Refresh models"), page);
    m_refreshModels->setObjectName(QStringLiteral("refreshModelsButton"));
    m_refreshModels->setToolTip(tr("Ask the server which models it offers"));
    connect(m_refreshModels, &QPushButton::clicked, this, [this]() {
        showNeutral(m_modelsStatus, tr("Asking the server for its models…"));
        m_viewModel.refreshModels();
    });
    m_modelsStatus = statusLabel(QStringLiteral("modelsStatus"), page);

    m_apiKey = new QLineEdit(page);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setClearButtonEnabled(true);
    connect(m_apiKey, &QLineEdit::textChanged, &m_viewModel, &SettingsViewModel::setApiKey);
    m_removeKey = new QPushButton(tr("Remove key"), page);
    m_removeKey->setObjectName(QStringLiteral("removeKeyButton"));
    m_removeKey->setToolTip(tr("Delete this server's API key from the keychain"));
    connect(m_removeKey, &QPushButton::clicked, this, [this]() {
        m_apiKey->clear();
        m_viewModel.removeApiKey();
    });
    m_keyStatus = statusLabel(QStringLiteral("keyStatus"), page);

    m_testConnection = new QPushButton(tr("Test connection"), page);
    m_testConnection->setObjectName(QStringLiteral("testConnectionButton"));
    connect(m_testConnection, &QPushButton::clicked, this, [this]() {
        showNeutral(m_connectionStatus, tr("Connecting…"));
        m_viewModel.testConnection();
    });
    m_connectionStatus = statusLabel(QStringLiteral("connectionStatus"), page);
    auto *testRow = new QWidget(page);
    auto *testLayout = new QHBoxLayout(testRow);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->addWidget(m_testConnection);
    testLayout->addStretch(1);

    m_temperature = new QDoubleSpinBox(page);
    m_temperature->setObjectName(QStringLiteral("temperatureSpin"));
    m_temperature->setRange(0.0, AppSettings::kMaxTemperature);
    m_temperature->setDecimals(2);
    m_temperature->setSingleStep(0.1);
    m_temperature->setToolTip(tr("Lower is more predictable, higher more varied"));
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::pushDraft);

    m_contextTokens = spinBox(QStringLiteral("contextSpin"), AppSettings::kMinContextTokens,
                              AppSettings::kMaxContextTokens, tr(" tokens"), page);
    m_contextTokens->setSingleStep(1024);
    m_contextTokens->setToolTip(tr("The model's context window; prompts are shortened to fit it"));
    connect(m_contextTokens, &QSpinBox::valueChanged, this, &SettingsDialog::pushDraft);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Provider:"), m_provider);
    form->addRow(tr("Endpoint:"), m_endpoint);
    form->addRow(tr("Model:"),
                 stacked(withButton(m_model, m_refreshModels, page), m_modelsStatus, page));
    form->addRow(tr("API key:"),
                 stacked(withButton(m_apiKey, m_removeKey, page), m_keyStatus, page));
    form->addRow(QString(), stacked(testRow, m_connectionStatus, page));
    form->addRow(tr("Temperature:"), m_temperature);
    form->addRow(tr("Context size:"), m_contextTokens);
    return page;
}

QWidget *SettingsDialog::createLimitsPage()
{
    auto *page = new QWidget(this);
    const QString seconds = tr(" s");

    auto *timeouts = new QGroupBox(tr("Waiting for the model server"), page);
    timeouts->setObjectName(QStringLiteral("timeoutsGroup"));
    m_connectTimeout = spinBox(QStringLiteral("connectTimeoutSpin"), 1,
                               AppSettings::kMaxTimeoutSeconds, seconds, timeouts);
    m_firstByteTimeout = spinBox(QStringLiteral("firstByteTimeoutSpin"), 1,
                                 AppSettings::kMaxTimeoutSeconds, seconds, timeouts);
    m_firstByteTimeout->setToolTip(tr("Loading a model can take minutes the first time"));
    m_idleTimeout = spinBox(QStringLiteral("idleTimeoutSpin"), 1, AppSettings::kMaxTimeoutSeconds,
                            seconds, timeouts);
    m_deadline = spinBox(QStringLiteral("deadlineSpin"), 1, AppSettings::kMaxTimeoutSeconds,
                         seconds, timeouts);
    m_maxConcurrent = spinBox(QStringLiteral("maxConcurrentSpin"), 1, AppSettings::kMaxConcurrent,
                              QString(), timeouts);
    auto *timeoutForm = new QFormLayout(timeouts);
    timeoutForm->addRow(tr("Connect:"), m_connectTimeout);
    timeoutForm->addRow(tr("First byte of the answer:"), m_firstByteTimeout);
    timeoutForm->addRow(tr("Silence in the middle of an answer:"), m_idleTimeout);
    timeoutForm->addRow(tr("Whole call:"), m_deadline);
    timeoutForm->addRow(tr("Requests at once:"), m_maxConcurrent);

    auto *cache = new QGroupBox(tr("Response cache"), page);
    cache->setObjectName(QStringLiteral("cacheGroup"));
    m_cacheMemory = spinBox(QStringLiteral("cacheMemorySpin"), 1, AppSettings::kMaxMemoryEntries,
                            QString(), cache);
    m_cacheDisk = spinBox(QStringLiteral("cacheDiskSpin"), 0, AppSettings::kMaxPersistentEntries,
                          QString(), cache);
    m_cacheDisk->setSpecialValueText(tr("No limit"));
    m_cacheTtl =
        spinBox(QStringLiteral("cacheTtlSpin"), 1, AppSettings::kMaxTtlDays, QString(), cache);
    const auto answers = [](int n) {
        //: Unit after a number of cached answers in a spin box (the number is not in the text)
        return tr(" answer(s)", "", n);
    };
    //: Unit after a number of days in a spin box (the number is not in the text)
    const auto days = [](int n) { return tr(" day(s)", "", n); };
    suffixFollowsValue(m_cacheMemory, answers);
    suffixFollowsValue(m_cacheDisk, answers);
    suffixFollowsValue(m_cacheTtl, days);
    m_clearCache = new QPushButton(tr("Clear cache"), cache);
    m_clearCache->setObjectName(QStringLiteral("clearCacheButton"));
    m_clearCache->setToolTip(tr("Forget every stored answer, in memory and on disk"));
    connect(m_clearCache, &QPushButton::clicked, &m_viewModel, &SettingsViewModel::clearCache);
    m_cacheStatus = statusLabel(QStringLiteral("cacheStatus"), cache);
    auto *clearRow = new QWidget(cache);
    auto *clearLayout = new QHBoxLayout(clearRow);
    clearLayout->setContentsMargins(0, 0, 0, 0);
    clearLayout->addWidget(m_clearCache);
    clearLayout->addStretch(1);
    auto *cacheForm = new QFormLayout(cache);
    cacheForm->addRow(tr("Kept in memory:"), m_cacheMemory);
    cacheForm->addRow(tr("Kept on disk:"), m_cacheDisk);
    cacheForm->addRow(tr("Kept for:"), m_cacheTtl);
    cacheForm->addRow(QString(), stacked(clearRow, m_cacheStatus, cache));

    for (QSpinBox *spin : {m_connectTimeout, m_firstByteTimeout, m_idleTimeout, m_deadline,
                           m_maxConcurrent, m_cacheMemory, m_cacheDisk, m_cacheTtl})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::pushDraft);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(timeouts);
    layout->addWidget(cache);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    // Each language in its own words, so that a person can find theirs whatever is shown now.
    m_language->addItem(QStringLiteral("English"), languageName(Language::English));
    m_language->addItem(QStringLiteral("简体中文"), languageName(Language::Chinese));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::pushDraft);
    auto *languageNote = new QLabel(tr("A new language applies when Helios starts again."), page);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);

    auto folderRow = [this, page](QLineEdit *&edit, const QString &objectName) {
        edit = new QLineEdit(page);
        edit->setObjectName(objectName);
        edit->setReadOnly(true);
        auto *open = new QPushButton(tr("Open folder"), page);
        open->setObjectName(objectName + QStringLiteral("Open"));
        QLineEdit *target = edit;
        connect(open, &QPushButton::clicked, this,
                [this, target]() { openFolder(target->text()); });
        return withButton(edit, open, page);
    };

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Language:"), stacked(m_language, languageNote, page));
    form->addRow(tr("Data folder:"), folderRow(m_dataFolder, QStringLiteral("dataFolderEdit")));
    form->addRow(tr("Log folder:"), folderRow(m_logFolder, QStringLiteral("logFolderEdit")));
    auto *where =
        new QLabel(tr("The database lives in the data folder and helios.log in the log folder. "
                      "Start Helios with --db to use another database."),
                   page);
    where->setWordWrap(true);
    form->addRow(where);
    return page;
}

void SettingsDialog::showValues(const AppSettings &settings)
{
    m_showingValues = true;
    m_provider->setCurrentIndex(m_provider->findData(static_cast<int>(settings.provider)));
    m_endpoint->setText(settings.endpoint);
    m_endpoint->setPlaceholderText(settings.usesModelServer()
                                       ? llm::defaultEndpoint(settings.provider).toString()
                                       : QString());
    m_model->setEditText(settings.model);
    m_temperature->setValue(settings.temperature);
    m_contextTokens->setValue(settings.contextTokens);
    m_connectTimeout->setValue(settings.connectTimeoutSeconds);
    m_firstByteTimeout->setValue(settings.firstByteTimeoutSeconds);
    m_idleTimeout->setValue(settings.idleTimeoutSeconds);
    m_deadline->setValue(settings.deadlineSeconds);
    m_maxConcurrent->setValue(settings.maxConcurrent);
    m_cacheMemory->setValue(settings.cacheMemoryEntries);
    m_cacheDisk->setValue(settings.cacheMaxPersistentEntries);
    m_cacheTtl->setValue(settings.cacheTtlDays);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(languageSettingName(settings.language))));
    m_dataFolder->setText(settings.folders.data);
    m_logFolder->setText(settings.folders.log);
    showReminders(settings);
    m_showingValues = false;
}

AppSettings SettingsDialog::collect() const
{
    AppSettings settings = m_viewModel.settings();
    settings.provider = static_cast<llm::ProviderKind>(m_provider->currentData().toInt());
    settings.endpoint = m_endpoint->text().trimmed();
    settings.model = m_model->currentText().trimmed();
    settings.temperature = m_temperature->value();
    settings.contextTokens = m_contextTokens->value();
    settings.connectTimeoutSeconds = m_connectTimeout->value();
    settings.firstByteTimeoutSeconds = m_firstByteTimeout->value();
    settings.idleTimeoutSeconds = m_idleTimeout->value();
    settings.deadlineSeconds = m_deadline->value();
    settings.maxConcurrent = m_maxConcurrent->value();
    settings.cacheMemoryEntries = m_cacheMemory->value();
    settings.cacheMaxPersistentEntries = m_cacheDisk->value();
    settings.cacheTtlDays = m_cacheTtl->value();
    settings.language = languageFromName(m_language->currentData().toString());
    collectReminders(settings);
    return settings;
}

void SettingsDialog::pushDraft()
{
    if (m_showingValues)
        return;
    m_viewModel.setSettings(collect());
    m_errorLabel->hide();
}

void SettingsDialog::onServerEdited()
{
    if (m_showingValues)
        return;
    pushDraft();
    const AppSettings &now = m_viewModel.settings();
    m_endpoint->setPlaceholderText(
        now.usesModelServer() ? llm::defaultEndpoint(now.provider).toString() : QString());
    const QString server = ApiKeyStore::accountFor(now.provider, now.endpointUrl());
    if (server != m_shownServer) {
        // What was said about the previous server no longer applies.
        m_shownServer = server;
        showNeutral(m_modelsStatus, QString());
        showNeutral(m_connectionStatus, QString());
        showNeutral(m_keyStatus, QString());
        m_viewModel.checkStoredKey();
    }
    updateEnabled();
}

void SettingsDialog::updateEnabled()
{
    const AppSettings &settings = m_viewModel.settings();
    const bool server = settings.usesModelServer();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_endpoint, m_model, m_temperature, m_contextTokens, m_connectTimeout,
             m_firstByteTimeout, m_idleTimeout, m_deadline, m_maxConcurrent})
        w->setEnabled(server);
    m_refreshModels->setEnabled(server && !m_viewModel.isRefreshingModels());
    m_testConnection->setEnabled(server && !m_viewModel.isTestingConnection());
    m_apiKey->setEnabled(settings.usesApiKey());
    m_removeKey->setEnabled(settings.usesApiKey() && m_viewModel.hasStoredKey());
    m_apiKey->setPlaceholderText(
        !settings.usesModelServer()  ? tr("Not needed by the offline planner")
        : !settings.usesApiKey()     ? tr("Not used by Ollama")
        : m_viewModel.hasStoredKey() ? tr("A key is saved in the keychain; type to replace it")
                                     : tr("Optional; saved in the system keychain"));
    m_clearCache->setEnabled(m_viewModel.canClearCache() && !m_viewModel.isClearingCache());
    if (!m_viewModel.canClearCache())
        m_clearCache->setToolTip(tr("There is no response cache in this session"));
    m_okButton->setEnabled(!m_viewModel.isSaving());
}

void SettingsDialog::showModels(const QStringList &models)
{
    const QString current = m_model->currentText().trimmed();
    m_showingValues = true;
    m_model->clear();
    m_model->addItems(models);
    if (current.isEmpty() || !models.contains(current)) {
        if (current.isEmpty() && !models.isEmpty())
            m_model->setCurrentIndex(0);
        else
            m_model->setEditText(current);
    } else {
        m_model->setCurrentIndex(static_cast<int>(models.indexOf(current)));
    }
    m_showingValues = false;
    pushDraft();
    if (!models.isEmpty())
        showStatus(m_modelsStatus, true,
                   tr("The server lists %n model(s).", nullptr, static_cast<int>(models.size())));
}

void SettingsDialog::showKeyState()
{
    if (m_viewModel.hasStoredKey())
        showStatus(m_keyStatus, true, tr("A key for this server is saved in the keychain."));
    updateEnabled();
}

void SettingsDialog::submit()
{
    pushDraft();
    m_errorLabel->hide();
    m_viewModel.save();
}

void SettingsDialog::showSaveError(const QString &message)
{
    showStatus(m_errorLabel, false, message);
    const bool keyFailed = m_viewModel.settings().validate().isEmpty();
    QWidget *field = keyFailed ? m_apiKey : widgetFor(m_viewModel.lastProblemField());
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(field))
            m_tabs->setCurrentIndex(i);
    }
    field->setFocus();
}

QWidget *SettingsDialog::widgetFor(AppSettings::Field field) const
{
    using F = AppSettings::Field;
    switch (field) {
    case F::Provider:
        return m_provider;
    case F::Endpoint:
        return m_endpoint;
    case F::Model:
        return m_model;
    case F::Temperature:
        return m_temperature;
    case F::ContextTokens:
        return m_contextTokens;
    case F::ConnectTimeout:
        return m_connectTimeout;
    case F::FirstByteTimeout:
        return m_firstByteTimeout;
    case F::IdleTimeout:
        return m_idleTimeout;
    case F::Deadline:
        return m_deadline;
    case F::MaxConcurrent:
        return m_maxConcurrent;
    case F::CacheMemoryEntries:
        return m_cacheMemory;
    case F::CacheMaxPersistentEntries:
        return m_cacheDisk;
    case F::CacheTtlDays:
        return m_cacheTtl;
    case F::Language:
        return m_language;
    }
    return m_provider;
}

QString SettingsDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void SettingsDialog::openFolder(const QString &folder)
{
    if (folder.isEmpty() || !m_openUrl(QUrl::fromLocalFile(folder)))
        showStatus(m_errorLabel, false,
                   tr("The folder “%1” could not be opened in the file manager.").arg(folder));
}

} // namespace helios::ui
