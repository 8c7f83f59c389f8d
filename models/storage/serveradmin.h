#pragma once

#include <QString>
#include <QVector>

#include <optional>

class Database;

// The administration of a table shared on a PostgreSQL server, for the command
// line's "admin" commands: creating the schema with its rights (row-level
// security, append-only change log, notifications) and granting roles the
// ministries whose openings they edit. Roles themselves are the server's
// (CREATE ROLE is the database administrator's job).
namespace ServerAdmin {

// One role's right: one ministry's rows, or every row (coordinator).
struct Grant
{
    QString role;
    qint64 ministryId = 0; // 0 for a coordinator
    QString ministry;
    bool coordinator = false;
};

struct InitReport
{
    int versionBefore = 0; // 0: the database was empty
    int versionAfter = 0;
    QString user;
    // Roles other than the owner may not create objects in the tables' schema
    // (CREATE revoked from PUBLIC): schema is its name, publicCouldCreate whether
    // this run took the privilege back, createError why it could not.
    QString schema;
    bool publicCouldCreate = false;
    QString createError;
};

// Creates (or brings up to date) the schema of the table at location, a postgresql:// URL;
// running it again changes nothing. Must be run by the owner of the database's tables (the
// first run makes its user that owner and the table's first coordinator) or a superuser.
bool init(const QString &location, InitReport *report, QString *error);

// Opens the table at location for administration: a server, at the latest schema,
// as its tables' owner or a superuser.
bool openAsAdministrator(Database &db, const QString &location, QString *error);

// Lets role edit the rows of ministryId (0: every row, a coordinator): the row in
// ministry_grants and the table privileges it needs. *added is false if it already could.
bool grant(Database &db, const QString &role, qint64 ministryId, bool *added, QString *error);
// Takes the right back; a role left with no right loses the table privileges too.
bool revoke(Database &db, const QString &role, qint64 ministryId, bool *removed, QString *error);
std::optional<QVector<Grant>> grants(Database &db, QString *error);

} // namespace ServerAdmin
