#include "ui/dialogs/backup_dialogs.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace helios::ui {

QString describeBackupDate(const BackupInfo &backup)
{
    return QLocale().toString(backup.createdAt.toLocalTime(), QLocale::ShortFormat);
}

QString describeBackupKind(const QString &kind)
{
    if (kind == QLatin1String("daily"))
        return RestoreBackupDialog::tr("daily backup");
    if (kind == QLatin1String("pre-migration"))
        return RestoreBackupDialog::tr("before an upgrade");
    if (kind == QLatin1String("manual"))
        return RestoreBackupDialog::tr("made by hand");
    if (kind == QLatin1String("replaced"))
        return RestoreBackupDialog::tr("replaced by a restore");
    return kind;
}

RestoreBackupDialog::RestoreBackupDialog(const QList<BackupInfo> &backups, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from backup"));
    auto *text = new QLabel(tr("Choose the backup to restore. Your current plans are kept in the "
                               "backups folder, so you can come back to them."),
                            this);
    text->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    for (const BackupInfo &backup : backups) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(describeBackupDate(backup), describeBackupKind(backup.kind)), m_list);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(backup.path);
    }
    m_list->setCurrentRow(0);
    // Our own Cancel: Qt's translation of the standard button is not always installed.
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    QPushButton *restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    restore->setEnabled(!backups.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(460, 320);
}

QString RestoreBackupDialog::selectedPath() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DialogBackupPrompts::offerRestore(QWidget *parent, const QString &problem,
                                       const BackupInfo &latest,
                                       std::function<void(bool restore)> answer)
{
    const QString date = describeBackupDate(latest);
    auto *box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("offerRestoreBox"));
    box->setIcon(QMessageBox::Critical);
    box->setWindowTitle(RestoreBackupDialog::tr("Helios could not open its database"));
    box->setText(RestoreBackupDialog::tr("Helios could not open its database. Restore the backup "
                                         "from %1? The file that failed is kept in the backups "
                                         "folder.")
                     .arg(date));
    box->setInformativeText(problem);
    QPushButton *restore = box->addButton(
        RestoreBackupDialog::tr("Restore the backup from %1").arg(date), QMessageBox::AcceptRole);
    box->addButton(RestoreBackupDialog::tr("Quit"), QMessageBox::RejectRole);
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, restore, answer]() { answer(box->clickedButton() == restore); });
    box->open();
}

void DialogBackupPrompts::chooseBackup(QWidget *parent, const QList<BackupInfo> &backups,
                                       std::function<void(const QString &path)> answer)
{
    auto *dialog = new RestoreBackupDialog(backups, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog, parent, answer](int result) {
        if (result != QDialog::Accepted || dialog->selectedPath().isEmpty()) {
            answer(QString());
            return;
        }
        const QString path = dialog->selectedPath();
        const QListWidgetItem *item = dialog->list()->currentItem();
        // The confirmation names what happens to the plans on screen now.
        auto *confirm = new QMessageBox(parent);
        confirm->setObjectName(QStringLiteral("confirmRestoreBox"));
        confirm->setIcon(QMessageBox::Question);
        confirm->setWindowTitle(RestoreBackupDialog::tr("Restore from backup"));
        confirm->setText(RestoreBackupDialog::tr("Replace your plans with the backup from %1? "
                                                 "Your current plans are kept in the backups "
                                                 "folder.")
                             .arg(item ? item->text() : path));
        QPushButton *yes =
            confirm->addButton(RestoreBackupDialog::tr("Restore"), QMessageBox::AcceptRole);
        confirm->addButton(RestoreBackupDialog::tr("Cancel"), QMessageBox::RejectRole);
        confirm->setDefaultButton(yes);
        confirm->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(confirm, &QMessageBox::finished, confirm, [confirm, yes, path, answer]() {
            answer(confirm->clickedButton() == yes ? path : QString());
        });
        confirm->open();
    });
    dialog->open();
}

} // namespace helios::ui
