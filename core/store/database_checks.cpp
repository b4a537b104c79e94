#include "core/store/database_checks.h"

#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/private_connection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace helios {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SQLite's own objects: statistics tables, AUTOINCREMENT's counters, the indexes behind UNIQUE and
// PRIMARY KEY constraints. No SQL can create a name starting with "sqlite_".
bool isInternal(const QString &type, const QString &name)
{
    return (type == QLatin1String("table") || type == QLatin1String("index")) &&
           name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive);
}

struct SchemaObject
{
    QString type;
    QString name; // as the file spells it
    QString tableName;
    QString definition; // tables: their columns; indexes: their SQL, whitespace collapsed
};

using Schema = std::map<QString, SchemaObject>; // by lower-case name

QString collapsed(const QString &sql)
{
    return sql.simplified();
}

// A table's columns as SQLite reports them (name, type, NOT NULL, default, key): the same for a
// table however its CREATE statement reads after ALTER TABLE ADD/DROP COLUMN.
Result<QString> columnsOf(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Names come from sqlite_schema; quoted as an identifier, never bound.
    QString quoted = table;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    if (!q.exec(QStringLiteral("PRAGMA table_xinfo(\"%1\")").arg(quoted)))
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Reading the database's schema"), q.lastError()));
    QStringList columns;
    while (q.next())
        columns.append(QStringList{q.value(1).toString(), q.value(2).toString().toUpper(),
                                   q.value(3).toString(), q.value(4).toString(),
                                   q.value(5).toString(), q.value(6).toString()}
                           .join(QLatin1Char('|')));
    if (q.lastError().isValid())
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Reading the database's schema"), q.lastError()));
    return columns.join(QLatin1Char(';'));
}

Result<Schema> readSchema(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema")))
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Reading the database's schema"), q.lastError()));
    Schema schema;
    QStringList tables;
    while (q.next()) {
        const QString name = q.value(1).toString();
        SchemaObject object{q.value(0).toString(), name, q.value(2).toString(),
                            collapsed(q.value(3).toString())};
        if (isInternal(object.type, name))
            continue;
        if (object.type == QLatin1String("table"))
            tables.append(name);
        schema.emplace(name.toLower(), std::move(object));
    }
    if (q.lastError().isValid())
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Reading the database's schema"), q.lastError()));
    q.finish();
    for (const QString &table : std::as_const(tables)) {
        SchemaObject &object = schema.at(table.toLower());
        if (object.definition.startsWith(QLatin1String("CREATE VIRTUAL TABLE"),
                                         Qt::CaseInsensitive))
            continue; // compared by its SQL: Helios makes none
        Result<QString> columns = columnsOf(db, table);
        if (!columns)
            return columns.error();
        object.definition = *columns;
    }
    return schema;
}

// The schema Helios's migrations make at `version`, made once per process in an in-memory
// database and kept.
Result<Schema> expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> made;
    const QMutexLocker lock(&mutex);
    if (const auto it = made.constFind(version); it != made.cend())
        return *it;
    static QAtomicInteger<quint64> counter;
    const QString name =
        QStringLiteral("helios-expected-schema-%1").arg(counter.fetchAndAddOrdered(1));
    Result<Schema> schema = Error::storage(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            schema = Error::storage(describeSqlError(
                QCoreApplication::translate("helios", "Reading the database's schema"),
                db.lastError()));
        } else if (Status migrated = migrateTo(db, version); !migrated) {
            schema = migrated.error();
        } else {
            schema = readSchema(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (schema)
        made.insert(version, *schema);
    return schema;
}

QString typeInWords(const QString &type)
{
    if (type == QLatin1String("table"))
        return QCoreApplication::translate("helios", "table");
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("helios", "index");
    if (type == QLatin1String("trigger"))
        return QCoreApplication::translate("helios", "trigger");
    if (type == QLatin1String("view"))
        return QCoreApplication::translate("helios", "view");
    return type;
}

Result<QStringList> singleColumn(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Error::storage(describeSqlError(what, q.lastError()));
    QStringList rows;
    while (q.next())
        rows.append(q.value(0).toString());
    if (q.lastError().isValid())
        return Error::storage(describeSqlError(what, q.lastError()));
    return rows;
}

// The first thing read from a file: when even that fails, say why in words that fit.
Error unreadable(const QString &path, const QSqlError &error)
{
    const QString detail = error.databaseText().trimmed().isEmpty()
                               ? error.text().trimmed()
                               : error.databaseText().trimmed();
    if (isDamageError(error))
        return Error::storage(
            QCoreApplication::translate("helios", "%1 is not a Helios database or is damaged (%2); "
                                                  "it was left untouched. Restore a backup: "
                                                  "helios-cli backups lists them.")
                .arg(native(path), detail));
    return Error::storage(
        QCoreApplication::translate("helios", "Helios cannot read %1 (%2): check that the file "
                                              "and its folder may be read and written.")
            .arg(native(path), detail));
}

} // namespace

