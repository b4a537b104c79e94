#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace helios::ui {

class LocalApiViewModel;

// Settings → Local API: a switch, the port, the address, whether it is serving (or why not), and
// the token's two buttons: Copy token (to the clipboard, never on screen) and New token… (asks
// first). Acts at once; the dialog's OK and Cancel do not touch it.
class LocalApiPage : public QWidget
{
    Q_OBJECT

public:
    explicit LocalApiPage(LocalApiViewModel &viewModel, QWidget *parent = nullptr);

    // What the status line says (for tests).
    QString statusText() const;

private:
    void refresh();
    void askForNewToken();

    LocalApiViewModel &m_viewModel;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_port = nullptr;
    QLabel *m_address = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_copyToken = nullptr;
    QPushButton *m_newToken = nullptr;
};

} // namespace helios::ui
