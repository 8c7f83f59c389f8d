#pragma once

#include <QString>

class Database;

// Brings the schema of an open table up to the version this application writes,
// one transaction per version; PostgreSQL clients opening one database together
// take turns.
class SchemaMigration
{
public:
    explicit SchemaMigration(Database &db) : m_db(db) {}

    // The version on disk: -1 when not a table of this application, 0 when empty.
    static int storedVersion(const Database &db);

    // False with *error (not naming the table) when it cannot be brought up to date.
    bool run(QString *error);
    // The version the table had before run(): on a server, what another client
    // left while this one waited for it.
    int versionAtStart() const { return m_versionAtStart; }

private:
    bool checkVersion(int current, QString *error) const;
    bool waitForOtherClients(QString *error);
    bool runStatements(int version, QString *error);
    bool setStoredVersion(int version, QString *error);

    Database &m_db;
    int m_versionAtStart = 0;
};
