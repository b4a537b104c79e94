#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace helios::ui {

// The centre of the window when there is nothing to show: while the database opens, when it
// could not be opened, and when there are no plans yet (with a "New goal" button).
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Opening, NoPlans, Failed };

    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setMode(Mode mode, const QString &detail = {});
    QString title() const;

Q_SIGNALS:
    void newGoalRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace helios::ui