bool isDamageError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") || code == QLatin1String("26") ||
           error.databaseText().contains(QLatin1String("malformed")) ||
           error.databaseText().contains(QLatin1String("not a database"));
}

Result<DatabaseIdentity> identifyDatabase(QSqlDatabase &db, const QString &path)
{
    DatabaseIdentity identity;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
            return unreadable(path, q.lastError());
        identity.applicationId = static_cast<qint32>(q.value(0).toLongLong());
    }
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return unreadable(path, q.lastError());
        identity.version = q.value(0).toInt();
    }
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_schema")))
            return unreadable(path, q.lastError());
        bool anyObject = false;
        while (q.next()) {
            const QString type = q.value(0).toString();
            const QString name = q.value(1).toString();
            if (isInternal(type, name))
                continue;
            anyObject = true;
            if (type == QLatin1String("table"))
                identity.tables.append(name);
        }
        if (q.lastError().isValid())
            return unreadable(path, q.lastError());
        if (!anyObject && identity.version <= 0 &&
            (identity.applicationId == 0 || identity.applicationId == kHeliosApplicationId)) {
            identity.kind = DatabaseIdentity::Kind::Empty;
            return identity;
        }
    }
    if (identity.applicationId == kHeliosApplicationId) {
        identity.kind = DatabaseIdentity::Kind::Helios;
    } else if (identity.applicationId == 0) {
        // Helios files from before the application id: Helios's own tables and a schema version.
        const auto has = [&](const char *table) {
            return identity.tables.contains(QLatin1String(table), Qt::CaseInsensitive);
        };
        identity.kind = identity.version >= 1 && has("users") && has("plans") && has("tasks")
                            ? DatabaseIdentity::Kind::Helios
                            : DatabaseIdentity::Kind::Foreign;
    } else {
        identity.kind = DatabaseIdentity::Kind::Foreign;
    }
    return identity;
}

Result<QList<SchemaDifference>> schemaDifferences(QSqlDatabase &db, int version)
{
    Result<Schema> expected = expectedSchema(version);
    if (!expected)
        return expected.error();
    Result<Schema> actual = readSchema(db);
    if (!actual)
        return actual.error();
    QList<SchemaDifference> differences;
    for (const auto &[key, object] : *actual) {
        const auto found = expected->find(key);
        const bool code =
            object.type == QLatin1String("trigger") || object.type == QLatin1String("view");
        const QString &shown = object.name;
        // Code (a trigger, a view) runs on every write or read: only Helios's own, word for
        // word as its migrations make it (the change log's triggers), is accepted.
        const bool ownCode = found != expected->end() && found->second.type == object.type &&
                             found->second.definition == object.definition;
        if (found == expected->end() || (code && !ownCode)) {
            differences.append({SchemaDifference::Change::Foreign, object.type, shown});
        } else if (found->second.type != object.type ||
                   found->second.tableName.compare(object.tableName, Qt::CaseInsensitive) != 0 ||
                   found->second.definition != object.definition) {
            differences.append({SchemaDifference::Change::Altered, object.type, shown});
        }
    }
    for (const auto &[key, object] : *expected) {
        if (actual->find(key) == actual->end())
            differences.append({SchemaDifference::Change::Missing, object.type, object.name});
    }
    return differences;
}

