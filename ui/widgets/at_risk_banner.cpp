#include "ui/widgets/at_risk_banner.h"

#include "ui/models/display_format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace helios::ui {

AtRiskBanner::AtRiskBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("atRiskBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xe8));
    pal.setColor(QPalette::WindowText, QColor(0x8a, 0x1f, 0x11));
    setPalette(pal);

    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
}

void AtRiskBanner::setHoursShort(double hours)
{
    m_text->setText(tr("At risk: %1 hours short of the deadline").arg(formatHours(hours)));
}

QString AtRiskBanner::text() const
{
    return m_text->text();
}

} // namespace helios::ui
