#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What a database file holds, read before Helios writes a byte to it: whose file it is, whether
// its schema is the one Helios's migrations made, and whether SQLite finds it whole. Internal to
// core/store (Database::prepare, restores, `db check`).
namespace helios {

// PRAGMA application_id of every Helios database ("Hlio"); set when Helios creates a file or
// first recognises an older one of its own.
inline constexpr qint32 kHeliosApplicationId = 0x486c696f;

// A schema object that Helios's migrations did not make, made differently, or that is missing.
struct SchemaDifference
{
    enum class Change { Foreign, Altered, Missing };
    Change change = Change::Foreign;
    QString type; // table, index, trigger, view
    QString name;
};

// Whose file it is, read without writing anything.
struct DatabaseIdentity
{
    enum class Kind {
        Empty,  // no tables yet (a new file, or one moved down to schema 0)
        Helios, // Helios's application id, or Helios's tables in a file older than the id
        Foreign // another program's
    };
    Kind kind = Kind::Empty;
    int version = 0;          // PRAGMA user_version
    qint32 applicationId = 0; // PRAGMA application_id
    QStringList tables;       // the file's own tables (SQLite's internal ones aside)
};

// Reads the application id, the schema version and the tables. An error when SQLite cannot read
// the file (not a database, damaged, unreadable), in a sentence that names `path`.
Result<DatabaseIdentity> identifyDatabase(QSqlDatabase &db, const QString &path);

// How the schema of `db` differs from the one Helios's migrations make at `version`: triggers and
// views (Helios makes none), other tables and indexes, Helios tables with other columns, indexes
// defined otherwise, and what is missing. SQLite's own tables (sqlite_stat1, ...) are not
// differences. Empty when the schema is exactly Helios's.
Result<QList<SchemaDifference>> schemaDifferences(QSqlDatabase &db, int version);

// "trigger “wipe” (not made by Helios), view “v” (not made by Helios)": for one sentence.
QString describeDifferences(const QList<SchemaDifference> &differences);

// "ok", or SQLite's first complaint from PRAGMA quick_check. An error when the check itself
// cannot run.
Result<QString> quickCheck(QSqlDatabase &db);

// Everything Helios checks before it uses an existing file, on a read-only connection `db` to
// it: a Helios database (or an empty one), not from a newer Helios, holding only the schema
// objects Helios made, and whole (quick_check). One sentence naming `path` when it is refused;
// nothing is written either way. Returns the identity when it may be used.
Result<DatabaseIdentity> checkBeforeUse(QSqlDatabase &db, const QString &path);

// checkBeforeUse on a read-only connection of its own, for a file that exists.
Result<DatabaseIdentity> checkDatabaseFile(const QString &path);

// True when SQLite's error means the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB) rather than
// out of reach (permissions, a read-only folder, a missing file).
bool isDamageError(const class QSqlError &error);

} // namespace helios
