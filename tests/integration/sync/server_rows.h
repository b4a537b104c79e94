#pragma once

#include "tests/support/caldav_server.h"

#include <QTest>

namespace helios::test {

// Every sync suite runs against both real servers: one data row each, column "kind".
inline void addServers()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("radicale") << int(CalDavServer::Kind::Radicale);
    QTest::newRow("xandikos") << int(CalDavServer::Kind::Xandikos);
}

} // namespace helios::test
