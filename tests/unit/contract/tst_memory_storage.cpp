// The storage contract (storage_contract.cpp) on the tests' in-memory storage.

#include "tests/support/memory_storage.h"
#include "tests/support/test_main.h"
#include "tests/unit/contract/storage_contract.h"

using namespace helios;

namespace {

class MemoryBackend final : public test::StorageBackend
{
public:
    PlanQueries &planQueries() override { return m_storage; }
    PlanWrites &planWrites() override { return m_storage; }
    TaskQueries &taskQueries() override { return m_storage; }
    TaskWrites &taskWrites() override { return m_storage; }
    VersionQueries &versionQueries() override { return m_storage; }
    VersionWrites &versionWrites() override { return m_storage; }
    JobQueries &jobQueries() override { return m_storage; }
    JobWrites &jobWrites() override { return m_storage; }
    LlmCallQueries &llmCallQueries() override { return m_storage; }
    LlmCallWrites &llmCallWrites() override { return m_storage; }
    LlmCacheStorage &llmCache() override { return m_storage; }
    Backups &backups() override { return m_storage; }
    ChangeFeed &changes() override { return m_storage; }
    SyncQueries &syncQueries() override { return m_storage; }
    SyncWrites &syncWrites() override { return m_storage; }

    QString takeBackup() override { return m_storage.takeBackup(); }

private:
    test::MemoryStorage m_storage;
};

} // namespace

class TestMemoryStorage : public test::StorageContract
{
    Q_OBJECT

public:
    TestMemoryStorage()
        : StorageContract([]() -> std::unique_ptr<test::StorageBackend> {
              return std::make_unique<MemoryBackend>();
          })
    {}
};

HELIOS_TEST_MAIN(TestMemoryStorage)
#include "tst_memory_storage.moc"
