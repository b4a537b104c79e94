#pragma once

#include <QStyledItemDelegate>

namespace helios::ui {

// Paints a plan row of PlanListModel: the goal on the first line; a progress bar, the percentage
// and, when the plan is at risk, a warning mark on the second.
class PlanItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace helios::ui
