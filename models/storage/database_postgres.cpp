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
                  const QString &password, const QString &options)
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
        secret = QUrlQuery(url).queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
    if (secret.isEmpty())
        secret = Database::rememberedPassword(location);
    if (!secret.isEmpty())
        db.setPassword(secret);
    db.setConnectOptions(options);
    return secret;
}

// A value for libpq's conninfo string: in single quotes, \\ and ' escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
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

QStringList Database::acceptedUrlOptions()
{
    // TLS, timeouts and the name shown to the server: nothing that changes the host,
    // database or user named by the address, nor the server's settings (options=).
    return {QStringLiteral("sslmode"),
            QStringLiteral("sslrootcert"),
            QStringLiteral("sslcert"),
            QStringLiteral("sslkey"),
            QStringLiteral("sslcrl"),
            QStringLiteral("sslcrldir"),
            QStringLiteral("sslsni"),
            QStringLiteral("sslcompression"),
            QStringLiteral("gssencmode"),
            QStringLiteral("channel_binding"),
            QStringLiteral("connect_timeout"),
            QStringLiteral("application_name"),
            QStringLiteral("target_session_attrs"),
            QStringLiteral("keepalives"),
            QStringLiteral("keepalives_idle"),
            QStringLiteral("keepalives_interval"),
            QStringLiteral("keepalives_count"),
            QStringLiteral("tcp_user_timeout")};
}

bool Database::connectOptions(const QString &location, QString *options, QString *error)
{
    const QUrl url(location);
    const QStringList accepted = acceptedUrlOptions();
    QStringList parts;
    QStringList seen;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            continue; // the password, set apart from the options
        if (!accepted.contains(key)) {
            if (error)
                *error = DatabaseText::tr("%1: the address option \"%2\" is not accepted "
                                          "(accepted: %3)")
                             .arg(describe(location), key, accepted.join(QLatin1String(", ")));
            return false;
        }
        if (seen.contains(key)) {
            if (error)
                *error = DatabaseText::tr("%1: the address option \"%2\" is given twice")
                             .arg(describe(location), key);
            return false;
        }
        // Qt's driver turns every ';' of the options into a space, even inside quotes.
        if (value.contains(QLatin1Char(';'))) {
            if (error)
                *error = DatabaseText::tr("%1: the value of the address option \"%2\" cannot "
                                          "contain a semicolon")
                             .arg(describe(location), key);
            return false;
        }
        seen << key;
        parts << QStringLiteral("%1=%2").arg(key, quoted(value));
    }
    if (!seen.contains(QLatin1String("connect_timeout")))
        parts.prepend(QStringLiteral("connect_timeout=10"));
    if (options)
        *options = parts.join(QLatin1Char(';'));
    return true;
}

QString Database::withoutPassword(const QString &location)
{
    return Location::withoutPassword(location);
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
    QString options;
    if (!connectOptions(location, &options, error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    const QString secret = configure(db, url, location, password, options);
    if (!db.open()) {
        QString reason = db.lastError().text().trimmed();
        m_needsPassword = asksForPassword(reason);
        // Should libpq ever quote the password, it is not shown.
        if (!secret.isEmpty())
            reason.replace(secret, QStringLiteral("***"));
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
    if (!password.isEmpty() || !url.password().isEmpty() ||
        QUrlQuery(url).hasQueryItem(QStringLiteral("password")))
        rememberPassword(m_location, secret);
    QSqlQuery who(db);
    if (who.exec(QStringLiteral("SELECT current_user")) && who.next())
        m_userName = who.value(0).toString();
    // The server's notices ("already exists, skipping") would go to stderr through libpq.
    who.exec(QStringLiteral("SET client_min_messages TO warning"));
    return true;
}
