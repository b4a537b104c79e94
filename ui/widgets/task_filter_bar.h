#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace helios::ui {

class TaskFilterModel;

// The row above the task tree: search titles and notes, pick a status, only overdue, only this
// week. Drives a TaskFilterModel; typing is applied after a short pause so that a long plan is
// filtered once per word rather than once per key.
class TaskFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 150;

    explicit TaskFilterBar(TaskFilterModel &filter, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *statusCombo() const { return m_status; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QCheckBox *thisWeekCheck() const { return m_thisWeek; }

public Q_SLOTS:
    void focusSearch();
    // Applies typed search text now instead of after the pause.
    void applySearch();
    // Back to every task, the controls included.
    void clearFilters();

private:
    void syncFromModel();
    void updateCount();

    TaskFilterModel &m_filter;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_thisWeek = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTimer *m_countLater = nullptr;
};

} // namespace helios::ui
