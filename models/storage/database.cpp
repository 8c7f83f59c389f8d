#include "database.h"

#include "location.h"
#include "messages.h"
#include "schema.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

// Messages in one translation context that lupdate sees.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("suivi-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Serialises schema upgrades of one PostgreSQL database between clients
// opening it at the same time (a number of our own for pg_advisory_xact_lock).
constexpr qint64 MigrationLockKey = 0x5375697669; // "Suivi"

} // namespace

Database::~Database()
{
    close();
}

QString Database::defaultUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("?") : name;
}

int Database::latestSchemaVersion()
{
    return Schema::latestVersion();
}

QString Database::describe(const QString &location)
{
    if (!Location::isServer(location))
        return QDir::toNativeSeparators(location);
    const QUrl url(location);
    return QStringLiteral("%1:%2/%3")
        .arg(url.host().isEmpty() ? QStringLiteral("localhost") : url.host())
        .arg(url.port(5432))
        .arg(url.path().mid(1));
}

bool Database::open(const QString &location, QString *error, const QString &password)
{
    close();
    m_needsPassword = false;
    m_connectionName = nextConnectionName();
    const bool ok = Location::isServer(location) ? openPostgres(location, password, error)
                                                 : openSqlite(location, error);
    if (!ok) {
        close();
        return false;
    }
    QString migrateError;
    if (!migrate(&migrateError)) {
        if (error)
            *error = withSubject(describe(location), migrateError);
        close();
        return false;
    }
    return true;
}

bool Database::openSqlite(const QString &location, QString *error)
{
    m_backend = Backend::SQLite;
    const QFileInfo info(location);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = DatabaseText::tr("%1: cannot create the folder")
                         .arg(QDir::toNativeSeparators(location));
        return false;
    }
    if (info.exists() && info.isDir()) {
        if (error)
            *error = DatabaseText::tr("%1: is a folder, not a table")
                         .arg(QDir::toNativeSeparators(location));
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error = DatabaseText::tr("%1: cannot open the table: %2")
                             .arg(QDir::toNativeSeparators(location), db.lastError().text());
            return false;
        }
    }
    m_location = info.absoluteFilePath();

    QString pragmaError;
    // A new file takes 8 KiB pages (SQLite's default is 4 KiB): a million-row import
    // measured 7 % faster, reading a screen of rows the same. Only a file without
    // tables can change its page size, before it turns to WAL.
    const bool isNew = !info.exists() || info.size() == 0;
    if (isNew && !exec(QStringLiteral("PRAGMA page_size = 8192"), {}, &pragmaError)) {
        if (error)
            *error = withSubject(QDir::toNativeSeparators(location), pragmaError);
        return false;
    }
    const bool pragmasOk = exec(QStringLiteral("PRAGMA foreign_keys = ON"), {}, &pragmaError) &&
                           exec(QStringLiteral("PRAGMA journal_mode = WAL"), {}, &pragmaError) &&
                           exec(QStringLiteral("PRAGMA synchronous = NORMAL"), {}, &pragmaError);
    if (!pragmasOk) {
        if (error)
            *error = DatabaseText::tr("%1: is not a table of this application (%2)")
                         .arg(QDir::toNativeSeparators(location), pragmaError);
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (m_inTransaction)
        rollback(); // a transaction left open (failed, perhaps): frees its statements
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_location.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (m_backend == Backend::SQLite) {
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

bool Database::setSchemaVersion(int version, QString *error)
{
    if (m_backend == Backend::SQLite)
        return exec(QStringLiteral("PRAGMA user_version = %1").arg(version), {}, error);
    return exec(
               QStringLiteral("CREATE TABLE IF NOT EXISTS suivi_schema (version INTEGER NOT NULL)"),
               {}, error) &&
           exec(QStringLiteral("DELETE FROM suivi_schema"), {}, error) &&
           exec(QStringLiteral("INSERT INTO suivi_schema (version) VALUES (?)"), {version}, error);
}

bool Database::prepare(QSqlQuery &query, const QString &sql, QString *error) const
{
    if (query.prepare(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool Database::exec(const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(connection());
    if (binds.isEmpty()) {
        // Not prepared: PostgreSQL cannot prepare DDL statements.
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        // PostgreSQL refuses every command of a failed transaction, the freeing of this
        // statement too: it is freed after the rollback.
        if (m_backend == Backend::PostgreSQL && m_inTransaction)
            m_failedQueries.append(q);
        return false;
    }
    return true;
}

bool Database::transaction()
{
    m_inTransaction = connection().transaction();
    return m_inTransaction;
}

bool Database::beginDirectWrites()
{
    if (m_backend != Backend::SQLite)
        return false;
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next() &&
           q.value(0).toString() == QLatin1String("delete");
}

void Database::endDirectWrites()
{
    exec(QStringLiteral("PRAGMA journal_mode = WAL"), {}, nullptr);
}

bool Database::beginWrite(QString *error)
{
    if (m_backend == Backend::SQLite) {
        m_inTransaction = exec(QStringLiteral("BEGIN IMMEDIATE"), {}, error);
        return m_inTransaction;
    }
    if (transaction())
        return true;
    if (error)
        *error = connection().lastError().text();
    return false;
}

bool Database::commit(QString *error)
{
    QSqlDatabase db = connection();
    if (db.commit()) {
        m_inTransaction = false;
        m_failedQueries.clear();
        return true;
    }
    if (error)
        *error = db.lastError().text();
    rollback();
    return false;
}

void Database::rollback()
{
    connection().rollback();
    m_inTransaction = false;
    m_failedQueries.clear();
}

bool Database::migrate(QString *error)
{
    int current = schemaVersion();
    m_versionAtOpen = current;
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
    bool upgrading = false;
    while (current < latest) {
        Transaction step(*this, Transaction::Mode::Plain);
        if (!step.isActive()) {
            if (error)
                *error = step.error();
            return false;
        }
        if (m_backend == Backend::PostgreSQL) {
            // Two clients opening an empty or older database together: the
            // second waits for the first, then finds the schema up to date.
            QString lockError;
            if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey), {},
                      &lockError)) {
                if (error)
                    *error = lockError;
                return false;
            }
            current = schemaVersion();
            if (!upgrading)
                m_versionAtOpen = current; // what another client left while this one waited
            if (current >= latest)
                break;
        }
        upgrading = true;
        const int version = current + 1;
        for (const QString &statement : Schema::migration(version, m_backend)) {
            QString stepError;
            if (!exec(statement, {}, &stepError)) {
                if (error) {
                    *error = DatabaseText::tr("schema upgrade to version %1 failed: %2")
                                 .arg(version)
                                 .arg(stepError);
                    // Only the owner of a shared table may change its schema.
                    if (m_backend == Backend::PostgreSQL && version > 1)
                        *error +=
                            QLatin1Char(' ') +
                            DatabaseText::tr("(the table's administrator must upgrade it first: "
                                             "suivi-ouvertures admin init --db %1)")
                                .arg(m_location);
                }
                return false;
            }
        }
        if (!setSchemaVersion(version, error) || !step.commit(error))
            return false;
        current = version;
    }
    return true;
}
