#include "ui/widgets/plan_item_delegate.h"

#include "ui/models/plan_list_model.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

#include <cmath>

namespace helios::ui {

namespace {

constexpr int kPadding = 8;
constexpr int kLineGap = 4;
constexpr int kBarHeight = 8;
const QColor kRiskColor(0xb0, 0x2a, 0x1b);

} // namespace

void PlanItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    const QString goal = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    const QRect area = opt.rect.adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics fm(opt.font);

    painter->save();
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->setFont(titleFont);
    painter->setPen(textColor);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(goal, Qt::ElideRight, titleRect.width()));

    const int percent =
        static_cast<int>(std::lround(index.data(PlanListModel::ProgressRole).toDouble() * 100));
    const bool atRisk = index.data(PlanListModel::AtRiskRole).toBool();
    const QRect line(area.left(), titleRect.bottom() + 1 + kLineGap, area.width(), fm.height());

    painter->setFont(opt.font);
    const QString percentText = tr("%1%").arg(percent);
    const int percentWidth = fm.horizontalAdvance(QStringLiteral("100%")) + kPadding;
    QString riskText;
    int riskWidth = 0;
    if (atRisk) {
        riskText = tr("At risk");
        riskWidth = fm.height() + 4 + fm.horizontalAdvance(riskText) + kPadding;
    }
    const int overdue = index.data(PlanListModel::OverdueCountRole).toInt();
    const QString overdueText = overdue > 0 ? tr("%n overdue", "tasks", overdue) : QString();
    const int overdueWidth = overdue > 0 ? fm.horizontalAdvance(overdueText) + kPadding : 0;

    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.state = opt.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = percent;
    bar.textVisible = false;
    const int barWidth = std::max(24, line.width() - percentWidth - riskWidth - overdueWidth);
    bar.rect = QRect(line.left(), line.center().y() - kBarHeight / 2, barWidth, kBarHeight);
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);

    const QRect percentRect(bar.rect.right() + kPadding, line.top(), percentWidth, line.height());
    painter->drawText(percentRect, Qt::AlignLeft | Qt::AlignVCenter, percentText);

    if (overdue > 0) {
        // In words and in the risk colour: the count reads without the colour.
        const QRect overdueRect(percentRect.right(), line.top(), overdueWidth, line.height());
        painter->setPen(selected ? textColor : kRiskColor);
        painter->drawText(overdueRect, Qt::AlignLeft | Qt::AlignVCenter, overdueText);
        painter->setPen(textColor);
    }

    if (atRisk) {
        const int iconSize = fm.height();
        const QRect iconRect(line.right() - riskWidth + kPadding, line.top(), iconSize, iconSize);
        style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget).paint(painter, iconRect);
        const QRect riskRect(iconRect.right() + 4, line.top(), line.right() - iconRect.right() - 4,
                             line.height());
        painter->setPen(selected ? textColor : kRiskColor);
        painter->drawText(riskRect, Qt::AlignLeft | Qt::AlignVCenter, riskText);
    }
    painter->restore();
}

QSize PlanItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const int height = 2 * kPadding + QFontMetrics(titleFont).height() + kLineGap +
                       QFontMetrics(opt.font).height();
    return {240, height};
}

} // namespace helios::ui