QString describeDifferences(const QList<SchemaDifference> &differences)
{
    QStringList parts;
    for (const SchemaDifference &d : differences) {
        switch (d.change) {
        case SchemaDifference::Change::Foreign:
            parts.append(QCoreApplication::translate("helios", "%1 “%2” (not made by Helios)")
                             .arg(typeInWords(d.type), d.name));
            break;
        case SchemaDifference::Change::Altered:
            parts.append(QCoreApplication::translate("helios", "%1 “%2” (changed)")
                             .arg(typeInWords(d.type), d.name));
            break;
        case SchemaDifference::Change::Missing:
            parts.append(QCoreApplication::translate("helios", "%1 “%2” (missing)")
                             .arg(typeInWords(d.type), d.name));
            break;
        }
    }
    return parts.join(QCoreApplication::translate("helios", ", "));
}

Result<QString> quickCheck(QSqlDatabase &db)
{
    // One complaint is enough to know; the whole list is `db check`'s.
    Result<QStringList> rows =
        singleColumn(db, QStringLiteral("PRAGMA quick_check(1)"),
                     QCoreApplication::translate("helios", "Checking the database"));
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? QStringLiteral("ok") : rows->constFirst();
}

Result<DatabaseIdentity> checkBeforeUse(QSqlDatabase &db, const QString &path)
{
    Result<DatabaseIdentity> identity = identifyDatabase(db, path);
    if (!identity)
        return identity;
    switch (identity->kind) {
    case DatabaseIdentity::Kind::Empty:
        return identity;
    case DatabaseIdentity::Kind::Foreign:
        if (identity->applicationId != 0 && identity->applicationId != kHeliosApplicationId)
            return Error::storage(
                QCoreApplication::translate(
                    "helios", "%1 belongs to another program (its application id is %2), not "
                              "to Helios; it was left untouched.")
                    .arg(native(path))
                    .arg(QStringLiteral("0x%1").arg(quint32(identity->applicationId), 8, 16,
                                                    QLatin1Char('0'))));
        return Error::storage(
            QCoreApplication::translate("helios", "%1 is not a Helios database: it holds another "
                                                  "program's tables (%2); it was left untouched.")
                .arg(native(path), identity->tables.mid(0, 5).join(QStringLiteral(", "))));
    case DatabaseIdentity::Kind::Helios:
        break;
    }
    if (identity->version > latestSchemaVersion())
        return Error::storage(
            QCoreApplication::translate(
                "helios", "%1 was written by a newer Helios (schema %2, this one knows up to %3); "
                          "it was left untouched.")
                .arg(native(path))
                .arg(identity->version)
                .arg(latestSchemaVersion()));
    Result<QString> whole = quickCheck(db);
    if (!whole)
        return whole.error();
    if (*whole != QLatin1String("ok"))
        return Error::storage(
            QCoreApplication::translate("helios", "The database %1 is damaged (%2); Helios does "
                                                  "not use it. Restore a backup: helios-cli "
                                                  "backups lists them.")
                .arg(native(path), whole->simplified()));
    Result<QList<SchemaDifference>> differences = schemaDifferences(db, identity->version);
    if (!differences)
        return differences.error();
    if (!differences->isEmpty())
        return Error::storage(
            QCoreApplication::translate(
                "helios", "The database %1 holds schema objects that Helios did not make: %2. "
                          "Helios does not use it; restore a backup, or remove them "
                          "(helios-cli db check lists them).")
                .arg(native(path), describeDifferences(*differences)));
    return identity;
}

Result<DatabaseIdentity> checkDatabaseFile(const QString &path)
{
    return withPrivateConnection<Result<DatabaseIdentity>>(path, true, [&](QSqlDatabase &db) {
        // One read transaction: the version, the quick check and the schema objects are read
        // from one state of the file. Read one statement at a time, another connection's
        // migration step (two stores opening a fresh file at once) could commit between the
        // version and the objects, and its tables read as "not made by Helios".
        const bool snapshot = db.transaction();
        Result<DatabaseIdentity> checked = checkBeforeUse(db, path);
        if (snapshot)
            db.rollback(); // nothing was written: a read-only connection
        return checked;
    });
}

} // namespace helios
