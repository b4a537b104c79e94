#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace helios::ui {

// The read-only table a PlanDiffModel is shown in (Adapt plan, Version history): one row per
// change, the task column stretched, the others as wide as their text. Object name "diffView".
QTableView *createPlanDiffView(QAbstractItemModel *diffModel, QWidget *parent);

} // namespace helios::ui
