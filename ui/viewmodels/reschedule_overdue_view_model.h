#pragma once

#include "core/today/agenda.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace helios::ui {

class AdaptPlanViewModel;

// Today's "Reschedule overdue tasks": for each plan with overdue tasks, the re-plan Adapt plan
// makes (one AdaptPlanViewModel per plan, proposing from today), reviewed and accepted or
// rejected plan by plan. Nothing is saved for a plan until its proposal is accepted; a rejected
// one leaves the plan as it was. No widgets; every call returns at once.
class RescheduleOverdueViewModel : public QObject
{
    Q_OBJECT

public:
    enum class Decision {
        Waiting,  // its proposal is being made or waits for the person
        Accepted, // saved as a new version
        Rejected, // dropped, the plan unchanged
        Failed,   // the proposal or its save failed; the proposal's errorMessage says why
    };
    Q_ENUM(Decision)

    // A plan with overdue tasks, in the order Today lists them.
    struct Entry
    {
        qint64 planId = 0;
        QString goal;
        int overdue = 0;
        AdaptPlanViewModel *proposal = nullptr; // owned by this view-model
        Decision decision = Decision::Waiting;
    };

    // Makes the re-plan view-model of one plan (VersionDialogs::adapt).
    using ProposalFactory = std::function<AdaptPlanViewModel *()>;

    // The plans are taken from the agenda's overdue list.
    RescheduleOverdueViewModel(const Agenda &agenda, const ProposalFactory &makeProposal,
                               QObject *parent = nullptr);

    const QList<Entry> &entries() const { return m_entries; }
    int overdueTasks() const;
    int waiting() const;
    int accepted() const;
    // Every plan decided (accepted, rejected or failed).
    bool isFinished() const { return waiting() == 0; }

public Q_SLOTS:
    // Proposes every plan's re-plan at once.
    void proposeAll();
    // Saves plan `index`'s proposal as a new version once it is proposed.
    void accept(int index);
    // Drops plan `index`'s proposal: that plan stays as it is.
    void reject(int index);

Q_SIGNALS:
    // Plan `index`'s proposal or decision changed.
    void entryChanged(int index);
    // A plan was rescheduled (its new version saved).
    void planRescheduled(qint64 planId, int version);
    void finished();

private:
    void onProposalState(int index);
    void setDecision(int index, Decision decision);

    QList<Entry> m_entries;
};

} // namespace helios::ui
