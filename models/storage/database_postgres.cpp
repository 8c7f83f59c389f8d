// Database: the PostgreSQL side of opening a table (a postgresql:// URL), and the
// passwords typed in this session, kept in memory only.
#include "database.h"
#include "location.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {

// Messages in one translation context that lupdate sees.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Passwords of this process's server connections, by location without password.
struct PasswordCache
{
    QMutex mutex;
    QHash<QString, QString> passwords;
};

PasswordCache &passwordCache()
{
    static PasswordCache cache;
    return cache;
}

// Sets the connection to the server, database and user of url, and the
// password to use; returns it (empty: libpq looks for one).
QString configure(QSqlDatabase &db, const QUrl &url, const QString &location,
                  const QString &password)
{
    db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(url.path().mid(1));
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    // A password given (typed by the user) wins over one in the URL, then one
    // typed earlier in this session; else libpq looks (PGPASSWORD, ~/.pgpass).
    QString secret = password;
    if (secret.isEmpty())
        secret = url.password();
    if (secret.isEmpty())
        secret = Database::rememberedPassword(location);
    if (!secret.isEmpty())
        db.setPassword(secret);
    // TLS and other libpq options of the URL's query are passed through.
    QStringList options{QStringLiteral("connect_timeout=10")};
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        options << QStringLiteral("%1=%2").arg(key, value);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return secret;
}

// True when the server refused the connection for want of a (right) password.
bool asksForPassword(const QString &reason)
{
    return reason.contains(QLatin1String("password"), Qt::CaseInsensitive) &&
           (reason.contains(QLatin1String("no password"), Qt::CaseInsensitive) ||
            reason.contains(QLatin1String("authentication failed"), Qt::CaseInsensitive));
}

} // namespace

void Database::rememberPassword(const QString &location, const QString &password)
{
    PasswordCache &cache = passwordCache();
    const QMutexLocker lock(&cache.mutex);
    if (password.isEmpty())
        cache.passwords.remove(withoutPassword(location));
    else
        cache.passwords.insert(withoutPassword(location), password);
}

QString Database::rememberedPassword(const QString &location)
{
    PasswordCache &cache = passwordCache();
    const QMutexLocker lock(&cache.mutex);
    return cache.passwords.value(withoutPassword(location));
}

QString Database::withoutPassword(const QString &location)
{
    if (!Location::isServer(location))
        return location;
    QUrl url(location);
    url.setPassword(QString());
    return url.toString();
}

bool Database::openPostgres(const QString &location, const QString &password, QString *error)
{
    m_backend = Backend::PostgreSQL;
    const QUrl url(location);
    const QString where = describe(location);
    if (!url.isValid() || url.path().mid(1).isEmpty()) {
        if (error)
            *error = DatabaseText::tr("%1: not a valid server address (expected "
                                      "postgresql://user@host:port/database)")
                         .arg(where);
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        if (error)
            *error =
                DatabaseText::tr("%1: the PostgreSQL driver of Qt is not installed").arg(where);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    const QString secret = configure(db, url, location, password);
    if (!db.open()) {
        const QString reason = db.lastError().text().trimmed();
        m_needsPassword = asksForPassword(reason);
        if (error)
            *error = DatabaseText::tr("Cannot connect to the PostgreSQL server: host %1, port %2, "
                                      "database %3: %4")
                         .arg(db.hostName())
                         .arg(db.port())
                         .arg(db.databaseName(), reason);
        return false;
    }
    // The location is kept without its password, so it can be saved and shown.
    m_location = withoutPassword(location);
    if (!password.isEmpty() || !url.password().isEmpty())
        rememberPassword(m_location, secret);
    QSqlQuery who(db);
    if (who.exec(QStringLiteral("SELECT current_user")) && who.next())
        m_userName = who.value(0).toString();
    // The server's notices ("already exists, skipping") would go to stderr through libpq.
    who.exec(QStringLiteral("SET client_min_messages TO warning"));
    return true;
}
