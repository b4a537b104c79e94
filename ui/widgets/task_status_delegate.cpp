#include "ui/widgets/task_status_delegate.h"

#include "ui/models/display_format.h"

#include <QComboBox>

namespace helios::ui {

QWidget *TaskStatusDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                          const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("statusEditor"));
    for (TaskStatus status : kAllStatuses)
        combo->addItem(statusLabel(status), static_cast<int>(status));
    connect(combo, &QComboBox::activated, this, [this, combo]() {
        auto *self = const_cast<TaskStatusDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void TaskStatusDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int row = combo->findData(index.data(Qt::EditRole));
    combo->setCurrentIndex(std::max(row, 0));
}

void TaskStatusDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                      const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace helios::ui
