#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace helios {

struct Migration
{
    int version; // the user_version after `up`
    QStringList up;
    QStringList down;
};

// All migrations, ordered by version. PRAGMA user_version holds the version a file is at.
const QList<Migration> &migrations();
int latestSchemaVersion();

Result<int> schemaVersion(QSqlDatabase &db);

// Moves the schema to `target` (up or down), each step in its own transaction.
Status migrateTo(QSqlDatabase &db, int target);

} // namespace helios
