#pragma once

#include <QFrame>

class QLabel;

namespace helios::ui {

// A warning strip above the tasks: "At risk: 12.5 hours short of the deadline".
class AtRiskBanner : public QFrame
{
    Q_OBJECT

public:
    explicit AtRiskBanner(QWidget *parent = nullptr);

    void setHoursShort(double hours);
    QString text() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace helios::ui
