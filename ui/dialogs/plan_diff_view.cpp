#include "ui/dialogs/plan_diff_view.h"

#include "ui/models/plan_diff_model.h"

#include <QHeaderView>
#include <QTableView>

namespace helios::ui {

QTableView *createPlanDiffView(QAbstractItemModel *diffModel, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QStringLiteral("diffView"));
    view->setModel(diffModel);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(PlanDiffModel::TaskColumn, QHeaderView::Stretch);
    for (int column : {int(PlanDiffModel::ChangeColumn), int(PlanDiffModel::BeforeColumn),
                       int(PlanDiffModel::AfterColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    return view;
}

} // namespace helios::ui
