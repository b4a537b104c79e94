#pragma once

// The storage contract: what the interfaces of core/domain promise, checked against one backend.
// tst_sqlite_storage runs it on Store and LlmStore over a real SQLite file, tst_memory_storage on
// the tests' MemoryStorage: the same test functions, so that a service or view-model test on the
// memory storage says something true about the application.

#include "tests/unit/contract/storage_backend.h"

#include <QObject>

namespace helios::test {

class StorageContract : public QObject
{
    Q_OBJECT

public:
    explicit StorageContract(MakeStorageBackend makeBackend);
    ~StorageContract() override;

private Q_SLOTS:
    void init();
    void cleanup();

    // Plans and tasks
    void shouldReadBackASavedPlanWithEveryField();
    void shouldKeepOnlyDependenciesWithinThePlan();
    void shouldListPlansNewestFirstWithTheirFigures();
    void shouldSaveNothingWhenATaskHasNoTitle();
    void shouldSaveSeveralPlansWithTheirVersionsAtOnce();
    void shouldSaveNoPlanWhenItsVersionsCannotBeSaved();
    void shouldReportUnknownIdsAsNotFound();
    void shouldSeeEveryWriteInTheNextRead();
    void shouldPageTemplatesNewestFirst();
    void shouldCountStatisticsOverEveryTask();
    void shouldWalkPlansTaskByTaskForExports();
    void shouldReadEveryPlanWithItsTasksInSavedOrder();
    void shouldDeleteAPlanWithItsVersionsAndKeepItsJob();
    void shouldChangeATasksStatusAndNotes();
    void shouldRecordEveryChangeInTheFeed();
    void shouldListOpenTasksStartingByADateAcrossPlans();
    void shouldReadOneTaskById();

    // Versions
    void shouldKeepTheOriginalBeforeTheFirstVersion();
    void shouldGiveNewTasksIdsNoTaskOfThePlanEverHad();
    void shouldWriteAVersionOverTheStoredTasksKeepingWhatItKeeps();
    void shouldReportTheTasksANewVersionFinishedOrNotedInTheFeed();
    void shouldMakeOneVersionOfAnEditingSession();
    void shouldStoreOnlyPlainTextWithinTheLimits();

    // Jobs
    void shouldInsertUpdateAndListJobs();
    void shouldKeepACancelledJobCancelled();
    void shouldKeepACompletedJobCompletedWhenALateStageSaveArrives();
    void shouldInterruptJobsWhoseProcessIsGone();

    // LLM call log and response cache
    void shouldSumUpLlmCallsInAHalfOpenRange();
    void shouldListRecentLlmCallsNewestFirst();
    void shouldTakeWhatWasPutUntilItExpires();
    void shouldEvictTheLeastRecentlyUsedBeyondTheLimit();
    void shouldRemoveOldCacheEntriesAndClearAndMeasure();

    // Backups
    void shouldRestoreABackupAndKeepWhatItReplaced();
    void shouldRefuseAnUnknownBackupAndChangeNothing();

    // Sync state (storage_contract_sync.cpp)
    void shouldBindAPlanOnceAndReadTheBindingBack();
    void shouldCommitASyncStepWithoutAPlanChange();
    void shouldCommitTheServersTasksAsAVersionWithTheirItems();
    void shouldReadItemsWithoutResourcesThenTheResourcesAskedFor();
    void shouldReadTheOutboxAPageAtATime();
    void shouldWriteNothingWhenTheTasksChangedMeanwhile();
    void shouldAmendTheNewestSyncVersionWhenAskedTo();
    void shouldKeepATasksChangeTimeUntilItsFieldsChange();
    void shouldForgetABindingWithItsPlan();
    void shouldShareACalendarOnlyBetweenPlansThatSayTheyShareIt();

private:
    StorageBackend &s() { return *m_backend; }

    MakeStorageBackend m_makeBackend;
    std::unique_ptr<StorageBackend> m_backend;
};

} // namespace helios::test
