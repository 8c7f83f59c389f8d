#pragma once

#include "database.h"

#include <QStringList>

// The forward migrations of the table's schema: migration(n) brings a
// database from version n - 1 to n. Versions are never edited once released.
namespace Schema {
int latestVersion();
QStringList migration(int version, Database::Backend backend);
} // namespace Schema
