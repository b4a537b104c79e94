// The storage contract (storage_contract.cpp) on Store and LlmStore over a real SQLite file.

#include "core/store/backup_operations.h"
#include "core/store/llm_store.h"
#include "core/store/store.h"
#include "tests/support/coro_test.h"
#include "tests/support/test_main.h"
#include "tests/unit/contract/storage_contract.h"

#include <QTemporaryDir>

using namespace helios;

namespace {

class SqliteBackend final : public test::StorageBackend
{
public:
    // As the GUI does: one file, the Store opened (its migrations make the LLM tables too), the
    // LlmStore beside it.
    SqliteBackend()
        : m_store(m_dir.filePath(QStringLiteral("helios.db"))),
          m_llm(m_dir.filePath(QStringLiteral("helios.db")))
    {}

    bool open()
    {
        const auto opened = test::await(m_store.open());
        return opened && opened->ok();
    }

    PlanQueries &planQueries() override { return m_store; }
    PlanWrites &planWrites() override { return m_store; }
    TaskQueries &taskQueries() override { return m_store; }
    TaskWrites &taskWrites() override { return m_store; }
    VersionQueries &versionQueries() override { return m_store; }
    VersionWrites &versionWrites() override { return m_store; }
    JobQueries &jobQueries() override { return m_store; }
    JobWrites &jobWrites() override { return m_store; }
    LlmCallQueries &llmCallQueries() override { return m_llm; }
    LlmCallWrites &llmCallWrites() override { return m_llm; }
    LlmCacheStorage &llmCache() override { return m_llm; }
    Backups &backups() override { return m_store; }
    ChangeFeed &changes() override { return m_store; }
    SyncQueries &syncQueries() override { return m_store; }
    SyncWrites &syncWrites() override { return m_store; }

    QString takeBackup() override
    {
        const Result<QString> written = backUpDatabase(m_store.path());
        return written ? *written : QString();
    }

private:
    QTemporaryDir m_dir;
    Store m_store;
    LlmStore m_llm;
};

} // namespace

class TestSqliteStorage : public test::StorageContract
{
    Q_OBJECT

public:
    TestSqliteStorage()
        : StorageContract([]() -> std::unique_ptr<test::StorageBackend> {
              auto backend = std::make_unique<SqliteBackend>();
              if (!backend->open())
                  return nullptr;
              return backend;
          })
    {}
};

HELIOS_TEST_MAIN(TestSqliteStorage)
#include "tst_sqlite_storage.moc"
