#include "database.h"

#include "location.h"
#include "messages.h"
#include "schema.h"
#include "schemamigration.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
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
    const QUrl url(withoutPassword(location));
    if (!url.isValid()) {
        // Not an address QUrl reads: the text before any query, without the user info.
        QString shown = location.section(QLatin1Char('?'), 0, 0);
        shown.remove(QRegularExpression(QStringLiteral("(?<=://)[^/]*@")));
        return shown;
    }
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
    SchemaMigration migration(*this);
    const bool migrated = migration.run(&migrateError);
    m_versionAtOpen = migration.versionAtStart();
    if (!migrated) {
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
    return SchemaMigration::storedVersion(*this);
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
