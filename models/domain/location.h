#pragma once

#include <QString>

// Where a table lives: an SQLite file path, or a PostgreSQL server named by a
// postgresql:// (or postgres://) URL.
namespace Location {

// True for postgresql:// and postgres:// URLs, whatever their case.
bool isServer(const QString &location);
// The location without any password (in the URL's user part or its password= option),
// as it may be saved and shown; a file path as it is.
QString withoutPassword(const QString &location);
// A short name for what settings keep about one table (its filters): the same for the
// same table, whatever password its URL carried, and with no character a settings key
// would split on. Never contains the password.
QString settingsKey(const QString &location);

} // namespace Location
