#pragma once

#include <QString>

// Where a table lives: an SQLite file path, or a PostgreSQL server named by a
// postgresql:// (or postgres://) URL.
namespace Location {

// True for postgresql:// and postgres:// URLs, whatever their case.
bool isServer(const QString &location);

} // namespace Location
