#pragma once

#include <QStyledItemDelegate>

namespace helios::ui {

// Edits a task's status in place with a combo box of the four statuses; the choice is committed
// as soon as it is made.
class TaskStatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace helios::ui
