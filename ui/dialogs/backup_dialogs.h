#pragma once

#include "ui/dialogs/backup_prompts.h"

#include <QDialog>

class QListWidget;

namespace helios::ui {

// How a backup is named to the person: its local date and time and why it was made.
QString describeBackupDate(const BackupInfo &backup);
QString describeBackupKind(const QString &kind);

// The backups, newest first, to pick one from; accept() means "restore the selected one".
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QList<BackupInfo> &backups, QWidget *parent = nullptr);
    QString selectedPath() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
};

// BackupPrompts with real window-modal dialogs: open(), never exec().
class DialogBackupPrompts final : public BackupPrompts
{
public:
    void offerRestore(QWidget *parent, const QString &problem, const BackupInfo &latest,
                      std::function<void(bool restore)> answer) override;
    void chooseBackup(QWidget *parent, const QList<BackupInfo> &backups,
                      std::function<void(const QString &path)> answer) override;
};

} // namespace helios::ui
