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
    view->setTextElideMode(Qt::ElideMiddle);
    // Every column in the dialog, whatever the texts: the task, before and after share the
    // width (a long title or date range is elided, whole in its tooltip); only the kind of
    // change, a word or two, is as wide as it needs. ResizeToContents on before and after pushed
    // them off the dialog's edge.
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = view->horizontalHeader();
    header->setMinimumSectionSize(48);
    header->setSectionResizeMode(PlanDiffModel::ChangeColumn, QHeaderView::ResizeToContents);
    for (int column : {int(PlanDiffModel::TaskColumn), int(PlanDiffModel::BeforeColumn),
                       int(PlanDiffModel::AfterColumn)})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    return view;
}

} // namespace helios::ui
