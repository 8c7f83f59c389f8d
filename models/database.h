#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

class QSqlQuery;

// One open connection to a table's database (an SQLite file for now), with
// the schema brought up to date. Each thread opens its own Database on the
// same location, as QtSql connections cannot cross threads.
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the database at location and migrates its
    // schema. Returns false with a message naming the location on failure.
    bool open(const QString &location, QString *error);
    void close();

    bool isOpen() const;
    QString location() const { return m_location; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Runs one statement with positional bound values; error names the statement's purpose.
    bool exec(const QString &sql, const QVariantList &binds = {}, QString *error = nullptr);
    bool prepare(QSqlQuery &query, const QString &sql, QString *error) const;

    bool transaction();
    bool commit(QString *error = nullptr);
    void rollback();

    // The name recorded in the change log for edits made through this connection.
    QString userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }

    static QString defaultUserName();
    static int latestSchemaVersion();

private:
    bool migrate(QString *error);

    QString m_location;
    QString m_connectionName;
    QString m_userName = defaultUserName();
};
