#include "database.h"

#include "schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

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

bool Database::open(const QString &location, QString *error)
{
    close();
    const QFileInfo info(location);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(QDir::toNativeSeparators(location));
        return false;
    }
    if (info.exists() && info.isDir()) {
        if (error)
            *error = tr("%1: is a folder, not a table").arg(QDir::toNativeSeparators(location));
        return false;
    }

    m_connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            if (error)
                *error = tr("%1: cannot open the table: %2")
                             .arg(QDir::toNativeSeparators(location), db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_connectionName.clear();
            return false;
        }
    }
    m_location = info.absoluteFilePath();

    QString pragmaError;
    const bool pragmasOk = exec(QStringLiteral("PRAGMA foreign_keys = ON"), {}, &pragmaError) &&
                           exec(QStringLiteral("PRAGMA journal_mode = WAL"), {}, &pragmaError) &&
                           exec(QStringLiteral("PRAGMA synchronous = NORMAL"), {}, &pragmaError);
    if (!pragmasOk) {
        if (error)
            *error = tr("%1: is not a table of this application (%2)")
                         .arg(QDir::toNativeSeparators(location), pragmaError);
        close();
        return false;
    }
    QString migrateError;
    if (!migrate(&migrateError)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(location), migrateError);
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
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
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
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
        return false;
    }
    return true;
}

bool Database::transaction()
{
    return connection().transaction();
}

bool Database::commit(QString *error)
{
    QSqlDatabase db = connection();
    if (db.commit())
        return true;
    if (error)
        *error = db.lastError().text();
    db.rollback();
    return false;
}

void Database::rollback()
{
    connection().rollback();
}

bool Database::migrate(QString *error)
{
    const int current = schemaVersion();
    if (current < 0) {
        if (error)
            *error = tr("not a table of this application");
        return false;
    }
    const int latest = Schema::latestVersion();
    if (current > latest) {
        if (error)
            *error = tr("this table was written by a newer version of the application "
                        "(schema %1, this version knows up to %2)")
                         .arg(current)
                         .arg(latest);
        return false;
    }
    for (int version = current + 1; version <= latest; ++version) {
        if (!transaction()) {
            if (error)
                *error = connection().lastError().text();
            return false;
        }
        for (const QString &statement : Schema::migration(version)) {
            QString stepError;
            if (!exec(statement, {}, &stepError)) {
                rollback();
                if (error)
                    *error =
                        tr("schema upgrade to version %1 failed: %2").arg(version).arg(stepError);
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(version), {}, error) ||
            !commit(error)) {
            rollback();
            return false;
        }
    }
    return true;
}
