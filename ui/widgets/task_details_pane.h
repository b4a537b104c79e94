#pragma once

#include "core/domain/task.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace helios::ui {

class NotesEdit;

// The selected task in full: title, status, estimate, dates, milestone, what it depends on, and
// its notes, which the person can edit. Every text is shown as plain text. An edit of the notes
// is announced once the person leaves the field (or another task is shown).
class TaskDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit TaskDetailsPane(QWidget *parent = nullptr);

    // planTasks resolves dependencies (positions) to titles; milestone is the label to show.
    void showTask(const Task &task, const QList<Task> &planTasks, const QString &milestone);
    void showNoTask();
    qint64 taskId() const { return m_taskId; }
    NotesEdit *notesEdit() const { return m_notes; }
    QString titleText() const;
    QString dependenciesText() const;

public Q_SLOTS:
    // Announces the notes if they differ from the task's; called when editing finishes.
    void commitNotes();

Q_SIGNALS:
    void notesEdited(qint64 taskId, const QString &notes);

private:
    QLabel *addField(QFormLayout *form, const QString &label, const char *name);

    qint64 m_taskId = 0;
    QString m_storedNotes;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_estimate = nullptr;
    QLabel *m_dates = nullptr;
    QLabel *m_milestone = nullptr;
    QLabel *m_dependencies = nullptr;
    NotesEdit *m_notes = nullptr;
};

} // namespace helios::ui
