#pragma once

#include <QSet>
#include <QString>

#include <optional>

class Database;

// What the connected user may change in the table: every ministry (an SQLite
// file, a coordinator or a superuser on a server) or some ministries' rows. The
// server enforces it (row-level security); the application reads it to show the
// other rows read-only and to explain a refusal before the server gives one.
struct EditRights
{
    bool all = true;
    QSet<qint64> ministries;

    bool mayEdit(qint64 ministryId) const { return all || ministries.contains(ministryId); }
    bool readOnly() const { return !all && ministries.isEmpty(); }

    // The rights of the user connected through db, as the server grants them.
    static std::optional<EditRights> read(Database &db, QString *error);
};
