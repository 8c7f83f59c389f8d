#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

// One open connection to a table's database, an SQLite file or a PostgreSQL
// database named by a postgresql:// URL, with the schema brought up to date. Each thread opens its
// own Database on the same location, as QtSql connections cannot cross threads.
class Database
{
public:
    enum class Backend { SQLite, PostgreSQL };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating an SQLite file if needed) the database at location and
    // migrates its schema. Returns false with a message naming the file, or
    // the server's host, port and database, on failure. A PostgreSQL password
    // comes from password when given, else from libpq (PGPASSWORD, ~/.pgpass).
    bool open(const QString &location, QString *error, const QString &password = QString());
    void close();

    bool isOpen() const;
    Backend backend() const { return m_backend; }
    // The location for messages: the file, or host:port/database (never a password).
    static QString describe(const QString &location);
    // True when the last failed open was refused for want of a password.
    bool needsPassword() const { return m_needsPassword; }
    QString location() const { return m_location; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // The schema version the table had before open() brought it up to date (0: empty).
    int schemaVersionAtOpen() const { return m_versionAtOpen; }

    // Runs one statement with positional bound values; error names the statement's purpose.
    bool exec(const QString &sql, const QVariantList &binds = {}, QString *error = nullptr);
    bool prepare(QSqlQuery &query, const QString &sql, QString *error) const;

    bool transaction();
    // For a bulk load into an SQLite file no other connection knows yet (just created):
    // its pages go straight into the file under a rollback journal, instead of into the
    // WAL and again into the file at the checkpoint. False when nothing was switched (a
    // server, or the journal could not change); endDirectWrites() brings the WAL back.
    bool beginDirectWrites();
    void endDirectWrites();
    // A transaction that will write: on SQLite it takes the write lock at once (BEGIN
    // IMMEDIATE), so what it reads stays true until it commits and two application
    // instances on one file never fail half-way on each other's lock.
    bool beginWrite(QString *error = nullptr);
    bool commit(QString *error = nullptr);
    void rollback();

    // The name recorded in the change log for edits made through this connection.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    static QString defaultUserName();
    static int latestSchemaVersion();

    // A password typed by the user for a server location, kept in this process's memory
    // only (never in settings or logs), so that the other connections of the application
    // to the same server (background tasks, imports) open without asking again.
    static void rememberPassword(const QString &location, const QString &password);
    static QString rememberedPassword(const QString &location);
    // The location without any password, as it may be saved and shown.
    static QString withoutPassword(const QString &location);
    // The libpq options of a server address's query (sslmode=…): only the keywords of
    // acceptedUrlOptions(), each value quoted for libpq; password= is the password, not an
    // option, and is left out. False, with a message naming it, for any other keyword.
    static bool connectOptions(const QString &location, QString *options, QString *error);
    static QStringList acceptedUrlOptions();

private:
    bool openSqlite(const QString &location, QString *error);
    bool openPostgres(const QString &location, const QString &password, QString *error);

    QString m_location;
    QString m_connectionName;
    QString m_userName = defaultUserName();
    Backend m_backend = Backend::SQLite;
    bool m_needsPassword = false;
    int m_versionAtOpen = 0;
    bool m_inTransaction = false;
    QList<QSqlQuery> m_failedQueries; // kept until the transaction is rolled back
};
