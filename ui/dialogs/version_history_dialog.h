#pragma once

#include <QDialog>

class QLabel;
class QMessageBox;
class QPushButton;
class QTableView;

namespace helios::ui {

class VersionHistoryViewModel;

// Version history of the selected plan: its saved versions (number, date, reason, tasks), what
// restoring the chosen one would change, and Restore… with a confirmation. Binds to
// VersionHistoryViewModel and never waits.
class VersionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    VersionHistoryDialog(VersionHistoryViewModel &viewModel, const QString &goal,
                         QWidget *parent = nullptr);

    VersionHistoryViewModel &viewModel() const { return m_viewModel; }
    QTableView *versionView() const { return m_versionView; }
    QString diffTitle() const;
    QString errorText() const;
    // The open confirmation of a restore, or nullptr.
    QMessageBox *confirmation() const { return m_confirmation; }

public Q_SLOTS:
    // Asks to confirm, then restores the selected version.
    void confirmRestore();

private:
    void updateState();
    void selectRowOfSelectedVersion();

    VersionHistoryViewModel &m_viewModel;
    QTableView *m_versionView = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_diffTitle = nullptr;
    QTableView *m_diffView = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QMessageBox *m_confirmation = nullptr;
};

} // namespace helios::ui
