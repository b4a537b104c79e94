#pragma once

// A storage under contract: every storage interface of core/domain from one implementation
// (Store and LlmStore on a SQLite file, or the in-memory MemoryStorage), fresh and empty.

#include "core/domain/backups.h"
#include "core/domain/change_feed.h"
#include "core/domain/job_queries.h"
#include "core/domain/job_writes.h"
#include "core/domain/llm_cache_storage.h"
#include "core/domain/llm_call_queries.h"
#include "core/domain/llm_call_writes.h"
#include "core/domain/plan_queries.h"
#include "core/domain/plan_writes.h"
#include "core/domain/sync_queries.h"
#include "core/domain/sync_writes.h"
#include "core/domain/task_queries.h"
#include "core/domain/task_writes.h"
#include "core/domain/version_queries.h"
#include "core/domain/version_writes.h"

#include <QString>

#include <functional>
#include <memory>

namespace helios::test {

class StorageBackend
{
public:
    virtual ~StorageBackend() = default;

    virtual PlanQueries &planQueries() = 0;
    virtual PlanWrites &planWrites() = 0;
    virtual TaskQueries &taskQueries() = 0;
    virtual TaskWrites &taskWrites() = 0;
    virtual VersionQueries &versionQueries() = 0;
    virtual VersionWrites &versionWrites() = 0;
    virtual JobQueries &jobQueries() = 0;
    virtual JobWrites &jobWrites() = 0;
    virtual LlmCallQueries &llmCallQueries() = 0;
    virtual LlmCallWrites &llmCallWrites() = 0;
    virtual LlmCacheStorage &llmCache() = 0;
    virtual Backups &backups() = 0;
    virtual ChangeFeed &changes() = 0;
    virtual SyncQueries &syncQueries() = 0;
    virtual SyncWrites &syncWrites() = 0;

    // A backup of everything stored now, as Backups::backups() will list it; its path. Empty
    // when it could not be made.
    virtual QString takeBackup() = 0;
};

// Makes a fresh, empty, ready storage; null (and a test failure) when it cannot.
using MakeStorageBackend = std::function<std::unique_ptr<StorageBackend>()>;

} // namespace helios::test
