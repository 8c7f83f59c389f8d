#include "schemamigration.h"

#include "database.h"
#include "schema.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

// Messages in one translation context that lupdate sees.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Serialises schema upgrades of one PostgreSQL database between clients
// opening it at the same time (a number of our own for pg_advisory_xact_lock).
constexpr qint64 MigrationLockKey = 0x5375697669; // "Suivi"

} // namespace

int SchemaMigration::storedVersion(const Database &db)
{
    QSqlQuery q(db.connection());
    if (db.backend() == Database::Backend::SQLite) {
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            return q.value(0).toInt();
        return -1;
    }
    // PostgreSQL has no user_version: a one-row table holds it, absent on an empty database.
    if (!q.exec(QStringLiteral("SELECT to_regclass('suivi_schema') IS NOT NULL")) || !q.next())
        return -1;
    if (!q.value(0).toBool())
        return 0;
    if (q.exec(QStringLiteral("SELECT version FROM suivi_schema")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool SchemaMigration::run(QString *error)
{
    int current = storedVersion(m_db);
    m_versionAtStart = current;
    if (!checkVersion(current, error))
        return false;
    const int latest = Schema::latestVersion();
    bool upgrading = false;
    while (current < latest) {
        Transaction step(m_db, Transaction::Mode::Plain);
        if (!step.isActive()) {
            if (error)
                *error = step.error();
            return false;
        }
        if (m_db.backend() == Database::Backend::PostgreSQL) {
            if (!waitForOtherClients(error))
                return false;
            current = storedVersion(m_db);
            if (!upgrading)
                m_versionAtStart = current;
            if (current >= latest)
                break;
        }
        upgrading = true;
        const int version = current + 1;
        if (!runStatements(version, error) || !setStoredVersion(version, error) ||
            !step.commit(error))
            return false;
        current = version;
    }
    return true;
}

bool SchemaMigration::checkVersion(int current, QString *error) const
{
    if (current < 0) {
        if (error)
            *error = DatabaseText::tr("not a table of this application");
        return false;
    }
    const int latest = Schema::latestVersion();
    if (current > latest) {
        if (error)
            *error =
                DatabaseText::tr("this table was written by a newer version of the application "
                                 "(schema %1, this version knows up to %2)")
                    .arg(current)
                    .arg(latest);
        return false;
    }
    return true;
}

// Two clients opening an empty or older database together: the second waits
// for the first, then finds the schema up to date.
bool SchemaMigration::waitForOtherClients(QString *error)
{
    QString lockError;
    if (m_db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey), {},
                  &lockError))
        return true;
    if (error)
        *error = lockError;
    return false;
}

bool SchemaMigration::runStatements(int version, QString *error)
{
    for (const QString &statement : Schema::migration(version, m_db.backend())) {
        QString stepError;
        if (m_db.exec(statement, {}, &stepError))
            continue;
        if (error) {
            *error = DatabaseText::tr("schema upgrade to version %1 failed: %2")
                         .arg(version)
                         .arg(stepError);
            // Only the owner of a shared table may change its schema.
            if (m_db.backend() == Database::Backend::PostgreSQL && version > 1)
                *error += QLatin1Char(' ') +
                          DatabaseText::tr("(the table's administrator must upgrade it first: "
                                           "suivi-ouvertures admin init --db %1)")
                              .arg(m_db.location());
        }
        return false;
    }
    return true;
}

bool SchemaMigration::setStoredVersion(int version, QString *error)
{
    if (m_db.backend() == Database::Backend::SQLite)
        return m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version), {}, error);
    return m_db.exec(
               QStringLiteral("CREATE TABLE IF NOT EXISTS suivi_schema (version INTEGER NOT NULL)"),
               {}, error) &&
           m_db.exec(QStringLiteral("DELETE FROM suivi_schema"), {}, error) &&
           m_db.exec(QStringLiteral("INSERT INTO suivi_schema (version) VALUES (?)"), {version},
                     error);
}
