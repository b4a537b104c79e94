#include "tests/support/test_paths.h"

namespace helios::test {

QString cliPath()
{
    return QStringLiteral(HELIOS_CLI_PATH);
}

QString testLlmPath()
{
    return QStringLiteral(HELIOS_TEST_LLM_PATH);
}

QString sourceDir()
{
    return QStringLiteral(HELIOS_SOURCE_DIR);
}

} // namespace helios::test
