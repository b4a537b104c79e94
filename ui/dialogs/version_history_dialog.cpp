#include "ui/dialogs/version_history_dialog.h"

#include "ui/models/display_format.h"

#include "ui/dialogs/plan_diff_view.h"
#include "ui/models/plan_diff_model.h"
#include "ui/models/version_list_model.h"
#include "ui/viewmodels/version_history_view_model.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace helios::ui {

VersionHistoryDialog::VersionHistoryDialog(VersionHistoryViewModel &viewModel, const QString &goal,
                                           QWidget *parent)
    : QDialog(parent), m_viewModel(viewModel)
{
    setObjectName(QStringLiteral("versionHistoryDialog"));
    setWindowTitle(tr("Version history"));

    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(tr("Every accepted re-plan, revision and restore of “%1” is kept as a "
                      "version, and so is each session of edits (changes less than half an hour "
                      "apart). Restoring one makes it current again as a new version.")
                       .arg(shortened(goal.simplified(), kMaxGoalInSentence)));
    intro->setWordWrap(true);

    m_versionView = new QTableView(this);
    m_versionView->setObjectName(QStringLiteral("versionView"));
    m_versionView->setModel(viewModel.versionModel());
    m_versionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionView->verticalHeader()->hide();
    m_versionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_versionView->horizontalHeader()->setSectionResizeMode(VersionListModel::ReasonColumn,
                                                            QHeaderView::Stretch);

    m_emptyLabel = new QLabel(tr("This plan has no saved versions yet. Adapting it (Plan → Adapt "
                                 "plan…) saves the first ones."),
                              this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->hide();

    m_diffTitle = new QLabel(this);
    m_diffTitle->setObjectName(QStringLiteral("diffTitle"));
    m_diffTitle->setWordWrap(true);
    QFont bold = m_diffTitle->font();
    bold.setBold(true);
    m_diffTitle->setFont(bold);

    m_diffView = createPlanDiffView(viewModel.diffModel(), this);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_diffTitle);
    lowerLayout->addWidget(m_diffView, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_versionView);
    splitter->addWidget(lower);
    splitter->setSizes({180, 280});

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette palette = m_errorLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x2a, 0x1b));
    m_errorLabel->setPalette(palette);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_restoreButton = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, &VersionHistoryDialog::confirmRestore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_versionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_viewModel.selectVersion(m_viewModel.versionModel()->versionAt(current.row()));
            });
    connect(&viewModel, &VersionHistoryViewModel::stateChanged, this,
            &VersionHistoryDialog::updateState);
    connect(&viewModel, &VersionHistoryViewModel::selectedVersionChanged, this,
            &VersionHistoryDialog::updateState);
    connect(&viewModel, &VersionHistoryViewModel::versionsLoaded, this,
            &VersionHistoryDialog::selectRowOfSelectedVersion);
    connect(viewModel.diffModel(), &QAbstractItemModel::modelReset, this,
            &VersionHistoryDialog::updateState);

    resize(760, 560);
    updateState();
}

QString VersionHistoryDialog::diffTitle() const
{
    return m_diffTitle->text();
}

QString VersionHistoryDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void VersionHistoryDialog::selectRowOfSelectedVersion()
{
    const int row = m_viewModel.versionModel()->rowOfVersion(m_viewModel.selectedVersion());
    if (row >= 0)
        m_versionView->selectRow(row);
}

void VersionHistoryDialog::confirmRestore()
{
    const int version = m_viewModel.selectedVersion();
    if (!m_viewModel.canRestoreSelected() || m_confirmation)
        return;
    // Window-modal and answered later: no nested event loop.
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("restoreConfirmBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(tr("Restore version"));
    box->setText(tr("Restore version %1 of this plan?").arg(QLocale().toString(version)));
    box->setInformativeText(tr("The plan as it is now stays in the history, so you can come back "
                               "to it."));
    QPushButton *restore = box->addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("confirmRestoreButton"));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelRestoreButton"));
    box->setDefaultButton(restore);
    connect(box, &QMessageBox::buttonClicked, this, [this, restore, version](auto *clicked) {
        if (clicked == restore)
            m_viewModel.restore(version);
    });
    m_confirmation = box;
    connect(box, &QObject::destroyed, this, [this]() { m_confirmation = nullptr; });
    box->open();
}

void VersionHistoryDialog::updateState()
{
    using State = VersionHistoryViewModel::State;
    const State state = m_viewModel.state();
    const bool none = state == State::Ready && m_viewModel.versionModel()->rowCount() == 0;
    m_emptyLabel->setVisible(none);
    m_restoreButton->setEnabled(m_viewModel.canRestoreSelected());
    const int version = m_viewModel.selectedVersion();
    QString title;
    if (state == State::Loading)
        title = tr("Loading the versions…");
    else if (state == State::Restoring)
        title = tr("Restoring version %1…").arg(QLocale().toString(version));
    else if (version > 0 && m_viewModel.isSelectedCurrent())
        title = tr("Version %1 is the plan as it is now.").arg(QLocale().toString(version));
    else if (version > 0)
        title = tr("Restoring version %1 would change: %2")
                    .arg(QLocale().toString(version), m_viewModel.diffModel()->summary());
    m_diffTitle->setText(title);
    if (state == State::Failed) {
        m_errorLabel->setText(m_viewModel.errorMessage());
        m_errorLabel->show();
    } else {
        m_errorLabel->hide();
    }
}

} // namespace helios::ui
