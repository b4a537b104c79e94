#include "ui/settings/local_api_page.h"

#include "ui/settings/local_api_view_model.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace helios::ui {

LocalApiPage::LocalApiPage(LocalApiViewModel &viewModel, QWidget *parent)
    : QWidget(parent), m_viewModel(viewModel)
{
    auto *intro = new QLabel(tr("Scripts and other programs on this computer can make and read "
                                "plans through the local API. Every request needs the token. "
                                "Changes here apply at once."),
                             this);
    intro->setWordWrap(true);

    m_enabled = new QCheckBox(tr("Serve the local API while Helios runs"), this);
    m_enabled->setObjectName(QStringLiteral("localApiEnabled"));
    connect(m_enabled, &QCheckBox::toggled, &m_viewModel, &LocalApiViewModel::setEnabled);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("localApiPort"));
    m_port->setRange(1, 65535);
    m_port->setKeyboardTracking(false); // one change when the person is done typing
    connect(m_port, &QSpinBox::valueChanged, &m_viewModel, &LocalApiViewModel::setPort);

    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("localApiAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("localApiStatus"));
    m_status->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("localApiMessage"));
    m_message->setWordWrap(true);

    m_copyToken = new QPushButton(tr("Copy token"), this);
    m_copyToken->setObjectName(QStringLiteral("localApiCopyToken"));
    connect(m_copyToken, &QPushButton::clicked, &m_viewModel, &LocalApiViewModel::copyToken);
    m_newToken = new QPushButton(tr("New token…"), this);
    m_newToken->setObjectName(QStringLiteral("localApiNewToken"));
    connect(m_newToken, &QPushButton::clicked, this, &LocalApiPage::askForNewToken);
    auto *portRow = new QWidget(this);
    auto *portLayout = new QHBoxLayout(portRow);
    portLayout->setContentsMargins(0, 0, 0, 0);
    portLayout->addWidget(m_port);
    portLayout->addStretch(1);
    auto *tokenRow = new QWidget(this);
    auto *tokenLayout = new QHBoxLayout(tokenRow);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->addWidget(m_copyToken);
    tokenLayout->addWidget(m_newToken);
    tokenLayout->addStretch(1);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(intro);
    form->addRow(m_enabled);
    form->addRow(tr("Port:"), portRow);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Token:"), tokenRow);
    form->addRow(m_message);

    connect(&m_viewModel, &LocalApiViewModel::changed, this, &LocalApiPage::refresh);
    refresh();
}

QString LocalApiPage::statusText() const
{
    return m_status->text();
}

void LocalApiPage::refresh()
{
    const QSignalBlocker enabledBlocker(m_enabled);
    const QSignalBlocker portBlocker(m_port);
    m_enabled->setChecked(m_viewModel.isEnabled());
    m_port->setValue(m_viewModel.port());
    const LocalApiViewModel::State state = m_viewModel.state();
    // The port moves only while nothing is serving on it.
    m_port->setEnabled(state == LocalApiViewModel::State::Off ||
                       state == LocalApiViewModel::State::Failed);
    m_address->setText(m_viewModel.address());
    switch (state) {
    case LocalApiViewModel::State::Off:
        m_status->setText(tr("Not running."));
        break;
    case LocalApiViewModel::State::Starting:
        m_status->setText(tr("Starting…"));
        break;
    case LocalApiViewModel::State::Running:
        m_status->setText(tr("Running: programs on this computer can reach it."));
        break;
    case LocalApiViewModel::State::Failed:
        m_status->setText(m_viewModel.message());
        break;
    }
    m_message->setText(state == LocalApiViewModel::State::Failed ? QString()
                                                                 : m_viewModel.message());
    m_copyToken->setEnabled(!m_viewModel.isBusy());
    m_newToken->setEnabled(!m_viewModel.isBusy());
}

void LocalApiPage::askForNewToken()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("New token"),
                                tr("Make a new token? Programs that use the current one will be "
                                   "refused until they are given the new one."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("localApiNewTokenQuestion"));
    QPushButton *replace = box->addButton(tr("Make a new token"), QMessageBox::AcceptRole);
    box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    box->setDefaultButton(replace);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, replace](QAbstractButton *button) {
        if (button == replace)
            m_viewModel.renewToken();
    });
    box->open();
}

} // namespace helios::ui
